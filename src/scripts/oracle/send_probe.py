"""Asks rustc whether each async fn's future is Send and Unpin, and when it is not Send, which value says so.

The probe calls a generic checker with the async fn itself as the argument, so no argument values are needed:
    fn assert_send_output<F: FnOnce<A>, A: Tuple>(_: F) where F::Output: Send {}
    assert_send_output(Cache::get);   assert_send_output(show::<f64>);
(`unboxed_closures` and `tuple_trait` are unlocked by RUSTC_BOOTSTRAP=1, like the other debugging flags.)
Async blocks and closures have no path to name them from outside, so they are not probed.

rustc's own explanation of a non-Send future ("future is not `Send` as this value is used across an await") names
one value, its type, its span and the await it lives across: that is what the golden records.
"""

import os
import re
import tempfile

from common import OracleError, run_rustc, rustc_errors, source_lines

ASYNC_FN_RE = re.compile(r"^\{async fn body of (.*)\(\)\}$")
NOT_SEND_TYPE_RE = re.compile(r"^has type `(.*)` which is not `Send`$")


def callable_path(instance_name):
    """`{async fn body of log_all<f64, [f64; 2]>()}` -> `log_all::<f64, [f64; 2]>`; None for blocks and closures.

    Generic arguments of the path's own segments need a turbofish in expression position; those inside a qualified
    self type (`<UpperStorage<MemoryStorage> as Storage>::load`) are in type position and stay as they are.
    """
    m = ASYNC_FN_RE.match(instance_name)
    if not m:
        return None
    path = m.group(1)
    out = []
    depth = 0
    i = 0
    while i < len(path):
        c = path[i]
        if c == "-" and path[i + 1:i + 2] == ">":
            out.append("->")
            i += 2
            continue
        if c == "<":
            if depth == 0 and out and (out[-1][-1:].isalnum() or out[-1][-1:] == "_"):
                out.append("::")
            depth += 1
        elif c == ">":
            depth -= 1
        out.append(c)
        i += 1
    return "".join(out)


def probe(sample_path, instance_names):
    """{instance name: golden lines (`  send ...`, `  unpin ...`)} for every async fn instance that can be named."""
    file_name = os.path.basename(sample_path)
    lines = source_lines(sample_path)
    lines = lines or [""]
    lines[0] = "#![feature(unboxed_closures, tuple_trait)] " + lines[0]
    lines += [
        "#[allow(dead_code, unused)]",
        "fn __rxray_oracle_future_checks() {",
        "    fn assert_send_output<F: FnOnce<A>, A: std::marker::Tuple>(_: F) where F::Output: Send {}",
        "    fn assert_unpin_output<F: FnOnce<A>, A: std::marker::Tuple>(_: F) where F::Output: Unpin {}",
    ]
    checks = {}  # line -> (instance name, 'send' | 'unpin')
    for name in sorted(instance_names):
        path = callable_path(name)
        if path is None:
            continue
        for what in ("send", "unpin"):
            lines.append(f"    assert_{what}_output({path});")
            checks[len(lines)] = (name, what)
    lines.append("}")
    if not checks:
        return {}

    with tempfile.TemporaryDirectory(prefix="rxray-send-oracle-") as tmp:
        with open(os.path.join(tmp, file_name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        proc = run_rustc(["--edition", "2021", "--crate-type", "lib", "--emit=metadata", "--error-format=json",
                          "-A", "warnings", "-o", os.path.join(tmp, "out.rmeta"), file_name], cwd=tmp)

    answers = {check: None for check in checks.values()}  # None: no error, the bound holds
    for line, d in rustc_errors(proc.stderr):
        if line not in checks:
            raise OracleError(f"{file_name}:{line}: rustc error not caused by the probe: {d.get('message')}")
        answers.setdefault(checks[line], None)
        if answers[checks[line]] is None:
            answers[checks[line]] = d

    result = {}
    for (name, what), diagnostic in sorted(answers.items()):
        if what == "unpin":
            if diagnostic is None:
                line = "  unpin yes"
            elif "cannot be unpinned" in diagnostic.get("message", ""):
                line = "  unpin no"
            else:
                line = "  unpin ?"  # rustc refused the probe itself (an `impl Trait` argument cannot be named)
            result.setdefault(name, []).append(line)
        else:
            result.setdefault(name, []).insert(0, _send_line(diagnostic, file_name))
    return result


def _send_line(diagnostic, file_name):
    if diagnostic is None:
        return "  send yes"
    if "cannot be sent between threads safely" not in diagnostic.get("message", ""):
        return "  send ?"  # rustc refused the probe itself (an `impl Trait` argument cannot be named)
    for child in diagnostic.get("children", []):
        if not child.get("message", "").startswith("future is not `Send`"):
            continue
        line = "  send no"
        spans = [s for s in child.get("spans", []) if os.path.basename(s.get("file_name", "")) == file_name]
        for s in spans:
            if s.get("is_primary"):
                line += f" await={s['line_start']}:{s['column_start']}"
        for s in spans:
            m = NOT_SEND_TYPE_RE.match(s.get("label") or "")
            if m and not s.get("is_primary"):
                line += (f" value={s['line_start']}:{s['column_start']}-{s['line_end']}:{s['column_end']}"
                         f" type={m.group(1)}")
                break
        return line
    return "  send no"
