package io.comptoir.billing.domain;

import io.comptoir.events.technician.MissionAssigned;
import io.comptoir.events.technician.MissionCompleted;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Technician missions billed like any quote: the customer's assignment of a bid is their acceptance
 * of its amount (a quote {@code DEV-…} made and accepted), the completion invoices it ({@code
 * FAC-…}). The quote's and the invoice's id derive from the mission, so each is made once whatever
 * the order or repetition of the events; a completion seen first makes the quote itself.
 */
@ApplicationScoped
public class MissionBilling {

    private final BillingService billing;

    MissionBilling(BillingService billing) {
        this.billing = billing;
    }

    public void onAssigned(MissionAssigned mission, EventEnvelope event) {
        quote(mission.missionId(), mission.customerId(), mission.title(), mission.amount(), Cause.of(event));
    }

    public void onCompleted(MissionCompleted mission, EventEnvelope event) {
        Cause cause = Cause.of(event);
        billing.invoiceQuote(
                quote(mission.missionId(), mission.customerId(), mission.title(), mission.amount(), cause), cause);
    }

    private String quote(String missionId, String customerId, String title, Money amount, Cause cause) {
        String id = "mission-" + missionId;
        billing.createQuote(id, customerId, List.of(new DocumentLine(title, null, 1, amount)), null, cause);
        billing.acceptQuote(id, cause);
        return id;
    }
}
