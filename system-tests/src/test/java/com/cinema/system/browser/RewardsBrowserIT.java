package com.cinema.system.browser;

import com.cinema.system.PlatformExtension;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loyalty rewards in the portal (issue #21): after a customer's third booking, My bookings shows the Rewards
 * section with the personal coupon (its code, what it takes off, unused, its expiry), how many more bookings the
 * next reward takes and the programme's milestones, accessible (axe-core).
 */
@ExtendWith(PlatformExtension.class)
@Order(57)
class RewardsBrowserIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession("failed-rewards-");
    private static ShowtimeFixture fixture;

    private final List<String> consoleErrors = session.consoleErrors();

    @BeforeAll
    static void showtime() {
        fixture = ShowtimeFixture.create();
    }

    /** The customer's rewards once the first is issued (the booking service asks the coupon service after the commit). */
    private static JsonObject firstIssuedReward(Customer customer) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonObject response = customer.api.post("{ myRewards { milestone state coupon { code } } }");
            List<JsonObject> issued = response.getJsonObject("data").getJsonArray("myRewards").getValuesAs(JsonObject.class)
                    .stream().filter(r -> "ISSUED".equals(r.getString("state"))).toList();
            if (!issued.isEmpty() || Instant.now().isAfter(deadline)) {
                assertThat(issued).as("an issued reward: " + response).hasSize(1);
                return issued.get(0);
            }
            Thread.sleep(500);
        }
    }

    private static JsonObject buy(Customer customer, String seatId) {
        String bookingId = Customer.data(customer.api.post("mutation($s: ID!, $ids: [String!]!) { holdSeats(showtimeId: $s,"
                + " seatIds: $ids) { id } }", Map.of("s", fixture.showtimeId, "ids", Json.createArrayBuilder().add(seatId).build())),
                "holdSeats").getString("id");
        JsonObject card = Json.createObjectBuilder().add("method", "CARD").add("cardNumber", Customer.GOOD_CARD)
                .add("expMonth", 12).add("expYear", OffsetDateTime.now().getYear() + 3).add("cvc", "123")
                .add("cardholderName", "Checkout Fan").build();
        return Customer.data(customer.api.post("mutation($b: ID!, $p: PaymentInput!, $k: String!) { checkout(bookingId: $b,"
                + " payment: $p, idempotencyKey: $k) { id status } }",
                Map.of("b", bookingId, "p", card, "k", UUID.randomUUID().toString())), "checkout");
    }

    @Test
    void theRewardsListShowsTheCouponEarnedByTheThirdBooking() throws Exception {
        Customer customer = Customer.register();
        for (int booking = 1; booking <= 3; booking++) {
            // one seat at a time, each one the seat rules accept given the seats sold so far
            String seatId = customer.seatsToHold(fixture.showtimeId, 1).get(0);
            assertThat(buy(customer, seatId).getString("status")).isEqualTo("CONFIRMED");
        }
        String code = firstIssuedReward(customer).getJsonObject("coupon").getString("code");

        BrowserContext context = session.context(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true).setReducedMotion(ReducedMotion.REDUCE));
        Page page = session.page(context);
        page.navigate("/#/bookings");
        page.waitForURL("**/#/signin?next=*");
        page.getByLabel("Email").fill(customer.email);
        page.getByLabel("Password").fill(Customer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/#/bookings");

        Locator rewards = page.getByTestId("rewards-section");
        assertThat(rewards.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Rewards"))).isVisible();
        Locator reward = rewards.getByTestId("reward-item");
        assertThat(reward).hasCount(1);
        assertThat(reward).hasAttribute("data-milestone", "3");
        assertThat(reward).containsText("Your 3rd booking");
        assertThat(reward).containsText("10 % off");
        assertThat(reward.getByTestId("reward-code")).hasText(code);
        assertThat(reward.getByTestId("reward-state")).hasText("Unused");
        assertThat(reward).containsText("Valid until");

        // where the customer stands: three bookings made, the 5th earns the next reward
        assertThat(rewards.getByTestId("next-reward"))
                .hasText("2 more bookings to your next reward: 15 % off with your 5th booking.");
        Locator bar = rewards.getByRole(AriaRole.PROGRESSBAR);
        assertThat(bar).hasAttribute("aria-valuenow", "3");
        assertThat(bar).hasAttribute("aria-valuemax", "5");
        Locator milestones = rewards.getByTestId("reward-milestones").getByRole(AriaRole.LISTITEM);
        assertThat(milestones).hasText(new String[] {"\u2713 3rd booking: 10 % off, reached", "5th booking: 15 % off",
                "10th booking: 25 % off"});
        assertThat(milestones.first()).hasAttribute("data-reached", "true");
        BrowserKit.assertNoSeriousViolations(page, "my bookings with rewards");
        BrowserKit.screenshot(page, "rewards-1280");
        assertThat(consoleErrors).isEmpty();
    }
}
