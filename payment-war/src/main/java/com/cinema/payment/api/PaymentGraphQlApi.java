package com.cinema.payment.api;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.IdBatch;
import com.cinema.common.input.Ids;
import com.cinema.common.paging.PageRequest;
import com.cinema.common.security.Caller;
import com.cinema.payment.domain.ChargeRequest;
import com.cinema.payment.domain.Charges;
import com.cinema.payment.domain.PaymentLedger;
import com.cinema.payment.domain.RefundRequest;
import com.cinema.payment.domain.Refunds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The payment service's GraphQL API (internal: the booking service and the gateway call it). A customer
 * sees only their own payments: someone else's is null or missing, never FORBIDDEN. Staff (ADMIN) and
 * services (SERVICE) see every payment and may refund.
 */
@GraphQLApi
@ApplicationScoped
public class PaymentGraphQlApi {

    @Inject
    PaymentLedger ledger;

    @Inject
    Charges charges;

    @Inject
    Refunds refunds;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Mutation("charge")
    @Description("Charges the signed-in customer once per idempotency key; PAYMENT_DECLINED (with extensions "
            + "reason, retryable, paymentId) when refused")
    @RolesAllowed("USER")
    public PaymentView charge(@Name("input") @NonNull ChargeInput input) {
        ChargeInput valid = EdgeValidation.valid(validator, "input", input);
        long owner = caller.id();
        ChargeRequest request = EdgeValidation.within("input", () -> new ChargeRequest(owner,
                Ids.parse("bookingId", valid.bookingId), valid.amountCents, valid.currency, valid.idempotencyKey,
                valid.instrument(YearMonth.now(ZoneOffset.UTC))));
        return PaymentView.of(charges.charge(request));
    }

    @Mutation("refund")
    @Description("Gives back part (amountCents) or all that is left of a captured payment, once per idempotency "
            + "key (staff and services only)")
    @RolesAllowed({"ADMIN", "SERVICE"})
    public PaymentView refund(@Name("input") @NonNull RefundInput input) {
        RefundInput valid = EdgeValidation.valid(validator, "input", input);
        RefundRequest request = EdgeValidation.within("input", () -> new RefundRequest(
                Ids.parse("paymentId", valid.paymentId), valid.amountCents, valid.reason, valid.idempotencyKey));
        return PaymentView.of(refunds.refund(request));
    }

    @Query("payment")
    @Description("One payment; null when it does not exist or is someone else's")
    @RolesAllowed({"USER", "ADMIN", "SERVICE"})
    public PaymentView payment(@Name("id") @Id @NonNull String id) {
        return ledger.byId(Ids.parse("id", id), visibleOwner()).map(PaymentView::of).orElse(null);
    }

    @Query("myPayments")
    @Description("The signed-in customer's payments, newest first, " + PaymentLedger.MAX_OWN_PAYMENTS + " to a page "
            + "(page is zero-based and defaults to 0; a shorter page is the last)")
    @RolesAllowed("USER")
    public @NonNull List<@NonNull PaymentView> myPayments(@Name("page") Integer page) {
        return ledger.ofOwner(caller.id(), page).stream().map(PaymentView::of).toList();
    }

    @Query("paymentsByBookingIds")
    @Description("Payments of these bookings, newest first: a customer's own only; every one for staff and services")
    @RolesAllowed({"USER", "ADMIN", "SERVICE"})
    public @NonNull List<@NonNull PaymentView> paymentsByBookingIds(
            @Name("bookingIds") @NonNull List<@NonNull String> bookingIds) {
        return ledger.ofBookings(IdBatch.parse("bookingIds", bookingIds), visibleOwner()).stream()
                .map(PaymentView::of).toList();
    }

    @Query("paymentByIdempotencyKey")
    @Description("The payment a charge with this key made, to learn an outcome whose answer was lost. A customer's "
            + "own (userId ignored); staff and services name the customer with userId")
    @RolesAllowed({"USER", "ADMIN", "SERVICE"})
    public PaymentView paymentByIdempotencyKey(@Name("idempotencyKey") @NonNull String idempotencyKey,
                                               @Name("userId") @Id String userId) {
        long owner;
        if (visibleOwner() == null && userId != null) {
            owner = Ids.parse("userId", userId);
        } else if (caller.isService() && !caller.isStaff()) {
            throw new ValidationException("userId", "is required: a service acts for a customer");
        } else {
            owner = caller.id();
        }
        return ledger.byKey(owner, idempotencyKey).map(PaymentView::of).orElse(null);
    }

    @Query("payments")
    @Description("Payments matching the filter (all without one), newest first (staff only); page is zero-based, "
            + "size defaults to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public @NonNull PaymentPage payments(@Name("filter") PaymentFilter filter, @Name("page") Integer page,
                                         @Name("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PaymentLedger.Results results = ledger.search(PaymentFilter.toSearch(filter), request);
        return PaymentPage.of(results.payments().stream().map(PaymentView::of).toList(),
                results.total(), request.page(), request.size());
    }

    /** Whose payments the caller may see: null for everyone's (staff, services), else their own id. */
    private Long visibleOwner() {
        return caller.isStaff() || caller.isService() ? null : caller.id();
    }
}
