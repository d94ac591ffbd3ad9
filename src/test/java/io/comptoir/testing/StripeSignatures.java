package io.comptoir.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies as Stripe does ({@code t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">}),
 * written from Stripe's documented scheme rather than with stripe-java, which the code under test uses.
 */
public final class StripeSignatures {

    /** The signing secrets of the test profile (application.properties): the current one and one being rotated in. */
    public static final String SECRET = "whsec_comptoir_test_current";

    public static final String ROTATED = "whsec_comptoir_test_next";

    private StripeSignatures() {}

    public static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code Stripe-Signature} header for {@code body} signed now with {@link #SECRET}. */
    public static String header(String body) {
        return header(body, SECRET, Instant.now().getEpochSecond(), "v1");
    }

    public static String header(String body, String secret, long timestamp, String scheme) {
        return "t=" + timestamp + "," + scheme + "=" + hmac(secret, timestamp + "." + body);
    }
}
