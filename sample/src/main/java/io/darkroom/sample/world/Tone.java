package io.darkroom.sample.world;

/** The sentiment a text is written in; planted so that sentiment analysis has a known answer. */
public enum Tone {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** Everyday mix: a third negative, the rest neutral or positive. */
    public static Tone everyday(Dice dice) {
        double u = dice.unit();
        return u < 0.33 ? NEGATIVE : u < 0.75 ? NEUTRAL : POSITIVE;
    }
}
