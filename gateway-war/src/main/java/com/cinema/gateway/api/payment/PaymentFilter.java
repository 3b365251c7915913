package com.cinema.gateway.api.payment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.OffsetDateTime;

/** The public {@code PaymentFilter} input (staff); every field is optional. The payment service checks it. */
@Input("PaymentFilter")
public class PaymentFilter {

    @Description("PENDING, SUCCEEDED, FAILED, PARTIALLY_REFUNDED or REFUNDED")
    public String status;
    @Description("CARD, WALLET or GIFT_CARD")
    public String method;
    @Id
    public String bookingId;
    @Id
    public String userId;
    @Description("As printed on the receipt (RC-7KQ4-9XZ2); any case, with or without RC and dashes")
    public String receiptNumber;
    @Description("Made at or after this instant")
    public OffsetDateTime from;
    @Description("Made before this instant")
    public OffsetDateTime to;
}
