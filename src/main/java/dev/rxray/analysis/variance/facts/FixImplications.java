package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.variance.ParamKind;
import dev.rxray.analysis.variance.PhantomFix;
import dev.rxray.analysis.variance.UnusedParameter;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.Map;

/**
 * What adding one {@code PhantomData} fix implies beyond variance: the auto traits it gives the type (as a
 * condition on the parameter) and whether the type then owns the parameter for drop check. Computed by running the
 * same passes on a one-field struct holding the fix, so it cannot disagree with the analysis of real types.
 */
public record FixImplications(PhantomFix fix, Map<AutoTrait, TraitAnswer> autoTraits, boolean ownsForDropCheck) {

    public FixImplications {
        autoTraits = Map.copyOf(autoTraits);
    }

    public static FixImplications of(UnusedParameter error, PhantomFix fix) {
        String param = error.param();
        String source = "use std::cell::Cell;\nuse std::marker::PhantomData;\nstruct Fixed<" + param + "> { marker: "
                + fix.field() + " }\n";
        TypesReport report = TypesAnalysis.run(RustSyntax.parse(SourceFile.of("fix.rs", source)).crate());
        TypeReport fixed = report.types().getFirst();
        boolean owns = error.kind() == ParamKind.TYPE && fixed.drop().owns().contains(param);
        return new FixImplications(fix, fixed.autoTraits().answers(), owns);
    }
}
