package com.cinema.testing;

import org.h2.util.StringUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

class AtRestTextTest {

    @TempDir
    Path dir;

    @Test
    void aCardNumberInAColumnIsFoundAlsoAfterItsRowIsDeleted() throws SQLException {
        String text;
        // read while the database is open, as the servers' files are (closing compacts the file)
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("shop") + ";WRITE_DELAY=0", "sa", "");
             Statement sql = db.createStatement()) {
            sql.execute("create table note (id bigint primary key, text varchar(100))");
            sql.execute("insert into note values (1, '4000000000000002'), (2, 'paid with 4242424242424242 today')");
            sql.execute("delete from note where id = 1");
            text = AtRestText.of(dir.resolve("shop.mv.db"));
        }

        assertThat(text).contains("4000000000000002", "4242424242424242");
    }

    @Test
    void h2sOwnHexBookkeepingIsNotReadAsACardNumber() {
        // a chunk whose pages 6 and 57 are dead: H2 writes that bit set as hex, and it spells the declined test card
        BitSet deadPages = new BitSet();
        deadPages.set(6);
        deadPages.set(57);
        String occupancy = StringUtils.convertBytesToHex(deadPages.toByteArray());
        assertThat(occupancy).isEqualTo("4000000000000002");
        String chunkEntry = "chunk:10000,block:39d3,len:2,pages:3a,map:2,root:40000000000033c4,occupancy:" + occupancy + "\n";
        // a layout value (the page position of a node at byte 614 of chunk 65,536): its length, then the hex
        String pagePosition = (char) 16 + "4000000000009995" + (char) 10 + "40000000000a5c4";
        // the same digits as a VARCHAR column value: a type byte ('T', a string of 16) before them
        String columnValue = "T4000000000009995";

        String text = AtRestText.withoutH2Bookkeeping(chunkEntry + pagePosition + columnValue);

        assertThat(text).startsWith("chunk:#####,block:####,len:#,pages:##,map:#,root:################,occupancy:####");
        assertThat(text).doesNotContain("4000000000000002").contains("T4000000000009995").containsOnlyOnce("4000000000009995");
    }

    @Test
    void aRealH2FileHasItsBookkeepingBlankedAndItsDataKept() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("busy") + ";WRITE_DELAY=0", "sa", "");
             Statement sql = db.createStatement()) {
            sql.execute("create table note (id bigint primary key, text varchar(100))");
            for (int i = 0; i < 50; i++) {
                sql.execute("merge into note values (" + (i % 5) + ", 'kept-" + i + "')");
            }
        }
        Path file = dir.resolve("busy.mv.db");
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).containsPattern("root:[0-9a-f]+");

        String text = AtRestText.of(file);

        assertThat(text).doesNotContainPattern("root:[0-9a-f]").containsPattern("root:#+").contains("kept-49");
        assertThat(text).hasSameSizeAs(raw);
    }

    @Test
    void otherFilesAreReadAsTheyAre(@TempDir Path logs) throws Exception {
        Path log = Files.writeString(logs.resolve("messages.log"), "charge card:4000000000000002\n");

        assertThat(AtRestText.of(log)).contains("4000000000000002");
    }
}
