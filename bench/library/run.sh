#!/usr/bin/env bash
# Library build benchmark (issue 6): stages, whole build (full, no change, one edit), memory, espeak-ng + lame.
# Usage: bench/library/run.sh [GUIDES (200)] [STAGE_GUIDES (20)] [COMPARE_GUIDES (10)]
# Needs: mvn, java, bc, /usr/bin/time; espeak-ng, lame, sox (soxi) for the comparison.
set -euo pipefail
cd "$(dirname "$0")/../.."
GUIDES=${1:-200}
STAGE_GUIDES=${2:-20}
COMPARE=${3:-10}
B=target/bench-library
JAR=target/guidekit.jar

mvn -q -B -o package -DskipTests >/dev/null
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
now() { date +%s.%N; }
secs() { echo "scale=1; ($2 - $1) / 1" | bc; }

echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GB", $2/1048576}'); $(java -version 2>&1 | head -1)"
echo "load: $(uptime | sed 's/.*load/load/')"

echo "== library (org.guidekit.bench.LibraryGenerator)"
java -cp "$CP" org.guidekit.bench.LibraryGenerator "$B" "$GUIDES" 50000

echo "== stages, in one JVM (org.guidekit.bench.StageBench)"
java -cp "$CP" org.guidekit.bench.StageBench content/checking-blood-pressure-at-home.md \
    content/back-muscle-spasms.md "$B/guides" "$STAGE_GUIDES" "$B/long/long-guide.md"
echo "load: $(uptime | sed 's/.*load/load/')"

# build LABEL ARGS...: one `guidekit build ARGS` in a fresh JVM; prints wall time and guidekit's summary line
build() {
  local label=$1 s rc; shift
  s=$(now)
  java -jar "$JAR" build "$@" > "$B/$label.log" 2>&1 && rc=0 || rc=$?
  WALL=$(secs "$s" "$(now)")
  echo "$label: exit $rc, $WALL s wall; $(tail -7 "$B/$label.log" | tr -s ' ' | paste -sd ';' -)"
}

N=$((GUIDES + 1))
echo "== whole build with the CLI: $N guides ($GUIDES generated + the sample), pdf+audio+daisy, --jobs $(nproc)"
rm -rf "$B/out"
build full "$B/guides" --out "$B/out"
echo "   = $(echo "scale=2; $WALL / $N" | bc) s per guide, $(echo "scale=1; 60 * $N / $WALL" | bc) guides a minute"
build no-change "$B/guides" --out "$B/out"
EDITED=$(printf 'guide-%03d' $(( (GUIDES + 1) / 2 )))
printf '\nAsk your care team if you have any questions about this guide.\n' >> "$B/guides/$EDITED.md"
touch "$B/marker"; sleep 1
build edit-one "$B/guides" --out "$B/out"
echo "   guide folders rewritten after editing $EDITED.md:" \
     "$(find "$B/out" -mindepth 2 -type f -newer "$B/marker" | cut -d/ -f4 | sort -u | tr '\n' ' ')"

echo "== memory: the 50,000-word guide's full build, fresh JVM per -Xmx (pass = exit code 0)"
for x in 128m 256m 384m 512m; do
  rm -rf "$B/long-out"
  s=$(now)
  set +e
  /usr/bin/time -f "%M" -o "$B/rss" java -Xmx$x -jar "$JAR" build "$B/long" --out "$B/long-out" > "$B/long-$x.log" 2>&1
  rc=$?
  set -e
  e=$(now)
  oom=$(grep -c OutOfMemoryError "$B/long-$x.log" || true)
  echo "-Xmx$x: exit $rc ($([ $rc = 0 ] && echo pass || echo FAIL)), $(secs "$s" "$e") s, max RSS" \
       "$(( $(tail -1 "$B/rss") / 1024 )) MB, OutOfMemoryError lines: $oom; $(tail -7 "$B/long-$x.log" | tr -s ' ' | paste -sd ';' -)"
done

echo "== audio pipeline: guidekit against espeak-ng + lame on the transcripts of $COMPARE generated guides"
C="$B/compare"
rm -rf "$C" && mkdir -p "$C/guides/images" "$C/espeak"
cp content/pronunciations.yaml content/allowed-links.yaml "$C/guides/"
cp content/images/* "$C/guides/images/"
for i in $(seq 1 "$COMPARE"); do cp "$B/guides/$(printf 'guide-%03d' "$i").md" "$C/guides/"; done
build audio-only "$C/guides" --out "$C/out" --format audio
ls "$C"/out/*/*.transcript.txt > "$C/transcripts"
echo "transcripts: $(cat $(cat "$C/transcripts") | wc -w) words"
if command -v espeak-ng >/dev/null && command -v lame >/dev/null; then
  s=$(now)
  xargs -P "$(nproc)" -I{} sh -c 'n=$(basename {} .transcript.txt); espeak-ng -v en-us -s 155 -f {} -w "$0/$n.wav" &&
      lame --quiet -m m --cbr -b 48 --resample 16 "$0/$n.wav" "$0/$n.mp3"' "$C/espeak" < "$C/transcripts"
  e=$(now)
  audio=$(for w in "$C"/espeak/*.wav; do soxi -D "$w"; done | paste -sd+ | bc)
  echo "espeak-ng + lame, $(nproc) at a time: $(secs "$s" "$e") s wall for ${audio%.*} s of audio"
else
  echo "espeak-ng or lame missing: apt-get install -y espeak-ng lame sox"
fi
echo "load: $(uptime | sed 's/.*load/load/')"
