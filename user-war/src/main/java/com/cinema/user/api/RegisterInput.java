package com.cinema.user.api;

import com.cinema.common.input.InputLimits;
import com.cinema.user.domain.AccountRules;
import com.cinema.user.domain.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL {@code RegisterInput}: a new customer account. */
@Input("RegisterInput")
public class RegisterInput {

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = EmailAddress.MAX_LENGTH, message = "must be at most {max} characters")
    public String email;

    @NonNull
    @Description("At least 10 characters, and not the e-mail address")
    @Size(min = AccountRules.PASSWORD_MIN_LENGTH, max = AccountRules.PASSWORD_MAX_LENGTH,
            message = "must be between {min} and {max} characters")
    public String password;

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = AccountRules.FULL_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String fullName;

    @Description("Optional, in international E.164 form, e.g. +442079460018")
    @Pattern(regexp = InputChecks.OPTIONAL_PHONE, message = InputLimits.PHONE_FORM)
    public String phone;
}
