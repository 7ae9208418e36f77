#!/usr/bin/env bash
# One-paragraph guides of growing size (issue 25): `guidekit check` on each, in a fresh process with the README
# launcher's JVM flags, timed with /usr/bin/time (CPU = user + sys). Every stage of check must take time in
# proportion to the guide, so the CPU per MB should stay about flat from the smallest to the largest.
# Usage: bench/long/run.sh [BYTES...]     (default 100000 675000 2000000). Offline: mvn -o; compiles first.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${*:-100000 675000 2000000}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mvn -o -q compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$W/cp" >/dev/null
CP="target/classes:$(cat "$W/cp")"

echo "== machine"
echo "nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(java -version 2>&1 | head -1);" \
     "load: $(cut -d' ' -f1-3 /proc/loadavg); tree $(git rev-parse --short HEAD)"

# A guide of one paragraph of about $1 bytes: sentences of 6 to 14 words of patient-leaflet prose, a fixed sequence.
guide() {
  awk -v size="$1" 'BEGIN {
    n = split("the your back muscle spasm pain ease heat cold pack towel rest walk slowly stretch gently doctor " \
              "nurse call if you feel worse after two days take medicine as told drink water sit stand lift bend " \
              "knees keep straight", w, " ")
    printf "---\ntitle: Long guide\nlanguage: en-US\norganization: Riverside\nreviewed: 2026-10-01\n---\n"
    seed = 7; total = 0; first = 1
    while (total < size) {
      seed = (seed * 1103515245 + 12345) % 2147483648; len = 6 + seed % 9; s = ""
      for (i = 0; i < len; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; s = s (i ? " " : "") w[1 + seed % n] }
      s = toupper(substr(s, 1, 1)) substr(s, 2) "."
      printf "%s%s", (first ? "" : " "), s; total += length(s) + 1; first = 0
    }
    printf "\n"
  }'
}

for size in $SIZES; do
  mkdir -p "$W/$size"
  guide "$size" >"$W/$size/guide.md"
  /usr/bin/time -f "%e %U %S %M" -o "$W/t" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" \
      org.guidekit.cli.Main check "$W/$size/guide.md" >"$W/out" 2>&1 || true
  awk -v s="$(wc -c <"$W/$size/guide.md")" '{ printf "%9d bytes: wall %6.1f s, CPU %6.1f s (%.1f s per MB), peak %d MB\n", \
      s, $1, $2 + $3, ($2 + $3) / (s / 1000000), $4 / 1024 }' "$W/t"
  tail -1 "$W/out"
done
