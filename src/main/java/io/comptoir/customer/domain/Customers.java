package io.comptoir.customer.domain;

import io.comptoir.customer.config.CustomerConfig;
import io.comptoir.events.Topic;
import io.comptoir.events.customer.CustomerActivated;
import io.comptoir.events.customer.CustomerDeactivated;
import io.comptoir.events.customer.CustomerOnboarded;
import io.comptoir.events.customer.CustomerProfiled;
import io.comptoir.events.customer.CustomerPromoted;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.bson.Document;

/**
 * Seed 004's customer lifecycle: onboarding (one customer per email and per phone), activation,
 * deactivation, promotion, and profiling that promotes by itself when the customer is eligible.
 * Every change and its event are one atomic write; a refused change writes nothing.
 */
@ApplicationScoped
public class Customers {

    /** What onboarding takes. */
    public record Onboarding(String name, String email, String phone, String language) {}

    /** What profiling takes. */
    public record ProfileInput(int age, Money income, int creditScore, boolean firstPayment) {}

    private final CustomerRepository customers;
    private final Profiling profiling;
    private final CustomerConfig config;

    Customers(CustomerRepository customers, Profiling profiling, CustomerConfig config) {
        this.customers = customers;
        this.profiling = profiling;
        this.config = config;
    }

    /** Onboards customer {@code id}: 409 when the id, the email or the phone is already onboarded. */
    public Customer onboard(String id, Onboarding input, Cause cause) {
        Customer customer = new Customer();
        customer.id = id;
        customer.name = input.name().strip();
        customer.email = input.email().strip();
        customer.emailKey = emailKey(input.email());
        customer.phone = input.phone().strip();
        customer.phoneKey = phoneKey(input.phone());
        customer.language = input.language() == null ? "fr" : input.language();
        customer.status = CustomerStatus.PENDING;
        customer.createdAt = Instant.now();
        customer.updatedAt = customer.createdAt;
        try {
            return customers.create(
                    customer,
                    cause,
                    events -> events.add(
                            Topic.CUSTOMER_CUSTOMER_ONBOARDED,
                            id,
                            new CustomerOnboarded(
                                    id, customer.name, customer.email, customer.phone, customer.language)));
        } catch (DuplicateAggregateException taken) {
            throw new ConflictException(duplicateOf(customer));
        }
    }

    /** Which key the unique indexes refused: said after the fact, the refusal itself was atomic. */
    private String duplicateOf(Customer customer) {
        if (customers.count("emailKey", customer.emailKey) > 0) {
            return "email " + customer.email + " is already onboarded";
        }
        if (customers.count("phoneKey", customer.phoneKey) > 0) {
            return "phone " + customer.phone + " is already onboarded";
        }
        return "customer " + customer.id + " is already onboarded";
    }

    public Customer activate(String id, Cause cause) {
        return change(id, cause, (customer, events) -> {
            if (customer.status == CustomerStatus.ACTIVE) {
                throw new ConflictException("customer " + id + " is already active");
            }
            customer.status = CustomerStatus.ACTIVE;
            customer.statusReason = null;
            events.add(Topic.CUSTOMER_CUSTOMER_ACTIVATED, id, new CustomerActivated(id));
        });
    }

    public Customer deactivate(String id, String reason, Cause cause) {
        return change(id, cause, (customer, events) -> {
            if (customer.status == CustomerStatus.INACTIVE) {
                throw new ConflictException("customer " + id + " is already inactive");
            }
            customer.status = CustomerStatus.INACTIVE;
            customer.statusReason = reason;
            events.add(Topic.CUSTOMER_CUSTOMER_DEACTIVATED, id, new CustomerDeactivated(id, reason));
        });
    }

    /** An admin's promotion: only an active customer, only to a higher tier. */
    public Customer promote(String id, CustomerTier tier, String reason, Cause cause) {
        return change(id, cause, (customer, events) -> {
            if (customer.status != CustomerStatus.ACTIVE) {
                throw new ConflictException(
                        "customer " + id + " is " + customer.status + ": only an active customer" + " is promoted");
            }
            if (!tier.isAbove(customer.tier)) {
                throw new ConflictException(
                        "customer " + id + " is " + customer.tier + " already: a promotion goes" + " to a higher tier");
            }
            promote(customer, tier, reason, events);
        });
    }

