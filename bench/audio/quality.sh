#!/usr/bin/env bash
# Which LAME quality setting (issue 13): encoding CPU against a listening proxy, the spectral difference of each
# decoded MP3 to the levelled WAV it was made from. Usage: bench/audio/quality.sh [content/guide.md]
# Needs: mvn, java, ffmpeg, python3 with numpy.
set -euo pipefail
cd "$(dirname "$0")/../.."
GUIDE=${1:-content/back-muscle-spasms.md}
NAME=$(basename "$GUIDE" .md)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

mvn -q -B -o package -DskipTests >/dev/null
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"
echo "== machine: nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); load $(cut -d' ' -f1-3 /proc/loadavg)"

java -jar target/guidekit.jar render "$GUIDE" --format wav --out "$OUT/wav" -q
WAV="$OUT/wav/$NAME/$NAME.wav"
echo "== encoding CPU, median of 3 warm rounds ($(( $(stat -c %s "$WAV") / 32000 )) s of speech)"
java -cp "$CP" org.guidekit.bench.Mp3QualityBench "$WAV" "$OUT/mp3" 3 2 5 7 9
for q in 2 5 7 9; do ffmpeg -v error -i "$OUT/mp3/q$q.mp3" -f s16le -ac 1 -ar 16000 "$OUT/mp3/q$q.raw"; done
echo "== spectral difference to the WAV (lower is closer; SNR higher is closer)"
python3 bench/audio/spectral_distance.py "$WAV" "$OUT"/mp3/q{2,5,7,9}.raw
