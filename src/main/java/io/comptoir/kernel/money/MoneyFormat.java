package io.comptoir.kernel.money;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;

/** Money as people read it, in templates ({@code {amount.printed}}): {@code 24 907 XOF}, {@code 12,50 EUR}. */
@TemplateExtension
public final class MoneyFormat {

    private MoneyFormat() {}

    /** French formatting (the documents' language): spaces between thousands, a decimal comma. */
    public static String printed(Money money) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        int digits = Money.fractionDigits(money.currency());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.toMajor()) + " " + money.currency();
    }
}
