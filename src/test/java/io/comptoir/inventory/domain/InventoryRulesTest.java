package io.comptoir.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.inventory.ReorderSuggested;
import io.comptoir.events.inventory.StockDepleted;
import io.comptoir.events.inventory.StockLow;
import io.comptoir.events.inventory.StockReleased;
import io.comptoir.events.inventory.StockReserved;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.inventory.config.InventoryConfig;
import io.comptoir.inventory.domain.InventoryService.Hold;
import io.comptoir.inventory.domain.InventoryService.Reorder;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.RecordedEvents;
import io.comptoir.kernel.problem.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stock rules under the default settings (low threshold 5, velocity over 30 days, 45 days of lead
 * time and 30 of cover): holds only what is available, once per order; the low and depleted alerts
 * when crossed; the reorder suggestion from the sales velocity; the reservation's states.
 */
class InventoryRulesTest {

    record Settings(int defaultLowThreshold, int velocityWindowDays, int leadTimeDays, int coverDays)
            implements InventoryConfig {}

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    private final InventoryService inventory = new InventoryService(null, null, new Settings(5, 30, 45, 30));
    private final RecordedEvents recorded = new RecordedEvents(Engine.INVENTORY);

    private static StockItem item(long onHand, long lowThreshold) {
        StockItem item = new StockItem();
        item.id = "MUG-BLU";
        item.productId = "p-mug";
        item.onHand = onHand;
        item.available = onHand;
        item.lowThreshold = lowThreshold;
        return item;
    }

    private static void sold(StockItem item, LocalDate day, long units) {
        StockItem.DailySales sales = new StockItem.DailySales();
        sales.day = day;
        sales.units = units;
        item.sales.add(sales);
    }

    private Hold hold(StockItem item, String orderId, int quantity) {
        return inventory.hold(item, orderId, quantity, recorded.buffer());
    }

