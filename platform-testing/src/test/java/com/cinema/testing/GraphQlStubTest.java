package com.cinema.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphQlStubTest {

    private final int port = freePort();
    private final GraphQlStub stub = GraphQlStub.start(port);
    private final GraphQlHttp client = new GraphQlHttp("http://127.0.0.1:" + port).withBearer("token-1");

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void answersByRootFieldAndRecordsVariablesAndHeaders() {
        stub.on("scheduleUsage", call -> Json.createObjectBuilder()
                .add("futureShowtimes", "7".equals(call.variable("m")) ? 2 : 0).build());

        JsonObject response = client.post("query($m: ID) { scheduleUsage(movieId: $m) { futureShowtimes } }", Map.of("m", "7"));

        assertThat(GraphQlHttp.dataWithoutErrors(response).getJsonObject("scheduleUsage").getInt("futureShowtimes")).isEqualTo(2);
        assertThat(stub.calls("scheduleUsage")).singleElement().satisfies(call -> {
            assertThat(call.variables().getString("m")).isEqualTo("7");
            assertThat(call.header("authorization")).isEqualTo("Bearer token-1");
        });
    }

    @Test
    void anUnknownOperationOrAnErrorAnswerIsAGraphQlError() {
        stub.on("movie", call -> {
            throw new GraphQlStub.ErrorAnswer("NOT_FOUND", "no movie 9");
        });

        JsonObject unknown = client.post("{ cinemas { id } }");
        JsonObject notFound = client.post("{ movie(id: 9) { id } }");

        assertThat(GraphQlHttp.firstErrorCode(unknown)).isEqualTo("INTERNAL");
        assertThat(GraphQlHttp.firstErrorCode(notFound)).isEqualTo("NOT_FOUND");
        assertThat(GraphQlHttp.firstErrorMessage(notFound)).isEqualTo("no movie 9");
        assertThat(GraphQlHttp.firstErrorField(notFound)).isNull();
        assertThat(stub.calls()).extracting(GraphQlStub.Call::operation).containsExactly("cinemas", "movie");
    }

    @Test
    void failsWithAStatusOrHangsPastTheTimeoutUntilRecovered() throws Exception {
        stub.on("genres", call -> Json.createArrayBuilder().add("Drama").build());
        stub.failWith(500);
        assertThat(send(Duration.ofSeconds(5)).statusCode()).isEqualTo(500);

        stub.hang();
        assertThatThrownBy(() -> send(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);

        stub.recover();
        HttpResponse<String> recovered = send(Duration.ofSeconds(5));
        assertThat(recovered.statusCode()).isEqualTo(200);
        assertThat(recovered.body()).isEqualTo("{\"data\":{\"genres\":[\"Drama\"]}}");
    }

    private HttpResponse<String> send(Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ genres }\"}")).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
