package com.cinema.gateway.api.user;

import com.cinema.common.input.InputLimits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A new customer account. Checked here at the edge, and again by the user service, with the same limits
 * ({@link InputLimits}; both sides are tested against one expectation).
 */
@Input("RegisterInput")
public class RegisterInput {

    @NonNull
    @NotBlank(message = "is required")
    @Email
    @Size(max = InputLimits.EMAIL_MAX_LENGTH, message = "must be at most {max} characters")
    public String email;
    @NonNull
    @NotBlank(message = "is required")
    @Size(min = InputLimits.PASSWORD_MIN_LENGTH, max = InputLimits.PASSWORD_MAX_LENGTH,
            message = "must be between {min} and {max} characters")
    public String password;
    @NonNull
    @NotBlank(message = "is required")
    @Size(max = InputLimits.FULL_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String fullName;
    @Pattern(regexp = InputLimits.OPTIONAL_PHONE, message = InputLimits.PHONE_FORM)
    public String phone;
}
