package com.cinema.booking.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded SMS provider for development and demos: each message becomes {@code <idempotency key>.txt} under
 * the outbox folder (default {@code DB_DIR/sms}), so delivering a notice twice writes one file.
 */
public class FileSmsTransport implements SmsTransport {

    private final Path folder;
    private final String sender;

    public FileSmsTransport(Path folder, String sender) {
        this.folder = folder;
        this.sender = sender;
    }

    /** The file a message is written to. */
    public Path fileOf(SmsMessage message) {
        return folder.resolve(message.idempotencyKey().replaceAll("[^A-Za-z0-9._@-]", "") + ".txt");
    }

    @Override
    public void deliver(SmsMessage message) throws IOException {
        Files.createDirectories(folder);
        String content = "From: " + sender + "\nTo: " + message.to() + "\nIdempotency-Key: "
                + message.idempotencyKey() + "\n\n" + message.text() + "\n";
        Path partial = Files.createTempFile(folder, "writing-", ".tmp");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        // A reader never sees half a message: the file appears complete or not at all.
        Files.move(partial, fileOf(message), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
