package dev.rxray.analysis.variance;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.oracle.AutoTraitProbe;
import dev.rxray.oracle.Condition;
import dev.rxray.oracle.TypeFacts;
import dev.rxray.oracle.VarianceGolden;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares the analysis of one sample with rustc's golden, fact by fact: variance per type, E0392 errors, every
 * answered auto-trait probe (by instantiating the probe type) and the summary conditions. Returns the facts that
 * differ, each as one readable line; an empty list is a pass. Also counts the facts compared.
 */
final class GoldenComparison {

    record Outcome(int compared, List<String> mismatches) {
    }

    private GoldenComparison() {
    }

    static Outcome compare(Path sample, Path golden) {
        String text;
        try {
            text = Files.readString(sample, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TypesReport report = TypesAnalysis.run(RustSyntax.parse(SourceFile.of(sample.toString(), text)).crate());
        List<String> diffs = new ArrayList<>();
        int compared = 0;
        List<TypeFacts> expected = VarianceGolden.read(golden).types();
        List<String> names = report.types().stream().map(t -> t.declaration().kind().keyword() + " "
                + t.declaration().name()).toList();
        List<String> expectedNames = expected.stream().map(t -> t.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " " + t.name()).toList();
        compared++;
        if (!names.equals(expectedNames)) {
            diffs.add("types: expected " + expectedNames + " but found " + names);
            return new Outcome(compared, diffs);
        }
        for (int i = 0; i < expected.size(); i++) {
            TypeFacts want = expected.get(i);
            TypeReport got = report.types().get(i);
            String who = want.name() + ": ";
            compared++;
            String wantVariance = "[" + want.variance().stream().map(p -> p.param() + ": " + p.variance().symbol())
                    .collect(Collectors.joining(", ")) + "]";
            if (!wantVariance.equals(got.variance().rustcNotation())) {
                diffs.add(who + "variance " + got.variance().rustcNotation() + ", rustc " + wantVariance);
            }
            compared++;
            List<String> wantErrors = want.errors().stream().map(e -> e.code() + " " + e.message()).toList();
            List<String> gotErrors = got.variance().errors().stream().map(e -> e.code() + " " + e.message())
                    .toList();
            if (!wantErrors.equals(gotErrors)) {
                diffs.add(who + "errors " + gotErrors + ", rustc " + wantErrors);
            }
            for (AutoTrait trait : AutoTrait.values()) {
                Condition condition = want.condition(oracle(trait));
                if (condition instanceof Condition.Unknown) {
                    continue;
                }
                compared++;
                String wantText = compact(condition);
                String gotText = got.autoTraits().answer(trait).compact();
                if (!wantText.equals(gotText)) {
                    diffs.add(who + trait.rustName() + "=" + gotText + ", rustc " + wantText + " ("
                            + got.autoTraits().answer(trait).reason() + ")");
                }
            }
            for (AutoTraitProbe probe : want.probes()) {
                if (!(probe instanceof AutoTraitProbe.Answered answered)) {
                    continue;
                }
                var evaluated = report.evaluate(answered.type());
                compared++;
                if (evaluated.isEmpty()) {
                    diffs.add(who + "probe type does not parse: " + answered.type());
                    continue;
                }
                for (AutoTrait trait : AutoTrait.values()) {
                    TraitAnswer a = evaluated.get().get(trait);
                    boolean wantYes = answered.has(oracle(trait));
                    String gotText = a.text();
                    if (!gotText.equals(wantYes ? "yes" : "no")) {
                        diffs.add(who + answered.type() + " " + trait.rustName() + "=" + gotText + ", rustc "
                                + (wantYes ? "yes" : "no") + " (" + a.reason() + ")");
                    }
                }
            }
        }
        return new Outcome(compared, diffs);
    }

    static dev.rxray.oracle.AutoTrait oracle(AutoTrait trait) {
        return switch (trait) {
            case SEND -> dev.rxray.oracle.AutoTrait.SEND;
            case SYNC -> dev.rxray.oracle.AutoTrait.SYNC;
            case UNPIN -> dev.rxray.oracle.AutoTrait.UNPIN;
        };
    }

    static String compact(Condition c) {
        return switch (c) {
            case Condition.Always a -> "yes";
            case Condition.Never n -> "no";
            case Condition.Unknown u -> "unknown";
            case Condition.When w -> "if(" + w.requirements().stream().map(r -> r.param() + ":"
                    + r.traits().stream().map(dev.rxray.oracle.AutoTrait::rustName).collect(Collectors.joining("+")))
                    .collect(Collectors.joining(",")) + ")";
        };
    }

}
