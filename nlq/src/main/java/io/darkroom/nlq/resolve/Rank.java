package io.darkroom.nlq.resolve;

/** "top 5", "the most", "lowest": which end of a ranking and how many; explicit when a number was given. */
public record Rank(boolean top, int n, boolean explicit, int start, int end) {
    public Rank {
        if (n < 1 || n > 1000) {
            throw new IllegalArgumentException("Cannot rank " + n + " items: use 1 to 1000");
        }
    }
}
