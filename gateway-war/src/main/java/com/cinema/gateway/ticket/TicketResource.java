package com.cinema.gateway.ticket;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ValidationException;
import com.cinema.gateway.client.BookingServiceClient;
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

/**
 * {@code GET /api/bookings/{id}/ticket} (docs/api.md, "REST endpoints"): the booking's signed ticket pass as a PNG
 * QR code, for its owner or staff. The booking service decides who may see which booking (the caller's own token
 * is forwarded): someone else's or an unknown booking is 404, an unconfirmed one 409. Never cached by a shared
 * cache: the image admits people.
 */
@Path("/bookings")
@RequestScoped
public class TicketResource {

    static final String PRIVATE_NO_STORE = "private, no-store";

    @Inject
    BookingServiceClient bookings;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}/ticket")
    public Response ticket(@PathParam("id") String bookingId) {
        if (security.getUserPrincipal() == null) {
            return error(401, "UNAUTHENTICATED", null, "Please sign in to do that");
        }
        String payload;
        try {
            payload = bookings.ticketPass(bookingId);
        } catch (ApiException e) {
            return error(statusOf(e), e.code().name(), e instanceof ValidationException v ? v.field() : null, e.getMessage());
        }
        if (payload == null) {
            return error(404, "NOT_FOUND", null, "Booking " + bookingId + " was not found");
        }
        return Response.ok(QrCodePng.png(payload), "image/png")
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE).build();
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
    static Response error(int status, String code, Object field, String message) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code);
        if (field != null) {
            body.add("field", field.toString());
        }
        body.add("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE).entity(body.build().toString()).build();
    }
}
