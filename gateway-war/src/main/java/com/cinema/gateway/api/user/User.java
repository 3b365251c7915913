package com.cinema.gateway.api.user;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/** The public {@code User} type, field for field the user service's. Never carries a password hash. */
public class User {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String email;
    @NonNull
    public String fullName;
    public String phone;
    @NonNull
    public boolean smsOptIn;
    @NonNull
    @Description("A reminder shortly before each showing, by e-mail and (with smsOptIn) SMS; on unless turned off")
    public boolean reminders;
    @NonNull
    public List<@NonNull String> roles;
    @NonNull
    @Description("ACTIVE, DISABLED (by staff: cannot sign in), or CLOSED by its owner with closeAccount (then email and "
            + "fullName are placeholders, and it never changes again)")
    public String status;
    @NonNull
    public OffsetDateTime createdAt;
}
