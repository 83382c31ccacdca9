package io.darkroom.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTest {
    @Test
    void citiesCountriesAndStatesFromCoreNlpsGazetteerArePlacesWhateverTheirCaseAndSpacing() {
        assertThat(PlaceNames.isPlace("Leeds")).isTrue();
        assertThat(PlaceNames.isPlace("STUTTGART")).isTrue();
        assertThat(PlaceNames.isPlace("United  Kingdom")).isTrue();
        assertThat(PlaceNames.isPlace("California")).isTrue();
    }

    @Test
    void companyWordsDerivedFormsAndBlanksAreNotPlaces() {
        assertThat(PlaceNames.isPlace("Operations")).isFalse();
        assertThat(PlaceNames.isPlace("Northgate Utilities")).isFalse();
        assertThat(PlaceNames.isPlace("leeds-based")).isFalse();
        assertThat(PlaceNames.isPlace(" ")).isFalse();
        assertThat(PlaceNames.isPlace(null)).isFalse();
    }
}
