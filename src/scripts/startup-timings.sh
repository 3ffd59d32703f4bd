#!/usr/bin/env bash
# startup-timings.sh: what a fresh `rxray check FILE` costs, and what each start-up measure of the launcher buys.
#
# Runs hyperfine over the same command with the JVM flags added one at a time, then the launcher itself with and
# without the background parser warm-up, and prints a Markdown table (also written to target/startup-timings.md).
# Usage: src/scripts/startup-timings.sh [FILE]   (default: ~200 lines made of whole samples; RUNS=20 by default)
set -euo pipefail

PROJECT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
TARGET="$PROJECT/target"
RUNS="${RUNS:-20}"
command -v hyperfine >/dev/null || { echo "startup-timings: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

# The launcher builds the project and the classes jar if needed; its --version run also prepares the archive.
"$PROJECT/rxray" --version >/dev/null

# The default subject: about 200 lines of real Rust, made of whole samples (largest first) so it parses cleanly.
FILE="${1:-}"
if [ -z "$FILE" ]; then
    FILE="$TARGET/startup-sample.rs"
    : >"$FILE"
    if [ -d "$PROJECT/samples" ]; then
        while read -r _ sample; do
            [ "$(wc -l <"$FILE")" -ge 200 ] && break
            cat "$sample" >>"$FILE"
        done < <(find "$PROJECT/samples" -name '*.rs' -exec wc -l {} + | awk '$2 != "total"' | sort -rn)
    fi
    if [ ! -s "$FILE" ]; then
        for i in $(seq 1 20); do
            printf 'pub fn f%d<T: Clone>(items: &[T], n: usize) -> Vec<T> {\n' "$i"
            printf '    let mut out = Vec::with_capacity(n);\n    for item in items.iter().take(n) {\n'
            printf '        out.push(item.clone());\n    }\n    match out.len() { 0 => out, _ => out }\n}\n\n'
        done >"$FILE"
    fi
fi
FILE="$(readlink -f "$FILE")"
echo "startup-timings: $(wc -l <"$FILE") lines in $FILE, $RUNS runs each" >&2

JAVA="$(RXRAY_PRINT_JAVA=1 "$PROJECT/rxray")"
DEPS="$(cat "$TARGET/runtime-classpath.txt")"
JAR_CP="$TARGET/rxray-classes.jar:$DEPS"
# The first rows show the JVM measures alone, so they run without the parser warm-up; the launcher rows compare it.
MAIN="-Drxray.warmup=false dev.rxray.cli.Main check $FILE"
# Fresh archives for the rows below (the JVM does not replace one whose class path no longer matches); each row's
# warm-up runs create its own.
rm -f "$TARGET"/timing-*.jsa
CDS="-XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile=$TARGET/timing"

hyperfine -N --warmup 3 --runs "$RUNS" --export-markdown "$TARGET/startup-timings.md" \
    -n "java, class folder, no flags" "$JAVA -cp $TARGET/classes:$DEPS $MAIN" \
    -n "+ classes jar and AppCDS archive" "$JAVA $CDS-1.jsa -cp $JAR_CP $MAIN" \
    -n "+ C1 only (TieredStopAtLevel=1)" "$JAVA $CDS-2.jsa -XX:TieredStopAtLevel=1 -cp $JAR_CP $MAIN" \
    -n "+ SerialGC, no perf data" "$JAVA $CDS-3.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp $JAR_CP $MAIN" \
    -n "launcher, no parser warm-up" "env RXRAY_JAVA_OPTS=-Drxray.warmup=false $PROJECT/rxray check $FILE" \
    -n "launcher (with the parser warm-up)" "$PROJECT/rxray check $FILE" \
    -n "launcher, rxray --version (floor)" "$PROJECT/rxray --version" \
    >&2
cat "$TARGET/startup-timings.md"
