package com.cinema.coupon.api;

import com.cinema.coupon.domain.CouponQuote;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL {@code CouponQuote}. */
@Type("CouponQuote")
public class CouponQuoteView {

    @NonNull
    public String code;
    public boolean valid;
    @Description("What the coupon takes off the subtotal, in minor units; 0 when not valid")
    public int discountCents;
    @Description("Why it is not valid (UNKNOWN, INACTIVE, NOT_STARTED, EXPIRED, MIN_ORDER, USED_UP, PER_USER_LIMIT, "
            + "NOT_APPLICABLE, NOT_YOURS); null when valid")
    public String reason;

    static CouponQuoteView of(CouponQuote quote) {
        CouponQuoteView view = new CouponQuoteView();
        view.code = quote.code();
        view.valid = quote.valid();
        view.discountCents = quote.discountCents();
        view.reason = quote.reason() == null ? null : quote.reason().name();
        return view;
    }
}
