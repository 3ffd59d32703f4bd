package dev.rxray.analysis.variance.chooser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import org.junit.jupiter.api.Test;

class SubtypingTest {
    private static final TypesReport FILE = TypesAnalysis.run(RustSyntax.parse(SourceFile.of("s.rs", """
            use std::cell::Cell;
            struct Foo<'a> { r: &'a str }
            struct Holder<T> { t: T }
            struct Slot<'a> { c: Cell<&'a str> }
            struct Sink<'a> { f: fn(&'a str) }
            struct Pair<'a, T> { r: &'a T }
            """)).crate());

    private static Verdict ask(String given, String expected) {
        return Subtyping.canUse(FILE, given, expected);
    }

    @Test
    void aLongerLifetimeFitsACovariantParameter() {
        Verdict v = ask("Foo<'static>", "Foo<'a>");
        assertThat(v).isInstanceOf(Verdict.Yes.class);
        assertThat(v.reasons().getFirst()).contains("covariant").contains("'static outlives 'a");
        assertThat(ask("Foo<'a>", "Foo<'static>")).isInstanceOf(Verdict.No.class);
    }

    @Test
    void invariantAndContravariantParameters() {
        assertThat(ask("Slot<'static>", "Slot<'a>").text()).isEqualTo("no");
        assertThat(ask("Slot<'a>", "Slot<'a>").text()).isEqualTo("yes");
        assertThat(ask("Sink<'a>", "Sink<'static>").text()).isEqualTo("yes");
        assertThat(ask("Sink<'static>", "Sink<'a>").text()).isEqualTo("no");
    }

    @Test
    void lifetimesInsideTypeArgumentsComposeWithTheirPosition() {
        assertThat(ask("Holder<fn(&'a ())>", "Holder<fn(&'static ())>").text()).isEqualTo("yes");
        assertThat(ask("Holder<fn(&'static ())>", "Holder<fn(&'a ())>").text()).isEqualTo("no");
        assertThat(ask("Holder<&'static str>", "Holder<&'a str>").text()).isEqualTo("yes");
        assertThat(ask("Holder<Cell<&'static str>>", "Holder<Cell<&'a str>>").text()).isEqualTo("no");
        assertThat(ask("Pair<'x, &'static u8>", "Pair<'y, &'b u8>").text()).isEqualTo("only if 'x: 'y");
    }

    @Test
    void twoNamedLifetimesGiveACondition() {
        Verdict v = ask("Foo<'a>", "Foo<'b>");
        assertThat(v).isInstanceOf(Verdict.OnlyIf.class);
        assertThat(v.text()).isEqualTo("only if 'a: 'b");
        assertThat(ask("Slot<'a>", "Slot<'b>").text()).isEqualTo("only if 'a: 'b, 'b: 'a");
    }

    @Test
    void nonsenseIsANoWithAReason() {
        assertThat(ask("Foo<'a>", "Bar<'a>").reasons().getFirst()).contains("different types");
        assertThat(ask("Nope<'a>", "Nope<'a>").reasons().getFirst()).contains("no struct");
        assertThat(ask("Foo<'a, 'b>", "Foo<'a, 'b>")).isInstanceOf(Verdict.No.class);
        assertThat(ask("Holder<u8>", "Holder<u16>").text()).isEqualTo("no");
        for (String junk : new String[] {"", "<", "Foo<", "Foo<'a>>", "Foo<(>", "123"}) {
            assertThat(ask(junk, "Foo<'a>")).isInstanceOf(Verdict.No.class);
        }
    }
}
