package io.darkroom.sample;

/**
 * How many files of each kind a corpus of {@code docs} files holds. Fixed parts (broken inputs,
 * the zip, the mailbox, workbooks, decks, near-duplicate copies) come first; the rest is split
 * 40:20:15:5:10 between e-mails, invoices, tickets, contracts and meeting notes, so the files add
 * up to exactly {@code docs}.
 */
record CorpusMix(int emails, int emailCopies, int mailboxMessages, int invoices, int tickets, int contracts,
                 int meetings, int meetingCopies, int workbooks, int decks) {
    static final int MIN_DOCS = 100;
    private static final int BROKEN = 5;
    private static final int ARCHIVE_AND_MAILBOX = 2;

    static CorpusMix of(int docs) {
        if (docs < MIN_DOCS) {
            throw new IllegalArgumentException("Cannot generate a sample corpus of " + docs
                    + " documents: docs must be at least " + MIN_DOCS + " to hold every type and broken input");
        }
        int workbooks = docs >= 600 ? 36 : 12;
        int decks = docs >= 1000 ? 3 : 1;
        int emailCopies = 2;
        int meetingCopies = 2;
        int variable = docs - BROKEN - ARCHIVE_AND_MAILBOX - workbooks - decks - emailCopies - meetingCopies;
        int invoices = variable * 20 / 90;
        int tickets = variable * 15 / 90;
        int contracts = variable * 5 / 90;
        int meetings = variable * 10 / 90;
        int emails = variable - invoices - tickets - contracts - meetings;
        return new CorpusMix(emails, emailCopies, Math.max(5, docs / 100), invoices, tickets, contracts, meetings,
                meetingCopies, workbooks, decks);
    }
}
