package io.comptoir.review.domain;

import io.comptoir.review.config.ReviewConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The automatic moderation flags of a comment, each a hint for the admin who approves or rejects it. */
@ApplicationScoped
public class Moderation {

    /** Why a review needs a closer look. */
    public enum Flag {
        BANNED_WORD,
        LINK,
        SHOUTING,
        TOO_SHORT
    }

    private static final Pattern LINK = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");

    private final ReviewConfig config;
    private final Pattern banned;

    Moderation(ReviewConfig config) {
        this.config = config;
        // Unicode word boundaries (U): since JDK 19 a plain \b follows ASCII \w, so "fraud" matched
        // inside "fraudé" and an accented word such as "arnaqué" never matched.
        this.banned = Pattern.compile("(?iU)\\b("
                + String.join(
                        "|",
                        config.bannedWords().stream()
                                .map(String::strip)
                                .filter(w -> !w.isEmpty())
                                .map(Pattern::quote)
                                .toList())
                + ")\\b");
    }

    public List<Flag> flags(String comment) {
        List<Flag> flags = new ArrayList<>();
        String text = comment == null ? "" : comment.strip();
        if (!config.bannedWords().isEmpty() && banned.matcher(text).find()) {
            flags.add(Flag.BANNED_WORD);
        }
        if (LINK.matcher(text).find()) {
            flags.add(Flag.LINK);
        }
        if (shouting(text)) {
            flags.add(Flag.SHOUTING);
        }
        if (text.length() < config.minCommentLength()) {
            flags.add(Flag.TOO_SHORT);
        }
        return flags;
    }

    private boolean shouting(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= config.shoutingMinLetters() && upper * 100 >= letters * config.shoutingPercent();
    }
}
