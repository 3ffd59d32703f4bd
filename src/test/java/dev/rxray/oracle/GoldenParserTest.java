package dev.rxray.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers on small hand-written goldens: every field lands where it should, malformed lines are refused. */
class GoldenParserTest {

    private static final Path FILE = Path.of("x.async.golden");

    @Test
    void readsACoroutineWithEveryKindOfSavedLocal() {
        AsyncGolden golden = AsyncGoldenParser.parse(FILE, List.of(
                "# comment",
                "# missing: {async fn body of never()} (not reachable from main?)",
                "coroutine {async block@x.rs:3:5: 3:15} body=3:5-6:6 size=40 align=8",
                "  upvar _ref__a size=8",
                "  send no await=4:20 value=2:9-2:10 type=Rc<RefCell<Vec<u8>>>",
                "  unpin no",
                "  state Unresumed",
                "  state Suspend0 await=4:20",
                "    local s size=24 at=2:9-2:10",
                "    local s size=? at=3:9-3:10",
                "    local .coroutine_field3 size=24 at=? type=String",
                "    local __awaitee size=8 at=4:9-4:25 type=Pin<Box<dyn Future<Output = u32>>>",
                "  state Returned",
                "  state Panicked"));
        assertThat(golden.missing()).containsExactly("{async fn body of never()} (not reachable from main?)");
        Coroutine c = golden.coroutines().getFirst();
        assertThat(c.kind()).isEqualTo(Coroutine.Kind.ASYNC_BLOCK);
        assertThat(c.body()).isEqualTo(new SourceSpan(new Position(3, 5), new Position(6, 6)));
        assertThat(c.upvars()).containsExactly(new Upvar("_ref__a", 8));
        assertThat(c.send()).isEqualTo(ProbeAnswer.NO);
        assertThat(c.sendBlockers()).containsExactly(new SendBlocker(new Position(4, 20),
                new SourceSpan(new Position(2, 9), new Position(2, 10)), "Rc<RefCell<Vec<u8>>>"));
        assertThat(c.unpin()).isEqualTo(ProbeAnswer.NO);
        State.Suspend s = c.suspends().getFirst();
        assertThat(s.await()).isEqualTo(new Position(4, 20));
        assertThat(s.namedLocals()).containsExactly("s", "s");
        assertThat(s.saved().get(0).knownSize()).hasValue(24);
        assertThat(s.saved().get(1).knownSize()).isEmpty();
        assertThat(s.saved().get(2).kind()).isEqualTo(SavedLocal.Kind.UNNAMED);
        assertThat(s.saved().get(2).span()).isEmpty();
        assertThat(s.awaitee().orElseThrow().type()).contains("Pin<Box<dyn Future<Output = u32>>>");
    }

