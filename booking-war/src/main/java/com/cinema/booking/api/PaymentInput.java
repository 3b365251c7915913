package com.cinema.booking.api;

import com.cinema.booking.domain.PaymentDetails;
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
 * logged here.
 */
@Input("PaymentInput")
public class PaymentInput {

    @NonNull
    @Description("CARD, WALLET or GIFT_CARD")
    @NotBlank(message = "is required")
    @Pattern(regexp = "CARD|WALLET|GIFT_CARD", message = "must be CARD, WALLET or GIFT_CARD")
    public String method;

    @Size(max = 30, message = "must be 12 to 19 digits")
    public String cardNumber;
    @Min(value = 1, message = "must be 1 to 12")
    @Max(value = 12, message = "must be 1 to 12")
    public Integer expMonth;
    @Min(value = 2000, message = "must be a four-digit year")
    @Max(value = 2200, message = "must be a four-digit year")
    public Integer expYear;
    @Size(max = 4, message = "must be 3 or 4 digits")
    public String cvc;
    @Size(max = 100, message = "must be at most {max} characters")
    public String cardholderName;
    @Size(max = 100, message = "must be at most {max} characters")
    public String walletToken;
    @Size(max = 40, message = "must be at most {max} characters")
    public String giftCardCode;

    PaymentDetails toDetails() {
        return new PaymentDetails(method, cardNumber, expMonth, expYear, cvc, cardholderName, walletToken, giftCardCode);
    }

    @Override
    public String toString() {
        return "PaymentInput[" + method + "]";
    }
}
