package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * An item: at the top of a file, in a module, in a block, or (functions, consts, types, macros) inside a trait,
 * an impl or an extern block. {@code attributes} holds outer and inner attributes and doc comments in source order.
 * An item with no visibility written has {@link Visibility.Private}.
 */
public sealed interface Item extends Node {

    List<Attribute> attributes();

    Visibility visibility();

    /** {@code default? const? async? unsafe? extern "abi"? fn name<...>(self, params) -> ret where ... { body }}. */
    record Function(List<Attribute> attributes, Visibility visibility, FnQualifiers qualifiers, Ident name,
            Generics generics, Optional<SelfParam> receiver, List<Param> params, boolean variadic,
            Optional<Type> returnType, Optional<Block> body, Span span) implements Item {
        public Function {
            attributes = List.copyOf(attributes);
            params = List.copyOf(params);
        }
    }

    record Struct(List<Attribute> attributes, Visibility visibility, Ident name, Generics generics, StructFields fields,
            Span span) implements Item {
        public Struct {
            attributes = List.copyOf(attributes);
        }
    }

    record Enum(List<Attribute> attributes, Visibility visibility, Ident name, Generics generics,
            List<Variant> variants, Span span) implements Item {
        public Enum {
            attributes = List.copyOf(attributes);
            variants = List.copyOf(variants);
        }
    }

    record Union(List<Attribute> attributes, Visibility visibility, Ident name, Generics generics,
            List<FieldDef> fields, Span span) implements Item {
        public Union {
            attributes = List.copyOf(attributes);
            fields = List.copyOf(fields);
        }
    }

    /** {@code unsafe auto trait Name<...>: Supertraits where ... { items }}. */
    record Trait(List<Attribute> attributes, Visibility visibility, boolean unsafe, boolean auto, Ident name,
            Generics generics, List<TypeBound> supertraits, List<Item> items, Span span) implements Item {
        public Trait {
            attributes = List.copyOf(attributes);
            supertraits = List.copyOf(supertraits);
            items = List.copyOf(items);
        }
    }

    /**
     * {@code default? unsafe? impl<...> !? Trait for Type where ... { items }}; an inherent impl has no trait.
     * {@code negative} is the {@code !} of {@code impl !Send for T}.
     */
    record Impl(List<Attribute> attributes, Visibility visibility, boolean isDefault, boolean unsafe, boolean isConst,
            Generics generics, boolean negative, Optional<Path> trait, Type selfType, List<Item> items, Span span)
            implements Item {
        public Impl {
            attributes = List.copyOf(attributes);
            items = List.copyOf(items);
        }
    }

    /**
     * {@code type Name<...>: Bounds where ... = Type;}. Bounds and a missing type occur for associated types in
     * traits (generic associated types have their own generics and where clause).
     */
    record TypeAlias(List<Attribute> attributes, Visibility visibility, boolean isDefault, Ident name,
            Generics generics, List<TypeBound> bounds, Optional<Type> type, Span span) implements Item {
        public TypeAlias {
            attributes = List.copyOf(attributes);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code const NAME: Type = value;}; the name may be {@code _}; a trait's const may have no value. */
    record Const(List<Attribute> attributes, Visibility visibility, boolean isDefault, Ident name, Type type,
            Optional<Expr> value, Span span) implements Item {
        public Const {
            attributes = List.copyOf(attributes);
        }
    }

    /** {@code static mut NAME: Type = value;}; a static in an extern block has no value. */
    record Static(List<Attribute> attributes, Visibility visibility, boolean mutable, Ident name, Type type,
            Optional<Expr> value, Span span) implements Item {
        public Static {
            attributes = List.copyOf(attributes);
        }
    }

    record Use(List<Attribute> attributes, Visibility visibility, UseTree tree, Span span) implements Item {
        public Use {
            attributes = List.copyOf(attributes);
        }
    }

    /** {@code mod name { items }} ({@code inline}) or {@code mod name;} (the items live in another file). */
    record Module(List<Attribute> attributes, Visibility visibility, boolean unsafe, Ident name, boolean inline,
            List<Item> items, Span span) implements Item {
        public Module {
            attributes = List.copyOf(attributes);
            items = List.copyOf(items);
        }
    }

    /** {@code extern crate name as rename;}; the name may be {@code self}. */
    record ExternCrate(List<Attribute> attributes, Visibility visibility, Ident name, Optional<Ident> rename, Span span)
            implements Item {
        public ExternCrate {
            attributes = List.copyOf(attributes);
        }
    }

    /** {@code unsafe? extern "abi" { items }}; {@code abi} is empty when not written. */
    record ExternBlock(List<Attribute> attributes, Visibility visibility, boolean unsafe, String abi, List<Item> items,
            Span span) implements Item {
        public ExternBlock {
            attributes = List.copyOf(attributes);
            items = List.copyOf(items);
        }
    }

    /** {@code macro_rules! name { rules }}: the rules stay a token tree. */
    record MacroRules(List<Attribute> attributes, Visibility visibility, Ident name, TokenTree body, Span span)
            implements Item {
        public MacroRules {
            attributes = List.copyOf(attributes);
        }
    }

    /** A macro invoked in item position: {@code lazy_static! { ... }}, {@code thread_local!(...);}. */
    record MacroItem(List<Attribute> attributes, Visibility visibility, MacroCall call, Span span) implements Item {
        public MacroItem {
            attributes = List.copyOf(attributes);
        }
    }
}
