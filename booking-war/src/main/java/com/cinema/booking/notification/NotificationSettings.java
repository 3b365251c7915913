package com.cinema.booking.notification;

import com.cinema.common.task.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How the outbox is delivered: all MicroProfile Config (e.g. CINEMA_NOTIFICATIONS_MAX_ATTEMPTS). SMS may have its
 * own retry policy ({@code cinema.sms.backoff-base}, {@code -cap}, {@code max-attempts}, e.g. CINEMA_SMS_BACKOFF_BASE),
 * else the notifications' one: a text gateway's outage is usually shorter than a mail server's.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "cinema.notifications.send-interval", defaultValue = "PT5S")
    Duration sendInterval;

    @Inject
    @ConfigProperty(name = "cinema.notifications.batch-size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "cinema.notifications.claim-duration", defaultValue = "PT2M")
    Duration claimDuration;

    @Inject
    @ConfigProperty(name = "cinema.notifications.backoff-base", defaultValue = "PT30S")
    Duration backoffBase;

    @Inject
    @ConfigProperty(name = "cinema.notifications.backoff-cap", defaultValue = "PT30M")
    Duration backoffCap;

    @Inject
    @ConfigProperty(name = "cinema.notifications.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "cinema.sms.provider", defaultValue = "file")
    String smsProvider = "file";

    @Inject
    @ConfigProperty(name = "cinema.sms.backoff-base")
    Optional<Duration> smsBackoffBase = Optional.empty();

    @Inject
    @ConfigProperty(name = "cinema.sms.backoff-cap")
    Optional<Duration> smsBackoffCap = Optional.empty();

    @Inject
    @ConfigProperty(name = "cinema.sms.max-attempts")
    Optional<Integer> smsMaxAttempts = Optional.empty();

    @Inject
    @ConfigProperty(name = "cinema.portal.url", defaultValue = "http://localhost:5000")
    String portalUrl = "http://localhost:5000";

    @Inject
    @ConfigProperty(name = "cinema.notifications.google-calendar-link",
            defaultValue = "https://calendar.google.com/calendar/render")
    String googleCalendarLink = "";

    /**
     * Google Calendar's event-template address, which the e-mails with tickets link to ("Add to Google Calendar"),
     * or none when set to {@code none} (CINEMA_NOTIFICATIONS_GOOGLE_CALENDAR_LINK=none): the .ics file is attached
     * either way.
     */
    public Optional<URI> googleCalendarLink() {
        String link = googleCalendarLink == null ? "" : googleCalendarLink.trim();
        return link.isEmpty() || link.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(URI.create(link));
    }

    /**
     * Where customers open the portal (CINEMA_PORTAL_URL, as the user service's password-reset link), without a
     * trailing slash: each booking e-mail links to the booking's page there.
     */
    public String portalUrl() {
        return portalUrl.trim().replaceAll("/+$", "");
    }

    public Duration sendInterval() {
        return sendInterval;
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    /** How long a claimed notice belongs to the replica that claimed it; after that another may retry it. */
    public Duration claimDuration() {
        return claimDuration;
    }

    /** The e-mail backoff (and every channel's without its own). */
    public Backoff backoff() {
        return new Backoff(backoffBase, backoffCap);
    }

    public Backoff backoff(Channel channel) {
        if (channel == Channel.SMS) {
            return new Backoff(smsBackoffBase.orElse(backoffBase), smsBackoffCap.orElse(backoffCap));
        }
        return backoff();
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    public int maxAttempts(Channel channel) {
        return channel == Channel.SMS ? Math.max(1, smsMaxAttempts.orElse(maxAttempts)) : maxAttempts();
    }

    /** The channels a new notice is queued on: e-mail always, SMS unless {@code cinema.sms.provider=none}. */
    public Set<Channel> channels() {
        return SmsSettings.Provider.of(smsProvider) == SmsSettings.Provider.NONE
                ? EnumSet.of(Channel.EMAIL) : EnumSet.allOf(Channel.class);
    }
}
