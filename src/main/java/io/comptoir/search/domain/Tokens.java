package io.comptoir.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * French and English text as search terms: accents folded ({@code Écouteurs} → {@code ecouteur}),
 * lower case, split on anything but letters and digits, common short words dropped, and a plural
 * {@code s} or {@code x} taken off, so a query matches whichever way a product is written.
 */
final class Tokens {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "au", "aux", "avec", "de", "des", "du", "en", "et", "for", "in", "la", "le", "les", "of",
            "on", "or", "ou", "pour", "sans", "sur", "the", "un", "une", "with");

    private Tokens() {}

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^a-z0-9]+")) {
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            String token = word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))
                    ? word.substring(0, word.length() - 1)
                    : word;
            if (!tokens.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
