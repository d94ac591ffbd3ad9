package io.comptoir.kernel.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Lower bounds of integer settings, checked by the configuration itself as it is read
 * ({@code @WithConverter}): a value out of bounds fails the start with the property named. Bean
 * Validation constraints on a {@code @ConfigMapping} would do the same at the price of a validator
 * factory built at every start.
 */
public final class Bounded {

    private Bounded() {}

    /** Zero or more. */
    public static final class NonNegative implements Converter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, 0);
        }
    }

    /** One or more. */
    public static final class Positive implements Converter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, 1);
        }
    }

    static int atLeast(String value, int min) {
        int number = Integer.parseInt(value.trim());
        if (number < min) {
            throw new IllegalArgumentException("must be at least " + min + ", not " + number);
        }
        return number;
    }
}
