package io.comptoir.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The review engine's automatic moderation: what flags a review for the admins' attention. */
@ConfigMapping(prefix = "comptoir.review")
public interface ReviewConfig {

    /** Words (case-insensitive, whole words) that flag a comment {@code BANNED_WORD}. */
    @WithDefault("arnaque,escroc,scam,fraud,idiot")
    List<String> bannedWords();

    /** A comment shorter than this (in characters, trimmed) is flagged {@code TOO_SHORT}. */
    @WithDefault("10")
    int minCommentLength();

    /** Share of upper-case letters (in percent) from which a comment is flagged {@code SHOUTING}. */
    @WithDefault("70")
    int shoutingPercent();

    /** Letters a comment needs before it can be judged shouting (a short "OK" is not). */
    @WithDefault("8")
    int shoutingMinLetters();
}
