package com.cinema.gateway.api.user;

import com.cinema.common.input.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The parts of an account its owner may change; the user service's limits ({@link InputLimits}). */
@Input("ProfileInput")
public class ProfileInput {

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = InputLimits.FULL_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String fullName;
    @Pattern(regexp = InputLimits.OPTIONAL_PHONE, message = InputLimits.PHONE_FORM)
    public String phone;
    /** Booking messages also by SMS to the phone (issue #21); omitted keeps the current choice. */
    public Boolean smsOptIn;
    @Description("A reminder shortly before each showing; omitted keeps the current choice (on for a new account)")
    public Boolean reminders;
}
