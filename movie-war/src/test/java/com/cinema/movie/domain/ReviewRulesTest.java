package com.cinema.movie.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void ratingsFromOneToFiveAreAccepted(int rating) {
        assertThat(ReviewRules.rating(rating)).isEqualTo(rating);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void ratingsOutsideOneToFiveNameTheField(int rating) {
        assertThatThrownBy(() -> ReviewRules.rating(rating))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("rating: ")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("rating"));
    }

    @Test
    void aMissingRatingIsRequired() {
        assertThatThrownBy(() -> ReviewRules.rating(null)).hasMessage("rating: is required");
    }

    @Test
    void commentsAreTrimmedAndBlankMeansNone() {
        assertThat(ReviewRules.comment("  Loved it. \n", 2000)).isEqualTo("Loved it.");
        assertThat(ReviewRules.comment("   ", 2000)).isNull();
        assertThat(ReviewRules.comment(null, 2000)).isNull();
    }

    @Test
    void commentsAreCappedByTheConfiguredLimitAndNeverBeyondTheColumn() {
        assertThat(ReviewRules.comment("x".repeat(2000), 2000)).hasSize(2000);
        assertThatThrownBy(() -> ReviewRules.comment("x".repeat(2001), 2000))
                .isInstanceOf(ValidationException.class).hasMessage("comment: must be at most 2000 characters");
        assertThatThrownBy(() -> ReviewRules.comment("x".repeat(11), 10)).hasMessageContaining("at most 10");
        assertThatThrownBy(() -> ReviewRules.comment("x".repeat(2001), 5000)).hasMessageContaining("at most 2000");
    }

    @Test
    void averagesAreRoundedToOneDecimalAndNullWithoutReviews() {
        assertThat(ReviewRules.average(0, 0)).isNull();
        assertThat(ReviewRules.average(9, 2)).isEqualTo(4.5);
        assertThat(ReviewRules.average(10, 3)).isEqualTo(3.3);
        assertThat(ReviewRules.average(11, 3)).isEqualTo(3.7);
        assertThat(ReviewRules.average(5, 1)).isEqualTo(5.0);
    }

    @Test
    void theAuthorIsTheTokensFullNameOrANeutralStandIn() {
        assertThat(ReviewRules.authorName("  Ada Lovelace ")).isEqualTo("Ada Lovelace");
        assertThat(ReviewRules.authorName(null)).isEqualTo("Cinema guest");
        assertThat(ReviewRules.authorName(" ")).isEqualTo("Cinema guest");
        assertThat(ReviewRules.authorName("n".repeat(300))).hasSize(200);
    }

    @Test
    void aFormerCustomerIsNamedNeutrallyAndLikeNoOneSignedIn() {
        assertThat(ReviewRules.FORMER_CUSTOMER).isEqualTo("Former customer")
                .isNotEqualTo(ReviewRules.authorName(null))
                .hasSizeLessThanOrEqualTo(ReviewRules.AUTHOR_NAME_MAX_LENGTH);
    }

    @Test
    void aReportNoteIsTrimmedOptionalUnlessTheReasonIsOtherAndBounded() {
        assertThat(ReviewRules.reportNote(ReviewReportReason.SPOILERS, "  Names the killer. ")).isEqualTo("Names the killer.");
        assertThat(ReviewRules.reportNote(ReviewReportReason.SPAM, "   ")).isNull();
        assertThat(ReviewRules.reportNote(ReviewReportReason.OTHER, "Copied from a newspaper.")).isEqualTo("Copied from a newspaper.");
        assertThatThrownBy(() -> ReviewRules.reportNote(ReviewReportReason.OTHER, " "))
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("note"))
                .hasMessageContaining("required when the reason is OTHER");
        assertThat(ReviewRules.reportNote(ReviewReportReason.ILLEGAL, "n".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> ReviewRules.reportNote(ReviewReportReason.ILLEGAL, "n".repeat(501)))
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("note"));
        assertThatThrownBy(() -> ReviewRules.reportNote(null, "x"))
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("reason"));
    }

    @Test
    void aRemovalNeedsAReasonForTheAuthorWithinTheColumn() {
        assertThat(ReviewRules.removalReason("  Abusive language. ")).isEqualTo("Abusive language.");
        assertThat(ReviewRules.removalReason("r".repeat(500))).hasSize(500);
        for (String missing : new String[] {null, "", "  \n "}) {
            assertThatThrownBy(() -> ReviewRules.removalReason(missing))
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("reason"))
                    .hasMessageContaining("is required");
        }
        assertThatThrownBy(() -> ReviewRules.removalReason("r".repeat(501)))
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("reason"));
    }
}
