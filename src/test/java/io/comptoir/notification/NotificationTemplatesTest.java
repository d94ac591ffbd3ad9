package io.comptoir.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.kernel.money.Money;
import io.comptoir.notification.domain.Templates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every notification template, in French and in English, rendered to its exact text. */
@QuarkusTest
class NotificationTemplatesTest {

    /** French thousands are separated by a narrow no-break space, as the billing documents print them. */
    private static final String NNBSP = "\u202f";

    private static final Money XOF = Money.of(24_907, "XOF");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 30);

    @Inject
    Templates templates;

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of(
                        "welcome",
                        Map.of(),
                        "Bienvenue chez Comptoir, Awa Koné",
                        "Votre compte est créé. Nous vous écrirons ici pour chacune de vos commandes.",
                        "Welcome to Comptoir, Awa Koné",
                        "Your account is ready. We will write to you here about each of your orders."),
                Arguments.of(
                        "account-activated",
                        Map.of(),
                        "Votre compte est activé",
                        "Votre compte Comptoir est activé : vous pouvez commander dès maintenant.",
                        "Your account is active",
                        "Your Comptoir account is active: you can order right away."),
                Arguments.of(
                        "customer-promoted",
                        Map.of("tier", "PREMIUM"),
                        "Vous passez au niveau PREMIUM",
                        "Félicitations Awa Koné, votre compte passe au niveau PREMIUM.",
                        "You are now PREMIUM",
                        "Congratulations Awa Koné, your account moves up to PREMIUM."),
                Arguments.of(
                        "order-placed",
                        Map.of("orderId", "ORD-1", "total", XOF),
                        "Commande ORD-1 reçue",
                        "Nous avons bien reçu votre commande ORD-1 de 24" + NNBSP + "907 XOF.",
                        "Order ORD-1 received",
                        "We have received your order ORD-1 for 24,907 XOF."),
                Arguments.of(
                        "order-shipped",
                        Map.of("orderId", "ORD-1", "total", XOF),
                        "Commande ORD-1 expédiée",
                        "Votre commande ORD-1 est en route.",
                        "Order ORD-1 shipped",
                        "Your order ORD-1 is on its way."),
                Arguments.of(
                        "order-delivered",
                        Map.of("orderId", "ORD-1", "total", XOF),
                        "Commande ORD-1 livrée",
                        "Votre commande ORD-1 a été livrée. Merci de votre confiance !",
                        "Order ORD-1 delivered",
                        "Your order ORD-1 has been delivered. Thank you for shopping with us!"),
                Arguments.of(
                        "order-cancelled",
                        Map.of("orderId", "ORD-1", "total", XOF),
                        "Commande ORD-1 annulée",
                        "Votre commande ORD-1 de 24" + NNBSP + "907 XOF est annulée.",
                        "Order ORD-1 cancelled",
                        "Your order ORD-1 for 24,907 XOF has been cancelled."),
                Arguments.of(
                        "payment-completed",
                        Map.of("orderId", "ORD-1", "amount", Money.of(1_250_050, "EUR")),
                        "Paiement reçu",
                        "Nous avons reçu votre paiement de 12" + NNBSP + "500,50 EUR pour la commande ORD-1.",
                        "Payment received",
                        "We have received your payment of 12,500.50 EUR for order ORD-1."),
                Arguments.of(
                        "payment-failed",
                        Map.of("orderId", "ORD-1", "amount", XOF),
                        "Paiement refusé",
                        "Votre paiement de 24" + NNBSP + "907 XOF pour la commande ORD-1 n'a pas abouti.",
                        "Payment failed",
                        "Your payment of 24,907 XOF for order ORD-1 did not go through."),
                Arguments.of(
                        "invoice-generated",
                        Map.of("number", "FAC-2026-000123", "total", XOF, "dueDate", DUE),
                        "Facture FAC-2026-000123",
                        "Votre facture FAC-2026-000123 de 24" + NNBSP
                                + "907 XOF est disponible, à régler avant le 30 décembre 2026.",
                        "Invoice FAC-2026-000123",
                        "Your invoice FAC-2026-000123 for 24,907 XOF is ready, due by December 30, 2026."),
                Arguments.of(
                        "invoice-overdue",
                        Map.of("number", "FAC-2026-000123", "amountDue", XOF, "dueDate", DUE),
                        "Facture FAC-2026-000123 en retard",
                        "Votre facture FAC-2026-000123 était à régler le 30 décembre 2026 : il reste 24" + NNBSP
                                + "907 XOF à payer.",
                        "Invoice FAC-2026-000123 overdue",
                        "Your invoice FAC-2026-000123 was due on December 30, 2026: 24,907 XOF remains to be paid."),
                Arguments.of(
                        "points-earned",
                        Map.of("orderId", "ORD-1", "points", 25L, "balance", 1_250L),
                        "25 points gagnés",
                        "Votre commande ORD-1 vous rapporte 25 points. Solde : 1250 points.",
                        "25 points earned",
                        "Your order ORD-1 earned you 25 points. Balance: 1250 points."),
                Arguments.of(
                        "tier-upgraded",
                        Map.of("tier", "GOLD", "lifetimePoints", 5_200L),
                        "Nouveau niveau de fidélité : GOLD",
                        "Bravo Awa Koné, vous atteignez le niveau GOLD avec 5200 points cumulés.",
                        "New loyalty tier: GOLD",
                        "Well done Awa Koné, you have reached GOLD with 5200 lifetime points."),
                Arguments.of(
                        "group-threshold-reached",
                        Map.of("minQuantity", 50, "unitPrice", Money.of(9_000, "XOF")),
                        "Achat groupé : nouveau prix",
                        "Le groupe a atteint 50 unités : le prix passe à 9" + NNBSP + "000 XOF l'unité.",
                        "Group buy: a better price",
                        "The group has reached 50 units: the price drops to 9,000 XOF per unit."),
                Arguments.of(
                        "mission-assigned",
                        Map.of("title", "Pose d'un climatiseur", "amount", Money.of(35_000, "XOF")),
                        "Mission « Pose d'un climatiseur » attribuée",
                        "Un technicien a été choisi pour votre mission « Pose d'un climatiseur », pour 35" + NNBSP
                                + "000 XOF.",
                        "Mission “Pose d'un climatiseur” assigned",
                        "A technician has been chosen for your mission “Pose d'un climatiseur”, for 35,000 XOF."),
                Arguments.of(
                        "review-request",
                        Map.of("title", "Pose d'un climatiseur"),
                        "Votre avis sur « Pose d'un climatiseur »",
                        "La mission « Pose d'un climatiseur » est terminée. Donnez-nous votre avis sur le technicien.",
                        "Your review of “Pose d'un climatiseur”",
                        "The mission “Pose d'un climatiseur” is complete. Tell us what you thought of the technician."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void rendersInFrenchAndEnglish(
            String template,
            Map<String, Object> data,
            String frenchSubject,
            String frenchText,
            String englishSubject,
            String englishText) {
        Map<String, Object> values = new java.util.HashMap<>(data);
        values.put("name", "Awa Koné");
        assertThat(templates.render(template, "fr", values))
                .isEqualTo(new Templates.Rendered(frenchSubject, frenchText));
        assertThat(templates.render(template, "en", values))
                .isEqualTo(new Templates.Rendered(englishSubject, englishText));
    }

    @Test
    void emailsGreetAndSign() {
        assertThat(templates.email("fr", "Awa Koné", "Votre commande ORD-1 est en route.", "Comptoir"))
                .isEqualTo("Bonjour Awa Koné,\n\nVotre commande ORD-1 est en route.\n\nL'équipe Comptoir");
        assertThat(templates.email("en", "Awa Koné", "Your order ORD-1 is on its way.", "Comptoir"))
                .isEqualTo("Hello Awa Koné,\n\nYour order ORD-1 is on its way.\n\nThe Comptoir team");
    }

    @Test
    void everyTemplateFileIsTested() throws Exception {
        Set<String> tested = templates().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        for (String language : Templates.LANGUAGES) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/notification", language))) {
                assertThat(files.map(f -> f.getFileName().toString().replace(".txt", ""))
                                .filter(name -> !name.equals("email-layout")))
                        .as(language)
                        .containsExactlyInAnyOrderElementsOf(tested);
            }
        }
    }
}
