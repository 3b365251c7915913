package com.cinema.booking.notification;

import com.cinema.mail.MailTransport;
import com.cinema.mail.MailConfig;
import com.cinema.mail.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Function;

/** E-mail: every notice, to the address the customer booked with (SMTP or .eml files, {@link MailConfig}). */
@ApplicationScoped
public class EmailChannel implements NoticeChannel {

    @Inject
    NoticeComposer composer;

    @Inject
    MailTransport transport;

    private Function<OutboxNotice, MailMessage> compose;

    EmailChannel() {
        // for CDI
    }

    /** For tests: a plain composing function instead of the composer bean. */
    EmailChannel(Function<OutboxNotice, MailMessage> compose, MailTransport transport) {
        this.compose = compose;
        this.transport = transport;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Outcome deliver(OutboxNotice notice, ContactDirectory contacts) throws Exception {
        // Every notice goes to the address it was queued with: no need to ask the user service.
        transport.deliver(compose != null ? compose.apply(notice) : composer.compose(notice));
        return new Delivered();
    }
}
