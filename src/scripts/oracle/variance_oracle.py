"""Records rustc's variance and auto-trait answers for every struct, enum and union of one sample.

A copy of the sample goes to a temporary folder with `#![feature(rustc_attrs)]` prepended to its first line and
`#[rustc_variance]` prepended to each type's line (so no line moves), plus, after the last line, one
`assert_send/assert_sync/assert_unpin` call per line for each probe instantiation. One `rustc --emit=metadata`
answers everything: `error: [...]` at a type's line is its variance, an E0277 at a check's line is a "no".

Types are found with a line-based scan (this is the recorder, not the product): a line that starts, after
optional indentation and `pub`, with `struct`, `enum` or `union` and a name.
"""

import os
import re
import tempfile

from common import OracleError, run_rustc, rustc_errors, source_lines

TYPE_LINE_RE = re.compile(r"^(\s*)((?:pub(?:\([^)]*\))?\s+)?)(struct|enum|union)\s+([A-Za-z_]\w*)")
BASE_PROBE = "u8"
RECURSIVE_RE = re.compile(r"type parameter `\w+` is only used recursively")
# Each probe's own auto traits; a type's condition on a parameter is read from which probes make it fail.
PROBES = {
    "std::rc::Rc<u8>": {"Send": False, "Sync": False, "Unpin": True},
    "std::cell::Cell<u8>": {"Send": True, "Sync": False, "Unpin": True},
    "std::sync::MutexGuard<'static, u8>": {"Send": False, "Sync": True, "Unpin": True},
    "*const u8": {"Send": False, "Sync": False, "Unpin": True},
    "std::marker::PhantomPinned": {"Send": True, "Sync": True, "Unpin": False},
}
TRAITS = ("Send", "Sync", "Unpin")
CONST_VALUES = {"bool": "false", "char": "'a'"}  # integers: 0


class TypeDef:
    def __init__(self, line, kind, name, params, top_level):
        self.line = line  # 1-based
        self.kind = kind
        self.name = name
        self.params = params  # [(kind: 'lifetime'|'type'|'const', name, const type or None)]
        self.top_level = top_level


def _generic_text(source, start):
    """The text between the `<` that opens a type's generics at or after `start` and its matching `>`, or None."""
    i = start
    while i < len(source) and source[i] in " \t\r\n":
        i += 1
    if i >= len(source) or source[i] != "<":
        return None
    depth = 0
    begin = i + 1
    while i < len(source):
        c = source[i]
        if c == "-" and source[i + 1:i + 2] == ">":
            i += 2
            continue
        if c == "<":
            depth += 1
        elif c == ">":
            depth -= 1
            if depth == 0:
                return source[begin:i]
        i += 1
    raise OracleError("unbalanced generics")


def _split_top_level(text):
    parts, depth, cur = [], 0, []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "-" and text[i + 1:i + 2] == ">":
            cur.append("->")
            i += 2
            continue
        if c in "<([{":
            depth += 1
        elif c in ">)]}":
            depth -= 1
        if c == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def _parse_params(text):
    params = []
    for p in _split_top_level(text or ""):
        if p.startswith("'"):
            params.append(("lifetime", re.match(r"'\w+", p).group(0), None))
        elif p.startswith("const "):
            m = re.match(r"const\s+(\w+)\s*:\s*([\w:]+)", p)
            if not m:
                raise OracleError(f"cannot read const parameter {p!r}")
            params.append(("const", m.group(1), m.group(2)))
        else:
            params.append(("type", re.match(r"\w+", p).group(0), None))
    return params


def find_types(lines):
    types = []
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    source = "\n".join(lines)
    for index, line in enumerate(lines):
        m = TYPE_LINE_RE.match(line)
        if not m:
            continue
        after_name = offsets[index] + m.end()
        params = _parse_params(_generic_text(source, after_name))
        types.append(TypeDef(index + 1, m.group(3), m.group(4), params, top_level=(m.group(1) == "")))
    return types


