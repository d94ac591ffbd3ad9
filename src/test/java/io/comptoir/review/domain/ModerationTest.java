package io.comptoir.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.review.ReviewApproved;
import io.comptoir.events.review.ReviewRejected;
import io.comptoir.kernel.outbox.RecordedEvents;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.review.config.ReviewConfig;
import io.comptoir.review.domain.Moderation.Flag;
import io.comptoir.review.domain.Review.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What flags a comment under the default settings (banned words arnaque, escroc, scam, fraud,
 * idiot; at least 10 characters; shouting from 70 % capitals of at least 8 letters), and the
 * moderation that follows: approved once into the product's rating, or rejected.
 */
class ModerationTest {

    record Settings(List<String> bannedWords, int minCommentLength, int shoutingPercent, int shoutingMinLetters)
            implements ReviewConfig {}

    private static final Settings DEFAULTS =
            new Settings(List.of("arnaque", "escroc", "scam", "fraud", "idiot"), 10, 70, 8);

    private final Moderation moderation = new Moderation(DEFAULTS);

    @Test
    void aPlainCommentIsNotFlagged() {
        assertThat(moderation.flags("Très bon casque, le son est clair.")).isEmpty();
    }

    @Test
    void bannedWordsFlagInAnyCaseButOnlyAsWholeWords() {
        assertThat(moderation.flags("C'est une Arnaque, ne commandez pas")).containsExactly(Flag.BANNED_WORD);
        assertThat(moderation.flags("Le vendeur est un escroc.")).containsExactly(Flag.BANNED_WORD);
        assertThat(moderation.flags("scam: jamais livré, remboursé")).containsExactly(Flag.BANNED_WORD);
        // Words that only contain a banned one.
        assertThat(moderation.flags("Une escroquerie, pas une arnaqueuse")).isEmpty();
        assertThat(moderation.flags("Livraison rapide, pas de fraude")).isEmpty();
    }

    @Test
    void wholeWordsAreWholeInFrenchToo() {
        // "fraudé" is not the word "fraud", whatever its accent.
        assertThat(moderation.flags("J'ai été fraudé par le transporteur, pas par vous"))
                .isEmpty();
        Moderation accented = new Moderation(new Settings(List.of("arnaqué", "volé"), 10, 70, 8));
        assertThat(accented.flags("Je me suis fait ARNAQUÉ, colis jamais reçu")).containsExactly(Flag.BANNED_WORD);
        assertThat(accented.flags("Colis volé à la livraison, hélas")).containsExactly(Flag.BANNED_WORD);
        assertThat(accented.flags("Un colis envolé, puis retrouvé")).isEmpty();
    }

    @Test
    void noBannedWordsConfiguredFlagsNoWord() {
        Moderation lenient = new Moderation(new Settings(List.of(), 10, 70, 8));
        assertThat(lenient.flags("C'est une arnaque, ne commandez pas")).isEmpty();
    }

    @Test
    void linksFlagWhetherWithAProtocolOrWww() {
        assertThat(moderation.flags("Moins cher sur https://exemple.com/casque"))
                .containsExactly(Flag.LINK);
        assertThat(moderation.flags("Moins cher sur http://exemple.com")).containsExactly(Flag.LINK);
        assertThat(moderation.flags("Voyez WWW.exemple.com pour mieux")).containsExactly(Flag.LINK);
        // A bare domain or a lone protocol is not a link.
        assertThat(moderation.flags("Acheté sur exemple.com, très bien")).isEmpty();
        assertThat(moderation.flags("Le texte https:// sans adresse")).isEmpty();
    }

    @Test
    void seventyPercentCapitalsOfEightLettersOrMoreIsShouting() {
        assertThat(moderation.flags("SUPER PRODUIT !!!")).containsExactly(Flag.SHOUTING);
        // 10 letters, 7 capitals (È counts): exactly 70 %.
        assertThat(moderation.flags("TRÈS BON mix")).containsExactly(Flag.SHOUTING);
        // 11 letters, 7 capitals: 63.6 %.
        assertThat(moderation.flags("TRÈS BON mixe")).isEmpty();
        // All capitals but 6 letters: too few to judge.
        assertThat(moderation.flags("OK OK OK!!")).isEmpty();
    }

