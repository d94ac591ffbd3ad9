package io.comptoir.console.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's labels, French by default; the English ones are in {@code messages/msg_en.properties}.
 * Pages use them as {@code {msg:key}}; the scripts read those they need from the page's
 * {@code #labels} element.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface ConsoleMessages {

    @Message("Console d'administration")
    String console();

    @Message("Aller au contenu")
    String skip();

    @Message("Navigation de la console")
    String nav();

    @Message("Plateforme")
    String nav_platform();

    @Message("Événements")
    String nav_events();

    @Message("Lettres mortes")
    String nav_dead_letters();

    @Message("Rapports")
    String nav_reports();

    @Message("Opérations")
    String nav_operations();

    @Message("Se déconnecter")
    String logout();

    @Message("Langue")
    String language();

    // --- Login ---

    @Message("Connexion")
    String login_title();

    @Message("Collez un jeton d'administrateur (JWT) : la console appelle l'API avec lui, pour cet onglet seulement.")
    String login_help();

    @Message("Jeton")
    String login_token();

    @Message("Entrer")
    String login_submit();

    @Message("Jeton de développement")
    String login_dev();

    @Message("Ce jeton n'est pas celui d'un administrateur, ou il a expiré.")
    String login_refused();

    // --- Common ---

    @Message("Chargement…")
    String loading();

    @Message("Aucune donnée")
    String empty();

    @Message("L'appel a échoué")
    String failed();

    @Message("Actualiser")
    String refresh();

    @Message("Afficher")
    String show();

    @Message("Motif")
    String reason();

    @Message("Actions")
    String actions();

    @Message("Statut")
    String status();

    @Message("Date")
    String time();

    @Message("Clé")
    String key();

    @Message("Sujet")
    String topic();

    @Message("Moteur")
    String engine();

    @Message("Tous")
    String all();

    @Message("actif")
    String on();

    @Message("arrêté")
    String off();

    // --- Platform ---

    @Message("Moteurs")
    String engines();

    @Message("Disponibilité")
    String readiness();

    @Message("Kafka")
    String kafka();

    @Message("joignable")
    String reachable();

    @Message("injoignable")
    String unreachable();

    @Message("Événements en attente de relais (outbox)")
    String backlog();

    @Message("Retard des groupes de consommateurs")
    String lag_title();

    @Message("Groupe")
    String group();

    @Message("Retard")
    String lag();

    @Message("Événements par sujet, dernières minutes")
    String rates_title();

    @Message("entrants (consommés)")
    String rates_in();

    @Message("sortants (publiés)")
    String rates_out();

    @Message("Publiés")
    String produced();

    @Message("Consommés")
    String consumed();

    @Message("Vérification")
    String check();

    @Message("Événement")
    String event();

    @Message("Corrélation")
    String correlation();

    @Message("Contenu")
    String payload();

    @Message("Derniers événements d'un sujet")
    String events_recent();

    @Message("Combien")
    String events_limit();

    @Message("Suivre un agrégat")
    String events_trace();

    @Message(
            "Une commande, un paiement… : par sa clé (son identifiant) ou par l'identifiant de corrélation d'une requête, sur tous les sujets.")
    String events_trace_help();

    @Message("Seuls les événements récents de chaque partition ont été parcourus.")
    String events_truncated();

    @Message("Événements refusés par un moteur")
    String dead_letters_title();

    @Message(
            "Rejouer un événement après une correction le renvoie sur son sujet : les moteurs qui l'ont déjà traité l'ignorent. L'écarter demande un motif. Chaque décision est tracée.")
    String dead_letters_help();

    @Message("En attente")
    String status_pending();

    @Message("Rejoués")
    String status_replayed();

    @Message("Écartés")
    String status_discarded();

    @Message("Rejouer")
    String replay();

    @Message("Tout rejouer")
    String replay_all();

    @Message("Écarter")
    String discard();

    @Message("Donnez un motif pour écarter cet événement.")
    String reason_required();

    @Message("Événements rejoués :")
    String replayed_count();

    @Message("Journal des actions")
    String audit_title();

    @Message("Qui")
    String actor();

    @Message("Action")
    String action();

    @Message("Cible")
    String target();

    @Message("Détail")
    String detail();
}
