"""Records rustc's Send, Sync and Unpin for the futures of a variance or phantom sample's async fns, alone and
inside the sample's own generic types (`Wrapper<{async fn body of fetch()}>`).

Only samples with top-level, non-generic `async fn`s get a golden (`<name>.futures.golden`). The future of an
async fn has no name to write, so each check passes the fn itself to a generic checker that names its output:

    { fn check<F: FnOnce<A>, A: std::marker::Tuple>(_: F) where Wrapper<F::Output>: Send {} check(fetch); }

(`unboxed_closures` and `tuple_trait` are unlocked by RUSTC_BOOTSTRAP=1.) An E0277 on a check's line (or rustc's
uncoded "future cannot be sent/shared between threads safely") is a "no".
Wrapping types: the sample's top-level types with exactly one type parameter (lifetimes `'static`, integer
consts `1`); a check rustc rejects for another reason (a bound the future does not meet) is `ill-formed`.
"""

import os
import re
import tempfile

from common import OracleError, run_rustc, rustc_errors, source_lines
from variance_oracle import CONST_VALUES, find_types

ASYNC_FN_RE = re.compile(r"^(?:pub(?:\([^)]*\))?\s+)?async\s+fn\s+([A-Za-z_]\w*)\s*\(")
TRAITS = ("Send", "Sync", "Unpin")
# rustc words a future's missing Send or Sync as its own error, without a code ("future cannot be sent between
# threads safely"); anything else on a check's line is not an answer.
NOT_MESSAGES = ("cannot be sent between threads safely", "cannot be shared between threads safely",
                "cannot be unpinned")


def async_fns(lines):
    """Names of the top-level, non-generic async fns, in source order."""
    return [m.group(1) for m in (ASYNC_FN_RE.match(line) for line in lines) if m]


def _wrapper(t):
    """`Wrapper<{}>` with `{}` where the future goes, or None when the type does not have one type parameter."""
    if sum(1 for kind, _, _ in t.params if kind == "type") != 1:
        return None
    args = []
    for kind, _, const_type in t.params:
        if kind == "lifetime":
            args.append("'static")
        elif kind == "const":
            args.append(CONST_VALUES.get(const_type, "1"))
        else:
            args.append("{}")
    return f"{t.name}<{', '.join(args)}>"


def record(sample_path):
    """Returns (golden text, warnings), or (None, []) when the sample has no async fn to probe."""
    file_name = os.path.basename(sample_path)
    lines = source_lines(sample_path)
    fns = async_fns(lines)
    if not fns:
        return None, []
    wrappers = [w for w in (_wrapper(t) for t in find_types(lines) if t.top_level) if w]

    patched = list(lines)
    patched[0] = "#![feature(unboxed_closures, tuple_trait)] " + patched[0]
    patched.append("#[allow(dead_code, unused)]")
    patched.append("fn __rxray_oracle_future_checks() {")
    patched.append("    fn sentinel<T: Send>() {} sentinel::<std::rc::Rc<u8>>();")
    sentinel = len(patched)
    checks = {}  # line -> (described type, trait)
    for name in fns:
        for shape in ["{}"] + wrappers:
            described = shape.replace("{}", f"{{async fn body of {name}()}}")
            bound = shape.replace("{}", "F::Output")
            for trait in TRAITS:
                patched.append(f"    {{ fn check<F: FnOnce<A>, A: std::marker::Tuple>(_: F) where {bound}: {trait} {{}} "
                               f"check({name}); }}")
                checks[len(patched)] = (described, trait)
    patched.append("}")

    with tempfile.TemporaryDirectory(prefix="rxray-futures-oracle-") as tmp:
        with open(os.path.join(tmp, file_name), "w", encoding="utf-8") as f:
            f.write("\n".join(patched) + "\n")
        proc = run_rustc(["--edition", "2021", "--crate-type", "lib", "--emit=metadata", "--error-format=json",
                          "-A", "warnings", "-o", os.path.join(tmp, "out.rmeta"), file_name], cwd=tmp)

    failed = {}  # line -> code
    seen_sentinel = False
    for line, d in rustc_errors(proc.stderr):
        code = (d.get("code") or {}).get("code")
        if line == sentinel:
            seen_sentinel = True
        elif line in checks:
            failed.setdefault(line, (code, d.get("message", "")))
        else:
            raise OracleError(f"{file_name}:{line}: rustc error not caused by the recorder: {code} {d.get('message')}")
    if not seen_sentinel:
        raise OracleError(f"{file_name}: rustc did not type-check the future checks:\n{proc.stderr}")

    answers = {}  # described -> {trait: answer}
    for line, (described, trait) in sorted(checks.items()):
        failure = failed.get(line)
        if failure is None:
            answer = "yes"
        elif failure[0] == "E0277" or any(m in failure[1] for m in NOT_MESSAGES):
            answer = "no"
        else:
            answer = "ill-formed"
        answers.setdefault(described, {})[trait] = answer
    out = ["# rustc's Send, Sync and Unpin of the futures of " + file_name + "'s async fns, alone and inside the",
           "# sample's one-parameter types (E0277 on generic checks named by the fn's output; see futures_oracle.py).",
           "# Recorded by src/scripts/record-goldens.sh. Do not edit; re-record instead."]
    for described, traits in answers.items():
        facts = " ".join(f"{trait}={traits[trait]}" for trait in TRAITS)
        out.append(f"{'future' if described.startswith('{') else 'autotrait'} {described} {facts}")
    return "\n".join(out) + "\n", []
