package io.comptoir.kernel.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller: the token's {@code sub} is the user id (a customer's id for customers). */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The user id, or null for an anonymous caller. */
    public String id() {
        return identity.isAnonymous() ? null : token.getSubject();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** A customer may only see their own data; admins see everyone's. */
    public void requireSelfOrAdmin(String userId) {
        if (!isAdmin() && (id() == null || !id().equals(userId))) {
            throw new ForbiddenException("not your data");
        }
    }
}
