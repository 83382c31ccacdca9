package io.darkroom.sample;

import io.darkroom.sample.archive.ProjectArchiveWriter;
import io.darkroom.sample.broken.BrokenInput;
import io.darkroom.sample.broken.BrokenInputsWriter;
import io.darkroom.sample.finance.Invoice;
import io.darkroom.sample.finance.InvoicePlanner;
import io.darkroom.sample.finance.InvoiceWriter;
import io.darkroom.sample.finance.SalesWorkbookWriter;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.legal.ContractWriter;
import io.darkroom.sample.mail.MailWriter;
import io.darkroom.sample.meetings.MeetingNotesWriter;
import io.darkroom.sample.patterns.PlantedPatterns;
import io.darkroom.sample.presentations.DeckWriter;
import io.darkroom.sample.support.SupportTicket;
import io.darkroom.sample.support.TicketPlanner;
import io.darkroom.sample.support.TicketWriter;
import io.darkroom.sample.texts.PlantedEntities;
import io.darkroom.sample.texts.SampleTexts;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the deterministic sample file share of the fictional Kestrel Fluidtech GmbH, with
 * planted patterns and a truth.json whose counts ingest must reproduce
 * (docs/sample-corpus-contract.md). Same seed and docs give byte-identical files and mtimes.
 */
public final class SampleCorpus {
    public static final int DEFAULT_DOCS = 2000;
    public static final long DEFAULT_SEED = 42;
    private static final Logger LOG = LoggerFactory.getLogger(SampleCorpus.class);

    private SampleCorpus() {
    }

    /**
     * Writes about {@code docs} files and truth.json into {@code outDir}.
     *
     * @throws IllegalArgumentException if {@code docs} is below 100, or if {@code outDir} is not empty
     *                                  and does not hold an earlier corpus of this generator
     */
    public static SampleTruth generate(Path outDir, int docs, long seed) {
        CorpusMix mix = CorpusMix.of(docs);
        OutputFolder.prepare(outDir);
        long started = System.nanoTime();
        CompanyDirectory directory = CompanyDirectory.create(seed);
        PlantedPatterns patterns = PlantedPatterns.choose(directory, seed);
        CorpusLedger ledger = new CorpusLedger(outDir);

        List<Invoice> invoices = InvoicePlanner.plan(mix.invoices(), directory, patterns, seed);
        InvoiceWriter.writeAll(invoices, ledger);
        SalesWorkbookWriter.writeAll(mix.workbooks(), invoices, directory, ledger);
        ContractWriter.writeAll(mix.contracts(), directory, seed, ledger);
        List<SupportTicket> tickets = TicketPlanner.plan(mix.tickets(), directory, patterns, seed);
        TicketWriter.writeAll(tickets, seed, ledger);
        List<List<String>> nearDuplicates = new ArrayList<>(MailWriter.writeAll(mix.emails(), mix.emailCopies(),
                mix.mailboxMessages(), directory, patterns, seed, ledger));
        nearDuplicates.addAll(MeetingNotesWriter.writeAll(mix.meetings(), mix.meetingCopies(), directory, seed, ledger));
        ProjectArchiveWriter.write(directory, seed, ledger);
        DeckWriter.writeAll(mix.decks(), directory, seed, ledger);
        List<BrokenInput> broken = BrokenInputsWriter.writeAll(directory, seed, ledger);

        SampleTruth truth = new SampleTruth(SampleTruth.GENERATOR, SampleTruth.VERSION, seed, docs,
                CompanyDirectory.COMPANY, new SampleTruth.Period(Timeline.START.toString(), Timeline.END.toString()),
                LedgerCounts.files(ledger),
                broken.stream().map(b -> new SampleTruth.Broken(b.path(), b.kind().key(), b.kind().status().key(),
                        b.password())).toList(),
                LedgerCounts.documents(ledger), LedgerCounts.invoices(ledger),
                PatternTruth.of(patterns, tickets, invoices, nearDuplicates),
                ledger.documents().stream().map(d -> new SampleTruth.DocumentLabel(d.path(), d.embeddedPath(),
                        d.type().key(), d.date().toString())).toList(), List.of());
        truth = truth.withDocumentEntities(new PlantedEntities(directory.organisationNames())
                .of(SampleTexts.read(outDir, truth)));
        Path truthFile = outDir.resolve(SampleTruth.FILE_NAME);
        truth.write(truthFile);
        stampFolders(outDir);
        LOG.info("Generated sample corpus in {}: {} files, {} documents, {} invoices in {} ms", outDir,
                truth.files().total(), truth.documents().total(), truth.invoices().total(),
                (System.nanoTime() - started) / 1_000_000);
        return truth;
    }

    /** truth.json and the folders get the period's last day as mtime, so a re-run matches exactly. */
    private static void stampFolders(Path outDir) {
        try (Stream<Path> walk = Files.walk(outDir)) {
            for (Path path : walk.filter(p -> Files.isDirectory(p) || p.endsWith(SampleTruth.FILE_NAME)).toList()) {
                Files.setLastModifiedTime(path, CorpusLedger.noonUtc(Timeline.END));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set folder times under " + outDir + ": " + e.getMessage(), e);
        }
    }
}
