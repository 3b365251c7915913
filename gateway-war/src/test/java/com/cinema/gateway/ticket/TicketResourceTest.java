package com.cinema.gateway.ticket;

import com.cinema.common.edge.EdgeClient;
import com.cinema.common.edge.EdgeRejection;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.CalendarFileRef;
import com.cinema.gateway.edge.ClientAddress;
import com.cinema.gateway.edge.RateLimitCheck;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the booking-file endpoints answer, with the booking service, the rate limits and the caller played here. The
 * QR image itself is platform-qr's (QrCodePngTest); the calendar file is the booking service's (ShowingCalendarTest).
 */
class TicketResourceTest {

    private final List<String> asked = new ArrayList<>();
    private final List<EdgeClient> counted = new ArrayList<>();
    private Optional<EdgeRejection> rateLimit = Optional.empty();

    /** The endpoints as {@code user} (null: signed out) calls them, the booking service answering with {@code answer}. */
    private TicketResource resource(String user, Function<String, CalendarFileRef> answer) {
        TicketResource resource = new TicketResource();
        resource.bookings = new BookingServiceClient() {
            @Override
            public CalendarFileRef showingCalendar(String bookingId) {
                asked.add(bookingId);
                return answer.apply(bookingId);
            }
        };
        resource.rateLimits = new RateLimitCheck() {
            @Override
            public Optional<EdgeRejection> checkRequest(EdgeClient client) {
                counted.add(client);
                return rateLimit;
            }
        };
        resource.clientAddress = new ClientAddress() {
            @Override
            public String current() {
                return "203.0.113.7";
            }
        };
        resource.security = new Caller(user);
        return resource;
    }

    private static CalendarFileRef file(String fileName, String content) {
        CalendarFileRef file = new CalendarFileRef();
        file.fileName = fileName;
        file.content = content;
        return file;
    }

    private static JsonObject json(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }

    @Test
    void theCalendarFileIsServedAsAPrivateDownloadNamedByTheBookingService() {
        Response response = resource("42", id -> file("showing-K7Q2XP.ics", "BEGIN:VCALENDAR\r\n")).calendar("9");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity()).isEqualTo("BEGIN:VCALENDAR\r\n");
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("text/calendar; charset=UTF-8");
        assertThat(response.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"showing-K7Q2XP.ics\"");
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo("private, no-store");
        assertThat(asked).containsExactly("9");
        assertThat(counted).containsExactly(new EdgeClient("203.0.113.7", "42"));
    }

    @Test
    void signedOutOrOverTheRateLimitTheBookingServiceIsNeverAsked() {
        Response signedOut = resource(null, id -> file("x.ics", "x")).calendar("9");
        assertThat(signedOut.getStatus()).isEqualTo(401);
        assertThat(json(signedOut).getString("code")).isEqualTo("UNAUTHENTICATED");

        rateLimit = Optional.of(EdgeRejection.rateLimited("request", "too many requests; try again in 12 s", 12));
        Response tooMany = resource("42", id -> file("x.ics", "x")).calendar("9");
        assertThat(tooMany.getStatus()).isEqualTo(429);
        assertThat(tooMany.getHeaderString("Retry-After")).isEqualTo("12");
        assertThat(json(tooMany).getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(json(tooMany).getString("field")).isEqualTo("request");
        assertThat(tooMany.getHeaderString("Cache-Control")).isEqualTo("private, no-store");

        assertThat(asked).isEmpty();
    }

    @Test
    void theBookingServicesRefusalsBecomeHttpStatusesWithTheirWords() {
        Response unconfirmed = resource("42", id -> {
            throw new ConflictException("Booking K7Q2XP is HELD: only a confirmed booking's showing goes in a calendar");
        }).calendar("9");
        assertThat(unconfirmed.getStatus()).isEqualTo(409);
        assertThat(json(unconfirmed).getString("message")).contains("only a confirmed booking");

        assertThat(resource("42", id -> null).calendar("9").getStatus()).isEqualTo(404);
        assertThat(TicketResource.statusOf(new NotFoundException("Booking", 5))).isEqualTo(404);
        assertThat(TicketResource.statusOf(new ConflictException("not confirmed"))).isEqualTo(409);
        assertThat(TicketResource.statusOf(new UpstreamUnavailableException("booking", null))).isEqualTo(503);
    }

    /** The caller MP-JWT verified: a user id, or nobody. */
    private record Caller(String user) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return user == null ? null : () -> user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user != null && role.equals("USER");
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return user == null ? null : "MP-JWT";
        }
    }
}
