package dev.rxray.outline;

import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.RustText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a syntax tree into the outline shown by the CLI and the app: one entry per item in source order; inline
 * modules, impls, traits and extern blocks hold their items as children. Names and generics are rendered from the
 * tree in canonical spacing, so the outline reads the same whatever the source's layout.
 */
public final class OutlineBuilder {
    private OutlineBuilder() {
    }

    public static List<OutlineItem> build(Crate crate) {
        return entries(crate.items());
    }

    private static List<OutlineItem> entries(List<Item> items) {
        List<OutlineItem> entries = new ArrayList<>(items.size());
        for (Item item : items) {
            entries.add(entry(item));
        }
        return entries;
    }

    private static OutlineItem entry(Item item) {
        return switch (item) {
            case Item.Function f -> leaf(fnKind(f), f.name().text(), RustText.params(f.generics()), item);
            case Item.Struct s -> leaf("struct", s.name().text(), RustText.params(s.generics()), item);
            case Item.Enum e -> leaf("enum", e.name().text(), RustText.params(e.generics()), item);
            case Item.Union u -> leaf("union", u.name().text(), RustText.params(u.generics()), item);
            case Item.Trait t -> new OutlineItem(t.unsafe() ? "unsafe trait" : "trait", t.name().text(),
                    RustText.params(t.generics()), t.span(), entries(t.items()));
            case Item.Impl i -> new OutlineItem("impl", implName(i), RustText.params(i.generics()), i.span(),
                    entries(i.items()));
            case Item.TypeAlias t -> leaf("type", t.name().text(), RustText.params(t.generics()), item);
            case Item.Const c -> leaf("const", c.name().text(), "", item);
            case Item.Static s -> leaf(s.mutable() ? "static mut" : "static", s.name().text(), "", item);
            case Item.Use u -> leaf("use", RustText.of(u.tree()), "", item);
            case Item.Module m -> new OutlineItem("mod", m.name().text(), "", m.span(), entries(m.items()));
            case Item.ExternCrate c -> leaf("extern crate",
                    c.name().text() + c.rename().map(r -> " as " + r.text()).orElse(""), "", item);
            case Item.ExternBlock b -> new OutlineItem("extern block",
                    b.abi().isEmpty() ? "extern" : "extern \"" + b.abi() + "\"", "", b.span(), entries(b.items()));
            case Item.MacroRules m -> leaf("macro_rules", m.name().text(), "", item);
            case Item.MacroItem m -> leaf("macro", RustText.of(m.call().path()) + "!", "", item);
        };
    }

    private static OutlineItem leaf(String kind, String name, String generics, Item item) {
        return new OutlineItem(kind, name, generics, item.span(), List.of());
    }

    /** The qualifiers that change what a caller sees: {@code const}, {@code async}, {@code unsafe}, {@code extern}. */
    private static String fnKind(Item.Function f) {
        var q = f.qualifiers();
        StringBuilder kind = new StringBuilder();
        if (q.isConst()) {
            kind.append("const ");
        }
        if (q.isAsync()) {
            kind.append("async ");
        }
        if (q.unsafe()) {
            kind.append("unsafe ");
        }
        if (q.extern()) {
            kind.append("extern ");
        }
        return kind.append("fn").toString();
    }

    /** {@code unsafe impl<T: Send> !Sync for Wrapper<T>}: the header as a reader would name the impl. */
    private static String implName(Item.Impl impl) {
        StringBuilder name = new StringBuilder();
        if (impl.unsafe()) {
            name.append("unsafe ");
        }
        name.append("impl").append(RustText.params(impl.generics())).append(' ');
        impl.trait().ifPresent(trait -> {
            if (impl.negative()) {
                name.append('!');
            }
            name.append(RustText.of(trait)).append(" for ");
        });
        return name.append(RustText.of(impl.selfType())).toString();
    }
}
