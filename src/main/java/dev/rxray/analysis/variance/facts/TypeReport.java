package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.autotraits.TypeAutoTraits;
import dev.rxray.analysis.dropck.DropFacts;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.TypeVariance;

/** Everything the analyses say about one declared type: variance, auto traits and drop check. */
public record TypeReport(TypeVariance variance, TypeAutoTraits autoTraits, DropFacts drop) {

    public TypeDeclaration declaration() {
        return variance.declaration();
    }
}
