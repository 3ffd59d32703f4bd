#!/usr/bin/env bash
# Records the compiler's own answers beside the samples (async state machines, variance, auto traits, drop check):
#   src/scripts/record-goldens.sh            re-record every golden
#   src/scripts/record-goldens.sh --check    re-derive and compare; exit 1 and print a diff on drift
#   src/scripts/record-goldens.sh FILE.rs    re-record one sample
# Needs rustc (nightly flags are unlocked with RUSTC_BOOTSTRAP=1) and python3. Writes compiler dumps to a
# temporary folder only; the samples themselves are never modified.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in rustc python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "record-goldens: $tool is not on PATH" >&2
    exit 3
  fi
done
exec python3 -B "$here/oracle/record.py" "$@"
