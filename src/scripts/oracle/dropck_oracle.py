"""Records what drop check sees in every top-level struct, enum and union of one sample, from rustc.

Two facts per type, each from one experiment that rustc answers:

1. Drop glue: `std::mem::needs_drop::<Ty<..>>()`, evaluated by rustc itself in a constant
   (`const _: () = assert!(needs_drop::<Ty<..>>());` fails to compile, E0080, exactly when it is false; the same
   function a program would call at run time, without running one). Instances: every type parameter `u8` (no
   glue, so a "yes" is the type's own), then one parameter at a time `String` (glue, so a change says "has glue
   only if that parameter needs drop"); lifetimes `'static`, integer const parameters `1` (`[T; 0]` holds no `T`).

2. What must still be alive when a value is dropped (the borrow-check experiment):

       struct __RxrayDrop<'a>(&'a String);   impl Drop for __RxrayDrop<'_> { .. }
       fn make<'a, 'b>(_: &'a String, _: &'b String) -> Cell<Ty<__RxrayDrop<'a>, ..>> { loop {} }
       fn test() { let __x; let long = String::new(); let s = String::new(); __x = make(&s, &long); }

   `__x` is declared before `s`, so it is dropped after `s`. rustc accepts this exactly when dropping the value
   does not need `'s` alive; otherwise E0597 "`s` does not live long enough" with the label "borrow might be used
   here, when `__x` is dropped ...". `__RxrayDrop` has a `Drop` impl, so a `'s` inside it must be alive whenever
   the type's drop can reach it. A "yes" therefore proves that the type has drop glue at this instance and that
   its drop-check constraint reaches the parameter (the type owns a `T` by value, in `Box`, `Vec`,
   `PhantomData<T>`..., or the type has a `Drop` impl of its own, which may use every parameter). A "no" proves that
   one of them fails: no glue at all, or the parameter only behind `&T`, a raw or `fn` pointer, `NonNull`,
   `ManuallyDrop`, `Weak`...
   - `Cell<..>` makes the value invariant: without it a type contravariant in `T` (`PhantomData<fn(T)>`) could be
     used as `Ty<__RxrayDrop<'static>>` and forget the borrow, so the answer would be about variance, not drop
     check. `Cell<X>` adds nothing to drop check (it drops as its `X`).
   - The other type parameters are `String`, so that the experiment is about the tested parameter and not about a
     missing glue elsewhere.
   - The type's other lifetime parameters are `'b`, a borrow of `long`: `'static` would make `&'static T` or
     `&'static Noisy<'a>` ill-formed. Well-formedness may then ask `'a: 'b`, and if a `'b` lifetime is itself
     used at drop, `'a` must be alive there too: `long` is declared after `__x` as well, so that case shows up as
     an E0597 on `long`, and a "yes" for `s` beside it is recorded as `confounded` (it cannot be told apart).
   For a lifetime parameter, the same experiment with `'a` in its place (and `String` for every type parameter).

Any other error on an experiment's line (a bound the probe types do not meet) is recorded as `ill-formed`, with
rustc's message. Two sentinels (a `needs_drop::<u8>` that must fail, an experiment with `__RxrayDrop` itself that
must fail) prove that rustc reached constant evaluation and borrow checking.
"""

import os
import re
import tempfile

from common import OracleError, run_rustc, rustc_errors, source_lines
from variance_oracle import CONST_VALUES, RECURSIVE_RE, find_types

DROP_PROBE = "__RxrayDrop<'a>"
GLUE_PROBE = "String"
NO_GLUE_PROBE = "u8"


def _args(t, lifetime=None, types=None, others="'static"):
    """Generic arguments of `t`: lifetimes `others` (or `'a` for `lifetime`), type parameters from `types`."""
    args = []
    for kind, name, const_type in t.params:
        if kind == "lifetime":
            args.append("'a" if name == lifetime else others)
        elif kind == "const":
            # 1, not 0: `[T; 0]` holds no `T`, so it would hide what an array field owns.
            args.append(CONST_VALUES.get(const_type, "1"))
        else:
            args.append(types[name])
    return f"{t.name}<{', '.join(args)}>" if args else t.name


def _glue_instances(t):
    """[(instance, swapped parameter or None)]: every type parameter `u8`, then one at a time `String`."""
    base = {name: NO_GLUE_PROBE for kind, name, _ in t.params if kind == "type"}
    result = [(_args(t, types=base), None)]
    for kind, name, _ in t.params:
        if kind == "type":
            result.append((_args(t, types={**base, name: GLUE_PROBE}), name))
    return result


def _use_instances(t):
    """[(parameter, instance with `'a` where the borrow goes)], in declaration order."""
    glue = {name: GLUE_PROBE for kind, name, _ in t.params if kind == "type"}
    result = []
    for kind, name, _ in t.params:
        if kind == "type":
            result.append((name, _args(t, types={**glue, name: DROP_PROBE}, others="'b")))
        elif kind == "lifetime":
            result.append((name, _args(t, lifetime=name, types=glue, others="'b")))
    return result


def _experiment(index, instance):
    return (f"#[allow(unused)] fn __rxray_make{index}<'a, 'b>(_: &'a String, _: &'b String) -> "
            f"::std::cell::Cell<{instance}> {{ loop {{}} }} #[allow(unused)] fn __rxray_test{index}() {{ let __x; "
            f"let long = String::new(); let s = String::new(); __x = __rxray_make{index}(&s, &long); }}")


