package io.comptoir.notification.domain;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the reader writes them, in templates ({@code {dueDate.longIn(lang)}}): 30 décembre 2026, December 30, 2026. */
@TemplateExtension
final class DateFormats {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private DateFormats() {}

    static String longIn(LocalDate date, String language) {
        return ("en".equals(language) ? ENGLISH : FRENCH).format(date);
    }
}
