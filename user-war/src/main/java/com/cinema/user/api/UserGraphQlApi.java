package com.cinema.user.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.security.Caller;
import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.IdBatch;
import com.cinema.common.error.ValidationException;
import com.cinema.common.paging.PageRequest;
import com.cinema.user.domain.Accounts;
import com.cinema.user.domain.Role;
import com.cinema.user.domain.UserDirectory;
import com.cinema.user.domain.UserStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.Locale;

/** Accounts: the caller's own profile, and user management for staff. */
@GraphQLApi
@ApplicationScoped
public class UserGraphQlApi {

    @Inject
    AuditLog audit;

    @Inject
    UserDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @Query("users")
    @Description("Users whose e-mail or name contains search, ignoring case, ordered by e-mail (staff only); "
            + "page is zero-based, size defaults to 20 and is capped at 100. Closed accounts are listed too, with "
            + "status CLOSED, a placeholder e-mail and the name 'Closed account'")
    @RolesAllowed("ADMIN")
    public @NonNull UserPage users(@Name("search") String search,
                                   @Name("page") Integer page,
                                   @Name("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        UserDirectory.Results results = directory.search(search, request);
        return UserPage.of(results.users().stream().map(UserView::of).toList(),
                results.total(), request.page(), request.size());
    }

    @Query("usersByIds")
    @Description("The users with these ids (at most " + IdBatch.MAX_IDS + "), in the order asked; unknown ids are left "
            + "out (staff only: the customers named by a page of bookings). A closed account is there with status "
            + "CLOSED and placeholders instead of its e-mail and name. The ids are typed [String!]!: @Id on a "
            + "list argument breaks query validation on this Liberty")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull UserView> usersByIds(@Name("ids") @NonNull List<@NonNull String> ids) {
        return directory.findAll(IdBatch.parse("ids", ids)).stream().map(UserView::of).toList();
    }

    @Query("me")
    @Description("The signed-in user; UNAUTHENTICATED when the account no longer exists or was closed (its access "
            + "token is still valid for up to 15 minutes after closing)")
    @RolesAllowed("USER")
    public UserView me() {
        return UserView.of(accounts.own(caller.id()));
    }

    @Query("contactPreferences")
    @Description("A customer's e-mail, phone, SMS opt-in and reminders, read when a booking message is sent "
            + "(services and staff only); null for an unknown id and for a closed account (no message goes to it)")
    @RolesAllowed({"SERVICE", "ADMIN"})
    public ContactPreferencesView contactPreferences(@Name("userId") @Id @NonNull String userId) {
        return accounts.findContactable(userIdOf(userId)).map(ContactPreferencesView::of).orElse(null);
    }

    @Mutation("updateProfile")
    @Description("Replaces the signed-in user's name and phone, and the SMS opt-in and reminders when given; "
            + "UNAUTHENTICATED for a closed account")
    @RolesAllowed("USER")
    public UserView updateProfile(@Name("input") ProfileInput input) {
        ProfileInput valid = EdgeValidation.valid(validator, "input", input);
        return UserView.of(EdgeValidation.within("input",
                () -> accounts.changeProfile(caller.id(), valid.fullName, valid.phone, valid.smsOptIn,
                        valid.reminders)));
    }

    @Mutation("setUserRole")
    @Description("Grants or removes a role, USER or ADMIN (staff only); USER cannot be removed; a CLOSED account's "
            + "roles never change (CONFLICT)")
    @RolesAllowed("ADMIN")
    public UserView setUserRole(@Name("userId") @Id @NonNull String userId,
                                @Name("role") @NonNull String role,
                                @Name("granted") boolean granted) {
        Role parsed = parse(Role.class, "role", role, "USER or ADMIN");
        long user = userIdOf(userId);
        return audit.record(granted ? "user.role.grant" : "user.role.revoke", "user/" + user + "/" + parsed,
                () -> UserView.of(accounts.changeRole(caller.id(), user, parsed, granted)));
    }

    @Mutation("setUserStatus")
    @Description("ACTIVE or DISABLED (staff only); a disabled user cannot sign in and their sign-ins end. Only its "
            + "owner closes an account (closeMyAccount), and a CLOSED account never changes status again (CONFLICT)")
    @RolesAllowed("ADMIN")
    public UserView setUserStatus(@Name("userId") @Id @NonNull String userId,
                                  @Name("status") @NonNull String status) {
        UserStatus parsed = parse(UserStatus.class, "status", status, "ACTIVE or DISABLED");
        long user = userIdOf(userId);
        return audit.record("user.status." + parsed.name().toLowerCase(java.util.Locale.ROOT), "user/" + user,
                () -> UserView.of(accounts.changeStatus(caller.id(), user, parsed)));
    }

    private static long userIdOf(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("userId", "is not a user id");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be " + allowed);
        }
    }
}
