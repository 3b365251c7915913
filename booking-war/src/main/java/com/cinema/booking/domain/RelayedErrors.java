package com.cinema.booking.domain;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.PaymentDeclinedException;

/**
 * Errors of another service passed on to this service's caller with their extensions. Made again on the
 * request's own thread: extensions reach the public error through that thread (platform-common RaisedErrors),
 * and a client's error may have been made on a Fault Tolerance thread.
 */
final class RelayedErrors {

    private RelayedErrors() {
    }

    static ApiException declined(ApiException declined) {
        return copyExtensions(declined, new PaymentDeclinedException(declined.getMessage()));
    }

    /** A payment found FAILED by its idempotency key: the decline as a charge would have answered it. */
    static ApiException declined(Payments.PaymentOutcome failed) {
        String reason = failed.failureReason() == null ? "PROCESSING_ERROR" : failed.failureReason();
        return new PaymentDeclinedException("The payment was declined (" + reason + ")")
                .withExtension("reason", reason)
                .withExtension("paymentId", String.valueOf(failed.paymentId()));
    }

    static ApiException couponInvalid(ApiException invalid) {
        return copyExtensions(invalid, new CouponInvalidException(invalid.getMessage()));
    }

    private static ApiException copyExtensions(ApiException from, ApiException to) {
        from.extensions().forEach(to::withExtension);
        return to;
    }
}
