package io.darkroom.sample.presentations;

import io.darkroom.sample.format.OfficeDocuments;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Timeline;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Text-only quarterly review decks under {@code presentations/YYYY/}. */
public final class DeckWriter {
    private DeckWriter() {
    }

    public static void writeAll(int count, CompanyDirectory directory, long seed, CorpusLedger ledger) {
        Dice dice = Dice.stream(seed, "decks");
        Person presenter = directory.staffWithRole("Head of Sales").get(0);
        List<YearMonth> months = Timeline.months();
        for (int i = 0; i < count; i++) {
            YearMonth month = months.get((i + 1) * months.size() / (count + 1));
            LocalDate date = Timeline.dayIn(month, dice);
            String quarter = "Q" + ((month.getMonthValue() - 1) / 3 + 1) + " " + month.getYear();
            String title = "Quarterly business review " + quarter;
            XMLSlideShow deck = new XMLSlideShow();
            XSLFSlideMaster master = deck.getSlideMasters().get(0);
            XSLFSlide cover = deck.createSlide(master.getLayout(SlideLayout.TITLE));
            cover.getPlaceholder(0).setText(title);
            cover.getPlaceholder(1).setText(CompanyDirectory.COMPANY + " - " + presenter.fullName());
            slide(deck, master, "Highlights", "Revenue " + Money.format(Money.euros(dice.between(2000, 6000) * 1000.0))
                    + ", up " + dice.between(9, 19) + "% year on year\nNew customers: " + dice.between(1, 5)
                    + "\nOn-time delivery: " + dice.between(80, 97) + "%");
            slide(deck, master, "Customer feedback", "Support tickets closed: " + dice.between(40, 120)
                    + "\nMost praised product: " + dice.pick(directory.products()).name()
                    + "\nMain complaint topic: delivery times");
            slide(deck, master, "Next steps", "Price review with key accounts\nExpand the " + dice.pick(
                    CompanyDirectory.REGIONS) + " region sales team\nHannover Messe preparation");
            removeThumbnail(deck);
            String path = "presentations/" + month.getYear() + "/quarterly-review-" + month.getYear() + "-Q"
                    + ((month.getMonthValue() - 1) / 3 + 1) + ".pptx";
            ledger.writeDocument(path, OfficeDocuments.save(deck, title, presenter.fullName(), date), date,
                    DocType.PRESENTATION);
        }
    }

    /** POI's template carries a JPEG thumbnail that a reader would report as an embedded image. */
    private static void removeThumbnail(XMLSlideShow deck) {
        OPCPackage pkg = deck.getPackage();
        List<PackageRelationship> thumbnails = new ArrayList<>();
        pkg.getRelationshipsByType(PackageRelationshipTypes.THUMBNAIL).forEach(thumbnails::add);
        for (PackageRelationship relation : thumbnails) {
            pkg.removePart(pkg.getPart(relation));
            pkg.removeRelationship(relation.getId());
        }
    }

    private static void slide(XMLSlideShow deck, XSLFSlideMaster master, String title, String bullets) {
        XSLFSlide slide = deck.createSlide(master.getLayout(SlideLayout.TITLE_AND_CONTENT));
        slide.getPlaceholder(0).setText(title);
        slide.getPlaceholder(1).setText(bullets);
    }
}
