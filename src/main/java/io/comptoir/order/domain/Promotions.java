package io.comptoir.order.domain;

import io.comptoir.kernel.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies running offers and a promo code to an order's lines, in this order: the best category
 * sale lowers each unit price; each bundle takes its percentage off every complete set of its
 * products (a unit counts in one set at most, best bundles first); the code then applies to what
 * remains, if that reaches its minimum. Every discount is rounded half-up to the minor unit, once
 * per unit (sales) or per order (bundles, code), so the figures add up exactly.
 */
public final class Promotions {

    /** A line to price: the catalogue's unit price and the product's category. */
    public record Item(String productId, String sku, String name, String categoryId, int quantity, Money listPrice) {}

    /** A priced line: unit price after any sale, and which sale. */
    public record PricedLine(Item item, Money unitPrice, String saleId) {

        public Money lineTotal() {
            return unitPrice.times(item.quantity());
        }
    }

    /** A discount applied: {@code SALE}, {@code BUNDLE} or {@code CODE}, and its offer id or code. */
    public record Discount(String kind, String reference, Money amount) {}

    /** The priced order: subtotal at list prices, discounts, and the total to pay. */
    public record Result(List<PricedLine> lines, Money subtotal, List<Discount> discounts, Money total) {}

    /** Why a promo code does not apply to this order. */
    public static final class CodeNotApplicable extends RuntimeException {
        CodeNotApplicable(String message) {
            super(message);
        }
    }

    private Promotions() {}

    /**
     * Prices {@code items} (one currency, at least one item) with the {@code offers} running now and
     * {@code code}, if given; throws {@link CodeNotApplicable} when the code's minimum is not met or
     * its currency is not the order's.
     */
    public static Result apply(List<Item> items, List<Offer> offers, PromoCodeTerms code) {
        String currency = items.getFirst().listPrice().currency();
        Money zero = Money.of(0, currency);
        List<Discount> discounts = new ArrayList<>();

        List<PricedLine> lines = new ArrayList<>();
        Map<String, Money> bySale = new LinkedHashMap<>();
        for (Item item : items) {
            Optional<Offer> sale = offers.stream()
                    .filter(o -> !o.bundle() && o.categoryId != null && o.categoryId.equals(item.categoryId()))
                    .max(Comparator.comparing((Offer o) -> o.percent).thenComparing(o -> o.id));
            Money unitOff = sale.map(o -> item.listPrice().times(o.percent, RoundingMode.HALF_UP))
                    .orElse(zero);
            lines.add(new PricedLine(
                    item, item.listPrice().minus(unitOff), sale.map(o -> o.id).orElse(null)));
            sale.ifPresent(o -> bySale.merge(o.id, unitOff.times(item.quantity()), Money::plus));
        }
        bySale.forEach((id, amount) -> discounts.add(new Discount("SALE", id, amount)));

        Money afterSales = lines.stream().map(PricedLine::lineTotal).reduce(zero, Money::plus);
        Money bundlesOff = bundles(lines, offers, zero, discounts);
        Money base = afterSales.minus(bundlesOff);

        Money total = base;
        if (code != null) {
            Money codeOff = codeDiscount(code, base);
            discounts.add(new Discount("CODE", code.id, codeOff));
            total = base.minus(codeOff);
        }
        Money subtotal =
                items.stream().map(i -> i.listPrice().times(i.quantity())).reduce(zero, Money::plus);
        return new Result(lines, subtotal, discounts, total);
    }

    private static Money bundles(List<PricedLine> lines, List<Offer> offers, Money zero, List<Discount> discounts) {
        // Units not yet in a set, per line.
        int[] left = lines.stream().mapToInt(l -> l.item().quantity()).toArray();
        Money total = zero;
        List<Offer> bundles = offers.stream()
                .filter(Offer::bundle)
                .sorted(Comparator.comparing((Offer o) -> o.percent).reversed().thenComparing(o -> o.id))
                .toList();
        for (Offer bundle : bundles) {
            Money setsValue = zero;
            int sets = 0;
            while (true) {
                List<Integer> taken = new ArrayList<>();
                for (String productId : bundle.productIds) {
                    for (int i = 0; i < lines.size(); i++) {
                        if (left[i] > 0 && lines.get(i).item().productId().equals(productId)) {
                            taken.add(i);
                            break;
                        }
                    }
                }
                if (taken.size() < bundle.productIds.size()) {
                    break;
                }
                for (int i : taken) {
                    left[i]--;
                    setsValue = setsValue.plus(lines.get(i).unitPrice());
                }
                sets++;
            }
            if (sets > 0) {
                Money off = setsValue.times(bundle.percent, RoundingMode.HALF_UP);
                discounts.add(new Discount("BUNDLE", bundle.id, off));
                total = total.plus(off);
            }
        }
        return total;
    }

    private static Money codeDiscount(PromoCodeTerms code, Money base) {
        String codeName = code.id;
        if (code.minimumOrder != null) {
            if (!code.minimumOrder.currency().equals(base.currency())) {
                throw new CodeNotApplicable(
                        "code " + codeName + " applies to orders in " + code.minimumOrder.currency());
            }
            if (base.compareTo(code.minimumOrder) < 0) {
                throw new CodeNotApplicable("code " + codeName + " needs an order of at least " + code.minimumOrder
                        + " after other discounts; this one is " + base);
            }
        }
        if (PromoCodeTerms.PERCENT.equals(code.kind)) {
            return base.times(code.percent, RoundingMode.HALF_UP);
        }
        if (!code.amount.currency().equals(base.currency())) {
            throw new CodeNotApplicable("code " + codeName + " applies to orders in " + code.amount.currency());
        }
        return code.amount.compareTo(base) > 0 ? base : code.amount;
    }
}
