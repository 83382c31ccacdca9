package io.darkroom.sample.support;

import io.darkroom.sample.format.Docx;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Timeline;
import io.darkroom.sample.world.Tone;

import java.util.List;

/** Support tickets as Word documents under {@code support/tickets/YYYY/}. */
public final class TicketWriter {
    private TicketWriter() {
    }

    public static void writeAll(List<SupportTicket> tickets, long seed, CorpusLedger ledger) {
        Dice dice = Dice.stream(seed, "ticket-text");
        for (SupportTicket ticket : tickets) {
            String path = "support/tickets/" + ticket.date().getYear() + "/" + ticket.id() + ".docx";
            List<String> paragraphs = List.of(
                    "Opened: " + Timeline.longDate(ticket.date()),
                    "Customer: " + ticket.customer().nameAsWritten(dice) + ", " + ticket.customer().city(),
                    "Contact: " + ticket.customer().contact().fullName() + " (" + ticket.customer().contact().email() + ")",
                    "Product: " + ticket.product().name(),
                    "Region: " + ticket.region(),
                    "Priority: " + ticket.priority(),
                    "Assigned to: " + ticket.engineer().fullName(),
                    "Description",
                    description(ticket, dice),
                    "Status: " + (ticket.tone() == Tone.POSITIVE ? "Resolved" : "Open"));
            byte[] docx = Docx.of("SUPPORT TICKET " + ticket.id(), paragraphs, ticket.engineer().fullName(),
                    ticket.date());
            ledger.writeDocument(path, docx, ticket.date(), DocType.TICKET);
        }
    }

    private static String description(SupportTicket t, Dice dice) {
        String product = t.product().name();
        String city = t.customer().city();
        return switch (t.tone()) {
            case NEGATIVE -> dice.pickOf(
                    "The " + product + " at our " + city + " plant failed again after only " + dice.between(3, 20)
                            + " days. Production stopped for " + dice.between(2, 14) + " hours and we lost an "
                            + "estimated " + Money.format(Money.euros(dice.between(4, 60) * 1000.0))
                            + ". This is unacceptable and we are extremely disappointed with the quality.",
                    "We are very unhappy: the " + product + " delivered on " + Timeline.longDate(t.date().minusDays(9))
                            + " leaks at the main seal and is unusable. Nobody answered our calls for two days. "
                            + "Please replace the unit immediately or we will escalate this complaint.",
                    "Terrible experience with the " + product + ". The unit overheats and shuts down several times "
                            + "a day, and the fix your technician suggested did not work. Our maintenance team in "
                            + city + " is frustrated and losing patience.",
                    "The " + product + " keeps throwing error E" + dice.between(10, 99) + " and the pressure drops "
                            + "by " + dice.between(15, 40) + "%. This defect is the worst problem we have had with "
                            + "any supplier this year. We demand a refund or a working replacement.");
            case NEUTRAL -> dice.pickOf(
                    "Please send us the calibration procedure for the " + product + ". Our maintenance window in "
                            + city + " is planned for " + Timeline.longDate(t.date().plusDays(14)) + ".",
                    "We would like to know whether the firmware " + dice.between(2, 4) + "." + dice.between(0, 9)
                            + " update applies to the " + product + " units installed in " + city + ".",
                    "Could you confirm the recommended service interval for the " + product + "? The units run "
                            + dice.between(8, 24) + " hours a day at our site.");
            case POSITIVE -> dice.pickOf(
                    "The replacement " + product + " works perfectly. Thank you, " + t.engineer().fullName()
                            + ", for the quick and friendly help; our team in " + city + " is very pleased.",
                    "Great support as always: the firmware update fixed the pressure fluctuations of the " + product
                            + " within a day. We appreciate the excellent service.",
                    "Just a short note of thanks: the on-site visit in " + city + " was professional and the "
                            + product + " has been running smoothly ever since.");
        };
    }
}
