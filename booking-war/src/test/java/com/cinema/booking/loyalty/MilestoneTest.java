package com.cinema.booking.loyalty;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The milestones configuration and which milestones a count of confirmed bookings reaches. */
class MilestoneTest {

    private static final List<Milestone> DEFAULT = Milestone.parseAll("3:PERCENT:10,5:PERCENT:15,10:PERCENT:25");

    @Test
    void theConfigurationIsParsedInCountOrder() {
        assertThat(Milestone.parseAll(" 10:fixed:500 , 3:PERCENT:10:300"))
                .containsExactly(new Milestone(3, "PERCENT", 10, 300), new Milestone(10, "FIXED", 500, null));
        assertThat(Milestone.parseAll("")).isEmpty();
        assertThat(Milestone.parseAll(null)).isEmpty();
        assertThat(new Milestone(3, "PERCENT", 10, null).couponReason()).isEqualTo("LOYALTY_3");
    }

    @Test
    void aMalformedEntryFailsLoudlyNamingIt() {
        assertThatThrownBy(() -> Milestone.parseAll("3:PERCENT")).hasMessageContaining("'3:PERCENT'");
        assertThatThrownBy(() -> Milestone.parseAll("3:BOGUS:10")).hasMessageContaining("PERCENT or FIXED");
        assertThatThrownBy(() -> Milestone.parseAll("3:PERCENT:101")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Milestone.parseAll("0:PERCENT:10")).hasMessageContaining("from 1");
        assertThatThrownBy(() -> Milestone.parseAll("3:PERCENT:10,3:FIXED:100")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Milestone.parseAll("x:PERCENT:10")).hasMessageContaining("'x:PERCENT:10'");
    }

    @Test
    void aCountReachesEveryMilestoneUpToItNotRecordedYet() {
        assertThat(MilestoneRules.reached(DEFAULT, 2, Set.of())).isEmpty();
        assertThat(MilestoneRules.reached(DEFAULT, 3, Set.of())).extracting(Milestone::count).containsExactly(3);
        assertThat(MilestoneRules.reached(DEFAULT, 4, Set.of(3))).isEmpty();
        assertThat(MilestoneRules.reached(DEFAULT, 5, Set.of(3))).extracting(Milestone::count).containsExactly(5);
        // A customer whose earlier milestones were never recorded (a milestone added later) catches up.
        assertThat(MilestoneRules.reached(DEFAULT, 12, Set.of(5))).extracting(Milestone::count).containsExactly(3, 10);
    }

    @Test
    void aCountBackAtAMilestoneAfterCancellationsReachesNothingAgain() {
        assertThat(MilestoneRules.reached(DEFAULT, 3, Set.of(3))).isEmpty();
    }
}
