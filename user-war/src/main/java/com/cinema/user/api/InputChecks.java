package com.cinema.user.api;

import com.cinema.common.input.InputLimits;

/** Input rules of the user service's edge that Bean Validation annotations refer to. */
final class InputChecks {

    /** Empty or E.164: a form's empty phone field means "no phone". */
    static final String OPTIONAL_PHONE = InputLimits.OPTIONAL_PHONE;

    private InputChecks() {
    }
}
