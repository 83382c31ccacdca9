package io.darkroom.sample.meetings;

import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Meeting notes under {@code meetings/YYYY/}, rotating through HTML, text and RTF, plus near
 * duplicate drafts under {@code meetings/drafts/}.
 */
public final class MeetingNotesWriter {
    private static final String[] KINDS = {"Weekly sales sync", "Product review", "Operations meeting",
        "Quarterly business review", "Customer escalation review", "Logistics planning"};
    private static final String[] FORMATS = {"html", "txt", "rtf"};

    private MeetingNotesWriter() {
    }

    /** Writes {@code count} notes and {@code copies} drafts; returns the (original, copy) path pairs. */
    public static List<List<String>> writeAll(int count, int copies, CompanyDirectory directory, long seed,
                                              CorpusLedger ledger) {
        Dice dice = Dice.stream(seed, "meetings");
        List<List<String>> duplicates = new ArrayList<>();
        int copyEvery = copies == 0 ? Integer.MAX_VALUE : Math.max(1, count / (copies + 1));
        for (int i = 0; i < count; i++) {
            LocalDate date = Timeline.dayIn(Timeline.months().get(i * 36 / count), dice);
            MeetingNotes notes = notes(date, directory, dice);
            String format = FORMATS[i % FORMATS.length];
            String name = date + "-" + notes.title().toLowerCase(Locale.ROOT).replace(' ', '-')
                    + String.format("-%03d.", i + 1) + format;
            String path = "meetings/" + date.getYear() + "/" + name;
            ledger.writeDocument(path, render(notes, format), date, DocType.MEETING_NOTES);
            boolean copyable = !format.equals("rtf");
            if (copyable && duplicates.size() < copies && i >= copyEvery * (duplicates.size() + 1) - 1) {
                List<String> discussion = new ArrayList<>(notes.discussion());
                discussion.set(0, discussion.get(0) + " The figures were confirmed after the meeting.");
                String copy = "meetings/drafts/" + name.replace("." + format, "-draft." + format);
                ledger.writeDocument(copy, render(notes.withDiscussion(discussion), format), date,
                        DocType.MEETING_NOTES);
                duplicates.add(List.of(path, copy));
            }
        }
        return duplicates;
    }

    private static byte[] render(MeetingNotes notes, String format) {
        return switch (format) {
            case "html" -> MeetingNotesFormats.html(notes);
            case "txt" -> MeetingNotesFormats.txt(notes);
            default -> MeetingNotesFormats.rtf(notes);
        };
    }

    static MeetingNotes notes(LocalDate date, CompanyDirectory directory, Dice dice) {
        List<Person> staff = directory.staff();
        Person chair = dice.pick(staff);
        List<String> attendees = new ArrayList<>(List.of(chair.fullName()));
        for (int i = 0, n = dice.between(2, 4); i < n; i++) {
            String name = dice.pick(staff).fullName();
            if (!attendees.contains(name)) {
                attendees.add(name);
            }
        }
        Customer customer = dice.pick(directory.customers());
        String region = dice.pick(CompanyDirectory.REGIONS);
        String product = dice.pick(directory.products()).name();
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        List<String> discussion = List.of(
                "Revenue in the " + region + " region reached " + Money.format(Money.euros(dice.between(80, 900) * 1000.0))
                        + " in " + month + ", " + dice.between(2, 18) + "% above the same month last year.",
                customer.nameAsWritten(dice) + " in " + customer.city() + " asked for a " + dice.between(3, 9)
                        + "% discount on the " + product + "; " + attendees.get(attendees.size() - 1)
                        + " will prepare a counter-offer.",
                dice.pickOf("Delivery performance: " + dice.between(82, 99) + "% of orders shipped on time this month.",
                        "Support reported " + dice.between(4, 30) + " open tickets, most of them about the " + product + ".",
                        "The pipeline holds " + dice.between(5, 40) + " open quotations worth "
                                + Money.format(Money.euros(dice.between(100, 2000) * 1000.0)) + "."));
        List<String> actions = List.of(
                chair.fullName() + " to send the updated forecast by " + Timeline.longDate(date.plusDays(7)) + ".",
                attendees.get(attendees.size() - 1) + " to call " + customer.contact().fullName() + " at "
                        + customer.legalName() + " before " + Timeline.longDate(date.plusDays(5)) + ".");
        return new MeetingNotes(dice.pickOf(KINDS), date, chair.fullName(), attendees,
                dice.pickOf("Stuttgart HQ, room Neckar", "Stuttgart HQ, room Rhein", "Video call"),
                discussion, actions);
    }
}
