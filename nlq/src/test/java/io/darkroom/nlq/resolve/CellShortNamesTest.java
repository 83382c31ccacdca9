package io.darkroom.nlq.resolve;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.ValueCount;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.analyze.QuestionAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells are found by the shorter names people use for them; a bare "top" asks for one or five by the noun's number. */
class CellShortNamesTest {
    private static final String CLUBS = "datasets/clubs";
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new PlainTokens(), LocalDate.of(2024, 6, 30));
    private final CatalogResolver resolver = new CatalogResolver(new CatalogIndex(catalog()));

    private Resolution resolve(String q) {
        return resolver.resolve(analyzer.analyze(q));
    }

    private List<String> values(String q) {
        return resolve(q).matches().stream().flatMap(m -> m.targetsOf(Target.ValueTarget.class).stream())
                .map(Target.ValueTarget::value).toList();
    }

    @Test
    void aCellIsFoundWithoutItsBracketedNotes() {
        assertThat(values("which city is wolfe tones from")).containsExactly("Wolfe Tones (GAA)");
        assertThat(values("titles of crettyard")).containsExactly("Crettyard [2]");
    }

    @Test
    void aCommaListCellIsFoundByEachOfItsParts() {
        assertThat(values("clubs in bangkok")).containsExactly("Bangkok, Thailand");
        assertThat(values("clubs in thailand")).containsExactlyInAnyOrder("Bangkok, Thailand", "Chiang Mai, Thailand");
    }

    @Test
    void theWholeCellNameStillWinsOverAPartOfAnother() {
        assertThat(values("clubs in carlow")).containsExactly("Carlow");
    }

    @Test
    void valuePartsSkipDigitsStopWordsAndSingleLetters() {
        assertThat(CatalogIndex.valueParts("1998, 1999")).isEmpty();
        assertThat(CatalogIndex.valueParts("A, the, Paris")).containsExactly("Paris");
        assertThat(CatalogIndex.valueParts("Gånghesters SK (D4)")).containsExactly("Gånghesters SK");
    }

    @Test
    void bareTopAsksForOneWhenItsNounIsSingularAndFiveWhenPlural() {
        assertThat(resolve("who was the top ranked club").rank().n()).isEqualTo(1);
        assertThat(resolve("the top club by titles").rank().n()).isEqualTo(1);
        assertThat(resolve("the top clubs by titles").rank().n()).isEqualTo(5);
        assertThat(resolve("top 3 clubs by titles").rank().n()).isEqualTo(3);
    }

    private static Catalog catalog() {
        List<ValueCount> cities = List.of(new ValueCount("Bangkok, Thailand", 1), new ValueCount("Chiang Mai, Thailand", 1),
                new ValueCount("Carlow", 1), new ValueCount("Carlow, Ireland", 1));
        List<ValueCount> names = List.of(new ValueCount("Wolfe Tones (GAA)", 1), new ValueCount("Crettyard [2]", 1));
        CatalogTable clubs = new CatalogTable(CLUBS, "clubs", "clubs.csv", 4, List.of(
                new ColumnProfile("club", "club", ColumnType.STRING, 0, 2, null, null, names),
                new ColumnProfile("city", "city", ColumnType.STRING, 0, 4, null, null, cities),
                new ColumnProfile("titles", "titles", ColumnType.INTEGER, 0, 4, "1", "9", List.of())),
                List.of(new Measure("clubs__count", "number of clubs", CLUBS, Aggregation.COUNT, null, null, null, List.of("clubs", "count")),
                        new Measure("clubs__total_titles", "total titles", CLUBS, Aggregation.SUM, "titles", null, null, List.of())),
                List.of());
        return new Catalog(1, Instant.parse("2024-07-01T00:00:00Z"), List.of(clubs), List.of(), Map.of());
    }
}
