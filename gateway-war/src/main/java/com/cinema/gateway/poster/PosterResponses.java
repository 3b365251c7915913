package com.cinema.gateway.poster;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Shared by the poster resources: the public error shape and a bounded body read. */
final class PosterResponses {

    private PosterResponses() {
    }

    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    /** {@code {"code", "field"?, "message"}}, never cached. */
    static Response error(int status, String code, String field, String message) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code);
        if (field != null) {
            body.add("field", field);
        }
        body.add("message", message);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).type(MediaType.APPLICATION_JSON).cacheControl(noStore)
                .entity(body.build().toString()).build();
    }
}
