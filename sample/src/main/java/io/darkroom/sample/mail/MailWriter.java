package io.darkroom.sample.mail;

import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.patterns.PlantedPatterns;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes customer e-mails as {@code mail/YYYY/MM/*.eml}, saved near-duplicate copies under
 * {@code mail/saved/}, and one month of internal memos as {@code mail/archive.mbox}.
 */
public final class MailWriter {
    public static final String MAILBOX_PATH = "mail/archive.mbox";
    private static final String[][] MEMOS = {
        {"Sales team update", "Order intake is ahead of plan this quarter. Please update the forecast sheet for your accounts by Thursday."},
        {"Office closed on Friday", "The Stuttgart office is closed on Friday for the annual maintenance of the heating system."},
        {"Trade fair booth planning", "We have booked booth C42 at the Hannover Messe. Please send your availability to the events team."},
        {"New price list", "The new price list takes effect next month. List prices rise by 3.5% on average; the DuraHose Kit stays unchanged."},
        {"IT maintenance window", "The ERP system is offline on Saturday between 08:00 and 14:00 for the upgrade to the new release."},
        {"Quarterly targets", "Each region should reach at least 95% of its revenue target. The East region is currently at 88%."},
        {"Warehouse inventory", "Inventory counting starts at the end of the month. Shipments leave the warehouse until noon that day."},
    };

    private MailWriter() {
    }

    /** Writes the e-mails and returns the near-duplicate pairs (original path, copy path). */
    public static List<List<String>> writeAll(int messages, int copies, int mailboxMessages, CompanyDirectory directory,
                                              PlantedPatterns patterns, long seed, CorpusLedger ledger) {
        List<MailMessage> all = new CustomerCorrespondence(directory, patterns, seed).threads(messages).stream()
                .flatMap(List::stream).toList();
        List<String> paths = new ArrayList<>();
        for (MailMessage message : all) {
            String path = pathOf(message, paths.size() + 1);
            paths.add(path);
            LocalDate date = message.sentAt().toLocalDate();
            ledger.writeDocument(path, Rfc822.eml(message), date, DocType.EMAIL);
            for (Attachment attachment : message.attachments()) {
                ledger.addDocument(path, "/" + attachment.filename(), date, DocType.OTHER);
            }
        }
        List<List<String>> duplicates = new ArrayList<>();
        for (int i = 0, index = all.size() / 5; i < copies && index < all.size(); index++) {
            MailMessage original = all.get(index);
            if (!original.attachments().isEmpty()) {
                continue;
            }
            List<String> paragraphs = new ArrayList<>(original.paragraphs());
            paragraphs.set(1, paragraphs.get(1) + " I have also copied this message to our shared drive.");
            String copy = "mail/saved/" + paths.get(index).substring(paths.get(index).lastIndexOf('/') + 1);
            ledger.writeDocument(copy, Rfc822.eml(original.withParagraphs(paragraphs)),
                    original.sentAt().toLocalDate(), DocType.EMAIL);
            duplicates.add(List.of(paths.get(index), copy));
            i++;
            index += all.size() / 3;
        }
        writeMailbox(mailboxMessages, directory, seed, ledger);
        return duplicates;
    }

    private static String pathOf(MailMessage message, int sequence) {
        String slug = message.subject().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        slug = slug.length() > 40 ? slug.substring(0, 40) : slug;
        LocalDate date = message.sentAt().toLocalDate();
        return String.format(Locale.ROOT, "mail/%d/%02d/%05d-%s.eml", date.getYear(), date.getMonthValue(), sequence,
                slug);
    }

    /** Internal memos of one month; the mailbox's mtime is its newest message's date. */
    private static void writeMailbox(int count, CompanyDirectory directory, long seed, CorpusLedger ledger) {
        Dice dice = Dice.stream(seed, "mailbox");
        YearMonth month = Timeline.months().get(dice.between(6, 30));
        Person sender = directory.staffWithRole("Head of Sales").get(0);
        List<MailMessage> memos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = month.atDay(2 + i * 26 / count);
            String[] memo = MEMOS[i % MEMOS.length];
            Person to = directory.staff().get(i % directory.staff().size());
            memos.add(new MailMessage(sender, to, List.of(), memo[0], Timeline.workingTime(day, dice),
                    "<memo." + month + "." + i + "@" + CompanyDirectory.COMPANY_DOMAIN + ">", List.of(),
                    List.of("Hello " + to.firstName() + ",", memo[1],
                            "From next week on, please file such requests in the team calendar.",
                            "Best regards,\n" + sender.fullName()), List.of()));
        }
        LocalDate newest = memos.get(memos.size() - 1).sentAt().toLocalDate();
        ledger.writeDocument(MAILBOX_PATH, Mboxrd.mailbox(memos), newest, DocType.MAILBOX);
        for (int i = 0; i < memos.size(); i++) {
            ledger.addDocument(MAILBOX_PATH, "/message-" + (i + 1), memos.get(i).sentAt().toLocalDate(), DocType.EMAIL);
        }
    }
}
