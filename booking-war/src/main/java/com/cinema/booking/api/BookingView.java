package com.cinema.booking.api;

import com.cinema.booking.domain.Booking;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The GraphQL {@code Booking} type as the booking service knows it: user and showtime by id. */
@Type("Booking")
public class BookingView {

    @Id
    @NonNull
    public String id;
    @NonNull
    @Description("Short code printed on tickets and quoted to staff")
    public String code;
    @Id
    @NonNull
    public String userId;
    @Id
    @NonNull
    public String showtimeId;
    @NonNull
    public List<@NonNull TicketView> tickets;
    @NonNull
    @Description("HELD, PAYMENT_PENDING, CONFIRMED, CANCELLED, EXPIRED, REFUNDED or FAILED")
    public String status;
    @Description("When an unpaid hold ends, ISO-8601 in UTC")
    public OffsetDateTime holdExpiresAt;
    @Description("Sum of the tickets in minor units of the currency")
    public int subtotalCents;
    @Description("Coupon discount in minor units of the currency")
    public int discountCents;
    @Description("Subtotal minus discount in minor units of the currency")
    public int totalCents;
    @NonNull
    @Description("ISO 4217 code, e.g. GBP")
    public String currency;
    public String couponCode;
    @Id
    @Description("The payment service's payment of a confirmed booking")
    public String paymentId;
    @NonNull
    @Description("When the booking was made, ISO-8601 in UTC")
    public OffsetDateTime createdAt;

    static BookingView of(Booking booking) {
        BookingView view = new BookingView();
        view.id = booking.getId() == null ? null : String.valueOf(booking.getId());
        view.code = booking.getCode();
        view.userId = String.valueOf(booking.getUserId());
        view.showtimeId = String.valueOf(booking.getShowtimeId());
        view.tickets = booking.getTickets().stream().map(TicketView::of).toList();
        view.status = booking.getStatus().name();
        view.holdExpiresAt = utc(booking.getHoldExpiresAt());
        view.subtotalCents = booking.getSubtotalCents();
        view.discountCents = booking.getDiscountCents();
        view.totalCents = booking.getTotalCents();
        view.currency = booking.getCurrency();
        view.couponCode = booking.getCouponCode();
        view.paymentId = booking.getPaymentId() == null ? null : String.valueOf(booking.getPaymentId());
        view.createdAt = utc(booking.getCreatedAt());
        return view;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
