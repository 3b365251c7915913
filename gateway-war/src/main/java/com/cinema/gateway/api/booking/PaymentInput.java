package com.cinema.gateway.api.booking;

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
 * beyond brand and last four digits. Messages never repeat the value.
 */
@Input("PaymentInput")
public class PaymentInput {

    @NonNull
    @NotNull
    @Pattern(regexp = "CARD|WALLET|GIFT_CARD", message = "must be CARD, WALLET or GIFT_CARD")
    @Description("CARD, WALLET or GIFT_CARD")
    public String method;

    @Pattern(regexp = "[0-9 -]{12,23}", message = "must be 12 to 19 digits")
    @Description("CARD: the card number (digits; spaces or dashes allowed)")
    public String cardNumber;

    @Min(value = 1, message = "must be a month from 1 to 12")
    @Max(value = 12, message = "must be a month from 1 to 12")
    @Description("CARD: expiry month, 1-12")
    public Integer expMonth;

    @Min(value = 2000, message = "must be a four-digit year")
    @Max(value = 2100, message = "must be a four-digit year")
    @Description("CARD: expiry year, four digits")
    public Integer expYear;

    @Pattern(regexp = "[0-9]{3,4}", message = "must be 3 or 4 digits")
    @Description("CARD: the security code")
    public String cvc;

    @Size(max = 100, message = "must be at most 100 characters")
    @Description("CARD: the name on the card")
    public String cardholderName;

    @Size(max = 200, message = "must be at most 200 characters")
    @Description("WALLET: the wallet's payment token")
    public String walletToken;

    @Size(max = 64, message = "must be at most 64 characters")
    @Description("GIFT_CARD: the gift card's code")
    public String giftCardCode;

    /** Never prints card data (this object may end up in a log line as part of an error). */
    @Override
    public String toString() {
        return "PaymentInput[" + method + "]";
    }
}
