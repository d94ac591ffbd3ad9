package io.comptoir.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Qute templates of the messages: {@code templates/notification/<language>/<template>.txt},
 * each with a {@code subject} (email subject, push title) and a {@code text} (SMS, push and WhatsApp
 * as is; emails wrap it in {@code <language>/email-layout.txt}: greeting and signature).
 */
@ApplicationScoped
public class Templates {

    /** The languages every template is written in; French is the default. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    /** A rendered template. */
    public record Rendered(String subject, String text) {}

    private final io.quarkus.qute.Engine qute;

    Templates(io.quarkus.qute.Engine qute) {
        this.qute = qute;
    }

    /** Renders {@code template} in {@code language}, with {@code lang} also given to the template (money, dates). */
    public Rendered render(String template, String language, Map<String, Object> data) {
        var found = qute.getTemplate("notification/" + language + "/" + template);
        if (found == null) {
            throw new IllegalStateException("no template " + template + " in " + language);
        }
        Map<String, Object> values = new HashMap<>(data);
        values.put("lang", language);
        return new Rendered(fragment(found, "subject", values), fragment(found, "text", values));
    }

    /** An email's body: the greeting, the text, the signature. */
    public String email(String language, String name, String text, String signature) {
        return qute.getTemplate("notification/" + language + "/email-layout")
                .data("name", name)
                .data("text", text)
                .data("signature", signature)
                .render()
                .strip();
    }

    private static String fragment(io.quarkus.qute.Template template, String id, Map<String, Object> values) {
        var fragment = template.getFragment(id);
        if (fragment == null) {
            throw new IllegalStateException(template.getId() + " has no " + id);
        }
        return fragment.data(values).render().strip();
    }
}
