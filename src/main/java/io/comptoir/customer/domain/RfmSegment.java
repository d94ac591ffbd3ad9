package io.comptoir.customer.domain;

/** RFM segments, decided from the recency, frequency and monetary scores (1 to 5) by {@link Rfm}. */
public enum RfmSegment {
    /** Bought lately, often and much: R, F and M all 4 or 5. */
    CHAMPION,
    /** Buys regularly and lately: R and F from 3. */
    LOYAL,
    /** First order, lately: R from 4, F 1. */
    NEW,
    /** Bought lately, not often yet: R from 3. */
    PROMISING,
    /** Used to buy often, not lately: R 1 or 2, F from 3. */
    AT_RISK,
    /** Bought a little, a while ago: R 2. */
    HIBERNATING,
    /** Bought a little, long ago: R 1. */
    LOST
}
