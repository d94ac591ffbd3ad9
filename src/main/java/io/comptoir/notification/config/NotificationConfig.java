package io.comptoir.notification.config;

import io.comptoir.notification.domain.Channel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** How customers are notified when they have not said, and how hard a failed message is retried. */
@ConfigMapping(prefix = "comptoir.notification")
public interface NotificationConfig {

    /** Channels of a customer who has not chosen theirs (preferences). */
    @WithDefault("email,sms")
    Set<Channel> defaultChannels();

    /** Language of a customer who has not given one ({@code fr} or {@code en}). */
    @WithDefault("fr")
    String defaultLanguage();

    /** Attempts at sending a message before it is given up ({@code notification.message.failed}). */
    @WithDefault("5")
    int maxAttempts();

    /** Wait before the second attempt; doubled before each next one. */
    @WithDefault("30s")
    Duration firstRetryAfter();

    /** How often messages due for another attempt are looked for. */
    @WithDefault("10s")
    Duration retryCheckEvery();

    /** The sender named under every email ("L'équipe Comptoir", "The Comptoir team"). */
    @WithDefault("Comptoir")
    String signature();
}
