package io.darkroom.analytics.feed;

import io.darkroom.analytics.insight.Grain;
import io.darkroom.analytics.insight.MeasureSeries;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.analytics.insight.Subject;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VolumeDriversTest {
    private static final Subject TICKETS = new Subject(new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null,
            List.of()), List.of(), "tickets", "best_date", List.of("field_product"));
    private static final List<LocalDate> MONTHS = months(8);

    @Test
    void theSegmentWhoseSpikesAreTheTotalsIsItsDriverThoughNotItsLargestPart() {
        // A steady large product and a small one that spikes twice: the spikes are the total's ups and downs.
        MeasureSeries steady = series("steady", 20, 21, 19, 20, 20, 21, 19, 20);
        MeasureSeries spiky = series("spiky", 2, 2, 15, 2, 2, 2, 14, 2);
        MeasureSeries total = sum(steady, spiky);
        List<VolumeDrivers.Driver> drivers = VolumeDrivers.of(total, List.of(steady, spiky));
        assertThat(drivers).extracting(d -> d.segment().conditions().get(0).value()).containsExactly("spiky");
        VolumeDrivers.Driver d = drivers.get(0);
        assertThat(d.variationShare()).isGreaterThan(0.9);
        assertThat(d.volumeShare()).isCloseTo(41.0 / 201, within(1e-9));
    }

    @Test
    void segmentsThatMoveInProportionToTheirSizeDriveNothing() {
        MeasureSeries a = series("a", 10, 20, 10, 20, 10, 20, 10, 20);
        MeasureSeries b = series("b", 5, 10, 5, 10, 5, 10, 5, 10);
        assertThat(VolumeDrivers.of(sum(a, b), List.of(a, b))).isEmpty();
        MeasureSeries flat = series("flat", 4, 4, 4, 4, 4, 4, 4, 4);
        assertThat(VolumeDrivers.of(flat, List.of(flat))).as("no variation to explain").isEmpty();
        MeasureSeries shortOne = new MeasureSeries(TICKETS, Segment.of("field_product", "x"), Grain.MONTH, MONTHS.subList(0, 5),
                new double[] {1, 9, 1, 9, 1}, 5, 21);
        assertThat(VolumeDrivers.of(shortOne, List.of(shortOne))).as("too few periods").isEmpty();
    }

    private static MeasureSeries series(String product, double... v) {
        return new MeasureSeries(TICKETS, Segment.of("field_product", product), Grain.MONTH, MONTHS, v, v.length, (long) java.util.Arrays.stream(v).sum());
    }

    private static MeasureSeries sum(MeasureSeries a, MeasureSeries b) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.value(i) + b.value(i);
        }
        return new MeasureSeries(TICKETS, null, Grain.MONTH, MONTHS, v, v.length, a.rows() + b.rows());
    }

    private static List<LocalDate> months(int n) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(LocalDate.of(2024, 1, 1).plusMonths(i));
        }
        return out;
    }
}
