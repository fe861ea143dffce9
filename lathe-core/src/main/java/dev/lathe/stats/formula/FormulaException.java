package dev.lathe.stats.formula;

/** A formula that cannot be parsed or applied; the message gives the 1-based position of the fault. */
public final class FormulaException extends IllegalArgumentException {

    /** @param message what is wrong and where */
    public FormulaException(String message) {
        super(message);
    }
}
