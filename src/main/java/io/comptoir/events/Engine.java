package io.comptoir.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The business engines of Comptoir. Each one is the Java package {@code io.comptoir.<id>}, can be
 * switched on or off by configuration and consumes Kafka in its own consumer group.
 */
public enum Engine {
    CATALOG,
    PRICING,
    ORDER,
    BILLING,
    INVENTORY,
    PAYMENT,
    LOYALTY,
    SUGGESTION,
    PROFITABILITY,
    PROMOTION,
    GROUPBUY,
    CUSTOMER,
    NOTIFICATION,
    SHIPPING,
    TECHNICIAN,
    REVIEW,
    ANALYTICS,
    SEARCH,
    FRAUD;

    /** Lower-case id, also the engine's package name and its configuration key. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The SmallRye channel through which this engine receives every topic it consumes. */
    public String channel() {
        return id() + "-in";
    }

    public static Optional<Engine> fromId(String id) {
        return Arrays.stream(values()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** The engine owning a class, from its package {@code io.comptoir.<engine>...}. */
    public static Optional<Engine> ofClass(Class<?> type) {
        String pkg = type.getPackageName();
        String prefix = "io.comptoir.";
        if (!pkg.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = pkg.substring(prefix.length());
        int dot = rest.indexOf('.');
        return fromId(dot < 0 ? rest : rest.substring(0, dot));
    }
}
