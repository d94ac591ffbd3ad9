package io.comptoir.customer.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;

/**
 * A customer as onboarded (its id is the id orders and loyalty know the customer by: the token's
 * subject). {@code emailKey} and {@code phoneKey} are the normalised email and phone under unique
 * indexes, so two onboardings of the same person cannot both succeed, even at once.
 */
@MongoEntity(collection = "customers")
public class Customer extends Aggregate {

    public String name;
    public String email;
    public String emailKey;
    public String phone;
    public String phoneKey;
    /** {@code fr} or {@code en}: the language notifications use. */
    public String language;

    public CustomerStatus status;
    public String statusReason;
    public CustomerTier tier = CustomerTier.BRONZE;
    public Profile profile;

    public Instant createdAt;
    public Instant updatedAt;

    /** The last profiling: what was given and what was concluded. */
    public static class Profile {
        public int age;
        public Money income;
        public int creditScore;
        public boolean firstPayment;
        public Profiling.Segment segment;
        public boolean eligible;
        public List<String> perks;
        public CustomerTier tier;
        public List<String> reasons;
        public Instant profiledAt;
    }
}
