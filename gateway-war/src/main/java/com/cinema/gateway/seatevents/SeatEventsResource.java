package com.cinema.gateway.seatevents;

import com.cinema.common.edge.EdgeClient;
import com.cinema.common.error.ApiException;
import com.cinema.common.error.ErrorCode;
import com.cinema.gateway.client.BookingServiceClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/showtimes/{id}/seat-events}: Server-Sent Events of seat status changes of one showtime, for the
 * live seat map. Each event is named {@code seat}, its id is the change's sequence number (a reconnecting client
 * sends it back as {@code Last-Event-ID} and misses nothing) and its data is
 * {@code {"seatId","label","status","sequence"}}. A new stream starts from now. The id is read as a number
 * ({@code 01} is showtime 1); a client with too many streams open gets 429 {@code RATE_LIMITED}
 * ({@link SeatEventHub} has the limits).
 */
@Path("/showtimes/{id}/seat-events")
@RequestScoped
public class SeatEventsResource {

    @Inject
    BookingServiceClient bookings;

    @Inject
    SeatEventHub hub;

    /** Whose X-Forwarded-For is believed, as at the GraphQL edge (docs/architecture.md, "Security model"). */
    @Inject
    @ConfigProperty(name = "cinema.edge.trusted-proxies")
    Optional<List<String>> trustedProxies;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@PathParam("id") String showtimeId,
                       @HeaderParam("Last-Event-ID") String lastEventId,
                       @Context SseEventSink sink,
                       @Context Sse sse) {
        long id = showtimeIdOf(showtimeId);
        String client = EdgeClient.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                Set.copyOf(trustedProxies.orElse(List.of())), null).address();
        try {
            hub.checkRoom(client);
        } catch (SeatEventHub.TooManyStreams e) {
            throw tooMany(e);
        }
        SeatEventBatch now;
        try {
            if (bookings.showtime(String.valueOf(id)) == null) {
                throw refusal(ErrorCode.NOT_FOUND);
            }
            now = bookings.seatEvents(String.valueOf(id), null);
        } catch (ApiException e) {
            throw refusal(e.code());
        }
        if (now == null) {
            throw refusal(ErrorCode.NOT_FOUND);
        }
        int after = resumeFrom(lastEventId, now.lastSequence);
        try {
            hub.subscribe(id, client, sink, sse, after);
        } catch (SeatEventHub.TooManyStreams e) {
            throw tooMany(e);
        }
    }

    /** The showtime's number; anything else names no showtime (404, as before). */
    static long showtimeIdOf(String raw) {
        try {
            return Long.parseLong(raw == null ? "" : raw.trim());
        } catch (NumberFormatException e) {
            throw refusal(ErrorCode.NOT_FOUND);
        }
    }

    private static WebApplicationException tooMany(SeatEventHub.TooManyStreams e) {
        String body = Json.createObjectBuilder().add("code", ErrorCode.RATE_LIMITED.name())
                .add("message", e.getMessage()).build().toString();
        return new WebApplicationException(Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header("Retry-After", "10").type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }

    /** Where a stream starts: after the client's last event when it resumes, else from now. */
    static int resumeFrom(String lastEventId, int lastSequence) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                int last = Integer.parseInt(lastEventId.trim());
                if (last >= 0) {
                    // Never beyond what exists, or a stale id from another database would mute the stream.
                    return Math.min(last, lastSequence);
                }
            } catch (NumberFormatException ignored) {
                // not one of ours: start from now
            }
        }
        return lastSequence;
    }

    private static WebApplicationException refusal(ErrorCode code) {
        Response.Status status = switch (code) {
            // An id that is not a number names no showtime either.
            case NOT_FOUND, VALIDATION -> Response.Status.NOT_FOUND;
            case UPSTREAM_UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
            default -> Response.Status.BAD_GATEWAY;
        };
        ErrorCode reported = code == ErrorCode.VALIDATION ? ErrorCode.NOT_FOUND : code;
        String message = switch (reported) {
            case NOT_FOUND -> "No such showtime";
            case UPSTREAM_UNAVAILABLE -> "The booking service is unavailable right now; please try again shortly";
            default -> "Seat events are unavailable right now";
        };
        String body = Json.createObjectBuilder().add("code", reported.name()).add("message", message).build().toString();
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
