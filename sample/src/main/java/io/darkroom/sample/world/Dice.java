package io.darkroom.sample.world;

import java.util.List;
import java.util.Random;

/**
 * The only source of randomness: one seeded {@link Random} per named stream, so that adding a new
 * kind of document never shifts the choices (and bytes) of the existing kinds.
 */
public final class Dice {
    private final Random random;

    private Dice(Random random) {
        this.random = random;
    }

    /** A stream of choices that depends only on the corpus seed and the stream's name. */
    public static Dice stream(long seed, String name) {
        return new Dice(new Random(seed * 1_000_003L + name.hashCode()));
    }

    public int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    public double unit() {
        return random.nextDouble();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    public final <T> T pickOf(T... options) {
        return options[random.nextInt(options.length)];
    }

    public void fill(byte[] bytes) {
        random.nextBytes(bytes);
    }
}
