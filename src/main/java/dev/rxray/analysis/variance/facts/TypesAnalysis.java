package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.autotraits.AutoTraitSolver;
import dev.rxray.analysis.autotraits.TypeAutoTraits;
import dev.rxray.analysis.dropck.DropCheck;
import dev.rxray.analysis.dropck.DropFacts;
import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.analysis.variance.TypeVariance;
import dev.rxray.analysis.variance.VarianceSolver;
import dev.rxray.syntax.tree.Crate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the three type passes over one file, in order: {@link FileTypes#collect} (declarations and impls), then
 * {@link VarianceSolver}, {@link AutoTraitSolver} and {@link DropCheck}, each independent of the others.
 */
public final class TypesAnalysis {

    private TypesAnalysis() {
    }

    public static TypesReport run(Crate crate) {
        FileTypes file = FileTypes.collect(crate);
        List<TypeVariance> variance = VarianceSolver.solve(file);
        List<TypeAutoTraits> autoTraits = AutoTraitSolver.solve(file);
        List<DropFacts> drop = DropCheck.analyse(file);
        List<TypeReport> types = new ArrayList<>();
        for (int i = 0; i < variance.size(); i++) {
            types.add(new TypeReport(variance.get(i), autoTraits.get(i), drop.get(i)));
        }
        return new TypesReport(file, types);
    }
}
