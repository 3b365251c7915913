package com.cinema.gateway.api.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A new customer account. Checked here at the edge, and again by the user service. */
@Input("RegisterInput")
public class RegisterInput {

    @NonNull
    @NotBlank
    @Email
    @Size(max = 254)
    public String email;
    @NonNull
    @NotBlank
    @Size(min = 10, max = 256)
    public String password;
    @NonNull
    @NotBlank
    @Size(max = 200)
    public String fullName;
    @Size(max = 20)
    public String phone;
}
