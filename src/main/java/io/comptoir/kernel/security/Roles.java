package io.comptoir.kernel.security;

/** The roles a token's {@code groups} claim may hold. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String ADMIN = "admin";
    public static final String TECHNICIAN = "technician";

    private Roles() {}
}
