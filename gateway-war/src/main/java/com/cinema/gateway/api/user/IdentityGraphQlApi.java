package com.cinema.gateway.api.user;

import com.cinema.common.error.ForbiddenException;
import com.cinema.common.input.EdgeValidation;
import com.cinema.common.security.Caller;
import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.UserServiceClient;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.graphql.Source;

/**
 * Accounts and sign-in, answered by the user service. Roles are checked here first and again by the
 * service, which receives the caller's own token.
 */
@GraphQLApi
@ApplicationScoped
public class IdentityGraphQlApi {

    @Inject
    UserServiceClient users;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @Inject
    ReferenceLoader references;

    @Inject
    AccountClosure closure;

    @Mutation("register")
    @Description("Creates a customer account and signs it in")
    @PermitAll
    public AuthPayload register(@Name("input") @NonNull RegisterInput input) {
        return users.register(EdgeValidation.valid(validator, "input", input));
    }

    @Mutation("login")
    @PermitAll
    public AuthPayload login(@Name("email") @NonNull String email, @Name("password") @NonNull String password) {
        return users.login(email, password);
    }

    @Mutation("requestPasswordReset")
    @Description("Sends a one-time link to reset the password to this address if an active account has it; always "
            + "true (never says whether an account exists). VALIDATION on email when it is not an e-mail address.")
    @PermitAll
    public @NonNull Boolean requestPasswordReset(@Name("email") @NonNull String email) {
        return users.requestPasswordReset(email);
    }

    @Mutation("resetPassword")
    @Description("Sets a new password with the token from the e-mailed link (single use, expires after 30 minutes by "
            + "default) and ends every sign-in of the account. VALIDATION on `token` when the link is unknown, used or "
            + "expired (message says so: ask for a new link); VALIDATION on `newPassword` when it breaks the password "
            + "rules (same rules and messages as register/changePassword).")
    @PermitAll
    public @NonNull Boolean resetPassword(@Name("token") @NonNull String token,
                                          @Name("newPassword") @NonNull String newPassword) {
        return users.resetPassword(token, newPassword);
    }

    @Mutation("refreshToken")
    @Description("Exchanges a refresh token (once) for new tokens")
    @PermitAll
    public AuthPayload refreshToken(@Name("refreshToken") @NonNull String refreshToken) {
        return users.refreshToken(refreshToken);
    }

    @Mutation("logout")
    @Description("Revokes the refresh token and every token rotated from the same sign-in")
    @PermitAll
    public Boolean logout(@Name("refreshToken") @NonNull String refreshToken) {
        return users.logout(refreshToken);
    }

    @Query("me")
    @RolesAllowed("USER")
    public User me() {
        return users.me();
    }

    @Mutation("updateProfile")
    @RolesAllowed("USER")
    public User updateProfile(@Name("input") @NonNull ProfileInput input) {
        return users.updateProfile(EdgeValidation.valid(validator, "input", input));
    }

    @Mutation("changePassword")
    @Description("Changes the password and signs out every other session")
    @RolesAllowed("USER")
    public Boolean changePassword(@Name("currentPassword") @NonNull String currentPassword,
                                  @Name("newPassword") @NonNull String newPassword) {
        return users.changePassword(currentPassword, newPassword);
    }

    @Mutation("closeAccount")
    @Description("Closes the signed-in customer's account for good (VALIDATION on password when it is not theirs). "
            + "Refused with CONFLICT, nothing changed, while they have an upcoming booking, a seat hold or a waitlist "
            + "place (the message counts them), and for staff accounts. Their name, e-mail address and phone number "
            + "are erased everywhere (the address can register again), their reviews stay under \"Former customer\", "
            + "past bookings and payments stay for the accounts without them, and every sign-in ends")
    @RolesAllowed("USER")
    public @NonNull Boolean closeAccount(@Name("password") @NonNull String password) {
        return closure.close(password);
    }

    @Query("users")
    @Description("Staff only: accounts matching the search, newest first")
    @RolesAllowed("ADMIN")
    public UserPage users(@Name("search") String search, @Name("page") Integer page, @Name("size") Integer size) {
        return users.users(search, page, size);
    }

    @Name("customer")
    @Description("Staff only: the account that made the booking (FORBIDDEN for others, who see their own bookings "
            + "only); loaded once per request for all bookings in the answer")
    public User customer(@Source Booking booking) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("Only staff can see who made a booking");
        }
        return references.get(ReferenceLoader.CUSTOMER, booking.userId, users::usersByIds, user -> user.id);
    }

    @Mutation("setUserRole")
    @RolesAllowed("ADMIN")
    public User setUserRole(@Name("userId") @Id @NonNull String userId, @Name("role") @NonNull String role,
                            @Name("granted") boolean granted) {
        return users.setUserRole(userId, role, granted);
    }

    @Mutation("setUserStatus")
    @RolesAllowed("ADMIN")
    public User setUserStatus(@Name("userId") @Id @NonNull String userId, @Name("status") @NonNull String status) {
        return users.setUserStatus(userId, status);
    }
}
