package com.cinema.gateway.api.booking;

import com.cinema.common.input.InputLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * How a customer pays at checkout. The gateway checks the shape of each field (the payment service applies the
 * real rules: Luhn, brand, expiry, CVC length per brand) and passes it on; card data is never logged or stored
 * beyond brand and last four digits. Messages never repeat the value. The limits are the booking service's
 * ({@link InputLimits}; both sides are tested against one expectation).
 */
@Input("PaymentInput")
public class PaymentInput {

    @NonNull
    @NotNull
    @Pattern(regexp = InputLimits.PAYMENT_METHOD_PATTERN, message = InputLimits.PAYMENT_METHOD_FORM)
    @Description("CARD, WALLET or GIFT_CARD")
    public String method;

    @Pattern(regexp = InputLimits.CARD_NUMBER_PATTERN, message = InputLimits.CARD_NUMBER_FORM)
    @Description("CARD: the card number (digits; spaces or dashes allowed)")
    public String cardNumber;

    @Min(value = InputLimits.EXP_MONTH_MIN, message = InputLimits.EXP_MONTH_RANGE)
    @Max(value = InputLimits.EXP_MONTH_MAX, message = InputLimits.EXP_MONTH_RANGE)
    @Description("CARD: expiry month, 1-12")
    public Integer expMonth;

    @Min(value = InputLimits.EXP_YEAR_MIN, message = InputLimits.EXP_YEAR_FORM)
    @Max(value = InputLimits.EXP_YEAR_MAX, message = InputLimits.EXP_YEAR_FORM)
    @Description("CARD: expiry year, four digits")
    public Integer expYear;

    @Pattern(regexp = InputLimits.CVC_PATTERN, message = InputLimits.CVC_FORM)
    @Description("CARD: the security code")
    public String cvc;

    @Size(max = InputLimits.CARDHOLDER_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    @Description("CARD: the name on the card")
    public String cardholderName;

    @Size(max = InputLimits.WALLET_TOKEN_MAX_LENGTH, message = "must be at most {max} characters")
    @Description("WALLET: the wallet's payment token")
    public String walletToken;

    @Size(max = InputLimits.GIFT_CARD_CODE_MAX_LENGTH, message = "must be at most {max} characters")
    @Description("GIFT_CARD: the gift card's code")
    public String giftCardCode;

    /** Never prints card data (this object may end up in a log line as part of an error). */
    @Override
    public String toString() {
        return "PaymentInput[" + method + "]";
    }
}
