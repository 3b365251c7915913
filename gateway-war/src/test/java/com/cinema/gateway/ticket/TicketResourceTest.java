package com.cinema.gateway.ticket;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.UpstreamUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR image itself is platform-qr's (QrCodePngTest); here, how the endpoint answers. */
class TicketResourceTest {

    @Test
    void theBookingServicesAnswersBecomeHttpStatuses() {
        assertThat(TicketResource.statusOf(new NotFoundException("Booking", 5))).isEqualTo(404);
        assertThat(TicketResource.statusOf(new ConflictException("not confirmed"))).isEqualTo(409);
        assertThat(TicketResource.statusOf(new UpstreamUnavailableException("booking", null))).isEqualTo(503);
    }
}
