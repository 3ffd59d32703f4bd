package dev.rxray.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Constants shared by the DOT writers: the fonts Graphviz can measure, and number formatting. */
final class Dot {
    /**
     * Graphviz measures text with built-in metrics for exactly these PostScript families when no font library is
     * present (the embedded engine), so labels always use them; the PNG and PDF painters use metric-compatible or
     * width-fitted fonts, so text never overflows its box.
     */
    static final String SANS = "Helvetica";
    static final String MONO = "Courier";

    private Dot() {
    }

    /** Locale-independent, shortest form: 12 -> "12", 1.25 -> "1.25". */
    static String number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
