package com.cinema.payment.it;

import org.microshed.testing.ApplicationEnvironment;

/** The payment-it server as MicroShed found it (no trailing slash). */
final class BaseUrl {

    private BaseUrl() {
    }

    static String get() {
        return ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    }
}
