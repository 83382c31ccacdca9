package io.darkroom.nlq.resolve;

/** "more than 5,000", "between 10 and 20", "at least 3": a comparison with its place in the text. */
public record NumberCondition(Op op, double low, double high, int start, int end) {
    public enum Op {
        GT(">"), GE(">="), LT("<"), LE("<="), EQ("="), BETWEEN("BETWEEN");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
