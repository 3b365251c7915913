package com.cinema.gateway.api.user;

import com.cinema.common.error.ConflictException;
import com.cinema.common.security.Caller;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.MovieServiceClient;
import com.cinema.gateway.client.UserServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A customer closes their own account: each service erases what it holds about them, and the account itself goes
 * last (docs/decisions/0020-closing-an-account.md).
 *
 * <p>The order is what makes a failure harmless. The password is confirmed before anything changes; the booking
 * service refuses, with nothing erased, while the customer still has an upcoming booking, a hold or a waitlist
 * place; the erasing steps can be repeated (a repeat finds nothing left), so after any failure the account is still
 * open, the customer can still sign in and simply tries again. Closing the account first would leave anything a
 * later step failed to erase with nobody able to ask for it again.
 */
@ApplicationScoped
public class AccountClosure {

    static final String STAFF_REFUSED = "An administrator's account cannot be closed: another administrator must "
            + "remove the ADMIN role first";

    @Inject
    UserServiceClient users;

    @Inject
    BookingServiceClient bookings;

    @Inject
    MovieServiceClient movies;

    @Inject
    Caller caller;

    public boolean close(String password) {
        if (caller.isStaff()) {
            // The user service refuses too; asking here first keeps a staff member's data where it is.
            throw new ConflictException(STAFF_REFUSED);
        }
        users.confirmPassword(password);
        bookings.forgetMyContactDetails();
        movies.anonymiseMyReviews();
        return users.closeMyAccount(password);
    }
}
