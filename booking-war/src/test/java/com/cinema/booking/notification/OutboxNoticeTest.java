package com.cinema.booking.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxNoticeTest {

    @Test
    void theCustomerIsShownTheAddressOfAnEmail() {
        assertThat(OutboxNotice.shownRecipient(Channel.EMAIL, "ann@example.org")).isEqualTo("ann@example.org");
    }

    @Test
    void anSmsShowsNoRecipientItsRowNamesTheAccountNotANumber() {
        assertThat(OutboxNotice.shownRecipient(Channel.SMS, OutboxNotice.customerRecipient(7))).isNull();
        assertThat(OutboxNotice.shownRecipient(Channel.SMS, "+447700900123")).isNull();
    }

    @Test
    void anErasedRecipientOrTheServicesOwnNameOfACustomerIsNeverShown() {
        assertThat(OutboxNotice.shownRecipient(Channel.EMAIL, OutboxNotice.ERASED_RECIPIENT)).isNull();
        assertThat(OutboxNotice.shownRecipient(Channel.SMS, OutboxNotice.ERASED_RECIPIENT)).isNull();
        assertThat(OutboxNotice.shownRecipient(Channel.EMAIL, OutboxNotice.customerRecipient(7))).isNull();
        assertThat(OutboxNotice.shownRecipient(Channel.EMAIL, null)).isNull();
    }
}
