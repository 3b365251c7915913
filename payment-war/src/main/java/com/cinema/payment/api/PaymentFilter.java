package com.cinema.payment.api;

import com.cinema.common.input.EnumInput;
import com.cinema.common.input.Ids;
import com.cinema.payment.domain.PaymentMethod;
import com.cinema.payment.domain.PaymentSearch;
import com.cinema.payment.domain.PaymentStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.OffsetDateTime;

/** The GraphQL {@code PaymentFilter} input (staff); every field is optional. */
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

    /** The search this filter asks for; errors name the field as {@code filter.<name>}. */
    static PaymentSearch toSearch(PaymentFilter filter) {
        if (filter == null) {
            return PaymentSearch.everything();
        }
        return new PaymentSearch(
                EnumInput.parseOptional(PaymentStatus.class, "filter.status", filter.status),
                EnumInput.parseOptional(PaymentMethod.class, "filter.method", filter.method),
                Ids.parseOptional("filter.bookingId", filter.bookingId),
                Ids.parseOptional("filter.userId", filter.userId),
                filter.receiptNumber,
                filter.from == null ? null : filter.from.toInstant(),
                filter.to == null ? null : filter.to.toInstant());
    }
}
