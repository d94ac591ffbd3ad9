package io.comptoir.notification.provider;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * What SMS, push and WhatsApp messages do until a real provider is plugged in (a bean implementing
 * the channel's interface replaces this default for that channel): they are logged, and count as sent.
 */
@DefaultBean
@ApplicationScoped
public class LoggingProviders implements SmsProvider, PushProvider, WhatsAppProvider {

    private static final Logger LOG = Logger.getLogger(LoggingProviders.class);

    @Override
    public void sendSms(String phone, String text) {
        LOG.infof("SMS to %s: %s", phone, text);
    }

    @Override
    public void sendWhatsApp(String phone, String text) {
        LOG.infof("WhatsApp to %s: %s", phone, text);
    }

    @Override
    public void push(String customerId, String title, String text) {
        LOG.infof("push to %s: %s — %s", customerId, title, text);
    }
}
