package com.cinema.coupon.domain;

import com.cinema.common.error.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Logger;

/**
 * Personal coupons (issue #21, loyalty rewards): issued by another service (the booking service, for a customer's
 * milestone) idempotently per (owner, reason), and listed for their owner. The code is random, so a customer
 * cannot guess another's; only the owner may use it anyway ({@link CouponRules}, NOT_YOURS).
 */
@ApplicationScoped
public class PersonalCoupons {

    private static final Logger LOG = Logger.getLogger(PersonalCoupons.class.getName());
    private static final int MAX_ATTEMPTS = 4;
    // Crockford's base 32: no I, L, O or U to misread.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PersonalCouponBook book;

    /** The coupon issued to the owner for this reason: the same one however often, or however concurrently, asked. */
    public PersonalCouponBook.Issue issue(PersonalCouponTerms terms) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            PersonalCouponBook.Issue issue = book.issue(terms, newCode());
            if (issue.refusal() != null) {
                throw issue.refusal();
            }
            if (!issue.race()) {
                if (issue.isNew()) {
                    LOG.info(() -> "Issued personal coupon " + issue.coupon().getCode() + " to user "
                            + terms.ownerUserId() + " for " + terms.issuedFor());
                }
                return issue;
            }
        }
        throw new ConflictException("The coupon for " + terms.issuedFor() + " is being issued by another request; "
                + "try again");
    }

    public List<Coupon> ownedBy(long ownerUserId) {
        return book.ownedBy(ownerUserId);
    }

    /** e.g. RWD-7K2M9QXA: 40 bits of randomness. */
    static String newCode() {
        StringBuilder code = new StringBuilder("RWD-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
