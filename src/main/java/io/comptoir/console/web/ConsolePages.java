package io.comptoir.console.web;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin console's pages: server-rendered shells in the operator's language (French unless
 * they chose English, by the switch or their browser), whose scripts read and steer the platform
 * through the admin API with the operator's own token. The pages hold no data, hence no role here:
 * every call they make is checked as any API call is.
 */
@Path("/console")
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Tag(name = "console", description = "The admin console's pages (HTML)")
public class ConsolePages {

    static final String LANGUAGE_COOKIE = "comptoir-console-lang";
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String lang, String page);

        static native TemplateInstance platform(String lang, String page);

        static native TemplateInstance events(String lang, String page, List<String> topics);

        static native TemplateInstance deadLetters(String lang, String page, List<String> engines);

        static native TemplateInstance reports(String lang, String page);

        static native TemplateInstance operations(String lang, String page);
    }

    @GET
    @Operation(summary = "The console's entry: the platform page")
    public Response index() {
        return Response.seeOther(URI.create("/console/platform")).build();
    }

    @GET
    @Path("login")
    @Operation(summary = "The token entry page")
    public Response login(
            @QueryParam("lang") String chosen,
            @CookieParam(LANGUAGE_COOKIE) String remembered,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String browser) {
        String lang = language(chosen, remembered, browser);
        return rendered(Templates.login(lang, "login"), lang, chosen);
    }

    @GET
    @Path("{page}")
    @Operation(summary = "A console page: platform, events, dead-letters, reports or operations")
    public Response page(
            @PathParam("page") String page,
            @QueryParam("lang") String chosen,
            @CookieParam(LANGUAGE_COOKIE) String remembered,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String browser) {
        String lang = language(chosen, remembered, browser);
        TemplateInstance template =
                switch (page) {
                    case "platform" -> Templates.platform(lang, page);
                    case "events" ->
                        Templates.events(
                                lang,
                                page,
                                Arrays.stream(Topic.values())
                                        .map(Topic::id)
                                        .sorted()
                                        .toList());
                    case "dead-letters" ->
                        Templates.deadLetters(
                                lang,
                                page,
                                Arrays.stream(Engine.values()).map(Engine::id).toList());
                    case "reports" -> Templates.reports(lang, page);
                    case "operations" -> Templates.operations(lang, page);
                    default -> null;
                };
        if (template == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return rendered(template, lang, chosen);
    }

    private static Response rendered(TemplateInstance template, String lang, String chosen) {
        Response.ResponseBuilder response = Response.ok(template.setLocale(Locale.forLanguageTag(lang)));
        if (chosen != null && LANGUAGES.contains(chosen)) {
            response.cookie(new NewCookie.Builder(LANGUAGE_COOKIE)
                    .value(chosen)
                    .path("/console")
                    .maxAge(365 * 24 * 3600)
                    .sameSite(NewCookie.SameSite.STRICT)
                    .build());
        }
        return response.build();
    }

    /** The language asked for now, else the one chosen before, else the browser's if English, else French. */
    static String language(String chosen, String remembered, String browser) {
        if (chosen != null && LANGUAGES.contains(chosen)) {
            return chosen;
        }
        if (remembered != null && LANGUAGES.contains(remembered)) {
            return remembered;
        }
        if (browser != null && !browser.isBlank()) {
            String first = browser.split(",")[0].trim().toLowerCase(Locale.ROOT);
            if (first.startsWith("en")) {
                return "en";
            }
        }
        return "fr";
    }
}
