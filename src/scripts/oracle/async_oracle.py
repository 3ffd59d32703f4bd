"""Records rustc's async state machines of one sample as `<name>.async.golden`.

Two compiler outputs of one compilation are joined:
- `-Zprint-type-sizes`: for every instantiated coroutine type its variants (Unresumed, Suspend0.., Returned,
  Panicked) and the saved fields of each, with sizes (and for awaitees and unnamed fields, their types);
- `-Zdump-mir=StateTransform -Zmir-include-spans=on`: the coroutine layout (which saved local `_sN` is in which
  variant, its source span, its debug name) and where each suspension point is in the source.

Suspend<K> -> `.await`: the "after" dump leaves the coroutine by writing `discriminant(self) = 3 + K` at each
suspension point, spanned with the `yield` it replaced; the "before" dump has those `yield` terminators, the K-th in
basic-block order being Suspend<K>. The recorder reads both and refuses to write a golden when they disagree.

A third compilation (send_probe.py) asks whether each async fn's future is Send and Unpin.
"""

import glob
import os
import re
import tempfile

import send_probe
from common import OracleError, fmt_pos, fmt_span, run_rustc, span_in, strip_generic_args

RESERVED_VARIANTS = 3  # Unresumed, Returned, Panicked come before Suspend0 in rustc's variant numbering
COROUTINE_PREFIXES = ("{async ", "{gen ", "{coroutine")

TYPE_RE = re.compile(r"^print-type-size type: `(.*)`: (\d+) bytes, alignment: (\d+) bytes$")
VARIANT_RE = re.compile(r"^print-type-size +variant `(\w+)`: (\d+) bytes$")
FIELD_RE = re.compile(r"^print-type-size +(upvar|local) `\.(.*?)`: (\d+) bytes(.*)$")


class TypeSizes:
    def __init__(self, name, size, align):
        self.name = name
        self.size = size
        self.align = align
        self.variants = []  # [(variant name, [(kind, field name, size, type or None)])]


def parse_type_sizes(text):
    types = {}
    current = None
    for line in text.splitlines():
        m = TYPE_RE.match(line)
        if m:
            name = m.group(1)
            current = None
            if name.startswith(COROUTINE_PREFIXES) and name not in types:
                current = TypeSizes(name, int(m.group(2)), int(m.group(3)))
                types[name] = current
            continue
        if current is None:
            continue
        m = VARIANT_RE.match(line)
        if m:
            current.variants.append((m.group(1), []))
            continue
        m = FIELD_RE.match(line)
        if m:
            if not current.variants:
                raise OracleError(f"field before any variant in {current.name}: {line}")
            rest = m.group(4)
            ty = rest.split(", type: ", 1)[1] if ", type: " in rest else None
            current.variants[-1][1].append((m.group(1), m.group(2), int(m.group(3)), ty))
    return types


class MirCoroutine:
    """What the StateTransform dumps say about one coroutine body."""

    def __init__(self, path):
        self.path = path
        self.type_name = None
        self.body = None
        self.variants = {}  # variant index -> (name, [saved local indices])
        self.saved_spans = {}  # saved local index -> span or None (outside the sample)
        self.saved_names = {}  # saved local index -> debug name
        self.upvar_order = {}  # upvar name -> field index
        self.suspend_spans = {}  # K -> span of the yield
        self.yield_spans = []  # before dump, basic-block order


MIR_HEADER_RE = re.compile(r"^// MIR for `(.*)` (before|after) StateTransform$")
AFTER_SIG_RE = re.compile(r"^fn .*?\(_1: Pin<&mut (\{.*\})>, _2: ")
BEFORE_SIG_RE = re.compile(r"^fn .*?\(_1: (\{.*\}), _2: ")
VARIANT_FIELDS_RE = re.compile(r"^\s+(\w+)\s*\((\d+)\): \[(.*)\],?$")
SAVED_TY_RE = re.compile(r"^\s+_s(\d+): CoroutineSavedTy \{$")
DEBUG_RE = re.compile(r"^\s*debug (\S+) => (.*?);\s*//")
RETURN_PLACE_RE = re.compile(r"^\s*let mut _0: .*// return place in scope 0 at (.*)$")


