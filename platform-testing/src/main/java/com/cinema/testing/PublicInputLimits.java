package com.cinema.testing;

import java.util.Map;
import java.util.Set;

import static com.cinema.common.input.InputLimits.CARDHOLDER_NAME_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.CINEMA_ADDRESS_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.CINEMA_CITY_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.CINEMA_NAME_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.CINEMA_PHONE_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.CARD_NUMBER_PATTERN;
import static com.cinema.common.input.InputLimits.CVC_PATTERN;
import static com.cinema.common.input.InputLimits.EMAIL_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.EXP_MONTH_MAX;
import static com.cinema.common.input.InputLimits.EXP_MONTH_MIN;
import static com.cinema.common.input.InputLimits.EXP_YEAR_MAX;
import static com.cinema.common.input.InputLimits.EXP_YEAR_MIN;
import static com.cinema.common.input.InputLimits.FULL_NAME_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.GIFT_CARD_CODE_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.HTTP_URL_PATTERN;
import static com.cinema.common.input.InputLimits.LATITUDE_MAX;
import static com.cinema.common.input.InputLimits.LATITUDE_MIN;
import static com.cinema.common.input.InputLimits.LONGITUDE_MAX;
import static com.cinema.common.input.InputLimits.LONGITUDE_MIN;
import static com.cinema.common.input.InputLimits.MOVIE_AGE_RATING_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.MOVIE_LANGUAGE_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.MOVIE_MAX_DURATION_MINUTES;
import static com.cinema.common.input.InputLimits.MOVIE_MIN_DURATION_MINUTES;
import static com.cinema.common.input.InputLimits.MOVIE_SYNOPSIS_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.MOVIE_TITLE_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.OPTIONAL_PHONE;
import static com.cinema.common.input.InputLimits.PASSWORD_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.PASSWORD_MIN_LENGTH;
import static com.cinema.common.input.InputLimits.PAYMENT_METHOD_PATTERN;
import static com.cinema.common.input.InputLimits.PERSON_NAME_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.TIME_ZONE_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.TRAILER_URL_MAX_LENGTH;
import static com.cinema.common.input.InputLimits.WALLET_TOKEN_MAX_LENGTH;

/**
 * What the public inputs that exist on both sides (the gateway's type and the service's own) must limit, built
 * from {@link com.cinema.common.input.InputLimits}. The gateway's test and the service's test both compare their
 * class with the same expectation here ({@link InputConstraints#of(Class)}): a literal that replaces a constant on
 * either side, or a limit changed on one side only, fails one of them.
 */
public final class PublicInputLimits {

    private PublicInputLimits() {
    }

    /** {@code RegisterInput}: gateway and user service. */
    public static final Map<String, Set<String>> REGISTER_INPUT = InputConstraints.expect()
            .maxLength("email", EMAIL_MAX_LENGTH)
            .length("password", PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
            .maxLength("fullName", FULL_NAME_MAX_LENGTH)
            .pattern("phone", OPTIONAL_PHONE)
            .build();

    /** {@code ProfileInput}: gateway and user service. */
    public static final Map<String, Set<String>> PROFILE_INPUT = InputConstraints.expect()
            .maxLength("fullName", FULL_NAME_MAX_LENGTH)
            .pattern("phone", OPTIONAL_PHONE)
            .build();

    /** {@code PaymentInput}: gateway and booking service (the payment service applies the card rules in full). */
    public static final Map<String, Set<String>> PAYMENT_INPUT = InputConstraints.expect()
            .pattern("method", PAYMENT_METHOD_PATTERN)
            .pattern("cardNumber", CARD_NUMBER_PATTERN)
            .range("expMonth", EXP_MONTH_MIN, EXP_MONTH_MAX)
            .range("expYear", EXP_YEAR_MIN, EXP_YEAR_MAX)
            .pattern("cvc", CVC_PATTERN)
            .maxLength("cardholderName", CARDHOLDER_NAME_MAX_LENGTH)
            .maxLength("walletToken", WALLET_TOKEN_MAX_LENGTH)
            .maxLength("giftCardCode", GIFT_CARD_CODE_MAX_LENGTH)
            .build();

    /** {@code MovieInput}: gateway and movie service (limits on list elements are not compared). */
    public static final Map<String, Set<String>> MOVIE_INPUT = InputConstraints.expect()
            .maxLength("title", MOVIE_TITLE_MAX_LENGTH)
            .maxLength("synopsis", MOVIE_SYNOPSIS_MAX_LENGTH)
            .range("durationMinutes", MOVIE_MIN_DURATION_MINUTES, MOVIE_MAX_DURATION_MINUTES)
            .maxLength("ageRating", MOVIE_AGE_RATING_MAX_LENGTH)
            .maxLength("language", MOVIE_LANGUAGE_MAX_LENGTH)
            .maxLength("director", PERSON_NAME_MAX_LENGTH)
            .maxLength("trailerUrl", TRAILER_URL_MAX_LENGTH)
            .pattern("trailerUrl", HTTP_URL_PATTERN)
            .build();

    /** {@code CinemaInput}: gateway and cinema service. */
    public static final Map<String, Set<String>> CINEMA_INPUT = InputConstraints.expect()
            .maxLength("name", CINEMA_NAME_MAX_LENGTH)
            .maxLength("address", CINEMA_ADDRESS_MAX_LENGTH)
            .maxLength("city", CINEMA_CITY_MAX_LENGTH)
            .decimalRange("latitude", LATITUDE_MIN, LATITUDE_MAX)
            .decimalRange("longitude", LONGITUDE_MIN, LONGITUDE_MAX)
            .maxLength("phone", CINEMA_PHONE_MAX_LENGTH)
            .maxLength("timeZone", TIME_ZONE_MAX_LENGTH)
            .build();
}
