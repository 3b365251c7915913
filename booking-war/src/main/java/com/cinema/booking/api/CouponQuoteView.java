package com.cinema.booking.api;

import com.cinema.booking.domain.Coupons;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL {@code CouponQuote}: what a coupon would take off one of the caller's bookings. */
@Type("CouponQuote")
public class CouponQuoteView {

    @NonNull
    public String code;
    public boolean valid;
    @Description("What the coupon takes off the subtotal, in minor units; 0 when not valid")
    public int discountCents;
    @Description("Why it is not valid (e.g. UNKNOWN, EXPIRED, MIN_ORDER, USED_UP); null when valid")
    public String reason;

    static CouponQuoteView of(Coupons.CouponQuote quote) {
        CouponQuoteView view = new CouponQuoteView();
        view.code = quote.code();
        view.valid = quote.valid();
        view.discountCents = quote.discountCents();
        view.reason = quote.reason();
        return view;
    }
}
