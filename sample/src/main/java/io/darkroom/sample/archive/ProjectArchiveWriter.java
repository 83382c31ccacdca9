package io.darkroom.sample.archive;

import io.darkroom.sample.format.Docx;
import io.darkroom.sample.format.ZipBuilder;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code archive/projects-2024.zip}: closed project folders with notes, a report, a specification
 * and a nested zip of drafts. Every member carries the archive's date (entry time and metadata).
 */
public final class ProjectArchiveWriter {
    public static final String PATH = "archive/projects-2024.zip";
    private static final String ALPHA = "projects/alpha-pump-retrofit/";
    private static final String BETA = "projects/beta-sensor-rollout/";

    private ProjectArchiveWriter() {
    }

    public static void write(CompanyDirectory directory, long seed, CorpusLedger ledger) {
        Dice dice = Dice.stream(seed, "archive");
        LocalDate date = Timeline.dayIn(YearMonth.of(2024, 12), dice);
        Customer customer = dice.pick(directory.customers());
        Person lead = directory.staffWithRole("Product Manager").get(0);
        String kickoff = "MEETING NOTES - Project Alpha kickoff\nDate: " + Timeline.longDate(date.minusMonths(9))
                + "\nAttendees: " + lead.fullName() + ", " + customer.contact().fullName() + "\n\nProject Alpha "
                + "retrofits " + dice.between(20, 60) + " KX-200 Pressure Pumps at " + customer.legalName() + " in "
                + customer.city() + ". Budget: " + Money.format(Money.euros(dice.between(150, 400) * 1000.0))
                + ". Go-live planned for the end of the year.\n";
        String report = "<html><head><title>Project Alpha status report</title></head><body>"
                + "<h1>Project Alpha status report</h1><p>All pumps at " + customer.legalName() + " are installed. "
                + "Energy use fell by " + dice.between(8, 21) + "% compared with the old units. The project closed "
                + "on " + Timeline.longDate(date) + " within budget.</p></body></html>\n";
        byte[] spec = Docx.of("Requirements specification: SenseIQ sensor rollout", List.of(
                "Scope: replace the legacy flow sensors in the East region with SenseIQ Flow Sensors.",
                "Owner: " + lead.fullName() + ", " + lead.role(),
                "Budget approved: " + Money.format(Money.euros(dice.between(60, 200) * 1000.0))),
                lead.fullName(), date);
        byte[] drafts = new ZipBuilder(date)
                .folder("drafts/")
                .file("drafts/draft-1.txt", text("Draft 1 of the rollout plan. Pilot site: Jena, 12 sensors."))
                .file("drafts/draft-2.txt", text("Draft 2 of the rollout plan. Pilot sites: Jena and Prague, 30 sensors."))
                .build();
        byte[] archive = new ZipBuilder(date)
                .folder("projects/")
                .folder(ALPHA)
                .file(ALPHA + "kickoff-notes.txt", text(kickoff))
                .file(ALPHA + "status-report.html", text(report))
                .folder(BETA)
                .file(BETA + "requirements.docx", spec)
                .file(BETA + "old-drafts.zip", drafts)
                .build();
        ledger.writeDocument(PATH, archive, date, DocType.ARCHIVE);
        ledger.addDocument(PATH, "/" + ALPHA + "kickoff-notes.txt", date, DocType.MEETING_NOTES);
        ledger.addDocument(PATH, "/" + ALPHA + "status-report.html", date, DocType.OTHER);
        ledger.addDocument(PATH, "/" + BETA + "requirements.docx", date, DocType.OTHER);
        ledger.addDocument(PATH, "/" + BETA + "old-drafts.zip", date, DocType.ARCHIVE);
        ledger.addDocument(PATH, "/" + BETA + "old-drafts.zip/drafts/draft-1.txt", date, DocType.OTHER);
        ledger.addDocument(PATH, "/" + BETA + "old-drafts.zip/drafts/draft-2.txt", date, DocType.OTHER);
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
