#!/usr/bin/env bash
# Audio benchmark: guidekit (FreeTTS + jump3r) against espeak-ng + lame on the same text.
# Usage: bench/audio/run.sh [content/guide.md]    (needs: mvn, java; espeak-ng, lame for the comparison)
set -euo pipefail
cd "$(dirname "$0")/../.."
GUIDE=${1:-content/back-muscle-spasms.md}
NAME=$(basename "$GUIDE" .md)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

mvn -q -B -o package -DskipTests >/dev/null
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"

echo "== machine"
echo "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(java -version 2>&1 | head -1)"

echo "== in-process (org.guidekit.bench.AudioBench)"
java -cp "$CP" org.guidekit.bench.AudioBench "$GUIDE"

wall() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

echo "== whole process: guidekit render --format audio (fresh JVM each time, 3 runs)"
for flags in "" "-XX:TieredStopAtLevel=1"; do
  for i in 1 2 3; do
    rm -rf "$OUT/g"
    echo "java ${flags:-(default JIT)}: $(wall java $flags -jar target/guidekit.jar render "$GUIDE" --format audio --out "$OUT/g") s"
  done
done
java -jar target/guidekit.jar render "$GUIDE" --format audio --out "$OUT/g" >/dev/null
TRANSCRIPT="$OUT/g/$NAME/$NAME.transcript.txt"

if command -v espeak-ng >/dev/null && command -v lame >/dev/null; then
  echo "== espeak-ng + lame on the same transcript ($(wc -w < "$TRANSCRIPT") words), 3 runs"
  for i in 1 2 3; do
    s=$(date +%s.%N)
    espeak-ng -v en-us -s 155 -f "$TRANSCRIPT" -w "$OUT/e.wav"
    m=$(date +%s.%N)
    lame --quiet -m m --cbr -b 48 --resample 16 "$OUT/e.wav" "$OUT/e.mp3"
    e=$(date +%s.%N)
    echo "espeak-ng $(echo "$m - $s" | bc) s + lame $(echo "$e - $m" | bc) s = $(echo "$e - $s" | bc) s"
  done
  command -v soxi >/dev/null && echo "espeak-ng audio: $(soxi -D "$OUT/e.wav") s"
else
  echo "espeak-ng or lame missing: apt-get install -y espeak-ng lame sox"
fi
echo "guidekit audio: $(java -cp "$CP" org.guidekit.bench.Mp3Length "$OUT/g/$NAME/$NAME.mp3") s"
