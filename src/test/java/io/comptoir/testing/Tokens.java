package io.comptoir.testing;

import io.comptoir.kernel.security.Roles;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Bearer tokens signed with the test key, as an identity provider would issue them. */
public final class Tokens {

    private Tokens() {}

    public static String admin() {
        return "Bearer " + Jwt.subject("admin-1").groups(Set.of(Roles.ADMIN)).sign();
    }

    public static String customer(String customerId) {
        return "Bearer "
                + Jwt.subject(customerId).groups(Set.of(Roles.CUSTOMER)).sign();
    }

    public static String technician(String id) {
        return "Bearer " + Jwt.subject(id).groups(Set.of(Roles.TECHNICIAN)).sign();
    }
}