def _read_after(text, file_name, coroutines):
    lines = text.splitlines()
    header = MIR_HEADER_RE.match(lines[0]) if lines else None
    sig = next((AFTER_SIG_RE.match(l) for l in lines if l.startswith("fn ")), None)
    if header is None or sig is None:
        return  # not a coroutine body
    co = coroutines.setdefault(header.group(1), MirCoroutine(header.group(1)))
    co.type_name = sig.group(1)

    section = None
    current_saved = None
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("field_tys: {"):
            section = "field_tys"
            continue
        if stripped.startswith("variant_fields: {"):
            section = "variant_fields"
            continue
        if stripped.startswith("storage_conflicts:") or stripped.startswith("fn "):
            section = None
        if section == "field_tys":
            m = SAVED_TY_RE.match(line)
            if m:
                current_saved = int(m.group(1))
                co.saved_spans[current_saved] = None
                continue
            if current_saved is not None and stripped.startswith("span: "):
                co.saved_spans[current_saved] = span_in(stripped, file_name)
                current_saved = None
        elif section == "variant_fields":
            m = VARIANT_FIELDS_RE.match(line)
            if m:
                fields = [int(s.strip()[2:]) for s in m.group(3).split(",") if s.strip()]
                co.variants[int(m.group(2))] = (m.group(1), fields)

    self_re = re.compile(r"^\s*let (?:mut )?(_\d+): &mut " + re.escape(co.type_name) + ";")
    self_locals = {m.group(1) for m in (self_re.match(l) for l in lines) if m}
    if len(self_locals) != 1:
        raise OracleError(f"{co.path}: cannot tell the coroutine's self local ({sorted(self_locals)})")
    me = re.escape(next(iter(self_locals)))
    saved_place = re.compile(r"\(\(\(\*" + me + r"\) as variant#(\d+)\)\.(\d+): ")
    upvar_place = re.compile(r"^\(\(\*" + me + r"\)\.(\d+): ")
    set_state = re.compile(r"^\s*discriminant\(\(\*" + me + r"\)\) = (\d+);")

    for line in lines:
        m = RETURN_PLACE_RE.match(line)
        if m and co.body is None:
            co.body = span_in(m.group(1), file_name)
        m = DEBUG_RE.match(line)
        if m:
            name, place = m.group(1), m.group(2)
            sm = saved_place.search(place)
            if sm:
                variant, index = int(sm.group(1)), int(sm.group(2))
                fields = co.variants.get(variant, (None, []))[1]
                if index >= len(fields):
                    raise OracleError(f"{co.path}: debug {name} names field {index} of variant {variant}")
                co.saved_names[fields[index]] = name
                continue
            um = upvar_place.match(place)
            if um:
                co.upvar_order.setdefault(name, int(um.group(1)))
            continue
        m = set_state.match(line)
        if m and int(m.group(1)) >= RESERVED_VARIANTS:
            k = int(m.group(1)) - RESERVED_VARIANTS
            span = span_in(line.split("//", 1)[1] if "//" in line else "", file_name)
            if k in co.suspend_spans and co.suspend_spans[k] != span:
                raise OracleError(f"{co.path}: Suspend{k} is entered at two places")
            co.suspend_spans[k] = span


def _read_before(text, file_name, coroutines):
    lines = text.splitlines()
    header = MIR_HEADER_RE.match(lines[0]) if lines else None
    sig = next((BEFORE_SIG_RE.match(l) for l in lines if l.startswith("fn ")), None)
    if header is None or sig is None or not sig.group(1).startswith(COROUTINE_PREFIXES):
        return
    co = coroutines.setdefault(header.group(1), MirCoroutine(header.group(1)))
    for line in lines:
        if re.search(r"= yield\(", line):
            co.yield_spans.append(span_in(line.split("//", 1)[1] if "//" in line else "", file_name))


