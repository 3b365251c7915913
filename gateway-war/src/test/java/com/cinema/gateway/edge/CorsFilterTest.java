package com.cinema.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CorsFilterTest {

    @Test
    void onlyListedOriginsAreAllowedAndAWildcardNeverIs() {
        Set<String> origins = CorsFilter.normalised(List.of(" https://Tickets.Example.com/ ", "*", ""));

        assertThat(origins).containsExactly("https://tickets.example.com");
        assertThat(CorsFilter.allowed(origins, "https://tickets.example.com")).isTrue();
        assertThat(CorsFilter.allowed(origins, "https://tickets.example.com:8443")).isFalse();
        assertThat(CorsFilter.allowed(origins, "https://evil.example")).isFalse();
        assertThat(CorsFilter.allowed(origins, "null")).isFalse();
        assertThat(CorsFilter.allowed(origins, null)).isFalse();
        assertThat(CorsFilter.allowed(CorsFilter.normalised(List.of()), "https://tickets.example.com")).isFalse();
    }
}
