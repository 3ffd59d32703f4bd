#!/usr/bin/env bash
# corpus-parity.sh: how much real-world Rust does rxray parse, compared with rustc's own parser?
#
# Downloads the Debian source packages of 16 widely used crates, extracts their .rs files, asks rustc for its
# parse-only verdict on each file (RUSTC_BOOTSTRAP=1 rustc -Zparse-crate-root-only --edition <the crate's edition>),
# runs `rxray check` once over all of them (one JVM), and reports how many of the files rustc parses rxray also
# parses with no error, with the first error of each file that fails. The report is printed and written to
# target/corpus-report.txt.
set -euo pipefail

PACKAGES=(
    librust-tokio-dev librust-futures-util-dev librust-futures-core-dev librust-syn-dev librust-serde-dev
    librust-hyper-dev librust-bytes-dev librust-regex-syntax-dev librust-pin-project-lite-dev librust-smallvec-dev
    librust-crossbeam-utils-dev librust-parking-lot-dev librust-either-dev librust-once-cell-dev librust-slab-dev
    librust-async-trait-dev
)

PROJECT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
CORPUS="$PROJECT/target/corpus"
REPORT="$PROJECT/target/corpus-report.txt"
REGISTRY=""
JOBS=2
RXRAY="${RXRAY:-$PROJECT/rxray}"

usage() {
    cat <<EOF
Usage: src/scripts/corpus-parity.sh [--corpus DIR] [--registry DIR] [--report FILE] [--jobs N]

  --corpus DIR    where packages are downloaded and extracted (default: target/corpus)
  --registry DIR  use crate sources already extracted here (a .../usr/share/cargo/registry folder)
                  instead of downloading
  --report FILE   where the report is written as well (default: target/corpus-report.txt)
  --jobs N        rustc processes run in parallel (default: 2)

rustc's verdicts are cached in the corpus folder, keyed by rustc's version and the file list.
The environment variable RXRAY names the rxray to run (default: the launcher of this checkout).
EOF
}

die() {
    echo "corpus-parity: $*" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) CORPUS="$(realpath -m "${2:?}")"; shift 2 ;;
        --registry) REGISTRY="$(realpath -m "${2:?}")"; shift 2 ;;
        --report) REPORT="$(realpath -m "${2:?}")"; shift 2 ;;
        --jobs) JOBS="${2:?}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

command -v rustc >/dev/null || die "rustc is not on PATH; it is the reference this script compares with"
RUSTC_VERSION="$(rustc --version)"
mkdir -p "$CORPUS"
WORK="$CORPUS/work"
rm -rf "$WORK"
mkdir -p "$WORK/rustc-cwd"

# 1. The packages, downloaded once and extracted once each.
if [ -z "$REGISTRY" ]; then
    command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null \
        || die "apt-get and dpkg-deb are needed to fetch the crates (or pass --registry DIR)"
    mkdir -p "$CORPUS/debs" "$CORPUS/x"
    missing=()
    for package in "${PACKAGES[@]}"; do
        compgen -G "$CORPUS/debs/${package}_*.deb" >/dev/null || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "corpus-parity: downloading ${#missing[@]} packages..." >&2
        (cd "$CORPUS/debs" && apt-get download -q "${missing[@]}" >"$WORK/apt.log" 2>&1) || {
            cat "$WORK/apt.log" >&2
            die "apt-get download failed (is 'apt-get update' needed?)"
        }
    fi
    for deb in "$CORPUS"/debs/*.deb; do
        marker="$CORPUS/x/.extracted-$(basename "$deb")"
        if [ ! -f "$marker" ]; then
            dpkg-deb -x "$deb" "$CORPUS/x" && touch "$marker"
        fi
    done
    REGISTRY="$CORPUS/x/usr/share/cargo/registry"
fi
[ -d "$REGISTRY" ] || die "no crate sources at $REGISTRY"

# 2. Every .rs file with its crate's edition (rustc's default, 2015, when Cargo.toml names none).
: >"$WORK/editions.tsv"
for crate in "$REGISTRY"/*/; do
    crate="${crate%/}"
    edition="$(sed -n 's/^edition *= *"\([0-9]*\)".*/\1/p' "$crate/Cargo.toml" 2>/dev/null | head -n 1)"
    find "$crate" -name '*.rs' -type f | LC_ALL=C sort | sed "s|^|${edition:-2015}\t|" >>"$WORK/editions.tsv"
done
cut -f2 "$WORK/editions.tsv" >"$WORK/files.txt"
FILES="$(wc -l <"$WORK/files.txt")"
[ "$FILES" -gt 0 ] || die "no .rs files under $REGISTRY"

# 3. rustc's verdict per file, in parallel, cached while rustc and the file list stay the same.
CACHE="$CORPUS/rustc-verdicts.tsv"
CACHE_KEY="$RUSTC_VERSION $(sha256sum <"$WORK/editions.tsv" | cut -c1-16)"
rustc_started=$(date +%s%N)
if [ -f "$CACHE" ] && [ "$(head -n 1 "$CACHE")" = "# $CACHE_KEY" ]; then
    tail -n +2 "$CACHE" >"$WORK/rustc.tsv"
    rustc_note="cached"
