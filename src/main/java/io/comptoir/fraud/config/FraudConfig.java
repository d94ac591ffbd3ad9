package io.comptoir.fraud.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The fraud engine's rules: each rule adds its weight to an order's risk score (0–100) when it
 * fires; an order scoring at or above {@link #threshold()} is held until an admin decides.
 */
@ConfigMapping(prefix = "comptoir.fraud")
public interface FraudConfig {

    /** Score (1–100) at or above which an order is held (fraud.order.flagged). */
    @WithDefault("60")
    int threshold();

    /** Velocity: points when the customer placed too many orders in a short time. */
    @WithDefault("30")
    int velocityWeight();

    /** Velocity: how many orders (this one included) within {@link #velocityWindow()} fire the rule. */
    @WithDefault("5")
    int velocityOrders();

    /** Velocity: the period looked back on from the order's placement. */
    @WithDefault("1h")
    Duration velocityWindow();

    /** Amount against history: points when the order is far above the customer's average paid order. */
    @WithDefault("30")
    int amountWeight();

    /** Amount against history: how many times the average paid amount fires the rule. */
    @WithDefault("3")
    int amountFactor();

    /** Amount against history: paid orders needed before the average means anything. */
    @WithDefault("2")
    int amountMinPayments();

    /** New account, large basket: points for a large order from a recent or unknown account. */
    @WithDefault("40")
    int newAccountWeight();

    /** New account, large basket: an account younger than this is new. */
    @WithDefault("7d")
    Duration newAccountAge();

    /** New account, large basket: total (minor units of {@link #currency()}) from which a basket is large. */
    @WithDefault("500000")
    long largeBasket();

    /** Currency of {@link #largeBasket()}; orders in other currencies never count as large baskets. */
    @WithDefault("XOF")
    String currency();

    /** Repeated failed payments: points when the customer's payments were refused several times lately. */
    @WithDefault("30")
    int failedPaymentsWeight();

    /** Repeated failed payments: refusals within {@link #failedPaymentsWindow()} that fire the rule. */
    @WithDefault("2")
    int failedPayments();

    /** Repeated failed payments: the period looked back on from the order's placement. */
    @WithDefault("1d")
    Duration failedPaymentsWindow();
}
