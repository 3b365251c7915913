package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What a promotion code would take off a booking, priced by the services from the stored seat prices. */
public class CouponQuote {

    @NonNull
    public String code;
    public boolean valid;
    @Description("The discount in minor units of the booking's currency; 0 when not valid")
    public int discountCents;
    @Description("Why not valid: UNKNOWN, INACTIVE, NOT_STARTED, EXPIRED, MIN_ORDER, USED_UP, PER_USER_LIMIT,"
            + " NOT_APPLICABLE or NOT_YOURS (another customer's reward); null when valid")
    public String reason;
}