else
    echo "corpus-parity: rustc parses $FILES files ($JOBS at a time)..." >&2
    # Each worker gets a batch of "edition<TAB>file" lines and prints "ok|fail<TAB>file" per file.
    tr '\n' '\0' <"$WORK/editions.tsv" | (cd "$WORK/rustc-cwd" && xargs -0 -P "$JOBS" -n 16 sh -c '
        for entry in "$@"; do
            edition="${entry%%	*}"
            file="${entry#*	}"
            if RUSTC_BOOTSTRAP=1 rustc -Zparse-crate-root-only --edition "$edition" "$file" >/dev/null 2>&1; then
                printf "ok\t%s\n" "$file"
            else
                printf "fail\t%s\n" "$file"
            fi
        done' rustc-verdict) | LC_ALL=C sort -t "$(printf '\t')" -k2,2 >"$WORK/rustc.tsv"
    { echo "# $CACHE_KEY"; cat "$WORK/rustc.tsv"; } >"$CACHE"
    rustc_note="$JOBS jobs"
fi
rustc_ms=$(( ($(date +%s%N) - rustc_started) / 1000000 ))

# 4. rxray over all files in one JVM (with the launcher's short-run flags: one pass over the corpus costs less CPU
#    with C1 alone than with the optimising compiler too).
echo "corpus-parity: rxray checks $FILES files..." >&2
rxray_started=$(date +%s%N)
set +e
"$RXRAY" check --files-from "$WORK/files.txt" >/dev/null 2>"$WORK/rxray.err"
rxray_status=$?
set -e
rxray_ms=$(( ($(date +%s%N) - rxray_started) / 1000000 ))
if [ "$rxray_status" -gt 2 ]; then
    cat "$WORK/rxray.err" >&2
    die "rxray check failed with exit code $rxray_status"
fi

# The first error line of each file rxray rejects: "file<TAB>line". An unreadable file counts as rejected.
awk '
    match($0, /:[0-9]+:[0-9]+: (error|warning|note): /) {
        if (substr($0, RSTART) ~ /^:[0-9]+:[0-9]+: error: /) {
            file = substr($0, 1, RSTART - 1)
            if (!(file in seen)) { seen[file] = 1; print file "\t" $0 }
        }
        next
    }
    /^rxray: cannot read / {
        file = $0; sub(/^rxray: cannot read /, "", file); sub(/: [^:]*$/, "", file)
        if (!(file in seen)) { seen[file] = 1; print file "\t" $0 }
    }
' "$WORK/rxray.err" | LC_ALL=C sort -t "$(printf '\t')" -k1,1 >"$WORK/rxray-rejects.tsv"

# 5. The report.
mkdir -p "$(dirname "$REPORT")"
awk -F '\t' -v registry="$REGISTRY/" -v files="$FILES" -v rustc_version="$RUSTC_VERSION" \
    -v rustc_ms="$rustc_ms" -v rustc_note="$rustc_note" -v rxray_ms="$rxray_ms" \
    -v editions="$WORK/editions.tsv" -v rejects="$WORK/rxray-rejects.tsv" '
    function short(text,    at) {
        while ((at = index(text, registry)) > 0) text = substr(text, 1, at - 1) substr(text, at + length(registry))
        return text
    }
    function crate_of(path) { path = short(path); return substr(path, 1, index(path, "/") - 1) }
    BEGIN {
        while ((getline line < editions) > 0) {
            split(line, parts, "\t"); edition[crate_of(parts[2])] = parts[1]
        }
        while ((getline line < rejects) > 0) {
            tab = index(line, "\t"); rejected[substr(line, 1, tab - 1)] = substr(line, tab + 1)
        }
    }
    {
        verdict = $1; file = $2; crate = crate_of(file); crates[crate] = 1; total[crate]++
        if (verdict == "ok") {
            rustc_ok++; ok[crate]++
            if (file in rejected) { missed[++n_missed] = short(file) "\n      " short(rejected[file]) }
            else { both++; clean[crate]++ }
        } else {
            rustc_fail++
            if (!(file in rejected)) { lenient[++n_lenient] = short(file) }
            else { strict[++n_strict] = short(file) }
        }
    }
    END {
        pct = rustc_ok ? 100 * both / rustc_ok : 0
        printf "rxray corpus parity (%s)\n", rustc_version
        printf "  crates                          %d\n", length(crates)
        printf "  files                           %d\n", files
        printf "  files rustc parses              %d\n", rustc_ok
        printf "  of those, rxray parses cleanly  %d  (%.2f%%; target 99.5%%)\n", both, pct
        printf "  files rustc rejects             %d  (rxray rejects %d, accepts %d)\n", rustc_fail, n_strict, n_lenient
        printf "  time                            rustc %.1f s (%s), rxray %.1f s (one JVM)\n\n", \
            rustc_ms / 1000, rustc_note, rxray_ms / 1000
        printf "  %-28s %7s %6s %6s %12s\n", "crate", "edition", "files", "rustc", "rxray clean"
        count = 0
        for (c in crates) names[++count] = c
        for (i = 2; i <= count; i++) {
            key = names[i]; j = i - 1
            while (j > 0 && names[j] > key) { names[j + 1] = names[j]; j-- }
            names[j + 1] = key
        }
        for (i = 1; i <= count; i++) {
            c = names[i]
            printf "  %-28s %7s %6d %6d %12d\n", c, edition[c], total[c], ok[c] + 0, clean[c] + 0
        }
        printf "\nFiles rustc parses but rxray rejects (%d), with rxray'"'"'s first error:\n", n_missed
        for (i = 1; i <= n_missed; i++) printf "  %s\n", missed[i]
        if (n_missed == 0) print "  (none)"
        printf "\nFiles rustc rejects that rxray accepts (%d):\n", n_lenient
        for (i = 1; i <= n_lenient; i++) printf "  %s\n", lenient[i]
        if (n_lenient == 0) print "  (none)"
    }
' "$WORK/rustc.tsv" | tee "$REPORT"
echo "corpus-parity: report written to $REPORT" >&2
