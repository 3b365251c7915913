package com.cinema.user.api;

import com.cinema.common.input.InputLimits;
import com.cinema.user.domain.AccountRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL {@code ProfileInput}: the caller's profile as it should be from now on. */
@Input("ProfileInput")
public class ProfileInput {

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = AccountRules.FULL_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String fullName;

    @Description("E.164, e.g. +442079460018; omitted or empty removes the number")
    @Pattern(regexp = InputChecks.OPTIONAL_PHONE, message = InputLimits.PHONE_FORM)
    public String phone;

    @Description("Booking messages also by SMS to phone (needs a phone); omitted keeps the current choice, and "
            + "removing the phone ends it")
    public Boolean smsOptIn;

    @Description("A reminder by e-mail (and SMS when opted in) shortly before each showing; omitted keeps the current "
            + "choice (on for a new account)")
    public Boolean reminders;
}
