package com.cinema.user.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.security.Caller;
import com.cinema.common.input.EdgeValidation;
import com.cinema.user.domain.PasswordResets;
import com.cinema.user.domain.SignIn;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Registering, signing in and out, changing one's password, resetting a forgotten one, and closing one's account.
 */
@GraphQLApi
@ApplicationScoped
public class AuthGraphQlApi {

    @Inject
    SignIn signIn;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @Inject
    SignInClient client;

    @Inject
    PasswordResets passwordResets;

    @Inject
    AuditLog audit;

    @Mutation("register")
    @Description("Creates a customer account and signs it in")
    @PermitAll
    public AuthPayload register(@Name("input") RegisterInput input) {
        RegisterInput valid = EdgeValidation.valid(validator, "input", input);
        return AuthPayload.of(EdgeValidation.within("input",
                () -> signIn.register(valid.email, valid.password, valid.fullName, valid.phone)));
    }

    @Mutation("login")
    @Description("Signs in; after repeated failures from one client address, that address is refused for a while "
            + "(RATE_LIMITED); other addresses are not")
    @PermitAll
    public AuthPayload login(@Name("email") @NonNull String email, @Name("password") @NonNull String password) {
        return AuthPayload.of(signIn.login(email, password, client.address()));
    }

    @Mutation("refreshToken")
    @Description("Exchanges a refresh token (once) for a new access token and a new refresh token")
    @PermitAll
    public AuthPayload refreshToken(@Name("refreshToken") @NonNull String refreshToken) {
        return AuthPayload.of(signIn.refresh(refreshToken));
    }

    @Mutation("logout")
    @Description("Ends the sign-in the refresh token belongs to; true even if it had already ended")
    @PermitAll
    public Boolean logout(@Name("refreshToken") @NonNull String refreshToken) {
        signIn.logout(refreshToken);
        return Boolean.TRUE;
    }

    @Mutation("requestPasswordReset")
    @Description("Sends a one-time link to reset the password to this address if an active account has it; always "
            + "true (never says whether an account exists); VALIDATION on email when it is not an e-mail address")
    @PermitAll
    public @NonNull Boolean requestPasswordReset(@Name("email") @NonNull String email) {
        passwordResets.request(email);
        return Boolean.TRUE;
    }

    @Mutation("resetPassword")
    @Description("Sets a new password with the token from the e-mailed link (once, until it expires) and ends every "
            + "sign-in of the account; VALIDATION on token when the link is unknown, used or expired, on newPassword "
            + "when it breaks the password rules")
    @PermitAll
    public @NonNull Boolean resetPassword(@Name("token") @NonNull String token,
                                          @Name("newPassword") @NonNull String newPassword) {
        passwordResets.reset(token, newPassword);
        return Boolean.TRUE;
    }

    @Mutation("changePassword")
    @Description("Changes the caller's password and ends all of their sign-ins (refresh tokens): sign in again")
    @RolesAllowed("USER")
    public Boolean changePassword(@Name("currentPassword") @NonNull String currentPassword,
                                  @Name("newPassword") @NonNull String newPassword) {
        signIn.changePassword(caller.id(), currentPassword, newPassword);
        return Boolean.TRUE;
    }

    @Mutation("confirmPassword")
    @Description("True when password is the caller's current password (asked before a step that cannot be undone); "
            + "changes nothing. A wrong one is VALIDATION on password and is throttled like changePassword's "
            + "(RATE_LIMITED after repeated failures); a closed account is UNAUTHENTICATED")
    @RolesAllowed("USER")
    public @NonNull Boolean confirmPassword(@Name("password") @NonNull String password) {
        signIn.confirmPassword(caller.id(), password);
        return Boolean.TRUE;
    }

    @Mutation("closeMyAccount")
    @Description("Closes the caller's account for good (right to erasure), with their current password (VALIDATION "
            + "on password, throttled like confirmPassword). The account stays as status CLOSED with a placeholder "
            + "e-mail address and the name 'Closed account'; its phone, SMS opt-in, password, sign-ins, reset links "
            + "and sign-in attempts are gone; it can never sign in or be reopened, and its address may register a new "
            + "account. Access tokens already issued run out within 15 minutes. An administrator's account is "
            + "CONFLICT: another administrator removes the ADMIN role first")
    @RolesAllowed("USER")
    public @NonNull Boolean closeMyAccount(@Name("password") @NonNull String password) {
        long id = caller.id();
        audit.record("user.close", "user/" + id, () -> signIn.closeAccount(id, password));
        return Boolean.TRUE;
    }
}
