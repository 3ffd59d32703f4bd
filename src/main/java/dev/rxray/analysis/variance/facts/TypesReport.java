package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.AutoTraitSolver;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.autotraits.TypeAutoTraits;
import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.analysis.variance.TypeText;
import dev.rxray.syntax.tree.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts of every struct, enum and union of one file, in source order, and the means to instantiate them. */
public record TypesReport(FileTypes file, List<TypeReport> types) {

    public TypesReport {
        types = List.copyOf(types);
    }

    public static TypesReport empty() {
        return new TypesReport(new FileTypes(List.of(), List.of()), List.of());
    }

    public Optional<TypeReport> type(String name) {
        return types.stream().filter(t -> t.declaration().name().equals(name)).findFirst();
    }

    /** Send, Sync and Unpin of a concrete type over this file's types. */
    public Map<AutoTrait, TraitAnswer> evaluate(Type type) {
        List<TypeAutoTraits> solved = types.stream().map(TypeReport::autoTraits).toList();
        return AutoTraitSolver.evaluate(type, file, solved);
    }

    /** The same for a type written as text; empty when the text is not one type. */
    public Optional<Map<AutoTrait, TraitAnswer>> evaluate(String typeText) {
        return TypeText.parse(typeText).map(this::evaluate);
    }
}
