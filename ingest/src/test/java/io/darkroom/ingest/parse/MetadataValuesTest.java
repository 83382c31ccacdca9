package io.darkroom.ingest.parse;

import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataValuesTest {
    @Test
    void addressesDropTheRawHeaderThatTikaStoresBesideItsSplitValues() {
        Metadata md = new Metadata();
        md.add("Message-To", "Bob <bob@example.com>, carol@example.com");
        md.add("Message-To", "Bob <bob@example.com>");
        md.add("Message-To", "carol@example.com");

        assertThat(MetadataValues.addresses(md, "Message-To")).containsExactly("Bob <bob@example.com>", "carol@example.com");
    }

    @Test
    void addressWithACommaInItsDisplayNameStaysWhole() {
        Metadata md = new Metadata();
        md.add("Message-Cc", "Doe, Dave <dave@example.com>");

        assertThat(MetadataValues.addresses(md, "Message-Cc")).containsExactly("Doe, Dave <dave@example.com>");
    }

    @Test
    void datesWithOrWithoutZoneParseAndGarbageIsNull() {
        Metadata md = new Metadata();
        md.set("a", "2024-03-05T09:15:00Z");
        md.set("b", "2024-03-05T10:15:00+01:00");
        md.set("c", "2024-03-05T09:15:00");
        md.set("d", "2024-03-05");
        md.set("e", "last Tuesday");

        assertThat(MetadataValues.instant(md, "a")).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(MetadataValues.instant(md, "b")).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(MetadataValues.instant(md, "c")).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(MetadataValues.instant(md, "d")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(MetadataValues.instant(md, "e")).isNull();
    }

    @Test
    void mimeDropsParametersAndMetadataMapJoinsValuesWithoutTheText() {
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, "text/plain; charset=UTF-8");
        md.add("dc:creator", "A");
        md.add("dc:creator", "B");
        md.add("dc:creator", "A");
        md.set("X-TIKA:content", "secret text");

        assertThat(MetadataValues.mime(md)).isEqualTo("text/plain");
        assertThat(MetadataValues.asMap(md)).containsEntry("dc:creator", "A; B").doesNotContainKey("X-TIKA:content");
    }
}