    /**
     * Profiles the customer ({@code customer.customer.profiled}) and, when eligible, active and
     * profiled into a higher tier, promotes them in the same write ({@code customer.customer.promoted}).
     */
    public Customer profile(String id, ProfileInput input, Cause cause) {
        if (!config.currency().equals(input.income().currency())) {
            throw new UnprocessableException(
                    "incomes are profiled in " + config.currency(),
                    List.of(new Problem.FieldError("income.currency", "must be " + config.currency())));
        }
        Profiling.Assessment assessment =
                profiling.assess(input.age(), input.income(), input.creditScore(), input.firstPayment());
        return change(id, cause, (customer, events) -> {
            List<String> reasons = new ArrayList<>(assessment.reasons());
            boolean promotes = assessment.eligible() && assessment.tier().isAbove(customer.tier);
            if (promotes && customer.status != CustomerStatus.ACTIVE) {
                promotes = false;
                reasons.add("customer " + customer.status + ": not promoted until active");
            } else if (assessment.eligible() && !promotes) {
                reasons.add("customer " + customer.tier + " already: not promoted");
            }
            Customer.Profile profile = new Customer.Profile();
            profile.age = input.age();
            profile.income = input.income();
            profile.creditScore = input.creditScore();
            profile.firstPayment = input.firstPayment();
            profile.segment = assessment.segment();
            profile.eligible = assessment.eligible();
            profile.perks = assessment.perks();
            profile.tier = assessment.tier();
            profile.reasons = List.copyOf(reasons);
            profile.profiledAt = Instant.now();
            customer.profile = profile;
            events.add(
                    Topic.CUSTOMER_CUSTOMER_PROFILED,
                    id,
                    new CustomerProfiled(
                            id,
                            assessment.segment().name(),
                            assessment.tier().name(),
                            assessment.eligible(),
                            assessment.perks(),
                            profile.reasons));
            if (promotes) {
                promote(customer, assessment.tier(), "profiling: " + String.join(", ", assessment.perks()), events);
            }
        });
    }

    private static void promote(Customer customer, CustomerTier tier, String reason, EventBuffer events) {
        CustomerTier previous = customer.tier;
        customer.tier = tier;
        events.add(
                Topic.CUSTOMER_CUSTOMER_PROMOTED,
                customer.id,
                new CustomerPromoted(customer.id, previous.name(), tier.name(), reason));
    }

    private Customer change(String id, Cause cause, BiConsumer<Customer, EventBuffer> change) {
        return customers
                .modify(id, cause, (customer, events) -> {
                    change.accept(customer, events);
                    customer.updatedAt = Instant.now();
                    return customer;
                })
                .orElseThrow(() -> new NotFoundException("no customer " + id));
    }

    public Optional<Customer> find(String id) {
        return customers.findByIdOptional(id);
    }

    /** Customers, newest first, by status and tier when given. */
    public PageResponse<Customer> list(CustomerStatus status, CustomerTier tier, PageRequest paging) {
        Document filter = new Document();
        if (status != null) {
            filter.append("status", status.name());
        }
        if (tier != null) {
            filter.append("tier", tier.name());
        }
        return paging.of(customers.find(filter, new Document("createdAt", -1).append("_id", 1)));
    }

    /** Customers by status, by tier and by profiling segment (not profiled yet under NONE). */
    public record CustomerCounts(
            long customers,
            Map<CustomerStatus, Long> statuses,
            Map<CustomerTier, Long> tiers,
            Map<String, Long> segments) {}

    public CustomerCounts counts() {
        Map<CustomerStatus, Long> statuses = new LinkedHashMap<>();
        for (CustomerStatus status : CustomerStatus.values()) {
            statuses.put(status, customers.count("status", status.name()));
        }
        Map<CustomerTier, Long> tiers = new LinkedHashMap<>();
        for (CustomerTier tier : CustomerTier.values()) {
            tiers.put(tier, customers.count("tier", tier.name()));
        }
        Map<String, Long> segments = new LinkedHashMap<>();
        for (Profiling.Segment segment : Profiling.Segment.values()) {
            segments.put(segment.name(), customers.count("profile.segment", segment.name()));
        }
        segments.put("NONE", customers.count(new Document("profile", null)));
        return new CustomerCounts(customers.count(), statuses, tiers, segments);
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Digits only, with the international prefix {@code 00} written {@code +}: "+225 07 08-09" and "0022507 08 09" match. */
    static String phoneKey(String phone) {
        String digits = phone.strip().replaceAll("[^0-9+]", "");
        return digits.startsWith("00") ? "+" + digits.substring(2) : digits;
    }
}
