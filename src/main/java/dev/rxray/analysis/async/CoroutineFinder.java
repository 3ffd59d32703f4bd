package dev.rxray.analysis.async;

import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.Param;
import dev.rxray.syntax.tree.Pattern;
import dev.rxray.syntax.tree.SelfParam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pass 1, input: the syntax tree; output: every coroutine of the file as a {@link CoroutineSite}, sorted by where
 * it starts. Every fn with a body is recorded (async or not) because async blocks and closures may sit in any fn,
 * and they capture from it. An async fn's parameters are its upvars ({@code __argN} for a pattern, {@code _} stays
 * {@code _}) and also locals of its body, as in rustc's lowering {@code async move { let x = x; body }}.
 */
final class CoroutineFinder {
    private CoroutineFinder() {
    }

    static List<CoroutineSite> find(Crate crate, SourceFile source, FileIndex index, TypeInference types) {
        List<CoroutineSite> sites = new ArrayList<>();
        FlowRecorder.Shared shared = new FlowRecorder.Shared(index, types, source, sites);
        for (FileIndex.FnEntry entry : index.functions()) {
            Item.Function fn = entry.fn();
            if (fn.body().isEmpty()) {
                continue;
            }
            boolean async = fn.qualifiers().isAsync();
            if (!async && !mentionsAsync(source, fn.body().get().span())) {
                // No async block or closure can hide in a body that never says `async`.
                continue;
            }
            List<FlowRecorder.ParamBinding> params = new ArrayList<>();
            List<Upvar> upvars = new ArrayList<>();
            int position = 0;
            if (fn.receiver().isPresent()) {
                TypeFact self = selfType(fn.receiver().get(), entry, types);
                params.add(new FlowRecorder.ParamBinding(selfPattern(fn.receiver().get()), self));
                upvars.add(new Upvar("self", self));
                position++;
            }
            for (Param p : fn.params()) {
                TypeFact type = types.ofType(p.type(), entry.typeParams());
                params.add(new FlowRecorder.ParamBinding(p.pattern(), type));
                upvars.add(new Upvar(paramUpvarName(p.pattern(), position), type));
                position++;
            }
            FlowRecorder recorder = new FlowRecorder(shared, name -> Optional.empty(), async, true, entry.owner(),
                    entry.typeParams());
            Flow flow = recorder.record(params, fn.body().get());
            if (async) {
                sites.add(new CoroutineSite(CoroutineKind.ASYNC_FN, entry.path(),
                        TypeInference.futureTypeName(entry), Position.startOf(fn.span()), fn.body().get().span(),
                        upvars, flow, entry.owner()));
            }
        }
        sites.sort(Comparator.comparing(CoroutineSite::start));
        return List.copyOf(sites);
    }

    private static boolean mentionsAsync(SourceFile source, dev.rxray.syntax.Span body) {
        String text = source.text();
        int end = Math.min(body.endOffset(), text.length());
        return text.indexOf("async", Math.min(body.startOffset(), end), end) >= 0;
    }

    /** rustc's upvar name for a parameter: its name for a plain binding, {@code _} for {@code _}, else __argN. */
    static String paramUpvarName(Pattern pattern, int position) {
        return switch (pattern) {
            case Pattern.Binding b when b.subpattern().isEmpty() && !b.byRef() -> b.name().name();
            case Pattern.Wildcard w -> "_";
            default -> "__arg" + position;
        };
    }

    private static Pattern selfPattern(SelfParam self) {
        return new Pattern.Binding(false, self.mutableBinding(),
                new dev.rxray.syntax.tree.Ident("self", false, self.span()), Optional.empty(), self.span());
    }

    private static TypeFact selfType(SelfParam self, FileIndex.FnEntry entry, TypeInference types) {
        if (self.type().isPresent()) {
            return types.ofType(self.type().get(), entry.typeParams());
        }
        TypeFact owner = entry.ownerType().map(t -> types.ofType(t, entry.typeParams()))
                .orElse(TypeFact.unknown("Self"));
        return switch (self.kind()) {
            case REF -> TypeFact.reference("&" + owner.text(), true, "");
            case REF_MUT -> new TypeFact("&mut " + owner.text(), false, false, owner.send(), true, false,
                    owner.whyNotSend());
            default -> owner;
        };
    }
}
