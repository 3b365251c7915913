package com.cinema.user.api;

import com.cinema.user.domain.Role;
import com.cinema.user.domain.User;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The GraphQL {@code User} type: an account as its owner and staff see it, never with its password hash. */
@Type("User")
public class UserView {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String email;
    @NonNull
    public String fullName;
    public String phone;
    @NonNull
    @Description("Booking messages also go by SMS to phone")
    public boolean smsOptIn;
    @NonNull
    @Description("A reminder shortly before each showing (on unless the customer turned it off)")
    public boolean reminders;
    @NonNull
    @Description("USER, and ADMIN for staff")
    public List<@NonNull String> roles;
    @NonNull
    @Description("ACTIVE, DISABLED, or CLOSED by its owner (then email and fullName are placeholders and the "
            + "personal data is gone)")
    public String status;
    @NonNull
    public OffsetDateTime createdAt;

    static UserView of(User user) {
        UserView view = new UserView();
        view.id = String.valueOf(user.getId());
        view.email = user.getEmail();
        view.fullName = user.getFullName();
        view.phone = user.getPhone();
        view.smsOptIn = user.isSmsOptIn();
        view.reminders = user.wantsReminders();
        view.roles = user.getRoles().stream().map(Role::name).sorted().toList();
        view.status = user.getStatus().name();
        view.createdAt = user.getCreatedAt().atOffset(ZoneOffset.UTC);
        return view;
    }
}
