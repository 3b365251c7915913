package com.cinema.payment.api;

import com.cinema.common.input.InputLimits;
import com.cinema.payment.domain.CardDetails;
import com.cinema.payment.domain.ChargeRequest;
import com.cinema.payment.domain.PaymentInstrument;
import com.cinema.payment.domain.PaymentMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.YearMonth;

/**
 * The GraphQL {@code ChargeInput}: what the booking service asks to charge, with the customer's payment
 * details. The card fields are for CARD, walletToken for WALLET, giftCardCode for GIFT_CARD.
 */
@Input("ChargeInput")
public class ChargeInput {

    @Id
    @NonNull
    @NotBlank(message = "is required")
    public String bookingId;

    @NonNull
    @Description("Minor units of the currency, e.g. 1250 for 12.50")
    @NotNull(message = "is required")
    @Min(value = 1, message = "must be at least {value}")
    @Max(value = ChargeRequest.MAX_AMOUNT_CENTS, message = "must be at most {value}")
    public Integer amountCents;

    @NonNull
    @Description("ISO 4217 code, e.g. GBP")
    @NotBlank(message = "is required")
    @Size(min = 3, max = 3, message = "must be an ISO 4217 code such as GBP")
    public String currency;

    @NonNull
    @Description("Chosen by the caller; the same key with the same charge never charges twice")
    @NotBlank(message = "is required")
    @Size(max = ChargeRequest.MAX_KEY_LENGTH, message = "must be at most {max} characters")
    public String idempotencyKey;

    @NonNull
    @NotNull(message = "is required")
    public PaymentMethod method;

    @Size(max = InputLimits.CARD_NUMBER_MAX_LENGTH, message = InputLimits.CARD_NUMBER_FORM)
    public String cardNumber;
    public Integer expMonth;
    public Integer expYear;
    @Size(max = 4, message = InputLimits.CVC_FORM)
    public String cvc;
    @Size(max = InputLimits.CARDHOLDER_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String cardholderName;

    @Size(max = InputLimits.WALLET_TOKEN_MAX_LENGTH, message = "must be at most {max} characters")
    public String walletToken;
    @Size(max = InputLimits.GIFT_CARD_CODE_MAX_LENGTH, message = "must be at most {max} characters")
    public String giftCardCode;

    /** The instrument of the chosen method; its own fields are required, the others ignored. */
    PaymentInstrument instrument(YearMonth thisMonth) {
        return switch (method) {
            case CARD -> new PaymentInstrument.Card(
                    CardDetails.of(cardNumber, expMonth, expYear, cvc, cardholderName, thisMonth));
            case WALLET -> new PaymentInstrument.Wallet(Required.text("walletToken", walletToken));
            case GIFT_CARD -> new PaymentInstrument.GiftCard(Required.text("giftCardCode", giftCardCode));
        };
    }
}
