package com.cinema.gateway.ticket;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ValidationException;
import com.cinema.common.edge.EdgeClient;
import com.cinema.common.edge.EdgeRejection;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.edge.ClientAddress;
import com.cinema.gateway.edge.RateLimitCheck;
import com.cinema.qr.QrCodePng;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /api/bookings/{id}/ticket} (docs/api.md, "REST endpoints"): the booking's signed ticket pass as a PNG
 * QR code, for its owner or staff; {@code GET /api/bookings/{id}/calendar}: its showing as a calendar file. The
 * booking service decides who may see which booking (the caller's own token is forwarded): someone else's or an
 * unknown booking is 404, an unconfirmed one 409. Each request spends from the caller's rate-limit bucket like a
 * GraphQL request (429 with Retry-After once it is empty). Never cached by a shared cache: the image admits people,
 * and the calendar file names a customer's seats.
 */
@Path("/bookings")
@RequestScoped
public class TicketResource {

    static final String PRIVATE_NO_STORE = "private, no-store";
    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8";

    @Inject
    BookingServiceClient bookings;

    @Inject
    RateLimitCheck rateLimits;

    @Inject
    ClientAddress clientAddress;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}/ticket")
    public Response ticket(@PathParam("id") String bookingId) {
        return fromBookingService(bookingId, bookings::ticketPass, payload -> Response.ok(QrCodePng.png(payload),
                "image/png"));
    }

    /**
     * {@code GET /api/bookings/{id}/calendar}: the booking's showing as an iCalendar file to save or open
     * ({@code showing-<code>.ics}), the same event its confirmation e-mail attaches. Same access and answers as the
     * ticket.
     */
    @GET
    @Path("{id}/calendar")
    public Response calendar(@PathParam("id") String bookingId) {
        return fromBookingService(bookingId, bookings::showingCalendar, file -> Response.ok(file.content, CALENDAR_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName + "\""));
    }

    /**
     * What the booking service answers for the signed-in caller's booking, as {@code ok} makes it a response,
     * private and never stored; its refusals as the JSON errors of {@link #error}.
     */
    private <T> Response fromBookingService(String bookingId, Function<String, T> read,
                                            Function<T, Response.ResponseBuilder> ok) {
        if (security.getUserPrincipal() == null) {
            return error(401, "UNAUTHENTICATED", null, "Please sign in to do that").build();
        }
        Optional<EdgeRejection> tooMany = rateLimits.checkRequest(new EdgeClient(clientAddress.current(),
                security.getUserPrincipal().getName()));
        if (tooMany.isPresent()) {
            return error(429, tooMany.get().code().name(), tooMany.get().field(), tooMany.get().message())
                    .header("Retry-After", tooMany.get().retryAfterSeconds()).build();
        }
        T answer;
        try {
            answer = read.apply(bookingId);
        } catch (ApiException e) {
            return error(statusOf(e), e.code().name(), e instanceof ValidationException v ? v.field() : null,
                    e.getMessage()).build();
        }
        if (answer == null) {
            return error(404, "NOT_FOUND", null, "Booking " + bookingId + " was not found").build();
        }
        return ok.apply(answer).header(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE).build();
    }

    static int statusOf(ApiException e) {
        return switch (e.code()) {
            case NOT_FOUND -> 404;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case VALIDATION -> 400;
            case CONFLICT -> 409;
            case RATE_LIMITED -> 429;
            default -> 503;
        };
    }

    /** The poster endpoints' error shape, {@code {"code", "field"?, "message"}}, and private, no-store. */
    static Response.ResponseBuilder error(int status, String code, Object field, String message) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code);
        if (field != null) {
            body.add("field", field.toString());
        }
        body.add("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE).entity(body.build().toString());
    }
}