def read_mir(mir_dir, file_name):
    coroutines = {}
    for path in sorted(glob.glob(os.path.join(mir_dir, "*.StateTransform.after.mir"))):
        with open(path, encoding="utf-8") as f:
            _read_after(f.read(), file_name, coroutines)
    for path in sorted(glob.glob(os.path.join(mir_dir, "*.StateTransform.before.mir"))):
        with open(path, encoding="utf-8") as f:
            _read_before(f.read(), file_name, coroutines)
    result = [co for co in coroutines.values() if co.type_name is not None]
    for co in result:
        _check_suspend_mapping(co)
    return result


def _check_suspend_mapping(co):
    """Both ways of numbering the suspension points must agree, and each must lie in the sample."""
    suspends = sorted(name for name, _ in co.variants.values() if name.startswith("Suspend"))
    count = len(suspends)
    if sorted(co.suspend_spans) != list(range(count)):
        raise OracleError(f"{co.path}: {count} Suspend variants but state writes for {sorted(co.suspend_spans)}")
    if len(co.yield_spans) != count:
        raise OracleError(f"{co.path}: {count} Suspend variants but {len(co.yield_spans)} yields before the transform")
    for k in range(count):
        if co.suspend_spans[k] is None or co.suspend_spans[k] != co.yield_spans[k]:
            raise OracleError(
                f"{co.path}: Suspend{k} at {co.suspend_spans[k]} but the {k}-th yield is at {co.yield_spans[k]}")


def _match_fields(co, instance, variant_name, mir_fields, ts_fields):
    """Pairs each saved field that print-type-sizes lists with its MIR saved local; returns [(s, name, size, ty)]."""
    taken = {}
    by_name = {}
    for s in mir_fields:
        by_name.setdefault(co.saved_names.get(s), []).append(s)
    sizes_by_name = {}
    for kind, name, size, ty in ts_fields:
        if kind != "local":
            continue
        if name.startswith(".coroutine_field"):
            s = int(name[len(".coroutine_field"):])
            if s not in mir_fields:
                raise OracleError(f"{instance}: {variant_name} lists {name} which MIR does not save there")
        else:
            free = [s for s in by_name.get(name, []) if s not in taken]
            if not free:
                raise OracleError(f"{instance}: {variant_name} lists local {name} unknown to MIR")
            s = free[0]
            sizes_by_name.setdefault(name, set()).add(size)
        taken[s] = (name, size, ty)
    # Shadowed locals of one name but different sizes: print-type-sizes lists them by offset, MIR by index, and
    # nothing links the two, so the size of each is unknown (`size=?`) rather than guessed.
    for s, (name, size, ty) in list(taken.items()):
        if len(by_name.get(name, [])) > 1 and len(sizes_by_name.get(name, ())) > 1:
            taken[s] = (name, "?", ty)
    missing = [s for s in mir_fields if s not in taken]
    if missing:
        raise OracleError(f"{instance}: {variant_name} saves {missing} in MIR but print-type-sizes omits them")
    return [(s, *taken[s]) for s in mir_fields]


def _render(co, ts, future_facts):
    out = [f"coroutine {ts.name} body={fmt_span(co.body)} size={ts.size} align={ts.align}"]
    variants = dict(ts.variants)
    upvar_sets = {tuple((n, size) for k, n, size, _ in fields if k == "upvar") for _, fields in ts.variants}
    if len(upvar_sets) != 1:
        raise OracleError(f"{ts.name}: upvars differ between variants")
    upvars = list(next(iter(upvar_sets)))
    upvars.sort(key=lambda u: co.upvar_order.get(u[0], len(co.upvar_order)))
    for name, size in upvars:
        out.append(f"  upvar {name} size={size}")
    out.extend(future_facts)
    mir_by_name = {name: (index, fields) for index, (name, fields) in co.variants.items()}
    if sorted(mir_by_name) != sorted(variants):
        raise OracleError(f"{ts.name}: variants {sorted(variants)} but MIR has {sorted(mir_by_name)}")
    for index, (name, fields) in sorted(co.variants.items(), key=lambda kv: _state_order(kv[1][0], kv[0])):
        line = f"  state {name}"
        if name.startswith("Suspend"):
            line += f" await={fmt_pos(co.suspend_spans[int(name[len('Suspend'):])][0])}"
        out.append(line)
        for s, fname, size, ty in _match_fields(co, ts.name, name, fields, variants[name]):
            span = co.saved_spans.get(s)
            local = f"    local {fname} size={size} at={fmt_span(span) if span else '?'}"
            if ty is not None:
                local += f" type={ty}"
            out.append(local)
    return out


