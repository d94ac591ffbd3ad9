package io.comptoir.review.rest;

import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.review.domain.Moderation;
import io.comptoir.review.domain.ProductRating;
import io.comptoir.review.domain.Review;
import io.comptoir.review.domain.ReviewService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product reviews: customers who received a product review it, admins moderate, anyone reads the approved ones. */
@Path("/api/reviews")
@Tag(name = "review", description = "Product ratings and comments, moderation, rating aggregates")
public class ReviewResource {

    /** {@code POST /api/reviews}. */
    public record NewReview(
            @NotBlank @Pattern(regexp = Identifiers.ID) String productId,
            @NotNull @Min(1) @Max(5) Integer rating,
            @Size(max = 2000) String comment) {}

    /** {@code POST /api/reviews/{id}/reject}. */
    public record Rejection(@NotBlank @Size(max = 500) String reason) {}

    /** A review as customers and admins see it (flags and moderation shown to admins and its author). */
    public record ReviewResponse(
            String id,
            String productId,
            String customerId,
            int rating,
            String comment,
            Review.Status status,
            List<Moderation.Flag> flags,
            Instant submittedAt,
            String moderationReason,
            Instant moderatedAt) {

        static ReviewResponse of(Review r) {
            return new ReviewResponse(
                    r.id,
                    r.productId,
                    r.customerId,
                    r.rating,
                    r.comment,
                    r.status,
                    r.flags,
                    r.submittedAt,
                    r.moderationReason,
                    r.moderatedAt);
        }
    }

    /** What anyone sees of an approved review. */
    public record PublicReview(String id, String customerId, int rating, String comment, Instant submittedAt) {}

    /** A product's rating and a page of its approved reviews. */
    public record ProductReviews(
            String productId, BigDecimal averageRating, long reviewCount, PageResponse<PublicReview> reviews) {}

    private final ReviewService reviews;
    private final CurrentUser user;
    private final RequestContext request;

    ReviewResource(ReviewService reviews, CurrentUser user, RequestContext request) {
        this.reviews = reviews;
        this.user = user;
        this.request = request;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Review a product delivered to the calling customer (rating 1-5, comment); submitted PENDING with"
                    + " its moderation flags (emits review.review.submitted); 422 when no delivered order of theirs"
                    + " holds it, 409 when they already reviewed it")
    public Response submit(@NotNull @Valid NewReview body, UriInfo uri) {
        Review review = reviews.submit(user.id(), body.productId(), body.rating(), body.comment(), request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(review.id).build())
                .entity(ReviewResponse.of(review))
                .build();
    }

    @GET
    @Path("products/{productId}")
    @PermitAll
    @Operation(summary = "A product's rating (average, count) and its approved reviews, newest first")
    public ProductReviews product(
            @PathParam("productId") @Pattern(regexp = Identifiers.ID) String productId,
            @Valid @BeanParam PageRequest paging) {
        ProductRating rating = reviews.rating(productId).orElseGet(ProductRating::new);
        return new ProductReviews(
                productId,
                rating.average(),
                rating.count,
                reviews.approved(productId, paging)
                        .map(r -> new PublicReview(r.id, r.customerId, r.rating, r.comment, r.submittedAt)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "A review with its status and flags (its author or an admin)")
    public ReviewResponse get(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return reviews.find(id)
                .filter(r -> user.isAdmin() || r.customerId.equals(user.id()))
                .map(ReviewResponse::of)
                .orElseThrow(() -> new NotFoundException("no review " + id));
    }

    @GET
    @Path("pending")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reviews awaiting moderation, oldest first, with their automatic flags")
    public PageResponse<ReviewResponse> pending(@Valid @BeanParam PageRequest paging) {
        return reviews.pending(paging).map(ReviewResponse::of);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Approve a review: it is shown and counted in the product's rating (emits review.review.approved"
                    + " with the new average and count); 409 when it was rejected")
    public ReviewResponse approve(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return ReviewResponse.of(reviews.approve(id, user.id(), request.cause()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reject a pending review with a reason (emits review.review.rejected); 409 unless pending")
    public ReviewResponse reject(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id, @NotNull @Valid Rejection body) {
        return ReviewResponse.of(reviews.reject(id, body.reason(), user.id(), request.cause()));
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Review statistics: reviews by status, pending ones with flags, products rated, orders known and"
                    + " delivered")
    public ReviewService.ReviewStats stats() {
        return reviews.stats();
    }
}
