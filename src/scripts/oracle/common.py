"""Shared helpers of the golden recorder: running rustc and reading its span notation."""

import json
import os
import re
import subprocess

# rustc prints spans as FILE:L:C: L:C (end exclusive); the file part may itself contain colons only on
# exotic systems, so the regex anchors on the numeric tail.
SPAN_RE = re.compile(r"(?P<file>[^\s:]+):(?P<l1>\d+):(?P<c1>\d+): (?P<l2>\d+):(?P<c2>\d+)")


class OracleError(Exception):
    """rustc said something the recorder cannot read unambiguously: stop instead of guessing."""


def rustc_env():
    env = dict(os.environ)
    env["RUSTC_BOOTSTRAP"] = "1"
    # Diagnostics must not depend on the terminal or the user's language.
    env.pop("RUSTFLAGS", None)
    env["LC_ALL"] = "C"
    return env


def run_rustc(args, cwd, timeout=120):
    proc = subprocess.run(
        ["rustc", *args],
        cwd=cwd,
        env=rustc_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
    )
    return proc


def rustc_version():
    proc = subprocess.run(["rustc", "--version"], env=rustc_env(), stdout=subprocess.PIPE, text=True)
    return proc.stdout.strip()


def span_in(text, file_name):
    """The first span of `text` that lies in `file_name`, as ((l1, c1), (l2, c2)), or None."""
    for m in SPAN_RE.finditer(text):
        if os.path.basename(m.group("file")) == file_name:
            return (int(m.group("l1")), int(m.group("c1"))), (int(m.group("l2")), int(m.group("c2")))
    return None


def fmt_pos(pos):
    return f"{pos[0]}:{pos[1]}"


def fmt_span(span):
    return f"{fmt_pos(span[0])}-{fmt_pos(span[1])}"


def strip_generic_args(name):
    """`{async fn body of show<&str>()}` -> `{async fn body of show()}`.

    A `<` right after an identifier character opens generic arguments and is dropped with everything up to
    its matching `>`; a `<` after a space or `{` opens a qualified path (`<T as Trait>::f`) and is kept.
    `->` inside arguments (fn pointer types) is not a closing bracket.
    """
    out = []
    i = 0
    n = len(name)
    while i < n:
        ch = name[i]
        if ch == "<" and out and (out[-1].isalnum() or out[-1] == "_"):
            depth = 0
            while i < n:
                c = name[i]
                if c == "-" and i + 1 < n and name[i + 1] == ">":
                    i += 2
                    continue
                if c == "<":
                    depth += 1
                elif c == ">":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def source_lines(path):
    """The lines of a source file, without the empty one after a final newline."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def rustc_errors(stderr):
    """rustc's errors from its --error-format=json output, without the closing "aborting due to" summary: (the line
    of the primary span or None, the diagnostic as a dict)."""
    for raw in stderr.splitlines():
        raw = raw.strip()
        if not raw.startswith("{"):
            continue
        d = json.loads(raw)
        if d.get("level") != "error" or d.get("message", "").startswith("aborting due to"):
            continue
        primary = [s for s in d.get("spans", []) if s.get("is_primary")]
        yield (primary[0]["line_start"] if primary else None), d