def _state_order(name, index):
    # Unresumed, Suspend0..N, Returned, Panicked: the order in which a reader walks the machine.
    if name == "Unresumed":
        return (0, 0)
    if name.startswith("Suspend"):
        return (1, index)
    return (2, index)


QUALIFIED_SELF_RE = re.compile(r"^(\{async fn body of )<[^<>]* as ")


def _find_definition(instance_base, by_base):
    """The MIR body an instantiated coroutine comes from, by name with generic arguments removed.

    A trait's default method is named with `Self` (`<Self as Storage>::load_or`) and a blanket impl with its type
    parameter (`<T as Show>::show`) in MIR, but with the concrete type once instantiated: when no name matches
    exactly, the qualified self type is compared as a wildcard, and only a single candidate is accepted.
    """
    if instance_base in by_base:
        return instance_base
    wildcard = QUALIFIED_SELF_RE.sub(r"\1<_ as ", instance_base)
    if wildcard == instance_base:
        return None
    candidates = [b for b in by_base if QUALIFIED_SELF_RE.sub(r"\1<_ as ", b) == wildcard]
    if len(candidates) > 1:
        raise OracleError(f"{instance_base} may come from any of {sorted(candidates)}")
    return candidates[0] if candidates else None


def record(sample_path):
    """Returns (golden text, warnings)."""
    sample_dir, file_name = os.path.split(os.path.abspath(sample_path))
    with tempfile.TemporaryDirectory(prefix="rxray-async-oracle-") as tmp:
        mir_dir = os.path.join(tmp, "mir")
        proc = run_rustc(
            ["--edition", "2021", "-Zprint-type-sizes", "-Zdump-mir=StateTransform", "-Zmir-include-spans=on",
             f"-Zdump-mir-dir={mir_dir}", "-A", "warnings", "-C", "opt-level=0", "-o", os.path.join(tmp, "bin"),
             file_name],
            cwd=sample_dir,
        )
        if proc.returncode != 0:
            raise OracleError(f"rustc failed on {file_name}:\n{proc.stderr}")
        sizes = parse_type_sizes(proc.stdout)
        mir = read_mir(mir_dir, file_name)

    by_base = {}
    for co in mir:
        by_base.setdefault(strip_generic_args(co.type_name), []).append(co)
    for base, cos in by_base.items():
        if len(cos) > 1:
            raise OracleError(f"{file_name}: several MIR bodies for {base}: {[c.path for c in cos]}")

    own = {}
    for name, ts in sizes.items():
        base = _find_definition(strip_generic_args(name), by_base)
        if base is not None:  # else a coroutine of another crate (std), not defined in the sample
            own[name] = (by_base[base][0], ts, base)
    future_facts = send_probe.probe(sample_path, list(own))

    blocks = []
    printed = set()
    for name, (co, ts, base) in own.items():
        printed.add(base)
        blocks.append(((co.body, name), _render(co, ts, future_facts.get(name, []))))
    warnings = []
    for base, (co,) in sorted(by_base.items()):
        if base not in printed:
            warnings.append(f"{file_name}: rustc printed no layout for {co.type_name} (not reachable from main?)")
    blocks.sort(key=lambda b: b[0])

    lines = ["# rustc's async state machines of " + file_name + ": -Zprint-type-sizes joined with the",
             "# StateTransform MIR dumps; send/unpin from trait-bound probes on each async fn (not on blocks",
             "# or closures). Recorded by src/scripts/record-goldens.sh. Do not edit; re-record instead."]
    for w in warnings:
        lines.append("# missing: " + w.split(": ", 1)[1])
    for _, block in blocks:
        lines.extend(block)
    return "\n".join(lines) + "\n", warnings
