package io.darkroom.sample.mail;

import io.darkroom.sample.patterns.PlantedPatterns;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Timeline;
import io.darkroom.sample.world.Tone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * E-mail threads between customers and their account managers. Messages about deliveries are
 * written negatively inside the planted sentiment-drop window and positively or neutrally outside.
 */
public final class CustomerCorrespondence {
    enum Topic { DELIVERY, QUOTE, INVOICE_QUERY, ORDER, TECHNICAL, VISIT }

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private final CompanyDirectory directory;
    private final PlantedPatterns patterns;
    private final Dice dice;
    private int attachmentSequence;

    /** What a whole thread is about, fixed when it starts. */
    private record Context(Topic topic, Customer customer, Person manager, Person colleague, Product product,
                           int units, String orderNumber) {
    }

    public CustomerCorrespondence(CompanyDirectory directory, PlantedPatterns patterns, long seed) {
        this.directory = directory;
        this.patterns = patterns;
        this.dice = Dice.stream(seed, "mail");
    }

    /** Threads holding exactly {@code messages} messages in total, spread evenly over the period. */
    public List<List<MailMessage>> threads(int messages) {
        List<List<MailMessage>> threads = new ArrayList<>();
        List<YearMonth> months = Timeline.months();
        int written = 0;
        while (written < messages) {
            YearMonth month = months.get(written * months.size() / messages);
            List<MailMessage> thread = thread(Timeline.dayIn(month, dice), messages - written);
            threads.add(thread);
            written += thread.size();
        }
        return threads;
    }

    private List<MailMessage> thread(LocalDate start, int remaining) {
        Topic topic = pickTopic();
        Customer customer = dice.pick(directory.customers());
        List<Person> managers = directory.staffWithRole("Key Account Manager");
        Person manager = managers.get(directory.customers().indexOf(customer) % managers.size());
        Person colleague = topic == Topic.INVOICE_QUERY ? directory.anyStaff(dice, "Accounts Receivable")
                : directory.anyStaff(dice, dice.pickOf("Sales Engineer", "Logistics Coordinator", "Support Lead"));
        Context context = new Context(topic, customer, manager, colleague, dice.pick(directory.products()),
                dice.between(2, 60), "PO-" + dice.between(40000, 89999));
        int minimum = topic == Topic.QUOTE || topic == Topic.INVOICE_QUERY ? 2 : 1;
        int length = Math.min(remaining, dice.between(minimum, 4));
        String subject = subject(context);
        List<MailMessage> thread = new ArrayList<>();
        List<String> references = new ArrayList<>();
        LocalDate day = start;
        for (int k = 0; k < length && day != null; k++) {
            boolean fromCustomer = k % 2 == 0;
            Person from = fromCustomer ? customer.contact() : manager;
            Person to = fromCustomer ? manager : customer.contact();
            LocalDateTime sentAt = Timeline.workingTime(day, dice);
            Tone tone = toneOf(topic, YearMonth.from(day));
            List<Attachment> attachments = new ArrayList<>();
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(greeting(to));
            paragraphs.add(text(context, k, tone, day, attachments));
            paragraphs.add(closing(from));
            String id = "<" + ID_TIME.format(sentAt) + "." + Integer.toHexString(subject.hashCode() & 0xffff) + k
                    + "@" + from.email().substring(from.email().indexOf('@') + 1) + ">";
            thread.add(new MailMessage(from, to, dice.chance(0.3) ? List.of(colleague) : List.of(),
                    k == 0 ? subject : "Re: " + subject, sentAt, id, references, paragraphs, attachments));
            references.add(id);
            day = Timeline.safeDay(day.plusDays(dice.between(1, 3)));
        }
        return thread;
    }

    private Topic pickTopic() {
        double u = dice.unit();
        return u < 0.25 ? Topic.DELIVERY : u < 0.40 ? Topic.QUOTE : u < 0.52 ? Topic.INVOICE_QUERY
                : u < 0.67 ? Topic.ORDER : u < 0.85 ? Topic.TECHNICAL : Topic.VISIT;
    }

    private Tone toneOf(Topic topic, YearMonth month) {
        if (topic != Topic.DELIVERY) {
            return Tone.NEUTRAL;
        }
        return patterns.inSentimentDrop(month) ? Tone.NEGATIVE : dice.chance(0.6) ? Tone.POSITIVE : Tone.NEUTRAL;
    }

    private String subject(Context c) {
        return switch (c.topic()) {
            case DELIVERY -> "Delivery of order " + c.orderNumber();
            case QUOTE -> "Quotation request: " + c.units() + " x " + c.product().name();
            case INVOICE_QUERY -> "Question about our latest invoice";
            case ORDER -> "Purchase order " + c.orderNumber();
            case TECHNICAL -> "Technical question " + c.product().name();
            case VISIT -> "Meeting in " + c.customer().city();
        };
    }

    private String greeting(Person to) {
        return dice.pickOf("Dear " + to.fullName() + ",", "Hello " + to.firstName() + ",", "Hi " + to.firstName() + ",");
    }

    private String closing(Person from) {
        String company = from.email().endsWith(CompanyDirectory.COMPANY_DOMAIN) ? CompanyDirectory.COMPANY
                : directory.customers().stream().filter(c -> c.contact().equals(from)).findFirst()
                        .map(Customer::legalName).orElse("");
        return dice.pickOf("Kind regards,", "Best regards,", "Many thanks,") + "\n" + from.fullName() + "\n"
                + from.role() + ", " + company;
    }