def _used_at_drop(d, variable="s"):
    """The E0597 of the experiment: the borrow of `variable` is used when `__x` is dropped."""
    if (d.get("code") or {}).get("code") != "E0597" or not d.get("message", "").startswith(f"`{variable}` "):
        return False
    return any("when `__x` is dropped" in (s.get("label") or "") for s in d.get("spans", []))


def record(sample_path):
    """Returns (golden text, warnings)."""
    file_name = os.path.basename(sample_path)
    lines = source_lines(sample_path)
    types = find_types(lines)
    warnings = []

    patched = list(lines) or [""]
    patched.append("#[allow(dead_code, unused)] struct __RxrayDrop<'a>(&'a String);")
    patched.append("impl Drop for __RxrayDrop<'_> { fn drop(&mut self) {} }")
    patched.append("const _: () = assert!(std::mem::needs_drop::<u8>());")
    glue_sentinel = len(patched)
    patched.append(_experiment("_sentinel", DROP_PROBE))
    use_sentinel = len(patched)
    glue_checks = {}  # line -> (type, instance)
    use_checks = {}  # line -> (type, parameter, instance)
    for t in types:
        if not t.top_level:
            warnings.append(f"{file_name}:{t.line}: {t.name} is not at the top level; no drop-check experiments")
            continue
        for instance, _ in _glue_instances(t):
            patched.append(f"const _: () = assert!(std::mem::needs_drop::<{instance}>());")
            glue_checks[len(patched)] = (t, instance)
        for param, instance in _use_instances(t):
            patched.append(_experiment(len(patched) + 1, instance))
            use_checks[len(patched)] = (t, param, instance)

    with tempfile.TemporaryDirectory(prefix="rxray-dropck-oracle-") as tmp:
        with open(os.path.join(tmp, file_name), "w", encoding="utf-8") as f:
            f.write("\n".join(patched) + "\n")
        proc = run_rustc(
            ["--edition", "2021", "--crate-type", "lib", "--emit=metadata", "--error-format=json", "-A", "warnings",
             "-o", os.path.join(tmp, "out.rmeta"), file_name],
            cwd=tmp,
        )

    glue_failed = {}  # line -> message (first error)
    use_errors = {}  # line -> [diagnostic]
    sentinels = {"glue": False, "use": False}
    for line, d in rustc_errors(proc.stderr):
        code = (d.get("code") or {}).get("code")
        if line == glue_sentinel:
            sentinels["glue"] = True
        elif line == use_sentinel:
            sentinels["use"] = sentinels["use"] or _used_at_drop(d)
        elif line in glue_checks:
            glue_failed.setdefault(line, (code, d.get("message", "")))
        elif line in use_checks:
            use_errors.setdefault(line, []).append(d)
        elif code == "E0392" or (code is None and RECURSIVE_RE.fullmatch(d.get("message", ""))):
            continue  # a sample that shows "parameter is never used": the variance golden records it
        else:
            raise OracleError(f"{file_name}:{line}: rustc error not caused by the recorder: {code} {d.get('message')}")
    if not sentinels["glue"]:
        raise OracleError(f"{file_name}: rustc did not evaluate the needs_drop constants:\n{proc.stderr}")
    if not sentinels["use"]:
        raise OracleError(f"{file_name}: rustc did not borrow-check the drop experiments:\n{proc.stderr}")

    out = ["# What drop check sees in each type of " + file_name + ", from rustc, by src/scripts/record-goldens.sh.",
           "# Do not edit; re-record instead. needs_drop: std::mem::needs_drop::<instance>() (const-evaluated).",
           "# drop_uses P: whether dropping the instance needs the borrow at P alive (E0597 \"when `__x` is",
           "# dropped\"), where P is __RxrayDrop<'a> (a type with a Drop impl) or the lifetime 'a; see dropck_oracle.py."]
    for t in types:
        if not t.top_level:
            continue
        out.append(f"{t.kind} {t.name}")
        glue = {}
        for line, (check_type, instance) in sorted(glue_checks.items()):
            if check_type is not t:
                continue
            failure = glue_failed.get(line)
            if failure is None:
                answer = "yes"
            elif failure[0] == "E0080":
                answer = "no"
            else:
                answer = "ill-formed: " + failure[1].replace("\n", " ")
            glue[instance] = answer
            out.append(f"  needs_drop {instance} {answer}")
        answers = []
        for line, (check_type, param, instance) in sorted(use_checks.items()):
            if check_type is not t:
                continue
            errors = use_errors.get(line, [])
            s_used = any(_used_at_drop(d, "s") for d in errors)
            long_used = any(_used_at_drop(d, "long") for d in errors)
            others = [d for d in errors if not _used_at_drop(d, "s") and not _used_at_drop(d, "long")]
            if others:
                answer = "ill-formed: " + others[0].get("message", "").replace("\n", " ")
            elif s_used:
                answer = "confounded" if long_used else "yes"
            else:
                answer = "no"
            answers.append((param, instance, answer))
        for param, instance, answer in answers:
            out.append(f"  drop_uses {param} {instance} {answer}")
        out.append(f"summary {t.name} glue={_glue_summary(t, glue)}")
    return "\n".join(out) + "\n", warnings


def _glue_summary(t, glue):
    """yes, no, if(T,U) (has glue exactly when one of those needs drop), or unknown."""
    instances = _glue_instances(t)
    base = glue[instances[0][0]]
    if base == "yes":
        return "yes"
    if base != "no":
        return "unknown"
    needs = []
    for instance, param in instances[1:]:
        answer = glue[instance]
        if answer == "yes":
            needs.append(param)
        elif answer != "no":
            return "unknown"
    return f"if({','.join(needs)})" if needs else "no"
