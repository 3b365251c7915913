package com.cinema.gateway.report;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ValidationException;
import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.dashboard.DashboardGraphQlApi;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.CinemaServiceClient;
import com.cinema.gateway.client.MovieServiceClient;
import com.cinema.gateway.client.PaymentServiceClient;
import com.cinema.gateway.client.UserServiceClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /api/admin/reports/{bookings|payments|occupancy}.csv?from=&to=} (docs/api.md, "Admin dashboard and
 * exports"), staff only: RFC 4180 CSV written by Apache Commons CSV while the services' admin queries are paged
 * through, so an export of any length streams in bounded memory. The period is read as the dashboard reads it.
 * The first page is read before the answer starts, so a service that is down is a clean JSON 503; a failure
 * later breaks the download off rather than ending it as if it were complete.
 */
@Path("/admin/reports")
@RequestScoped
public class ReportResource {

    private static final Logger LOG = Logger.getLogger(ReportResource.class.getName());
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    @Inject
    BookingServiceClient bookings;

    @Inject
    PaymentServiceClient payments;

    @Inject
    MovieServiceClient movies;

    @Inject
    CinemaServiceClient cinemas;

    @Inject
    UserServiceClient users;

    @Inject
    DashboardGraphQlApi dashboard;

    /** CINEMA_REPORTS_CSV_PAGE_SIZE: rows asked of a service per call (the services cap pages at 100). */
    @Inject
    @ConfigProperty(name = "cinema.reports.csv-page-size", defaultValue = "100")
    int pageSize;

    @Context
    SecurityContext security;

    @GET
    @Path("{name}.csv")
    public Response export(@PathParam("name") String name, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        if (security.getUserPrincipal() == null) {
            return error(401, "UNAUTHENTICATED", null, "Please sign in to do that");
        }
        if (!security.isUserInRole("ADMIN")) {
            return error(403, "FORBIDDEN", null, "Only staff may export reports");
        }
        ReportPeriod period;
        try {
            period = dashboard.period(date("from", from), date("to", to));
        } catch (ValidationException e) {
            return error(400, "VALIDATION", e.field(), e.getMessage());
        }
        ReportNames names = new ReportNames(movies, cinemas, users);
        CsvExport export = switch (name) {
            case "bookings" -> new BookingsExport(bookings, names, period, pageSize);
            case "payments" -> new PaymentsExport(payments, bookings, period, pageSize);
            case "occupancy" -> new OccupancyExport(bookings, names, period, pageSize);
            default -> null;
        };
        if (export == null) {
            return error(404, "NOT_FOUND", "name", "No report " + name + ": bookings, payments or occupancy");
        }
        List<List<Object>> first;
        try {
            first = export.nextRows();
        } catch (ApiException e) {
            return error(503, e.code().name(), null, e.getMessage());
        }
        StreamingOutput body = out -> {
            // Commons CSV quotes cells with commas, quotes or line breaks and doubles quotes inside (RFC 4180).
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(export.header().toArray(String[]::new)).build();
            try (CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    format)) {
                for (List<List<Object>> rows = first; !rows.isEmpty(); rows = export.nextRows()) {
                    for (List<Object> row : rows) {
                        csv.printRecord(row);
                    }
                    csv.flush();
                }
            } catch (ApiException e) {
                LOG.log(Level.WARNING, "The " + name + " export broke off: " + e.getMessage());
                throw new IOException("The " + name + " export broke off: " + e.getMessage(), e);
            }
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + period.from() + "-to-"
                        + period.to() + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a date like 2031-05-01");
        }
    }

    private static Response error(int status, String code, String field, String message) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code).add("message", message);
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build().toString()).build();
    }
}