    @Test
    void anOrderIsHeldWhenEnoughUnitsAreAvailableAndNotOneMore() {
        StockItem mug = item(10, 3);
        assertThat(hold(mug, "o1", 4)).isEqualTo(new Hold(true, 6));
        assertThat(mug.reserved).isEqualTo(4);
        assertThat(mug.available).isEqualTo(6);
        assertThat(recorded.topics()).containsExactly("inventory.stock.updated", "inventory.stock.reserved");
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_UPDATED, StockUpdated.class))
                .containsExactly(new StockUpdated("MUG-BLU", "p-mug", 10, 4, 6));
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_RESERVED, StockReserved.class))
                .containsExactly(new StockReserved("MUG-BLU", "o1", 4, 6, true, null));

        // 7 asked of 6: refused, and nothing changes.
        recorded.clear();
        assertThat(hold(mug, "o2", 7)).isEqualTo(new Hold(false, 6));
        assertThat(mug.reserved).isEqualTo(4);
        assertThat(mug.holds).hasSize(1);
        assertThat(recorded.topics()).isEmpty();

        // Exactly the 6 available: held, and the sku is depleted.
        assertThat(hold(mug, "o3", 6)).isEqualTo(new Hold(true, 0));
        assertThat(mug.onHand).isEqualTo(10);
        assertThat(mug.reserved).isEqualTo(10);
    }

    @Test
    void anOrderIsHeldOnceHoweverOftenItAsks() {
        StockItem mug = item(10, 3);
        hold(mug, "o1", 4);
        recorded.clear();
        assertThat(hold(mug, "o1", 4)).isEqualTo(new Hold(true, 6));
        assertThat(mug.reserved).isEqualTo(4);
        assertThat(mug.holds).hasSize(1);
        assertThat(recorded.topics()).isEmpty();
    }

    @Test
    void fallingToZeroAnnouncesDepletedAndLowOnceWithAReorder() {
        StockItem mug = item(10, 3);
        hold(mug, "o1", 4);
        recorded.clear();
        hold(mug, "o2", 6);
        assertThat(recorded.topics())
                .containsExactly(
                        "inventory.stock.updated",
                        "inventory.stock.depleted",
                        "inventory.stock.low",
                        "inventory.reorder.suggested",
                        "inventory.stock.reserved");
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_DEPLETED, StockDepleted.class))
                .containsExactly(new StockDepleted("MUG-BLU", "p-mug"));
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_LOW, StockLow.class))
                .containsExactly(new StockLow("MUG-BLU", "p-mug", 0, 3));
        // No sales yet: enough to lift the sku above its threshold, 3 + 1.
        ReorderSuggested reorder = recorded.payloads(Topic.INVENTORY_REORDER_SUGGESTED, ReorderSuggested.class)
                .getFirst();
        assertThat(reorder.suggestedQuantity()).isEqualTo(4);
        assertThat(reorder.dailyVelocity()).isEqualByComparingTo("0");
        assertThat(mug.lowAnnounced).isTrue();
    }

    @Test
    void lowIsAnnouncedOnceUntilTheStockIsBackAboveItsThreshold() {
        StockItem mug = item(8, 5);
        hold(mug, "o1", 2); // 6 available: above 5
        assertThat(mug.lowAnnounced).isFalse();
        hold(mug, "o2", 1); // 5: at the threshold is low
        assertThat(mug.lowAnnounced).isTrue();
        hold(mug, "o3", 1); // 4: still low, not announced again
        inventory.unhold(mug, "o3", recorded.buffer()); // 5: still low
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_LOW, StockLow.class))
                .containsExactly(new StockLow("MUG-BLU", "p-mug", 5, 5));

        inventory.unhold(mug, "o2", recorded.buffer()); // 6: back above
        assertThat(mug.lowAnnounced).isFalse();
        hold(mug, "o4", 1); // 5 again: announced again
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_LOW, StockLow.class)).hasSize(2);
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_DEPLETED, StockDepleted.class))
                .isEmpty();
    }

    @Test
    void aReleaseGivesTheHeldUnitsBackOnceAndAShipmentTakesThemOut() {
        StockItem mug = item(10, 3);
        hold(mug, "o1", 4);
        hold(mug, "o2", 3);
        recorded.clear();

        inventory.unhold(mug, "o1", recorded.buffer());
        inventory.unhold(mug, "o1", recorded.buffer());
        assertThat(mug.reserved).isEqualTo(3);
        assertThat(mug.available).isEqualTo(7);
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_RELEASED, StockReleased.class))
                .containsExactly(new StockReleased("MUG-BLU", "o1", 4, 7));

        inventory.ship(mug, "o2", TODAY, recorded.buffer());
        inventory.ship(mug, "o2", TODAY, recorded.buffer());
        assertThat(mug.onHand).isEqualTo(7);
        assertThat(mug.reserved).isZero();
        assertThat(mug.available).isEqualTo(7);
        assertThat(mug.sales).singleElement().satisfies(s -> {
            assertThat(s.day).isEqualTo(TODAY);
            assertThat(s.units).isEqualTo(3);
        });
    }

    @Test
    void threeUnitsSoldInThirtyDaysSuggestEightUnitsOfCover() {
        // 3 / 30 = 0.10 a day; 45 days of lead time and 30 of cover: ceil(0.10 × 75) = 8.
        StockItem mug = item(7, 6);
        sold(mug, TODAY, 3);
        assertThat(inventory.reorder(mug, TODAY)).isEqualTo(new Reorder(new BigDecimal("0.10"), 1));
        mug.available = 5;
        assertThat(inventory.reorder(mug, TODAY).suggestedQuantity()).isEqualTo(3);
        mug.available = 0;
        assertThat(inventory.reorder(mug, TODAY).suggestedQuantity()).isEqualTo(8);
        // More than the cover needs: nothing to order, never a negative quantity.
        mug.available = 40;
        assertThat(inventory.reorder(mug, TODAY).suggestedQuantity()).isZero();
    }

    @Test
    void theVelocityIsRoundedToTwoDecimalsBeforeItIsMultiplied() {
        // 20 / 30 = 0.666… → 0.67; 0.67 × 75 = 50.25 → 51 (the exact rate would need 50).
        StockItem mug = item(0, 5);
        sold(mug, TODAY.minusDays(3), 20);
        assertThat(inventory.reorder(mug, TODAY)).isEqualTo(new Reorder(new BigDecimal("0.67"), 51));
        // 1 / 30 = 0.033… → 0.03; 0.03 × 75 = 2.25 → 3, under the threshold's 6: 6.
        StockItem slow = item(0, 5);
        sold(slow, TODAY, 1);
        assertThat(inventory.reorder(slow, TODAY)).isEqualTo(new Reorder(new BigDecimal("0.03"), 6));
    }

    @Test
    void onlyTheLastThirtyDaysIncludingTodayCount() {
        StockItem mug = item(0, 5);
        sold(mug, TODAY.minusDays(29), 30); // the window's first day
        sold(mug, TODAY.minusDays(30), 600); // one day before it
        assertThat(inventory.reorder(mug, TODAY).dailyVelocity()).isEqualByComparingTo("1.00");
        assertThat(inventory.reorder(mug, TODAY).suggestedQuantity()).isEqualTo(75);
        assertThat(inventory.reorder(mug, TODAY.plusDays(1)).dailyVelocity()).isEqualByComparingTo("0.00");
    }

    @Test
    void withoutLeadTimeOrCoverTheSuggestionOnlyLiftsAboveTheThreshold() {
        InventoryService noCover = new InventoryService(null, null, new Settings(5, 30, 0, 0));
        StockItem mug = item(2, 5);
        sold(mug, TODAY, 300);
        assertThat(noCover.reorder(mug, TODAY)).isEqualTo(new Reorder(new BigDecimal("10.00"), 4));
    }

    @Test
    void salesAreAddedUpPerDayAndDaysOutOfTheWindowAreDropped() {
        StockItem mug = item(0, 5);
        sold(mug, TODAY.minusDays(30), 9);
        sold(mug, TODAY.minusDays(29), 4);
        inventory.recordSale(mug, 2, TODAY);
        inventory.recordSale(mug, 5, TODAY);
        assertThat(mug.sales)
                .extracting(s -> s.day + "=" + s.units)
                .containsExactly(TODAY.minusDays(29) + "=4", TODAY + "=7");
    }

    @Test
    void unitsHeldForOrdersCannotBeCountedAway() {
        StockItem mug = item(10, 3);
        hold(mug, "o1", 4);
        InventoryService.setOnHand(mug, 4);
        assertThat(mug.onHand).isEqualTo(4);
        assertThatThrownBy(() -> InventoryService.setOnHand(mug, 3))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sku MUG-BLU has 4 units held for orders; on hand cannot go below that (asked 3)");
    }

    @Test
    void aPlacedOrderHoldsEachSkuOnceWithItsQuantitiesAddedUp() {
        Money price = Money.of(4_990, "XOF");
        Instant placedAt = Instant.parse("2026-04-15T10:00:00Z");
        OrderPlaced order = new OrderPlaced(
                "o1",
                "c-ama",
                List.of(
                        new OrderPlaced.Line("p-mug", "MUG-BLU", "Tasse", 2, price, price, price.times(2)),
                        new OrderPlaced.Line("p-pot", "POT-1", "Théière", 1, price, price, price),
                        new OrderPlaced.Line("p-mug", "MUG-BLU", "Tasse", 3, price, price, price.times(3))),
                price.times(6),
                List.of(),
                null,
                price.times(6),
                "CARD",
                placedAt);
        Reservation reservation = new Reservation();
        InventoryService.pending(reservation, order);
        assertThat(reservation.status).isEqualTo(ReservationStatus.PENDING);
        assertThat(reservation.updatedAt).isEqualTo(placedAt);
        assertThat(reservation.lines).extracting(l -> l.sku + "×" + l.quantity).containsExactly("MUG-BLU×5", "POT-1×1");
    }

    private static Reservation reservation(ReservationStatus status) {
        Reservation reservation = new Reservation();
        reservation.id = "o1";
        reservation.status = status;
        return reservation;
    }

    @Test
    void aReservationIsDecidedOnceFromPendingAndShippedOnlyOnceHeld() {
        Reservation pending = reservation(ReservationStatus.PENDING);
        assertThat(InventoryService.conclude(pending, ReservationStatus.SHIPPED, null))
                .isFalse();
        assertThat(InventoryService.conclude(pending, ReservationStatus.RESERVED, null))
                .isTrue();
        assertThat(InventoryService.conclude(pending, ReservationStatus.REFUSED, "late"))
                .isFalse();
        assertThat(pending.status).isEqualTo(ReservationStatus.RESERVED);
        assertThat(InventoryService.conclude(pending, ReservationStatus.SHIPPED, null))
                .isTrue();
        assertThat(pending.status).isEqualTo(ReservationStatus.SHIPPED);

        // Cancelled while its lines were being held: it can no longer be reserved.
        Reservation cancelled = reservation(ReservationStatus.PENDING);
        InventoryService.release(cancelled);
        assertThat(cancelled.status).isEqualTo(ReservationStatus.RELEASED);
        assertThat(InventoryService.conclude(cancelled, ReservationStatus.RESERVED, null))
                .isFalse();
    }

    @Test
    void aRefusalSaysWhichLineAndIsAnnouncedOnce() {
        Reservation reservation = reservation(ReservationStatus.PENDING);
        Reservation.Line line = new Reservation.Line("MUG-BLU", "p-mug", 2);
        InventoryService.refuse(reservation, line, 1, recorded.buffer());
        InventoryService.refuse(reservation, line, 1, recorded.buffer());
        assertThat(reservation.status).isEqualTo(ReservationStatus.REFUSED);
        assertThat(reservation.reason).isEqualTo("2 × MUG-BLU asked, 1 available");
        assertThat(recorded.payloads(Topic.INVENTORY_STOCK_RESERVED, StockReserved.class))
                .containsExactly(new StockReserved("MUG-BLU", "o1", 2, 1, false, "OUT_OF_STOCK"));
    }

    @Test
    void aCancellationReleasesWhatIsNotSettledYetOrHeldAndNothingElse() {
        for (ReservationStatus status :
                new ReservationStatus[] {null, ReservationStatus.PENDING, ReservationStatus.RESERVED}) {
            Reservation reservation = reservation(status);
            InventoryService.release(reservation);
            assertThat(reservation.status).as("from %s", status).isEqualTo(ReservationStatus.RELEASED);
        }
        for (ReservationStatus status :
                new ReservationStatus[] {ReservationStatus.REFUSED, ReservationStatus.SHIPPED}) {
            Reservation reservation = reservation(status);
            InventoryService.release(reservation);
            assertThat(reservation.status).isEqualTo(status);
            assertThat(reservation.updatedAt).isNull();
        }
    }
}
