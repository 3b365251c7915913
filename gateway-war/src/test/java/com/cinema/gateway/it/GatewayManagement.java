package com.cinema.gateway.it;

/**
 * Where the gateway under test answers {@code /health} and {@code /metrics}: its management port, never the public
 * one (gateway server.xml; failsafe passes {@code gateway.management.url}).
 */
final class GatewayManagement {

    static final String URL = System.getProperty("gateway.management.url", "http://localhost:15001");

    private GatewayManagement() {
    }
}
