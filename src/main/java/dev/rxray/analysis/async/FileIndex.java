package dev.rxray.analysis.async;

import dev.rxray.syntax.tree.Attribute;
import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.FieldDef;
import dev.rxray.syntax.tree.GenericParam;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.RustText;
import dev.rxray.syntax.tree.Type;
import dev.rxray.syntax.tree.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pass 0, input: the file's syntax tree; output: what the file declares that the later passes look up by name:
 * its functions with their return types and whether they are async, and its structs and enums with their fields,
 * {@code Drop} impls and derived {@code Copy}. Built once per analysis; never mutated afterwards.
 */
final class FileIndex {

    /**
     * A function of the file.
     *
     * @param path      the display path ({@code leaf}, {@code Cache::get}, {@code <MemStore as Storage>::read})
     * @param owner     the impl's self type name without generics, or the trait's name, or empty for a free fn
     * @param ownerType the impl's self type, when in an impl
     * @param typeParams the generic type parameters in scope (the impl's and the fn's)
     */
    record FnEntry(String path, Item.Function fn, String owner, Optional<Type> ownerType, Set<String> typeParams,
                   boolean inTrait) {
    }

    /** A struct or enum: its field types (all variants' fields for an enum). */
    record Adt(String name, List<FieldDef> fields, Map<String, List<FieldDef>> variants, boolean copy) {
    }

    private final Map<String, FnEntry> freeFns = new LinkedHashMap<>();
    private final Map<String, FnEntry> byPath = new LinkedHashMap<>();
    private final Map<String, List<FnEntry>> methods = new HashMap<>();
    private final List<FnEntry> all = new ArrayList<>();
    private final Map<String, Adt> adts = new HashMap<>();
    private final Set<String> dropImpls = new HashSet<>();

    static FileIndex of(Crate crate) {
        FileIndex index = new FileIndex();
        index.collect(crate.items(), "");
        return index;
    }

    private void collect(List<Item> items, String modulePrefix) {
        for (Item item : items) {
            switch (item) {
                case Item.Function fn -> add(new FnEntry(modulePrefix + fn.name().name(), fn, "", Optional.empty(),
                        typeParams(fn.generics().params(), Set.of()), false));
                case Item.Impl impl -> collectImpl(impl, modulePrefix);
                case Item.Trait trait -> {
                    for (Item inner : trait.items()) {
                        if (inner instanceof Item.Function fn) {
                            Set<String> params = typeParams(trait.generics().params(), Set.of("Self"));
                            add(new FnEntry(modulePrefix + trait.name().name() + "::" + fn.name().name(), fn,
                                    trait.name().name(), Optional.empty(), typeParams(fn.generics().params(), params),
                                    true));
                        }
                    }
                }
                case Item.Struct struct -> adts.put(struct.name().name(), new Adt(struct.name().name(),
                        struct.fields().fields(), Map.of(), derivesCopy(struct.attributes())));
                case Item.Enum anEnum -> {
                    Map<String, List<FieldDef>> variants = new LinkedHashMap<>();
                    List<FieldDef> fields = new ArrayList<>();
                    for (Variant v : anEnum.variants()) {
                        variants.put(v.name().name(), v.fields().fields());
                        fields.addAll(v.fields().fields());
                    }
                    adts.put(anEnum.name().name(), new Adt(anEnum.name().name(), fields, variants,
                            derivesCopy(anEnum.attributes())));
                }
                case Item.Module module -> collect(module.items(), modulePrefix + module.name().name() + "::");
                default -> {
                }
            }
        }
    }

    private void collectImpl(Item.Impl impl, String modulePrefix) {
        String selfName = typeName(impl.selfType());
        Set<String> implParams = typeParams(impl.generics().params(), Set.of());
        if (impl.trait().isPresent()) {
            String traitName = impl.trait().get().segments().getLast().name().name();
            if (traitName.equals("Drop")) {
                dropImpls.add(selfName);
            }
            for (Item inner : impl.items()) {
                if (inner instanceof Item.Function fn) {
                    String path = "<" + RustText.of(impl.selfType()) + " as " + RustText.of(impl.trait().get())
                            + ">::" + fn.name().name();
                    add(new FnEntry(modulePrefix.isEmpty() ? path : path, fn, selfName,
                            Optional.of(impl.selfType()), typeParams(fn.generics().params(), implParams), false));
                }
            }
            return;
        }
        for (Item inner : impl.items()) {
            if (inner instanceof Item.Function fn) {
                add(new FnEntry(modulePrefix + selfName + "::" + fn.name().name(), fn, selfName,
                        Optional.of(impl.selfType()), typeParams(fn.generics().params(), implParams), false));
            }
        }
    }

    private void add(FnEntry entry) {
        all.add(entry);
        byPath.putIfAbsent(entry.path(), entry);
        if (entry.owner().isEmpty()) {
            freeFns.putIfAbsent(entry.fn().name().name(), entry);
        } else {
            if (!entry.inTrait() || entry.fn().body().isPresent()) {
                methods.computeIfAbsent(entry.fn().name().name(), k -> new ArrayList<>()).add(entry);
            }
            byPath.putIfAbsent(entry.owner() + "::" + entry.fn().name().name(), entry);
        }
    }

    private static Set<String> typeParams(List<GenericParam> params, Set<String> outer) {
        Set<String> names = new HashSet<>(outer);
        for (GenericParam p : params) {
            if (p instanceof GenericParam.TypeParam tp) {
                names.add(tp.name().name());
            }
        }
        return Set.copyOf(names);
    }

    private static boolean derivesCopy(List<Attribute> attributes) {
        for (Attribute a : attributes) {
            if (a instanceof Attribute.Meta meta && RustText.of(meta.path()).equals("derive")
                    && meta.input().matches("(?s).*\\bCopy\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /** The last path segment of a type, without generic arguments: {@code Cache} for {@code crate::Cache<T>}. */
    static String typeName(Type type) {
        return switch (type) {
            case Type.PathType p -> p.path().segments().isEmpty() ? RustText.of(type)
                    : p.path().segments().getLast().name().name();
            case Type.Reference r -> typeName(r.type());
            case Type.Paren p -> typeName(p.type());
            default -> RustText.of(type);
        };
    }

    List<FnEntry> functions() {
        return List.copyOf(all);
    }

    Optional<FnEntry> freeFn(String name) {
        return Optional.ofNullable(freeFns.get(name));
    }

    /** A function called by a path: {@code leaf}, {@code Cache::compute}, {@code Self::compute} (with the owner). */
    Optional<FnEntry> byPath(List<PathSegment> segments, String selfOwner) {
        if (segments.size() == 1) {
            return freeFn(segments.getFirst().name().name());
        }
        String owner = segments.get(segments.size() - 2).name().name();
        if (owner.equals("Self")) {
            owner = selfOwner;
        }
        return Optional.ofNullable(byPath.get(owner + "::" + segments.getLast().name().name()));
    }

    /** The methods of that name the file defines with a body; several when impls of one trait share it. */
    List<FnEntry> methods(String name) {
        return methods.getOrDefault(name, List.of());
    }

    Optional<Adt> adt(String name) {
        return Optional.ofNullable(adts.get(name));
    }

    boolean hasDropImpl(String typeName) {
        return dropImpls.contains(typeName);
    }
}
