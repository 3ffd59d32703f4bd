"""Records (or, with --check, re-derives and compares) the rustc goldens beside the samples.

samples/async/<name>.rs                  -> samples/async/<name>.async.golden
samples/{variance,phantom}/<name>.rs     -> <same folder>/<name>.variance.golden and <name>.dropck.golden,
                                            and <name>.futures.golden when the sample has async fns

Exit status: 0 when every golden was written (or, with --check, matches), 1 on drift or a missing golden,
2 when rustc's output could not be read unambiguously.
"""

import argparse
import concurrent.futures
import difflib
import glob
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import async_oracle  # noqa: E402
import dropck_oracle  # noqa: E402
import futures_oracle  # noqa: E402
import variance_oracle  # noqa: E402
from common import OracleError, rustc_version  # noqa: E402

KINDS = {
    "async": (("async",), async_oracle.record),
    "variance": (("variance", "phantom"), variance_oracle.record),
    "dropck": (("variance", "phantom"), dropck_oracle.record),
    "futures": (("variance", "phantom"), futures_oracle.record),
}


def golden_jobs(samples_dir, only):
    jobs = []
    for kind, (folders, recorder) in KINDS.items():
        for folder in folders:
            for rs in sorted(glob.glob(os.path.join(samples_dir, folder, "*.rs"))):
                if only and not any(os.path.abspath(rs) == os.path.abspath(o) for o in only):
                    continue
                golden = rs[: -len(".rs")] + f".{kind}.golden"
                jobs.append((rs, golden, recorder))
    return jobs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the recorded goldens, write nothing")
    parser.add_argument("--samples", default=None, help="the samples folder (default: the repository's)")
    parser.add_argument("--jobs", type=int, default=2, help="rustc processes at once")
    parser.add_argument("only", nargs="*", help="record only these sample files")
    args = parser.parse_args()

    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
    samples_dir = os.path.abspath(args.samples or os.path.join(root, "samples"))
    jobs = golden_jobs(samples_dir, args.only)
    if not jobs:
        print(f"no samples found under {samples_dir}", file=sys.stderr)
        return 2

    started = time.monotonic()
    print(f"{rustc_version()}; {len(jobs)} samples", file=sys.stderr)
    drift = 0
    broken = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [(rs, golden, pool.submit(recorder, rs)) for rs, golden, recorder in jobs]
        for rs, golden, future in futures:
            rel = os.path.relpath(golden, samples_dir)
            try:
                text, warnings = future.result()
            except OracleError as e:
                broken += 1
                print(f"ERROR {os.path.relpath(rs, samples_dir)}: {e}", file=sys.stderr)
                continue
            for w in warnings:
                print(f"warning: {w}", file=sys.stderr)
            old = None
            if os.path.exists(golden):
                with open(golden, encoding="utf-8") as f:
                    old = f.read()
            if text is None:
                # Nothing for this recorder to say about the sample: a golden left from before is stale.
                if old is not None:
                    drift += 1
                    print(f"STALE {rel}: the sample no longer has anything to record; delete it", file=sys.stderr)
                continue
            if old == text:
                continue
            if args.check:
                drift += 1
                if old is None:
                    print(f"MISSING {rel}", file=sys.stderr)
                else:
                    print(f"DRIFT {rel}", file=sys.stderr)
                    sys.stdout.writelines(difflib.unified_diff(
                        old.splitlines(keepends=True), text.splitlines(keepends=True),
                        fromfile=f"recorded/{rel}", tofile=f"rustc/{rel}"))
            else:
                tmp = golden + ".tmp"
                with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
                os.replace(tmp, golden)
                print(f"wrote {rel}", file=sys.stderr)
    elapsed = time.monotonic() - started
    verdict = "drift" if drift else ("errors" if broken else "ok")
    print(f"{len(jobs)} samples, {drift} drifted, {broken} unreadable, {elapsed:.1f} s: {verdict}", file=sys.stderr)
    if broken:
        return 2
    return 1 if drift else 0


if __name__ == "__main__":
    sys.exit(main())
