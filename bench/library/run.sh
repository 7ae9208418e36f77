#!/usr/bin/env bash
# Library build benchmark (issue 6): stages, whole build (full, no change, one edit), memory, espeak-ng + lame.
# Usage: bench/library/run.sh [GUIDES (42)] [STAGE_GUIDES (10)] [COMPARE_GUIDES (35)] [PAIRS (3)]
# The library is the corpus modelled on real leaflets (bench/corpus-library.sh: 35 English and 7 Spanish guides,
# no section repeated), so the speech section cache saves nothing within a build; it is emptied before every
# build that is timed as a full build. STEPS="stages build memory compare" chooses the parts; XMX_LIST="256m" limits the memory runs (default 128m 256m 384m 512m).
# Needs: mvn, java, bc, /usr/bin/time; espeak-ng, lame, sox (soxi).
set -euo pipefail
cd "$(dirname "$0")/../.."
GUIDES=${1:-42}
STAGE_GUIDES=${2:-10}
COMPARE=${3:-35}
PAIRS=${4:-3}
STEPS=" ${STEPS:-stages build memory compare} "   # STEPS="compare" runs only the comparison
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

echo "== library: the corpus (bench/corpus-library.sh); the 50,000-word guide (org.guidekit.bench.LibraryGenerator)"
ES=1 bench/corpus-library.sh "$B/guides" "$GUIDES"
bench/corpus-library.sh "$B/english"
java -cp "$CP" org.guidekit.bench.LibraryGenerator "$B/generated" 1 50000 | grep long-guide
rm -rf "$B/long" && mv "$B/generated/long" "$B/long" && rm -rf "$B/generated"
echo "the long guide's ## parts repeated: $(awk '/^## / {if (k != "") print k; k = ""} {k = k "\x1f" $0} END {print k}' \
      "$B/long/long-guide.md" | sort | uniq -d | wc -l)"

if [[ $STEPS == *" stages "* ]]; then
echo "== stages, in one JVM (org.guidekit.bench.StageBench)"
java -cp "$CP" org.guidekit.bench.StageBench content/checking-blood-pressure-at-home.md \
    content/back-muscle-spasms.md "$B/english" "$STAGE_GUIDES" "$B/long/long-guide.md"
echo "load: $(uptime | sed 's/.*load/load/')"
fi

# build LABEL ARGS...: one `guidekit build ARGS` in a fresh JVM; prints wall and CPU time, the load and guidekit's
# summary line
build() {
  local label=$1 rc; shift
  /usr/bin/time -f "%e %U %S" -o "$B/t" java -jar "$JAR" build "$@" > "$B/$label.log" 2>&1 && rc=0 || rc=$?
  WALL=$(tail -1 "$B/t" | cut -d' ' -f1)   # (GNU time writes a line before the figures when the exit code is not 0)
  echo "$label: exit $rc, $WALL s wall, $(tail -1 "$B/t" | awk '{print $2 + $3}') s CPU, load $(cut -d' ' -f1 /proc/loadavg);" \
       "$(tail -7 "$B/$label.log" | tr -s ' ' | paste -sd ';' -)"
}

if [[ $STEPS == *" build "* ]]; then

N=$(ls "$B/guides"/*.md | wc -l)
echo "== whole build with the CLI: $N corpus guides, default formats (pdf audio daisy braille epub web; no spoken ones for Spanish), --jobs $(nproc)"
rm -rf "$B/out" "$B/.guidekit-state/out"
build full "$B/guides" --out "$B/out"
echo "   = $(echo "scale=2; $WALL / $N" | bc) s per guide, $(echo "scale=1; 60 * $N / $WALL" | bc) guides a minute"
build no-change "$B/guides" --out "$B/out"
EDITED=$(ls "$B/guides"/*.md | sed -n "$(( (N + 1) / 2 ))p" | xargs basename | sed 's/\.md$//')
printf '\nAsk your care team if you have any questions about this guide.\n' >> "$B/guides/$EDITED.md"
touch "$B/marker"; sleep 1
build edit-one "$B/guides" --out "$B/out"
echo "   guide folders rewritten after editing $EDITED.md:" \
     "$(find "$B/out" -mindepth 2 -type f -newer "$B/marker" | cut -d/ -f4 | sort -u | tr '\n' ' ')"
fi

if [[ $STEPS == *" memory "* ]]; then
echo "== memory: the 50,000-word guide's full build, fresh JVM per -Xmx (pass = exit code 0)"
for x in ${XMX_LIST:-128m 256m 384m 512m}; do
  rm -rf "$B/long-out" "$B/.guidekit-state/long-out"   # no section from the run before
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
fi

if [[ $STEPS == *" compare "* ]]; then
echo "== audio pipeline: guidekit against espeak-ng + lame, $COMPARE English corpus guides, $PAIRS paired runs"
C="$B/compare"
rm -rf "$C" && mkdir -p "$C/espeak"
bench/corpus-library.sh "$C/guides" "$COMPARE"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# "wall cpu" (CPU = user + sys, children included) of one command
measure() {
  /usr/bin/time -f "%e %U %S" -o "$B/t" "$@" >/dev/null 2>&1 || true   # a guide the build refuses: exit 4
  tail -1 "$B/t" | awk '{printf "%.1f %.1f\n", $1, $2 + $3}'
}
espeak() {
  xargs -P "$(nproc)" -I{} sh -c 'n=$(basename {} .transcript.txt); espeak-ng -v en-us -s 155 -f {} -w "$0/$n.wav" &&
      lame --quiet -m m --cbr -b 48 --resample 16 "$0/$n.wav" "$0/$n.mp3"' "$C/espeak" < "$C/transcripts"
}
export -f espeak; export C
: > "$C/pairs"
for i in $(seq "$PAIRS"); do
  rm -rf "$C/out" "$C/.guidekit-state"    # the section cache emptied: every section is spoken
  g=$(measure java -jar "$JAR" build "$C/guides" --out "$C/out" --format audio)
  [ -s "$C/transcripts" ] || ls "$C"/out/*/*.transcript.txt > "$C/transcripts"
  e=$(measure bash -c espeak)
  echo "pair $i: guidekit $g | espeak-ng + lame, $(nproc) at a time, $e   (wall s, CPU s); load $(cut -d' ' -f1 /proc/loadavg)"
  echo "$g $e" >> "$C/pairs"
done
echo "transcripts: $(cat $(cat "$C/transcripts") | wc -w) words; guidekit's MP3s: $(cat "$C"/out/*/*.mp3 | wc -c) bytes"
if command -v soxi >/dev/null; then
  audio=$(for w in "$C"/espeak/*.wav; do soxi -D "$w"; done | paste -sd+ | bc)
  echo "espeak-ng's audio: ${audio%.*} s"
fi
gc=$(cut -d' ' -f2 "$C/pairs" | median); ec=$(cut -d' ' -f4 "$C/pairs" | median)
gw=$(cut -d' ' -f1 "$C/pairs" | median); ew=$(cut -d' ' -f3 "$C/pairs" | median)
echo "medians: guidekit $gw s wall, $gc s CPU | espeak-ng + lame $ew s wall, $ec s CPU" \
     "| CPU ratio $(echo "scale=2; $gc / $ec" | bc)x, wall ratio $(echo "scale=2; $gw / $ew" | bc)x"
echo "CPU ratio per pair: $(awk '{printf "%.2f ", $2 / $4}' "$C/pairs")"
echo "load: $(uptime | sed 's/.*load/load/')"
fi
