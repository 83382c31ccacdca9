package io.darkroom.analytics.enrich;

import io.darkroom.text.PlaceNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second look at the coarse CRF's ORGANIZATION mentions, with the line around them. Business documents are full of
 * capitalised words that are not organisations, and the CRF tags them as such in letterheads, address lines, forms
 * and item tables:
 * <ul>
 *   <li>a street before its house number ("Industriestrasse 14") is an address: LOCATION;</li>
 *   <li>a place before a register or other identifier ("Stuttgart HRB 734112") or a site word ("Stuttgart HQ",
 *       "Leeds plant") is a place: LOCATION;</li>
 *   <li>a place alone where places stand ("Address: Leeds, United Kingdom", "at our Ghent plant") is a place;</li>
 *   <li>a name after an item code, a quantity or a product label, or before a code ("AS-40 AeroSeal Valve",
 *       "41 x AeroSeal Valve", "Product: AeroSeal Valve", "ClearFlow Filter Unit units (article CF-12)") is a product:
 *       MISC, CoreNLP's type for products — and so is the same name elsewhere in the document;</li>
 *   <li>one word after a job title ("Head of Operations") is a department, not an organisation: dropped;</li>
 *   <li>a mention running into a field label on the next line is cut at the line break ("Hamburg⏎Contact:" is the
 *       end of an address line and a label), and the label dropped; a name wrapped onto the next line stays whole.</li>
 * </ul>
 * Company names found by their legal form ({@link PatternMentions}) never come here.
 */
final class OrganizationReview {
    static final String TYPE = "ORGANIZATION";
    /** CoreNLP's type for products and other names that are neither people, organisations nor places. */
    static final String PRODUCT = "MISC";

    /** Street words, alone or as the end of a compound ("Industriestrasse", "Kalverstraat", "Storgatan"). */
    private static final Pattern STREET = Pattern.compile("(?iu).*(strasse|straße|str\\.?|street|st\\.|road|rd\\.?|avenue"
            + "|ave\\.?|lane|boulevard|blvd\\.?|drive|weg|allee|platz|gasse|damm|straat|laan|gracht|gatan|gade|vej|katu"
            + "|tie|rue|via|calle|ulica)");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^[ \\t]+\\d{1,5}[a-zA-Z]?\\b");
    /** An identifier right after the mention: "HRB 734112" leaves "HRB" in the mention and the number after it. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^[ \\t]*[:#№]?[ \\t]*\\d");
    private static final Pattern IDENTIFIER_PREFIX = Pattern.compile("\\p{Lu}{2,5}\\.?");
    private static final Set<String> SITE_WORDS = Set.of("hq", "headquarters", "office", "offices", "plant", "site",
            "branch", "campus", "factory", "warehouse", "depot", "works", "contact");
    private static final Pattern SITE_AFTER = Pattern.compile("(?i)^[ \\t]+(?:hq|headquarters|office|offices|plant"
            + "|site|branch|campus|factory|warehouse|depot|team|region|area)\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)(?:\\b(?:in|at|from|near|to|based in|located in)"
            + "(?:[ \\t]+(?:our|the|their|your))?|\\b(?:address|location|city|place|venue)[ \\t]*:|,)[ \\t]*$");
    private static final Pattern PLACE_AFTER = Pattern.compile("^,[ \\t]*(\\p{Lu}[\\p{L}.'-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'-]*){0,2})");
    private static final String CODE = "\\p{Lu}{1,5}-?\\d{1,6}\\p{Lu}?";
    private static final Pattern CODE_BEFORE = Pattern.compile("(?:^|[ \\t])" + CODE + "[ \\t]+$");
    private static final Pattern CODE_AFTER = Pattern.compile("^[ \\t]+(?:\\p{Ll}+[ \\t]+){0,2}\\((?:\\p{L}+[ \\t]+)?"
            + CODE + "\\)");
    private static final Pattern JOB_TITLE_BEFORE = Pattern.compile("(?i)\\b(?:head|director|vice president|vp|manager"
            + "|chief|lead|member)[ \\t]+of[ \\t]+(?:the[ \\t]+)?$");
    /** "Product: AeroSeal Valve", "41 x AeroSeal Valve", "31 units of the AeroSeal Valve". */
    private static final Pattern PRODUCT_LABEL_OR_QUANTITY_BEFORE = Pattern.compile("(?i)(?:\\b(?:product|item|model"
            + "|article|device|part|sku)[ \\t]*:|\\b\\d+[ \\t]*[x×]|\\b\\d+[ \\t]+(?:units?|pieces|pcs\\.?|items|sets)"
            + "[ \\t]+of(?:[ \\t]+the)?)[ \\t]*$");
    /** A form's product field: the rest of the line is the product's name. */
    private static final Pattern PRODUCT_FIELD = Pattern.compile("(?im)^[ \\t]*(?:product|item|model|article|device)"
            + "[ \\t]*:[ \\t]*(\\S[^\\r\\n:]{0,80}?)[ \\t]*$");
    private static final Pattern LABEL_AFTER = Pattern.compile("^[ \\t]*:");

    private OrganizationReview() {
    }

