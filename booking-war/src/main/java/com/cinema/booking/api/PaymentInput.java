package com.cinema.booking.api;

import com.cinema.booking.domain.PaymentDetails;
import com.cinema.common.input.InputLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The GraphQL {@code PaymentInput} (docs/api.md): how the customer pays. Card fields for CARD, walletToken for
 * WALLET, giftCardCode for GIFT_CARD; the payment service checks them in full. Passed through, never stored or
 * logged here. The limits are the gateway's too ({@link InputLimits}; both sides are tested against one
 * expectation).
 */
@Input("PaymentInput")
public class PaymentInput {

    @NonNull
    @Description("CARD, WALLET or GIFT_CARD")
    @NotBlank(message = "is required")
    @Pattern(regexp = InputLimits.PAYMENT_METHOD_PATTERN, message = InputLimits.PAYMENT_METHOD_FORM)
    public String method;

    @Pattern(regexp = InputLimits.CARD_NUMBER_PATTERN, message = InputLimits.CARD_NUMBER_FORM)
    public String cardNumber;
    @Min(value = InputLimits.EXP_MONTH_MIN, message = InputLimits.EXP_MONTH_RANGE)
    @Max(value = InputLimits.EXP_MONTH_MAX, message = InputLimits.EXP_MONTH_RANGE)
    public Integer expMonth;
    @Min(value = InputLimits.EXP_YEAR_MIN, message = InputLimits.EXP_YEAR_FORM)
    @Max(value = InputLimits.EXP_YEAR_MAX, message = InputLimits.EXP_YEAR_FORM)
    public Integer expYear;
    @Pattern(regexp = InputLimits.CVC_PATTERN, message = InputLimits.CVC_FORM)
    public String cvc;
    @Size(max = InputLimits.CARDHOLDER_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String cardholderName;
    @Size(max = InputLimits.WALLET_TOKEN_MAX_LENGTH, message = "must be at most {max} characters")
    public String walletToken;
    @Size(max = InputLimits.GIFT_CARD_CODE_MAX_LENGTH, message = "must be at most {max} characters")
    public String giftCardCode;

    PaymentDetails toDetails() {
        return new PaymentDetails(method, cardNumber, expMonth, expYear, cvc, cardholderName, walletToken, giftCardCode);
    }

    @Override
    public String toString() {
        return "PaymentInput[" + method + "]";
    }
}
