package io.comptoir.billing;

import static io.comptoir.billing.BillingFlowTest.awaitInvoice;
import static io.comptoir.billing.BillingFlowTest.confirmedOrder;
import static io.comptoir.billing.BillingFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.ShortClocks;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** With invoices due at once and no grace, the billing job marks an unpaid invoice overdue, once; a payment then settles it. */
@QuarkusTest
@TestProfile(ShortClocks.class)
class BillingOverdueTest {

    @Test
    void anUnpaidInvoicePastItsDueDateIsOverdueUntilPaid() {
        String customer = Api.unique("late");
        try (KafkaProbe probe = KafkaProbe.of("billing.invoice.overdue", "billing.invoice.paid")) {
            String orderId = confirmedOrder(customer, 8_000, 3);
            awaitInvoice(orderId, "OVERDUE");
            ConsumerRecord<String, byte[]> overdue =
                    probe.awaitOne(r -> r.topic().equals("billing.invoice.overdue") && orderId.equals(r.key()));
            assertThat(json(overdue).path("amountDue").path("amount").asLong()).isEqualTo(24_000);

            ForeignEvents.paymentCompleted(Api.unique("pay"), orderId, customer, 24_000);
            awaitInvoice(orderId, "PAID");
            probe.awaitOne(r -> r.topic().equals("billing.invoice.paid") && orderId.equals(r.key()));
            // Marked overdue once, though the job ran every second.
            probe.assertExactly(r -> r.topic().equals("billing.invoice.overdue") && orderId.equals(r.key()), 1);
        }
    }
}
