package com.cinema.coupon.api;

import com.cinema.coupon.persistence.ReservationStore.Reservation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code CouponReservation}: one booking's use of a coupon. */
@Type("CouponReservation")
public class CouponReservationView {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String bookingId;
    @NonNull
    public String code;
    @Description("Granted when reserved, in minor units of the booking's currency")
    public int discountCents;
    @NonNull
    @Description("RESERVED, REDEEMED or RELEASED")
    public String status;
    @Description("When an unredeemed reservation is given back by the coupon service itself (after a grace)")
    public OffsetDateTime expiresAt;

    static CouponReservationView of(Reservation reservation) {
        if (reservation == null) {
            return null;
        }
        CouponReservationView view = new CouponReservationView();
        view.id = String.valueOf(reservation.id());
        view.bookingId = String.valueOf(reservation.bookingId());
        view.code = reservation.code();
        view.discountCents = reservation.discountCents();
        view.status = reservation.status().name();
        view.expiresAt = reservation.expiresAt() == null ? null : reservation.expiresAt().atOffset(ZoneOffset.UTC);
        return view;
    }
}