def _instantiate(t, swap_index=None, swap_probe=None):
    args = []
    for i, (kind, _, const_type) in enumerate(t.params):
        if kind == "lifetime":
            args.append("'static")
        elif kind == "const":
            args.append(CONST_VALUES.get(const_type, "0"))
        else:
            args.append(swap_probe if i == swap_index else BASE_PROBE)
    return f"{t.name}<{', '.join(args)}>" if args else t.name


def wrapped(probe):
    """The same auto traits, but Copy, Clone, Default, Eq, Ord, Hash and Debug too: the probe to use when a bound
    on the parameter (a union's `T: Copy`, say) makes the plain probe ill-formed."""
    return f"std::marker::PhantomData<{probe}>"


def _instances(t, wrap=False):
    """[(instantiated type, swapped parameter name or None, probe or None)]: the base one first."""
    result = [] if wrap else [(_instantiate(t), None, None)]
    for i, (kind, name, _) in enumerate(t.params):
        if kind == "type":
            for probe in PROBES:
                result.append((_instantiate(t, i, wrapped(probe) if wrap else probe), name, probe))
    return result


def record(sample_path):
    """Returns (golden text, warnings)."""
    file_name = os.path.basename(sample_path)
    lines = source_lines(sample_path)
    types = find_types(lines)
    warnings = []

    patched = list(lines) or [""]
    for t in types:
        patched[t.line - 1] = re.sub(r"^(\s*)", r"\1#[rustc_variance] ", patched[t.line - 1], count=1)
    # Last, so that it comes first even when line 1 declares a type: inner attributes precede outer ones.
    patched[0] = "#![feature(rustc_attrs)] " + patched[0]

    checks = {}  # line -> (type, instance, trait or 'wf')
    patched.append("#[allow(dead_code, unused)]")
    patched.append("fn __rxray_oracle_checks() {")
    patched.append("    fn assert_send<T: ?Sized + Send>() {}")
    patched.append("    fn assert_sync<T: ?Sized + Sync>() {}")
    patched.append("    fn assert_unpin<T: ?Sized + Unpin>() {}")
    # A check that must fail: without its E0277, rustc stopped before type-checking the probes, and every probe
    # would read as a "yes".
    patched.append("    assert_send::<std::rc::Rc<u8>>();")
    sentinel = len(patched)
    for t in types:
        if not t.top_level:
            warnings.append(f"{file_name}:{t.line}: {t.name} is not at the top level; no auto-trait probes")
            continue
        for instance, _, _ in _instances(t) + _instances(t, wrap=True):
            patched.append(f"    let _: ::core::marker::PhantomData<{instance}> = ::core::marker::PhantomData;")
            checks[len(patched)] = (t, instance, "wf")
            for trait in TRAITS:
                patched.append(f"    assert_{trait.lower()}::<{instance}>();")
                checks[len(patched)] = (t, instance, trait)
    patched.append("}")

    with tempfile.TemporaryDirectory(prefix="rxray-variance-oracle-") as tmp:
        copy = os.path.join(tmp, file_name)
        with open(copy, "w", encoding="utf-8") as f:
            f.write("\n".join(patched) + "\n")
        proc = run_rustc(
            ["--edition", "2021", "--crate-type", "lib", "--emit=metadata", "--error-format=json", "-A", "warnings",
             "-o", os.path.join(tmp, "out.rmeta"), file_name],
            cwd=tmp,
        )

    variance = {}
    type_errors = {}  # type line -> ["E0392 message"], in rustc's order
    failed = {}  # (type name, instance) -> {trait or 'wf': message}
    for line, d in rustc_errors(proc.stderr):
        code = (d.get("code") or {}).get("code")
        message = d.get("message", "")
        if line == sentinel and code == "E0277":
            sentinel = None
            continue
        if line in checks:
            t, instance, what = checks[line]
            if code != "E0277":
                raise OracleError(f"{file_name}: unexpected {code} on the check `{instance}` {what}: {message}")
            failed.setdefault((t.name, instance), {}).setdefault(what, message)
            continue
        t = next((t for t in types if t.line == line), None)
        if t is not None and code is None and message.startswith("["):
            if t.line in variance:
                raise OracleError(f"{file_name}:{line}: two variance answers")
            variance[t.line] = message
            continue
        owner = max((t for t in types if line is not None and t.line <= line), key=lambda t: t.line, default=None)
        if owner is not None and code == "E0392":
            # A parameter the type never uses: the sample is meant to show this error, so it is one of the facts.
            type_errors.setdefault(owner.line, []).append(f"{code} {message}")
            continue
        if owner is not None and code is None and RECURSIVE_RE.fullmatch(message):
            # rustc's E0392 sibling for a parameter used only in the type's own recursive uses has no code
            # ("type parameter `T` is only used recursively", at the recursive use): `-` stands for the code.
            type_errors.setdefault(owner.line, []).append(f"- {message}")
            continue
        raise OracleError(f"{file_name}:{line}: rustc error not caused by the recorder: {code} {message}")
    if sentinel is not None:
        raise OracleError(f"{file_name}: rustc did not type-check the probes:\n{proc.stderr}")
    for t in types:
        if t.line not in variance:
            raise OracleError(f"{file_name}:{t.line}: rustc gave no variance for {t.name}")

    out = ["# rustc's variance (#[rustc_variance]) and auto traits (E0277 on assert_* probes) of " + file_name,
           "# by src/scripts/record-goldens.sh. Do not edit; re-record instead. `summary` lines are read off the",
           "# `autotrait` probe lines of the same type: a condition names the traits the parameter must have."]
    for t in types:
        out.append(f"{t.kind} {t.name} {variance[t.line]}")
        for error in type_errors.get(t.line, []):
            out.append(f"error {t.name} {error}")
        if not t.top_level:
            out.append(f"summary {t.name} " + " ".join(f"{trait}=unknown" for trait in TRAITS))
            continue
        results = {}
        wrapped_instances = {(param, probe): instance for instance, param, probe in _instances(t, wrap=True)}
        for instance, param, probe in _instances(t):
            fails = failed.get((t.name, instance), {})
            if "wf" in fails:
                reason = fails["wf"].replace("\n", " ")
                out.append(f"autotrait {instance} ill-formed: {reason}")
                results[(param, probe)] = None
                if param is None:
                    continue
                instance = wrapped_instances[(param, probe)]
                fails = failed.get((t.name, instance), {})
                if "wf" in fails:
                    reason = fails["wf"].replace("\n", " ")
                    out.append(f"autotrait {instance} ill-formed: {reason}")
                    continue
            answer = {trait: trait not in fails for trait in TRAITS}
            results[(param, probe)] = answer
            facts = " ".join(f"{trait}={'yes' if answer[trait] else 'no'}" for trait in TRAITS)
            out.append(f"autotrait {instance} {facts}")
        out.append(f"summary {t.name} " + " ".join(f"{trait}={_condition(t, trait, results)}" for trait in TRAITS))
    return "\n".join(out) + "\n", warnings


def _condition(t, trait, results):
    """yes, no, if(T:Send,U:Sync), or unknown when the probes do not fit one of those shapes."""
    base = results.get((None, None))
    if base is None:
        return "unknown"
    if not base[trait]:
        return "no"
    needs = []
    for kind, name, _ in t.params:
        if kind != "type":
            continue
        failing = set()
        for probe in PROBES:
            answer = results.get((name, probe))
            if answer is None:
                return "unknown"
            if not answer[trait]:
                failing.add(probe)
        if not failing:
            continue
        required = _required_traits(failing)
        if required is None:
            return "unknown"
        needs.append(f"{name}:{'+'.join(required)}")
    return f"if({','.join(needs)})" if needs else "yes"


def _required_traits(failing):
    """The smallest set of auto traits whose absence in a probe explains exactly the failing probes."""
    for size in (1, 2, 3):
        for combo in _combinations(TRAITS, size):
            explained = {p for p, traits in PROBES.items() if not all(traits[c] for c in combo)}
            if explained == failing:
                return list(combo)
    return None


def _combinations(items, size):
    if size == 0:
        yield ()
        return
    for i, item in enumerate(items):
        for rest in _combinations(items[i + 1:], size - 1):
            yield (item, *rest)
