package com.cinema.common.health;

/**
 * A service's demo data loader (only when {@code cinema.demo-data.enabled}), as the start-up check
 * {@link DemoDataCheck} sees it: every CDI bean of this type is listed at {@code /health/started}.
 */
public interface DemoData {

    /** Short name for the health data, e.g. {@code demo-accounts}. */
    String name();

    /** Where the loading stands; the loader updates it. */
    DemoDataState state();
}
