package com.cinema.common.edge;

import java.util.Set;

/**
 * Who sent a request, as far as the server can trust it: the client address and, when MP-JWT verified a token,
 * the user. {@code X-Forwarded-For} is read only when the connection comes from a configured proxy, and then from
 * the right: the first address no trusted proxy added is the client (anything left of it the client wrote itself).
 *
 * @param user the verified principal's name, or null for an anonymous call
 */
public record EdgeClient(String address, String user) {

    public static final EdgeClient UNKNOWN = new EdgeClient("unknown", null);

    /**
     * The client address the gateway passes to the user service with a sign-in, so that it throttles by address and
     * by address and account; the user service believes it only from a call carrying the gateway's SERVICE token.
     */
    public static final String FORWARDED_ADDRESS_HEADER = "X-Cinema-Client-Address";

    public static EdgeClient of(String remoteAddress, String forwardedFor, Set<String> trustedProxies, String user) {
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        if (forwardedFor != null && trustedProxies.contains(address)) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (hop.isEmpty()) {
                    continue;
                }
                address = hop;
                if (!trustedProxies.contains(hop)) {
                    break;
                }
            }
        }
        return new EdgeClient(address, user);
    }

    public boolean signedIn() {
        return user != null;
    }
}
