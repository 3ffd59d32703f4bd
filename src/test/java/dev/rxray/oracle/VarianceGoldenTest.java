package dev.rxray.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The recorded variance goldens, read through {@link VarianceGolden}, match the declarations in their samples. */
class VarianceGoldenTest {

    private static final Pattern DECLARATION =
            Pattern.compile("(?m)^\\s*(?:pub(?:\\([^)]*\\))?\\s+)?(struct|enum|union)\\s+(\\w+)");

    static List<Path> varianceSamples() {
        return GoldenCorpus.samples(GoldenCorpus.VARIANCE_TOPICS);
    }

    @ParameterizedTest
    @MethodSource("varianceSamples")
    void everyDeclaredTypeHasItsFactsInSourceOrder(Path sample) throws IOException {
        Path golden = VarianceGolden.besides(sample);
        assertThat(golden).as("run src/scripts/record-goldens.sh").exists();
        String source = Files.readString(sample, StandardCharsets.UTF_8);
        List<String> declared = new java.util.ArrayList<>();
        Matcher m = DECLARATION.matcher(source);
        while (m.find()) {
            declared.add(m.group(1) + " " + m.group(2));
        }
        List<String> recorded = VarianceGolden.read(golden).types().stream()
                .map(t -> t.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + t.name()).toList();
        assertThat(recorded).containsExactlyElementsOf(declared);
    }

    @ParameterizedTest
    @MethodSource("varianceSamples")
    void varianceNamesTheDeclaredParametersInOrder(Path sample) throws IOException {
        String source = Files.readString(sample, StandardCharsets.UTF_8);
        for (TypeFacts t : VarianceGolden.read(VarianceGolden.besides(sample)).types()) {
            int at = source.indexOf(t.name(), source.indexOf(t.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + t.name()));
            String afterName = source.substring(at + t.name().length());
            int from = 0;
            for (ParamVariance p : t.variance()) {
                int found = afterName.indexOf(p.param(), from);
                assertThat(found).as("%s declares %s after the previous parameter", t.name(), p.param())
                        .isGreaterThanOrEqualTo(from);
                from = found + p.param().length();
            }
            if (t.variance().isEmpty()) {
                assertThat(afterName.stripLeading()).as(t.name() + " has no generics").doesNotStartWith("<");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("varianceSamples")
    void probesStartFromTheBaseInstantiationAndSummariesAgreeWithIt(Path sample) {
        for (TypeFacts t : VarianceGolden.read(VarianceGolden.besides(sample)).types()) {
            assertThat(t.probes()).as(t.name()).isNotEmpty();
            AutoTraitProbe base = t.probes().getFirst();
            assertThat(base).as(t.name() + ": u8 for every type parameter")
                    .isInstanceOf(AutoTraitProbe.Answered.class);
            AutoTraitProbe.Answered answered = (AutoTraitProbe.Answered) base;
            for (AutoTrait trait : AutoTrait.values()) {
                Condition condition = t.condition(trait);
                switch (condition) {
                    case Condition.Always() -> assertThat(answered.has(trait)).as(t.name()).isTrue();
                    case Condition.Never() -> assertThat(answered.has(trait)).as(t.name()).isFalse();
                    case Condition.When(List<Condition.Requirement> requirements) -> {
                        assertThat(answered.has(trait)).as(t.name()).isTrue();
                        assertThat(requirements).extracting(Condition.Requirement::param)
                                .allMatch(p -> t.variance().stream().anyMatch(v -> v.param().equals(p)));
                    }
                    case Condition.Unknown() -> throw new AssertionError(t.name() + ": " + trait + " unknown");
                }
            }
        }
    }

    @Test
    void someTypesDependOnTheirParametersAndSomeNeverHaveATrait() {
        List<TypeFacts> all = varianceSamples().stream()
                .flatMap(s -> VarianceGolden.read(VarianceGolden.besides(s)).types().stream()).toList();
        assertThat(all).anySatisfy(t -> assertThat(t.condition(AutoTrait.SEND)).isInstanceOf(Condition.When.class));
        assertThat(all).anySatisfy(t -> assertThat(t.condition(AutoTrait.SYNC)).isInstanceOf(Condition.Never.class));
        assertThat(all).anySatisfy(t -> assertThat(t.variance()).extracting(ParamVariance::variance)
                .contains(Variance.CONTRAVARIANT));
    }

    @Test
    void aSharedReferenceIsSendOnlyWhenItsTargetIsSync() {
        TypeFacts iter = VarianceGolden.read(
                        VarianceGolden.besides(GoldenCorpus.samplesRoot().resolve("variance/recursive_list.rs")))
                .type("Iter").orElseThrow();
        assertThat(iter.variance()).containsExactly(new ParamVariance("'a", Variance.COVARIANT),
                new ParamVariance("T", Variance.COVARIANT));
        assertThat(iter.condition(AutoTrait.SEND)).isEqualTo(new Condition.When(
                List.of(new Condition.Requirement("T", List.of(AutoTrait.SYNC)))));
    }
}
