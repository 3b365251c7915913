package com.cinema.common.health;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataCheckTest {

    private record Loader(String name, DemoDataState state) implements DemoData {
    }

    private static Loader loader(String name) {
        return new Loader(name, new DemoDataState());
    }

    @Test
    void downUntilEveryLoaderHasLoadedOrIsNotWanted() {
        Loader accounts = loader("demo-accounts");
        Loader coupons = loader("demo-coupons");

        DemoDataCheck.Report before = DemoDataCheck.report(List.of(accounts, coupons));
        assertThat(before.up()).isFalse();
        assertThat(before.data()).containsEntry("demo-accounts", "not started");

        accounts.state().loading("2 accounts");
        coupons.state().notWanted();
        assertThat(DemoDataCheck.report(List.of(accounts, coupons)).up()).isFalse();

        accounts.state().done("2 accounts");
        DemoDataCheck.Report after = DemoDataCheck.report(List.of(accounts, coupons));
        assertThat(after.up()).isTrue();
        assertThat(after.data()).containsEntry("demo-accounts", "done: 2 accounts")
                .containsEntry("demo-coupons", "not wanted");
    }

    @Test
    void aFailedLoadIsDownWithTheReasonAndNoStackTrace() {
        Loader movies = loader("demo-catalogue");
        movies.state().failed(new IllegalStateException("movies.json is missing"));

        DemoDataCheck.Report response = DemoDataCheck.report(List.of(movies));

        assertThat(response.up()).isFalse();
        assertThat(response.data())
                .containsEntry("demo-catalogue", "failed: IllegalStateException: movies.json is missing");
    }

    @Test
    void aServerWithoutDemoDataIsUp() {
        DemoDataCheck.Report response = DemoDataCheck.report(List.of());

        assertThat(response.up()).isTrue();
        assertThat(response.data()).containsEntry("loaders", "none in this service");
    }
}
