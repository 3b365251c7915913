package com.cinema.booking.domain;

/**
 * A coupon's discount as the coupon service quoted it for one subtotal of a hold: what a ticket-type change takes
 * off the new subtotal, once the hold under its lock still has this coupon and comes to this subtotal.
 */
public record DiscountQuote(String code, int subtotalCents, int discountCents) {

    /** Whether this quote is the one for the hold's coupon and subtotal as they are now. */
    boolean isFor(String couponCode, int subtotal) {
        return code.equals(couponCode) && subtotalCents == subtotal;
    }
}
