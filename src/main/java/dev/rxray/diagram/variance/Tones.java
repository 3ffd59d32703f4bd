package dev.rxray.diagram.variance;

import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.variance.Variance;
import dev.rxray.diagram.EdgeKind;
import dev.rxray.diagram.Tone;

/** How variances and trait answers are coloured: one mapping shared by the table and the graph. */
final class Tones {

    private Tones() {
    }

    static Tone of(Variance variance) {
        return switch (variance) {
            case COVARIANT -> Tone.COVARIANT;
            case CONTRAVARIANT -> Tone.CONTRAVARIANT;
            case INVARIANT -> Tone.INVARIANT;
            case BIVARIANT -> Tone.BIVARIANT;
        };
    }

    static EdgeKind edge(Variance variance) {
        return switch (variance) {
            case COVARIANT -> EdgeKind.COVARIANT;
            case CONTRAVARIANT -> EdgeKind.CONTRAVARIANT;
            case INVARIANT -> EdgeKind.INVARIANT;
            case BIVARIANT -> EdgeKind.BIVARIANT;
        };
    }

    static Tone of(TraitAnswer answer) {
        return switch (answer) {
            case TraitAnswer.Yes y -> Tone.YES;
            case TraitAnswer.No n -> Tone.NO;
            case TraitAnswer.If i -> Tone.CONDITIONAL;
            case TraitAnswer.Unknown u -> Tone.MUTED;
        };
    }
}
