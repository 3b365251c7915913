package com.cinema.payment.api;

import com.cinema.payment.domain.ChargeRequest;
import com.cinema.payment.domain.RefundRequest;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL {@code RefundInput}: give back part or all of a captured payment. */
@Input("RefundInput")
public class RefundInput {

    @Id
    @NonNull
    @NotBlank(message = "is required")
    public String paymentId;

    @Description("Minor units to give back; left out, whatever is left of the payment")
    @Min(value = 1, message = "must be at least {value}")
    public Integer amountCents;

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = RefundRequest.MAX_REASON_LENGTH, message = "must be at most {max} characters")
    public String reason;

    @NonNull
    @Description("Chosen by the caller, unique per payment; the same key never refunds twice")
    @NotBlank(message = "is required")
    @Size(max = ChargeRequest.MAX_KEY_LENGTH, message = "must be at most {max} characters")
    public String idempotencyKey;
}
