package com.cinema.gateway.api.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The parts of an account its owner may change. */
@Input("ProfileInput")
public class ProfileInput {

    @NonNull
    @NotBlank
    @Size(max = 200)
    public String fullName;
    @Size(max = 20)
    public String phone;
}
