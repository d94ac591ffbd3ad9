package io.comptoir.kernel.money;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Money as people read it, in templates: {@code {amount.printed}} in French ({@code 24 907 XOF},
 * {@code 12,50 EUR}), {@code {amount.printedIn(lang)}} in the reader's language ({@code en}: {@code
 * 24,907 XOF}, {@code 12.50 EUR}).
 */
@TemplateExtension
public final class MoneyFormat {

    private MoneyFormat() {}

    /** French formatting (the documents' language): spaces between thousands, a decimal comma. */
    public static String printed(Money money) {
        return format(money, Locale.FRANCE);
    }

    /** In {@code language} ({@code fr} or {@code en}; French for any other). */
    public static String printedIn(Money money, String language) {
        return format(money, "en".equals(language) ? Locale.US : Locale.FRANCE);
    }

    private static String format(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = Money.fractionDigits(money.currency());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.toMajor()) + " " + money.currency();
    }
}
