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

    @Message("Tous les sujets")
    String all_topics();

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

    @Message("en attente")
    String letter_pending();

    @Message("rejoué")
    String letter_replayed();

    @Message("écarté")
    String letter_discarded();

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

    // --- Reports ---

    @Message("Période")
    String period();

    @Message("Du")
    String from();

    @Message("Au (inclus)")
    String to();

    @Message("Regroupement")
    String bucket();

    @Message("Jour")
    String bucket_day();

    @Message("Semaine")
    String bucket_week();

    @Message("Mois")
    String bucket_month();

    @Message("Rentabilité des ventes confirmées")
    String profitability_title();

    @Message("Commandes")
    String orders();

    @Message("Unités")
    String units();

    @Message("Chiffre d'affaires")
    String revenue();

    @Message("Coût de revient")
    String landed_cost();

    @Message("Marge")
    String margin();

    @Message("Taux de marge")
    String margin_percent();

    @Message("Marge cible")
    String target_margin();

    @Message("Lignes sans coût connu")
    String lines_without_cost();

    @Message("Chiffre d'affaires, coût de revient et marge par période")
    String margin_chart();

    @Message("Produits les plus rentables")
    String top_products();

    @Message("Clients les plus rentables")
    String top_customers();

    @Message("Produit")
    String product();

    @Message("Client")
    String customer();

    @Message("Prix suggérés (marge sous la cible)")
    String suggestions_title();

    @Message("Prix unitaire moyen")
    String average_price();

    @Message("Coût unitaire moyen")
    String average_cost();

    @Message("Prix suggéré")
    String suggested_price();

    @Message("Indicateurs de vente")
    String kpis_title();

    @Message("Panier moyen")
    String average_basket();

    @Message("Sessions")
    String sessions();

    @Message("Taux de conversion")
    String conversion_rate();

    @Message("Vues")
    String views();

    @Message("Produits les plus vendus")
    String best_sellers();

    @Message("Fidélité")
    String loyalty_title();

    @Message("Membres")
    String members();

    @Message("Membres par niveau")
    String tiers_chart();

    @Message("Points émis")
    String points_issued();

    @Message("Points utilisés")
    String points_redeemed();

    @Message("Points expirés")
    String points_expired();

    @Message("Points en attente")
    String points_pending();

    @Message("Paiements")
    String payments_title();

    @Message("Paiements par moyen et par statut")
    String payments_chart();

    @Message("Paiements")
    String payments();

    @Message("Réussis")
    String succeeded();

    @Message("Échoués")
    String failed_payments();

    @Message("Taux d'échec")
    String failure_rate();

    @Message("Alertes de stock")
    String stock_title();

    @Message("Référence")
    String sku();

    @Message("En stock")
    String on_hand();

    @Message("Réservé")
    String held();

    @Message("Disponible")
    String available();

    @Message("Seuil")
    String threshold();

    @Message("Réassort suggéré")
    String reorder();

    @Message("Niveau")
    String level();

    @Message("bas")
    String level_low();

    @Message("épuisé")
    String level_depleted();

    // --- Operations ---

    @Message("Rechercher des commandes")
    String orders_search();

    @Message("Identifiant client")
    String customer_id();

    @Message("Commande")
    String order();

    @Message("Total")
    String total();

    @Message("Passée le")
    String placed_at();

    @Message("Nouveau statut")
    String new_status();

    @Message("Appliquer")
    String apply();

    @Message("Suivre")
    String follow();

    @Message("Suivre la commande dans les événements")
    String follow_order();

    @Message("Précédente")
    String previous();

    @Message("Suivante")
    String next();

    @Message("Page")
    String page();

    @Message("sur")
    String of();

    @Message("Statut de la commande changé :")
    String status_changed();

    @Message("Avis à modérer")
    String moderation_title();

    @Message("Note")
    String rating();

    @Message("Commentaire")
    String comment();

    @Message("Signalements")
    String flags();

    @Message("Soumis le")
    String submitted_at();

    @Message("Approuver")
    String approve();

    @Message("Rejeter")
    String reject();

    @Message("Avis approuvé :")
    String review_approved();

    @Message("Avis rejeté :")
    String review_rejected();

    @Message("Commandes retenues pour suspicion de fraude")
    String fraud_title();

    @Message(
            "Libérer une commande la laisse se confirmer ; la refuser l'annule et rembourse tout paiement. Les deux demandent un motif.")
    String fraud_help();

    @Message("Score")
    String score();

    @Message("Règles")
    String rules();

    @Message("Libérer")
    String clear();

    @Message("Commande libérée :")
    String order_cleared();

    @Message("Commande refusée :")
    String order_rejected();

    @Message("Donnez un motif.")
    String reason_needed();

    @Message("Paramètres de prix")
    String pricing_title();

    @Message(
            "Prix de vente = coût de base × taux de change × (1 + marge + frais + assurance), arrondi à un multiple du pas. Enregistrer recalcule tous les produits.")
    String pricing_help();

    @Message("Taux de change (unités de vente pour une unité d'achat)")
    String exchange_rate();

    @Message("Marge par défaut (%)")
    String default_margin();

    @Message("Frais de service (%)")
    String service_fee();

    @Message("Assurance (%)")
    String insurance();

    @Message("Pas d'arrondi (unités mineures)")
    String rounding_step();

    @Message("Mode d'arrondi")
    String rounding_mode();

    @Message("Enregistrer")
    String save();

    @Message("Paramètres enregistrés : les produits sont recalculés.")
    String pricing_saved();

    // --- Terms: the API's enumerations as operators read them (the scripts look them up as data-t-<value>) ---

    @Message("Passée")
    String t_placed();

    @Message("Confirmée")
    String t_confirmed();

    @Message("Expédiée")
    String t_shipped();

    @Message("Livrée")
    String t_delivered();

    @Message("Annulée")
    String t_cancelled();

    @Message("Remboursée")
    String t_refunded();

    @Message("En attente")
    String t_pending();

    @Message("Action requise")
    String t_requires_action();

    @Message("En cours")
    String t_processing();

    @Message("Échoué")
    String t_failed();

    @Message("Réussi")
    String t_succeeded();

    @Message("Carte")
    String t_card();

    @Message("Mobile money")
    String t_mobile_money();

    @Message("À la livraison")
    String t_cash_on_delivery();

    @Message("Bronze")
    String t_bronze();

    @Message("Argent")
    String t_silver();

    @Message("Or")
    String t_gold();

    @Message("Platine")
    String t_platinum();

    @Message("Diamant")
    String t_diamond();

    @Message("Mot interdit")
    String t_banned_word();

    @Message("Lien")
    String t_link();

    @Message("Majuscules")
    String t_shouting();

    @Message("Trop court")
    String t_too_short();

    @Message("Fréquence des commandes")
    String t_velocity();

    @Message("Montant inhabituel")
    String t_amount_against_history();

    @Message("Nouveau compte, gros panier")
    String t_new_account_large_basket();

    @Message("Paiements refusés répétés")
    String t_repeated_failed_payments();

    @Message("Vers le haut (s'éloigne de zéro)")
    String t_up();

    @Message("Vers le bas (vers zéro)")
    String t_down();

    @Message("Plafond")
    String t_ceiling();

    @Message("Plancher")
    String t_floor();

    @Message("Au plus proche, moitié vers le haut")
    String t_half_up();

    @Message("Au plus proche, moitié vers le bas")
    String t_half_down();

    @Message("Au plus proche, moitié au pair")
    String t_half_even();
}