    @Test
    void underTenCharactersOnceTrimmedOrNoCommentIsTooShort() {
        assertThat(moderation.flags("Bien reçu")).containsExactly(Flag.TOO_SHORT);
        assertThat(moderation.flags("Bien reçu.")).isEmpty();
        assertThat(moderation.flags("   Bien reçu   ")).containsExactly(Flag.TOO_SHORT);
        assertThat(moderation.flags("")).containsExactly(Flag.TOO_SHORT);
        assertThat(moderation.flags(null)).containsExactly(Flag.TOO_SHORT);
    }

    @Test
    void flagsComeInTheirOrderAndAllApply() {
        assertThat(moderation.flags("SCAM: WWW.ARNAQUE.COM"))
                .containsExactly(Flag.BANNED_WORD, Flag.LINK, Flag.SHOUTING);
        assertThat(moderation.flags("IDIOT!")).containsExactly(Flag.BANNED_WORD, Flag.TOO_SHORT);
    }

    private static Review pending(String id, int rating) {
        Review review = new Review();
        review.id = id;
        review.productId = "p-head";
        review.customerId = "c-" + id;
        review.rating = rating;
        review.status = Status.PENDING;
        return review;
    }

    @Test
    void anApprovedReviewCountsOnceInItsProductsRating() {
        RecordedEvents recorded = new RecordedEvents(Engine.REVIEW);
        ProductRating rating = new ProductRating();
        assertThat(rating.average()).isEqualTo(new BigDecimal("0.00"));

        Review first = pending("r1", 5);
        ReviewService.approve(first, "admin-awa");
        ReviewService.approve(first, "admin-kofi"); // again: changes nothing
        assertThat(first.status).isEqualTo(Status.APPROVED);
        assertThat(first.moderatedBy).isEqualTo("admin-awa");
        ReviewService.count(rating, first, recorded.buffer());
        ReviewService.count(rating, first, recorded.buffer());
        ReviewService.count(rating, pending("r2", 4), recorded.buffer());
        ReviewService.count(rating, pending("r3", 5), recorded.buffer());

        // (5 + 4 + 5) / 3 = 4.666… → 4.67.
        assertThat(rating.count).isEqualTo(3);
        assertThat(rating.sum).isEqualTo(14);
        assertThat(rating.average()).isEqualTo(new BigDecimal("4.67"));
        assertThat(recorded.payloads(Topic.REVIEW_REVIEW_APPROVED, ReviewApproved.class))
                .extracting(a -> a.reviewId() + " " + a.averageRating() + " " + a.reviewCount())
                .containsExactly("r1 5.00 1", "r2 4.50 2", "r3 4.67 3");
    }

    @Test
    void aPendingReviewIsRejectedOnceAndARejectedOneIsNeverApproved() {
        RecordedEvents recorded = new RecordedEvents(Engine.REVIEW);
        Review review = pending("r1", 1);
        ReviewService.reject(review, "insulting", "admin-awa", recorded.buffer());
        assertThat(review.status).isEqualTo(Status.REJECTED);
        assertThat(review.moderationReason).isEqualTo("insulting");
        assertThat(recorded.payloads(Topic.REVIEW_REVIEW_REJECTED, ReviewRejected.class))
                .containsExactly(new ReviewRejected("r1", "p-head", "insulting"));

        assertThatThrownBy(() -> ReviewService.reject(review, "again", "admin-awa", recorded.buffer()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("review r1 is already REJECTED");
        assertThatThrownBy(() -> ReviewService.approve(review, "admin-awa"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("review r1 was rejected");

        Review approved = pending("r2", 4);
        ReviewService.approve(approved, "admin-awa");
        assertThatThrownBy(() -> ReviewService.reject(approved, "late", "admin-awa", recorded.buffer()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("review r2 is already APPROVED");
    }
}
