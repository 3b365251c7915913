package com.cinema.gateway.api.payment;

import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.PaymentServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payments through the gateway: a customer's own, staff's search over all, {@code Booking.payment} and
 * {@code Payment.booking}.
 */
@GraphQLApi
@ApplicationScoped
public class PaymentGraphQlApi {

    /** A booking's settled payment wins over its declined attempts. */
    private static final Set<String> SETTLED = Set.of("SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED");

    @Inject
    PaymentServiceClient payments;

    @Inject
    BookingServiceClient bookings;

    @Inject
    ReferenceLoader references;

    @Query("myPayments")
    @Description("The signed-in customer's payments, newest first, 100 to a page (page is zero-based and defaults to "
            + "0; a shorter page is the last)")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull Payment> myPayments(@Name("page") Integer page) {
        List<Payment> own = payments.myPayments(page);
        references.registerPayments(own);
        return own;
    }

    @Query("payments")
    @Description("Payments matching the filter (all without one), newest first (staff only); page is zero-based,"
            + " size defaults to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public @NonNull PaymentPage payments(@Name("filter") PaymentFilter filter, @Name("page") Integer page,
                                         @Name("size") Integer size) {
        PaymentPage result = payments.payments(filter, page, size);
        if (result != null) {
            references.registerPayments(result.items);
        }
        return result;
    }

    @Name("booking")
    @Description("The booking this payment is for (staff: any; a customer: their own); loaded once per request for"
            + " all payments in the answer")
    public Booking booking(@Source Payment payment) {
        return references.booking(payment.bookingId, bookings::bookingsByIds);
    }

    @Name("payment")
    @Description("The booking's payment: the successful charge (also when refunded since), else the latest attempt;"
            + " loaded once per request for all bookings in the answer")
    public Payment payment(@Source Booking booking) {
        return references.get(ReferenceLoader.BOOKING_PAYMENT, booking.id,
                ids -> paymentOfEachBooking(payments.paymentsOfBookings(ids)), payment -> payment.bookingId);
    }

    /** One payment per booking from all attempts (newest first): the settled one, else the newest. */
    static List<Payment> paymentOfEachBooking(List<Payment> attempts) {
        Map<String, Payment> chosen = new LinkedHashMap<>();
        for (Payment attempt : attempts == null ? List.<Payment>of() : attempts) {
            Payment current = chosen.get(attempt.bookingId);
            if (current == null || (!SETTLED.contains(current.status) && SETTLED.contains(attempt.status))) {
                chosen.put(attempt.bookingId, attempt);
            }
        }
        return new ArrayList<>(chosen.values());
    }
}
