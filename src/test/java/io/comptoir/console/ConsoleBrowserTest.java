package io.comptoir.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.testing.Api;
import io.comptoir.testing.Browser;
import io.comptoir.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin console in a real headless Chromium: an operator signs in with a token, and each page
 * shows what the API and Kafka produced. Screenshots land in {@code target/console-screenshots}.
 */
@QuarkusTest
class ConsoleBrowserTest {

    @TestHTTPResource("/console")
    URL console;

    /** Signs in on the token page and waits for the platform page. */
    private void signIn(Browser browser, String lang) {
        browser.get(console + "/login?lang=" + lang);
        browser.find("#token").sendKeys(Tokens.admin());
        browser.find("#login button[type=submit]").click();
        browser.until(d -> d.getCurrentUrl().endsWith("/console/platform"));
    }

    @Test
    void anOperatorSignsInAndSeesThePlatformLiveInFrenchAndEnglish() {
        try (Browser browser = Browser.open("fr")) {
            // Without a token every page leads to the token page; a customer's token is refused.
            browser.get(console + "/platform");
            browser.until(d -> d.getCurrentUrl().contains("/console/login"));
            browser.find("#token").sendKeys(Tokens.customer(Api.unique("cust")));
            browser.find("#login button[type=submit]").click();
            assertThat(browser.untilText("#error", "administrateur").isDisplayed())
                    .isTrue();

            signIn(browser, "fr");
            assertThat(browser.untilText("#engines", "order · actif").getText()).contains("catalog · actif");
            browser.untilText("#lag", "comptoir-order");
            browser.untilText("#kafka", "joignable");

            // An order placed through the API shows in the topics Kafka holds, and the chart is drawn.
            String sku = Api.unique("CNS");
            Api.placeOrderWhenOrderable(Api.unique("cust"), Api.createProduct(sku, 15_000), sku, 1);
            browser.untilText("#topics", "order.order.placed");
            assertThat(browser.script("return Chart.getChart(document.getElementById('rates-chart')) != null"))
                    .isEqualTo(true);
            browser.screenshot("platform-fr");

            browser.find("a[hreflang=en]").click();
            browser.untilText("h1", "Platform");
            assertThat(browser.find("#engines-title").getText()).isEqualTo("Engines");
            List<String> nav = browser.driver().findElements(By.cssSelector("header nav a")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(nav).containsExactly("Platform", "Events", "Dead letters", "Reports", "Operations");
            browser.untilText("#engines", "order · on");
            browser.screenshot("platform-en");
        }
    }
}
