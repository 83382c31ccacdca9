package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.Segment;

import java.util.Objects;

/**
 * One segment that explains the target, with every number a sentence needs: "tickets about billing
 * from region North are 3.4x as likely to be negative (34 % against 10 %); 41 % of all negative
 * tickets".
 *
 * @param segment              1-3 conditions
 * @param rows                 rows in the segment
 * @param outliers             outlier rows in the segment (negative tickets; amounts above the threshold)
 * @param value                the segment's outlier rate (outcome) or mean of the target (continuous)
 * @param control              the same for all rows outside the segment
 * @param effectRatio          value / control: "3.4x as likely", "1.8x higher"; NaN when the control is not positive
 * @param riskRatio            outlier rate in the segment / outside it (equals effectRatio for an outcome)
 * @param contribution         outcome: outlier rows in the segment; continuous: the segment's excess over the
 *                             overall mean, rows x (segment mean - overall mean), signed so that positive means
 *                             towards the explained end, in the target's unit
 * @param relativeContribution contribution as a share of the whole: of all outliers (outcome), of the total
 *                             excess, the sum of every row's distance beyond the mean on the explained side
 *                             (continuous)
 * @param support              share of all outliers that fall in the segment (MacroBase's support)
 * @param pValue               two-sided, segment against the rest: Fisher's exact (outcome) or Welch's t (continuous),
 *                             adjusted (Benjamini-Hochberg) for the number of segments tested
 * @param score                the ranking key: the share of all outliers attributable to the segment,
 *                             support x (1 - 1 / riskRatio) (the population attributable fraction): how many
 *                             outliers would go if the segment behaved like the rest. It rewards strength and
 *                             breadth together, in 0..1
 */
public record KeyDriver(Segment segment, long rows, long outliers, double value, double control, double effectRatio,
                        double riskRatio, double contribution, double relativeContribution, double support,
                        double pValue, double score) {
    public KeyDriver {
        Objects.requireNonNull(segment, "segment");
        if (pValue < 0 || pValue > 1) {
            throw new IllegalArgumentException("Cannot report driver " + segment + ": p-value " + pValue
                    + " is not a probability");
        }
    }

    /** 1 - p-value: the confidence that the segment differs from the rest. */
    public double confidence() {
        return 1 - pValue;
    }
}