    /** What an ORGANIZATION mention of the CRF really is: itself, other mentions (retyped, cut), or nothing. */
    static List<MentionValues.Raw> review(MentionValues.Raw raw, String text) {
        List<int[]> lines = new ArrayList<>();
        int begin = raw.begin();
        for (int i = raw.begin(); i <= raw.end(); i++) {
            if (i == raw.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int[] piece = trim(text, begin, i);
                if (piece != null) {
                    lines.add(piece);
                }
                begin = i + 1;
            }
        }
        // A name wrapped onto the next line stays one name; a mention that runs into a field label ends before it.
        boolean label = lines.stream().anyMatch(l -> LABEL_AFTER.matcher(lineAfter(text, l[1])).find());
        if (!label && !lines.isEmpty()) {
            lines = List.of(new int[] {lines.get(0)[0], lines.get(lines.size() - 1)[1]});
        }
        List<MentionValues.Raw> out = new ArrayList<>();
        for (int[] line : lines) {
            reviewLine(raw, line[0], line[1], text, out);
        }
        return out;
    }

    /**
     * The same name elsewhere in the document as a product: "Product: AeroSeal Valve" (a form field, or a mention the
     * review made a product) makes "the AeroSeal Valve failed" a product too. Applied to the reviewed mentions of one
     * document.
     */
    static List<MentionValues.Raw> sameNameAsProducts(List<MentionValues.Raw> mentions, String text) {
        Set<String> products = new HashSet<>();
        Matcher field = PRODUCT_FIELD.matcher(text);
        while (field.find()) {
            products.add(field.group(1).replaceAll("\\s+", " "));
        }
        for (MentionValues.Raw m : mentions) {
            if (m.type().equals(PRODUCT) && m.source().equals("ner")) {
                products.add(text.substring(m.begin(), m.end()).replaceAll("\\s+", " "));
            }
        }
        if (products.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> m.type().equals(TYPE)
                && products.contains(text.substring(m.begin(), m.end()).replaceAll("\\s+", " "))
                ? as(m, m.begin(), m.end(), PRODUCT) : m).toList();
    }

    private static void reviewLine(MentionValues.Raw raw, int begin, int end, String text, List<MentionValues.Raw> out) {
        String before = lineBefore(text, begin);
        String after = lineAfter(text, end);
        List<int[]> words = words(text, begin, end);
        String last = text.substring(words.get(words.size() - 1)[0], end);
        if (LABEL_AFTER.matcher(after).find()) {
            return;
        }
        if (STREET.matcher(last).matches() && HOUSE_NUMBER.matcher(after).find()) {
            out.add(as(raw, begin, end, "LOCATION"));
            return;
        }
        if (CODE_BEFORE.matcher(before).find() || CODE_AFTER.matcher(after).find()
                || PRODUCT_LABEL_OR_QUANTITY_BEFORE.matcher(before).find()) {
            out.add(as(raw, begin, end, PRODUCT));
            return;
        }
        if (words.size() == 1 && JOB_TITLE_BEFORE.matcher(before).find()) {
            return;
        }
        // A place followed by an identifier's prefix or by site words: keep the place.
        int kept = words.size();
        boolean identifier = NUMBER_AFTER.matcher(after).find();
        while (kept > 1) {
            String word = text.substring(words.get(kept - 1)[0], words.get(kept - 1)[1]);
            boolean prefix = identifier && kept == words.size() && IDENTIFIER_PREFIX.matcher(word).matches();
            if (!prefix && !SITE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            kept--;
        }
        int placeEnd = words.get(kept - 1)[1];
        String name = text.substring(begin, placeEnd);
        if (PlaceNames.isPlace(name) && (kept < words.size() || standsForPlace(before, text.substring(placeEnd)))) {
            out.add(as(raw, begin, placeEnd, "LOCATION"));
            return;
        }
        out.add(as(raw, begin, end, TYPE));
    }

    /** Context where a place name is a place: after "in", "Address:" or a comma; before ", Country" or "plant". */
    private static boolean standsForPlace(String before, String rest) {
        String after = lineAfter(rest, 0);
        if (PLACE_BEFORE.matcher(before).find() || SITE_AFTER.matcher(after).find()) {
            return true;
        }
        Matcher next = PLACE_AFTER.matcher(after);
        return next.find() && PlaceNames.isPlace(next.group(1));
    }

    private static MentionValues.Raw as(MentionValues.Raw raw, int begin, int end, String type) {
        return new MentionValues.Raw(raw.sentence(), begin, end, type, type.equals(raw.type()) ? raw.nerNormalized() : null,
                raw.source());
    }

    private static int[] trim(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return begin < end ? new int[] {begin, end} : null;
    }

    /** [begin, end) of each whitespace-separated word in the range. */
    private static List<int[]> words(String text, int begin, int end) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = begin; i <= end; i++) {
            boolean space = i == end || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        return words;
    }

    private static String lineBefore(String text, int begin) {
        int from = begin;
        while (from > 0 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r' && begin - from < 200) {
            from--;
        }
        return text.substring(from, begin);
    }

    private static String lineAfter(String text, int end) {
        int to = end;
        while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r' && to - end < 200) {
            to++;
        }
        return text.substring(end, to);
    }
}
