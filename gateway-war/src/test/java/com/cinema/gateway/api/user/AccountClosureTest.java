package com.cinema.gateway.api.user;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ValidationException;
import com.cinema.common.security.Caller;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.MovieServiceClient;
import com.cinema.gateway.client.UserServiceClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing an account asks the services in the order that keeps a failure harmless: the password first, the
 * booking service (which refuses while commitments are open) before anything else is erased, the account itself
 * last. Whatever step fails, no later step runs.
 */
class AccountClosureTest {

    private final List<String> calls = new ArrayList<>();
    private ApiException passwordAnswer;
    private ApiException bookingAnswer;
    private RuntimeException movieAnswer;

    private AccountClosure closure(boolean staff) {
        AccountClosure closure = new AccountClosure();
        closure.caller = new Caller() {
            @Override
            public boolean isStaff() {
                return staff;
            }
        };
        closure.users = new UserServiceClient() {
            @Override
            public Boolean confirmPassword(String password) {
                calls.add("confirmPassword " + password);
                if (passwordAnswer != null) {
                    throw passwordAnswer;
                }
                return true;
            }

            @Override
            public Boolean closeMyAccount(String password) {
                calls.add("closeMyAccount " + password);
                return true;
            }
        };
        closure.bookings = new BookingServiceClient() {
            @Override
            public Integer forgetMyContactDetails() {
                calls.add("forgetMyContactDetails");
                if (bookingAnswer != null) {
                    throw bookingAnswer;
                }
                return 3;
            }
        };
        closure.movies = new MovieServiceClient() {
            @Override
            public Integer anonymiseMyReviews() {
                calls.add("anonymiseMyReviews");
                if (movieAnswer != null) {
                    throw movieAnswer;
                }
                return 1;
            }
        };
        return closure;
    }

    @Test
    void theAccountIsClosedLastAfterEveryServiceHasErasedItsPart() {
        assertThat(closure(false).close("Pa55word-Close")).isTrue();

        assertThat(calls).containsExactly("confirmPassword Pa55word-Close", "forgetMyContactDetails",
                "anonymiseMyReviews", "closeMyAccount Pa55word-Close");
    }

    @Test
    void aWrongPasswordChangesNothing() {
        passwordAnswer = new ValidationException("password", "is not your current password");

        assertThatThrownBy(() -> closure(false).close("guess")).isSameAs(passwordAnswer);
        assertThat(calls).containsExactly("confirmPassword guess");
    }

    @Test
    void openCommitmentsStopItBeforeAnythingIsErased() {
        bookingAnswer = new ConflictException("Your account still has 1 seat hold: cancel or finish it first");

        assertThatThrownBy(() -> closure(false).close("Pa55word-Close")).isSameAs(bookingAnswer);
        assertThat(calls).containsExactly("confirmPassword Pa55word-Close", "forgetMyContactDetails");
    }

    @Test
    void aFailureAfterTheErasingStepsLeavesTheAccountOpenToTryAgain() {
        movieAnswer = new IllegalStateException("movie service down");

        assertThatThrownBy(() -> closure(false).close("Pa55word-Close")).isSameAs(movieAnswer);
        assertThat(calls).doesNotContain("closeMyAccount Pa55word-Close");
    }

    @Test
    void staffAccountsAreRefusedBeforeAnyServiceIsAsked() {
        assertThatThrownBy(() -> closure(true).close("Pa55word-Close"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("administrator");
        assertThat(calls).isEmpty();
    }
}