    @Test
    void refusesMalformedAsyncGoldensWithTheLine() {
        assertThatThrownBy(() -> AsyncGoldenParser.parse(FILE, List.of("  state Unresumed")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining("x.async.golden:1");
        assertThatThrownBy(() -> AsyncGoldenParser.parse(FILE, List.of(
                "coroutine {async fn body of f()} body=1:1-2:2 size=1 align=1", "  state Suspend0")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining("await");
        assertThatThrownBy(() -> AsyncGoldenParser.parse(FILE, List.of(
                "coroutine {async fn body of f()} body=1:1-2:2 size=1 align=1", "  state Weird")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining("Weird");
        assertThatThrownBy(() -> AsyncGoldenParser.parse(FILE, List.of(
                "coroutine {async fn body of f() body=1:1-2:2 size=1 align=1")))
                .isInstanceOf(GoldenFormatException.class);
        assertThatThrownBy(() -> AsyncGoldenParser.parse(FILE, List.of(
                "coroutine {async fn body of f()} body=1:1-2:2 size=1 align=1", "  send yes await=1:1 type=u8")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining("send no");
        assertThatThrownBy(() -> AsyncGoldenParser.parse(FILE, List.of(
                "coroutine {async fn body of f()} body=1:1-2:2 size=1 align=1", "  state Unresumed", "  unpin no")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining("before the states");
    }

    @Test
    void readsVarianceProbesAndConditions() {
        VarianceGolden golden = VarianceGoldenParser.parse(FILE, List.of(
                "union Bits ['a: +, T: +]",
                "autotrait Bits<'static, u8> Send=yes Sync=yes Unpin=yes",
                "autotrait Bits<'static, std::rc::Rc<u8>> ill-formed: the trait bound `Rc<u8>: Copy` is not satisfied",
                "summary Bits Send=if(T:Send) Sync=if(T:Send+Sync) Unpin=unknown",
                "enum Empty []",
                "error Empty E0392 type parameter `T` is never used",
                "error Empty - type parameter `U` is only used recursively",
                "autotrait Empty Send=yes Sync=no Unpin=yes",
                "summary Empty Send=yes Sync=no Unpin=yes"));
        TypeFacts bits = golden.type("Bits").orElseThrow();
        assertThat(bits.kind()).isEqualTo(TypeFacts.Kind.UNION);
        assertThat(bits.variance()).extracting(ParamVariance::param).containsExactly("'a", "T");
        assertThat(bits.probes().get(1)).isInstanceOf(AutoTraitProbe.IllFormed.class);
        assertThat(bits.condition(AutoTrait.SYNC)).isEqualTo(new Condition.When(
                List.of(new Condition.Requirement("T", List.of(AutoTrait.SEND, AutoTrait.SYNC)))));
        assertThat(bits.condition(AutoTrait.UNPIN)).isEqualTo(new Condition.Unknown());
        TypeFacts empty = golden.type("Empty").orElseThrow();
        assertThat(empty.variance()).isEmpty();
        assertThat(empty.errors()).containsExactly(new TypeError("E0392", "type parameter `T` is never used"),
                new TypeError("", "type parameter `U` is only used recursively"));
        assertThat(((AutoTraitProbe.Answered) empty.probes().getFirst()).sync()).isFalse();
    }

    @Test
    void refusesMalformedVarianceGoldens() {
        assertThatThrownBy(() -> VarianceGoldenParser.parse(FILE, List.of("struct A [T: ?]", "summary A")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining(":1:");
        assertThatThrownBy(() -> VarianceGoldenParser.parse(FILE, List.of("struct A [T: +]")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining("no summary");
        assertThatThrownBy(() -> VarianceGoldenParser.parse(FILE, List.of(
                "struct A []", "summary A Send=maybe Sync=yes Unpin=yes")))
                .isInstanceOf(GoldenFormatException.class).hasMessageContaining("maybe");
    }

    @Test
    void readsDropCheckGoldensAndRefusesMalformedOnes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("d.dropck.golden"), String.join("\n",
                "# comment",
                "struct Stack",
                "  needs_drop Stack<u8> yes",
                "  needs_drop Stack<String> yes",
                "  drop_uses T Stack<__RxrayDrop<'a>> yes",
                "summary Stack glue=yes",
                "enum Holder",
                "  drop_uses 'a Holder<'a, String> no",
                "  drop_uses T Holder<'b, __RxrayDrop<'a>> confounded",
                "summary Holder glue=if(T)") + "\n");
        DropckGolden golden = DropckGolden.read(file);
        assertThat(golden.types()).extracting(DropckGolden.Type::name).containsExactly("Stack", "Holder");
        assertThat(golden.type("Holder").orElseThrow().usedAtDrop()).containsExactly(
                java.util.Map.entry("'a", "no"), java.util.Map.entry("T", "confounded"));
        assertThat(golden.type("Holder").orElseThrow().glue()).isEqualTo("if(T)");
        Path bad = java.nio.file.Files.writeString(dir.resolve("b.dropck.golden"), "struct A\n  drop_uses T A maybe\n");
        assertThatThrownBy(() -> DropckGolden.read(bad)).isInstanceOf(GoldenFormatException.class)
                .hasMessageContaining(":2:");
    }
}
