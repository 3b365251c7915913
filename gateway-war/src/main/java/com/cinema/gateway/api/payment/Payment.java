package com.cinema.gateway.api.payment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The public {@code Payment} type: exactly the payment service's fields. Card data is brand and last four only. */
public class Payment {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String bookingId;
    @Description("Charged amount in minor units of the currency")
    public int amountCents;
    @NonNull
    @Description("ISO 4217 code, e.g. GBP")
    public String currency;
    @NonNull
    @Description("CARD, WALLET or GIFT_CARD")
    public String method;
    @NonNull
    @Description("PENDING, SUCCEEDED, FAILED, PARTIALLY_REFUNDED or REFUNDED")
    public String status;
    public String cardBrand;
    public String cardLast4;
    @Description("Why a charge failed, for people")
    public String failureReason;
    @Description("Refunded so far, in minor units")
    public int refundedCents;
    @Description("Receipt number of a successful charge")
    public String receiptNumber;
    @NonNull
    public OffsetDateTime createdAt;
}
