package io.darkroom.sample.format;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.time.LocalDate;
import java.util.List;

/** A plain Word document: a bold heading paragraph, then one paragraph per string. */
public final class Docx {
    private Docx() {
    }

    public static byte[] of(String heading, List<String> paragraphs, String author, LocalDate created) {
        XWPFDocument document = new XWPFDocument();
        XWPFRun headingRun = document.createParagraph().createRun();
        headingRun.setBold(true);
        headingRun.setFontSize(16);
        headingRun.setText(heading);
        for (String text : paragraphs) {
            document.createParagraph().createRun().setText(text);
        }
        return OfficeDocuments.save(document, heading, author, created);
    }
}
