package io.comptoir.console;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;

import io.comptoir.testing.Browser;
import io.comptoir.testing.Tokens;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;

/**
 * What the console's page tests share: an operator already signed in (the admin token put where
 * the token page keeps it, for this tab), whole-page screenshots, and figures read as digits.
 */
final class ConsoleSession {

    private static final String BEARER = "Bearer ";

    private ConsoleSession() {}

    /** Opens {@code page} of the console in {@code lang}, signed in as an admin. */
    static void open(Browser browser, URL console, String page, String lang) {
        browser.get(console + "/login?lang=" + lang);
        browser.script(
                "sessionStorage.setItem('comptoir.console.token', arguments[0])",
                Tokens.admin().substring(BEARER.length()));
        browser.get(console + "/" + page + "?lang=" + lang);
        browser.at("/console/" + page);
    }

    /** Saves the whole page, not only the window, as {@code target/console-screenshots/<name>.png}. */
    static Path screenshot(Browser browser, String name) {
        Dimension window = browser.driver().manage().window().getSize();
        long height = ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int)
                Math.max(height + 120, 1000)));
        browser.script("window.scrollTo(0, 0)");
        try {
            return browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }

    /** What the admin API answers at {@code path}. */
    static JsonPath admin(String path) {
        return given().header(AUTH, Tokens.admin())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The digits of a figure as shown (separators, currency and signs left out): "38 000 F CFA" is "38000". */
    static String digits(String shown) {
        return shown.replaceAll("[^0-9]", "");
    }
}
