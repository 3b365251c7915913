package com.cinema.movie.notice;

import java.util.Optional;

/**
 * A review author's e-mail address (port; the adapter is {@code client.UserContactClient}, the user service's
 * SERVICE-only {@code contactPreferences}). Asked when the notice goes, so an address changed since the review was
 * written counts. Empty for an unknown customer and for a closed account; throws when the user service cannot
 * answer, and the notice is tried again later.
 */
public interface AuthorAddresses {

    Optional<String> email(long userId);
}
