package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationReviewTest {
    /** The CRF's ORGANIZATION mention of {@code surface} (first occurrence) in {@code text}, reviewed: "TYPE:text" each. */
    private static List<String> review(String text, String surface) {
        int begin = text.indexOf(surface);
        assertThat(begin).as("'%s' in the test text", surface).isNotNegative();
        return OrganizationReview.review(new MentionValues.Raw(0, begin, begin + surface.length(), "ORGANIZATION",
                null, "ner"), text).stream().map(r -> r.type() + ":" + text.substring(r.begin(), r.end())).toList();
    }

    @Test
    void aStreetBeforeItsHouseNumberIsAnAddress() {
        assertThat(review("Kestrel Fluidtech GmbH, Industriestrasse 14, 70565 Stuttgart", "Industriestrasse"))
                .containsExactly("LOCATION:Industriestrasse");
        assertThat(review("Our office: Baker Street 221b, London", "Baker Street"))
                .containsExactly("LOCATION:Baker Street");
    }

    @Test
    void aPlaceBeforeARegisterNumberOrASiteWordIsThePlace() {
        assertThat(review("Commercial register Stuttgart HRB 734112", "Stuttgart HRB")).containsExactly("LOCATION:Stuttgart");
        assertThat(review("Location: Stuttgart HQ, room Neckar", "Stuttgart HQ")).containsExactly("LOCATION:Stuttgart");
    }

    @Test
    void aPlaceAloneIsAPlaceWhereAddressesPutIt() {
        assertThat(review("Address: Leeds, United Kingdom", "Leeds")).containsExactly("LOCATION:Leeds");
        assertThat(review("The pump at our Utrecht plant failed.", "Utrecht")).containsExactly("LOCATION:Utrecht");
    }

    @Test
    void aMentionOverALineBreakIsCutAndTheFieldLabelDropped() {
        String text = "Customer: Brightwater Logistics Ltd, Hamburg\nContact: Daniel Moreau";
        assertThat(review(text, "Hamburg\nContact")).containsExactly("LOCATION:Hamburg");
    }

    @Test
    void aNameNextToAnItemCodeIsAProduct() {
        assertThat(review("AS-40    AeroSeal Valve    21    EUR 365.75", "AeroSeal Valve"))
                .containsExactly("MISC:AeroSeal Valve");
        assertThat(review("The Supplier delivers ClearFlow Filter Unit units (article CF-12) on call-off orders.",
                "ClearFlow Filter Unit")).containsExactly("MISC:ClearFlow Filter Unit");
    }

    @Test
    void oneWordAfterAJobTitleIsADepartmentAndIsDropped() {
        assertThat(review("Nina Lehmann\nHead of Operations, Northgate Utilities plc", "Operations")).isEmpty();
    }

    @Test
    void realOrganisationsStayOrganisations() {
        assertThat(review("We met Siemens Energy in Berlin to discuss the framework.", "Siemens Energy"))
                .containsExactly("ORGANIZATION:Siemens Energy");
        assertThat(review("The order from Manchester United arrived in 2024.", "Manchester United"))
                .containsExactly("ORGANIZATION:Manchester United");
        // A place name without a place's context may be a company named after it.
        assertThat(review("Phoenix reported strong results.", "Phoenix")).containsExactly("ORGANIZATION:Phoenix");
        assertThat(review("IBM 2024 annual report", "IBM")).containsExactly("ORGANIZATION:IBM");
    }

    @Test
    void aNameAfterAProductLabelOrAQuantityIsAProductAndSoIsTheSameNameElsewhereInTheDocument() {
        assertThat(review("Product: AeroSeal Valve\nRegion: West", "AeroSeal Valve")).containsExactly("MISC:AeroSeal Valve");
        assertThat(review("When will order PO-66958 (41 x AeroSeal Valve) arrive?", "AeroSeal Valve"))
                .containsExactly("MISC:AeroSeal Valve");
        assertThat(review("Please confirm purchase order PO-78708 for 31 units of the AeroSeal Valve.", "AeroSeal Valve"))
                .containsExactly("MISC:AeroSeal Valve");

        String text = "Product: AeroSeal Valve\nTerrible experience with the AeroSeal Valve. Regards, Acme Logistics";
        int second = text.lastIndexOf("AeroSeal Valve");
        int acme = text.indexOf("Acme Logistics");
        List<MentionValues.Raw> reviewed = OrganizationReview.sameNameAsProducts(List.of(
                new MentionValues.Raw(0, 9, 23, "MISC", null, "ner"),
                new MentionValues.Raw(1, second, second + 14, "ORGANIZATION", null, "ner"),
                new MentionValues.Raw(1, acme, acme + 14, "ORGANIZATION", null, "ner")), text);
        assertThat(reviewed).extracting(MentionValues.Raw::type).containsExactly("MISC", "MISC", "ORGANIZATION");
    }

    @Test
    void aNameWrappedOntoTheNextLineStaysOneName() {
        String text = "frankly we are losing confidence in Kestrel\nFluidtech Systems. Kind regards";
        assertThat(review(text, "Kestrel\nFluidtech Systems")).containsExactly("ORGANIZATION:Kestrel\nFluidtech Systems");
    }

    @Test
    void aFormsProductFieldMakesTheNameAProductEvenWhereTheTaggerMissedTheField() {
        String text = "Customer: Acme Logistics, Leeds\nProduct: SenseIQ Flow Sensor\nDescription\nThe SenseIQ Flow Sensor broke.";
        int at = text.lastIndexOf("SenseIQ Flow Sensor");
        List<MentionValues.Raw> reviewed = OrganizationReview.sameNameAsProducts(List.of(
                new MentionValues.Raw(2, at, at + 19, "ORGANIZATION", null, "ner")), text);
        assertThat(reviewed).extracting(MentionValues.Raw::type).containsExactly("MISC");
    }
}
