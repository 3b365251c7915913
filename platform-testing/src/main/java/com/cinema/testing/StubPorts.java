package com.cinema.testing;

/**
 * The one allocation of the ports where integration tests play other services. Each module's IT server is
 * started with its upstream URLs pointing at these ports (see the module's pom), so the numbers are fixed and
 * must never be shared between modules: failsafe may run several modules' ITs at once on one machine.
 *
 * <table>
 *   <caption>Stub ports</caption>
 *   <tr><th>port</th><th>module</th><th>plays</th><th>played by</th></tr>
 *   <tr><td>13907</td><td>movie-war</td><td>booking service</td><td>{@code MovieAdminIT}</td></tr>
 *   <tr><td>13909</td><td>movie-war</td><td>user service</td><td>{@code ReviewRemovalNoticeIT}</td></tr>
 *   <tr><td>13908</td><td>cinema-war</td><td>booking service</td><td>{@code CinemaEstateServiceIT}</td></tr>
 *   <tr><td>15977</td><td>booking-war</td><td>movie and cinema services</td><td>the booking ITs' upstream stub</td></tr>
 *   <tr><td>15996</td><td>gateway-war</td><td>user service, absent but for one class</td><td>{@code GatewaySignInBudgetIT}
 *       (a stub whose sign-in is slow)</td></tr>
 *   <tr><td>15997</td><td>gateway-war</td><td>cinema service, absent (nothing listens)</td><td>{@code ShowtimeReferencesIT}</td></tr>
 *   <tr><td>15998</td><td>gateway-war</td><td>booking service</td><td>{@code ShowtimeReferencesIT} (a stub);
 *       {@code BookingGatewayIT} needs it absent</td></tr>
 *   <tr><td>15999</td><td>gateway-war</td><td>movie service that never answers</td><td>{@code GatewayIT}</td></tr>
 * </table>
 *
 * The gateway has one test server, so it has one booking URL: the two gateway classes that need the booking
 * service present and absent take the JUnit resource lock {@link #GATEWAY_BOOKING_LOCK}, which keeps them
 * from ever running at the same time, whatever the parallel settings.
 */
public final class StubPorts {

    public static final int MOVIE_BOOKING = 13907;
    public static final int CINEMA_BOOKING = 13908;
    public static final int MOVIE_USER = 13909;
    public static final int GATEWAY_USER = 15996;
    public static final int GATEWAY_CINEMA = 15997;
    public static final int GATEWAY_BOOKING = 15998;
    public static final int GATEWAY_MOVIE = 15999;

    /** The JUnit {@code @ResourceLock} of the gateway test server's booking URL. */
    public static final String GATEWAY_BOOKING_LOCK = "gateway-it.booking-service-url";

    private StubPorts() {
    }

    /** The port the build passes in {@code systemProperty} (failsafe, from the pom), else the allocated default. */
    public static int port(String systemProperty, int allocated) {
        return Integer.getInteger(systemProperty, allocated);
    }
}