    private String text(Context c, int k, Tone tone, LocalDate day, List<Attachment> attachments) {
        String product = c.product().name();
        String city = c.customer().city();
        String later = Timeline.longDate(day.plusDays(dice.between(7, 21)));
        BigDecimal value = c.product().listPrice().multiply(BigDecimal.valueOf(c.units()));
        boolean customer = k % 2 == 0;
        return switch (c.topic()) {
            case DELIVERY -> switch (tone) {
                case NEGATIVE -> customer
                        ? "Once again the delivery of order " + c.orderNumber() + " (" + c.units() + " x " + product
                          + ") is late. These delivery delays are becoming a serious problem: our line in " + city
                          + " stood still for " + dice.between(4, 30) + " hours and the delay has already cost us about "
                          + Money.format(Money.euros(dice.between(3, 40) * 1000.0)) + ". This is unacceptable and "
                          + "frankly we are losing confidence in " + CompanyDirectory.COMPANY + "."
                        : "I am very sorry about the delivery delays on order " + c.orderNumber() + ". Our carrier is "
                          + "short of trucks and the backlog at our Stuttgart warehouse keeps growing, which is "
                          + "frustrating for us too. The new delivery date is " + later + ", and I apologise again.";
                case POSITIVE -> customer
                        ? "Thank you for the delivery of order " + c.orderNumber() + ". All " + c.units() + " units of the "
                          + product + " arrived in " + city + " two days ahead of schedule and in perfect condition. "
                          + "Great work by your logistics team!"
                        : "Thank you for the kind feedback on the delivery of order " + c.orderNumber() + ". I am glad "
                          + "everything went smoothly and I will pass your thanks to our logistics team in Stuttgart.";
                case NEUTRAL -> customer
                        ? "Could you confirm the delivery date for order " + c.orderNumber() + " (" + c.units() + " x "
                          + product + ")? Our warehouse in " + city + " needs to plan the unloading slot."
                        : "Order " + c.orderNumber() + " is scheduled for dispatch on " + later + "; the carrier will "
                          + "complete the delivery to " + city + " within " + dice.between(2, 4) + " working days.";
            };
            case QUOTE -> {
                if (k == 1) {
                    String number = "Q-" + day.getYear() + "-" + String.format("%04d", ++attachmentSequence);
                    attachments.add(BusinessAttachments.quotation(number, day, c.customer(), c.product(), c.units(),
                            c.manager()));
                    yield "Please find attached our quotation " + number + " for " + c.units() + " units of the "
                            + product + " at a total of " + Money.format(value) + " excluding VAT. The offer is valid "
                            + "for 60 days, and we can grant an additional " + dice.between(2, 6) + "% discount for "
                            + "orders placed before " + later + ".";
                }
                yield customer
                        ? (k == 0 ? "We are planning to upgrade our site in " + city + " and would like a quotation for "
                                   + c.units() + " units of the " + product + ". Could you also tell us the delivery time?"
                                 : "Thank you for the quotation. We will discuss it with our finance team and come back "
                                   + "to you by " + later + ".")
                        : "Many thanks. " + c.colleague().fullName() + " can also present the " + product
                          + " to your team in " + city + " if that helps your decision.";
            }
            case INVOICE_QUERY -> {
                String invoice = "INV-" + day.getYear() + "-" + String.format("%05d", dice.between(1, 400));
                if (k == 1) {
                    String number = "ST-" + day.getYear() + "-" + String.format("%04d", ++attachmentSequence);
                    attachments.add(BusinessAttachments.statement(number, day, c.customer(),
                            Money.euros(dice.between(500, 60000)), c.colleague()));
                    yield "I checked invoice " + invoice + " with " + c.colleague().fullName() + " from accounts "
                            + "receivable: the difference of " + Money.format(Money.euros(dice.between(40, 900)))
                            + " is the freight charge agreed in our last price update. I have attached the current "
                            + "statement of account.";
                }
                yield customer
                        ? "We received invoice " + invoice + " for " + Money.format(value) + ", but our records show a "
                          + "price of " + Money.format(c.product().listPrice().multiply(new BigDecimal("0.95")))
                          + " per unit. Could you please check the difference?"
                        : "You are welcome. Please let me know if anything else in the statement is unclear.";
            }
            case ORDER -> {
                if (k == 0) {
                    attachments.add(BusinessAttachments.purchaseOrder(c.orderNumber(), day, c.customer(), c.product(),
                            c.units()));
                    yield "Please find attached our purchase order " + c.orderNumber() + " for " + c.units()
                            + " units of the " + product + ". We would appreciate delivery to " + city + " by "
                            + later + ".";
                }
                yield customer
                        ? "Thank you for the quick confirmation. Please send the shipping documents to our warehouse."
                        : "Thank you for order " + c.orderNumber() + ". We confirm " + c.units() + " x " + product
                          + " for " + later + "; the order value is " + Money.format(value) + " plus 19% VAT.";
            }
            case TECHNICAL -> customer
                    ? "Our maintenance team has a question about the " + product + ": the flow rate drops by about "
                      + dice.between(5, 15) + "% after " + dice.between(200, 900) + " operating hours. Is this within "
                      + "specification?"
                    : "A drop of up to " + dice.between(8, 12) + "% is within specification. Please clean the filter and "
                      + "check the seals; " + c.colleague().fullName() + " can visit " + city + " on " + later
                      + " if the problem persists.";
            case VISIT -> customer
                    ? "Would it be possible to meet at our office in " + city + " on " + later + " to discuss the "
                      + (day.getYear() + 1) + " framework agreement? Our finance team would like to review volumes "
                      + "of roughly " + Money.format(value.multiply(BigDecimal.TEN)) + "."
                    : Timeline.longDate(day.plusDays(10)) + " at 10:00 works well for us. " + c.colleague().fullName()
                      + " will join me, and we will bring the price list for " + (day.getYear() + 1) + ".";
        };
    }
}
