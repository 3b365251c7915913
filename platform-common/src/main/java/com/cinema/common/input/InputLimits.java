package com.cinema.common.input;

import com.cinema.common.error.ValidationException;

/**
 * The limits of public inputs, defined once for the gateway's public types and the services' own (issue #20):
 * Bean Validation annotations on both sides name these constants, and the domains check the same numbers.
 * Strings are kept as annotation-ready text where an annotation needs one ({@code @DecimalMin(LATITUDE_MIN)}).
 */
public final class InputLimits {

    private InputLimits() {
    }

    // Coordinates, in decimal degrees.
    public static final int LATITUDE_LIMIT = 90;
    public static final int LONGITUDE_LIMIT = 180;
    public static final String LATITUDE_MIN = "-90";
    public static final String LATITUDE_MAX = "90";
    public static final String LONGITUDE_MIN = "-180";
    public static final String LONGITUDE_MAX = "180";
    public static final String LATITUDE_RANGE = "must be between -90 and 90";
    public static final String LONGITUDE_RANGE = "must be between -180 and 180";

    /** Half the Earth's circumference: no two points on it are farther apart. */
    public static final double RADIUS_KM_MAX = 20_038;

    // Cinemas.
    public static final int CINEMA_NAME_MAX_LENGTH = 200;
    public static final int CINEMA_ADDRESS_MAX_LENGTH = 300;
    public static final int CINEMA_CITY_MAX_LENGTH = 100;
    public static final int CINEMA_PHONE_MAX_LENGTH = 40;
    public static final int TIME_ZONE_MAX_LENGTH = 64;

    // Movies (the movie service's columns, V1__movies.sql).
    public static final int MOVIE_TITLE_MAX_LENGTH = 200;
    public static final int MOVIE_SYNOPSIS_MAX_LENGTH = 4000;
    public static final int MOVIE_MIN_DURATION_MINUTES = 1;
    public static final int MOVIE_MAX_DURATION_MINUTES = 600;
    public static final String MOVIE_DURATION_RANGE = "must be between 1 and 600 minutes";
    public static final int MOVIE_AGE_RATING_MAX_LENGTH = 10;
    public static final int MOVIE_LANGUAGE_MAX_LENGTH = 40;
    public static final int PERSON_NAME_MAX_LENGTH = 200;
    public static final int TRAILER_URL_MAX_LENGTH = 500;
    public static final String HTTP_URL_PATTERN = "(?i)https?://\\S+";

    // Accounts (the user service's columns and rules, RegisterInput and ProfileInput on both sides).
    /** RFC 5321's longest usable address. */
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int PASSWORD_MIN_LENGTH = 10;
    /** Generous for passphrases; the cap only keeps absurd request bodies away from the password hasher. */
    public static final int PASSWORD_MAX_LENGTH = 256;
    public static final int FULL_NAME_MAX_LENGTH = 200;
    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    public static final String PHONE_E164 = "\\+[1-9][0-9]{1,14}";
    /** Empty or E.164 (surrounding space allowed): a form's empty phone field means "no phone". */
    public static final String OPTIONAL_PHONE = "\\s*(" + PHONE_E164 + ")?\\s*";
    public static final String PHONE_FORM = "must be in international E.164 form, e.g. +442079460018";

    // Payment details (PaymentInput at the gateway and the booking service; ChargeInput at the payment service).
    public static final String PAYMENT_METHOD_PATTERN = "CARD|WALLET|GIFT_CARD";
    public static final String PAYMENT_METHOD_FORM = "must be CARD, WALLET or GIFT_CARD";
    /** 12 to 19 digits, typed with spaces or dashes between groups. */
    public static final int CARD_NUMBER_MAX_LENGTH = 23;
    public static final String CARD_NUMBER_PATTERN = "[0-9 -]{12," + CARD_NUMBER_MAX_LENGTH + "}";
    public static final String CARD_NUMBER_FORM = "must be 12 to 19 digits";
    public static final int EXP_MONTH_MIN = 1;
    public static final int EXP_MONTH_MAX = 12;
    public static final String EXP_MONTH_RANGE = "must be a month from 1 to 12";
    public static final int EXP_YEAR_MIN = 2000;
    public static final int EXP_YEAR_MAX = 2200;
    public static final String EXP_YEAR_FORM = "must be a four-digit year";
    public static final String CVC_PATTERN = "[0-9]{3,4}";
    public static final String CVC_FORM = "must be 3 or 4 digits";
    public static final int CARDHOLDER_NAME_MAX_LENGTH = 100;
    public static final int WALLET_TOKEN_MAX_LENGTH = 100;
    public static final int GIFT_CARD_CODE_MAX_LENGTH = 40;

    // Showtimes and money.
    /** The most one charge may take (100,000.00 in minor units): a standard seat's price stays below it. */
    public static final int AMOUNT_MAX_CENTS = 10_000_000;
    public static final int BASE_PRICE_MIN_CENTS = 1;
    public static final String BASE_PRICE_RANGE = "must be greater than zero and at most 10000000";
    public static final String CURRENCY_PATTERN = "[A-Z]{3}";
    public static final String CURRENCY_FORM = "must be an ISO 4217 code such as GBP";

    /**
     * A search radius: optional, else a finite number of kilometres above 0 and at most {@link #RADIUS_KM_MAX}
     * ({@code radiusKm: 1e308} is the caller's mistake, a VALIDATION error, never a server failure).
     */
    public static Double radiusKm(String field, Double radiusKm) {
        if (radiusKm != null && (radiusKm.isNaN() || radiusKm <= 0 || radiusKm > RADIUS_KM_MAX)) {
            throw new ValidationException(field, "must be greater than 0 and at most " + (long) RADIUS_KM_MAX);
        }
        return radiusKm;
    }

    /** A coordinate of {@code limit} degrees either way, or a VALIDATION error naming the field. */
    public static double coordinate(String field, Double degrees, int limit) {
        if (degrees == null) {
            throw new ValidationException(field, "is required");
        }
        if (degrees.isNaN() || Math.abs(degrees) > limit) {
            throw new ValidationException(field, "must be between -" + limit + " and " + limit);
        }
        return degrees;
    }
}
