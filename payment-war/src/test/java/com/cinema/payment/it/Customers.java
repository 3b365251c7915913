package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signed-in callers of the payment service for the ITs: customers with fresh ids (a test server's H2 file
 * outlives a run, so ids and keys never repeat across runs), staff, and the booking service's own token.
 */
final class Customers {

    private static final TestTokens TOKENS = TestTokens.forPlatform();
    private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000_000L + (System.currentTimeMillis() % 1_000_000_000L) * 7);

    private Customers() {
    }

    static long newUserId() {
        return NEXT_ID.incrementAndGet();
    }

    static long newBookingId() {
        return NEXT_ID.incrementAndGet();
    }

    static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    /** The payment API as a new customer sees it. */
    static PaymentCalls customer(String baseUrl) {
        return customer(baseUrl, newUserId());
    }

    static PaymentCalls customer(String baseUrl, long userId) {
        return new PaymentCalls(new GraphQlHttp(baseUrl).withBearer(TOKENS.user(String.valueOf(userId), userId + "@cinema.test")),
                userId);
    }

    static PaymentCalls admin(String baseUrl) {
        long id = newUserId();
        return new PaymentCalls(new GraphQlHttp(baseUrl).withBearer(TOKENS.admin(String.valueOf(id), id + "@cinema.test")), id);
    }

    /** The booking service acting on its own (group SERVICE only, no customer). */
    static PaymentCalls bookingService(String baseUrl) {
        String token = TOKENS.signed(TestTokens.claims("booking-service", "booking@services.cinema.test",
                List.of("SERVICE")).build());
        return new PaymentCalls(new GraphQlHttp(baseUrl).withBearer(token), -1);
    }
}
