#!/usr/bin/env bash
# Speech made once per guide (issue 26 §2): CPU (user+sys) of whole `guidekit render` processes for several
# --format lists, old build against new build in paired runs (A then B, B then A, alternating), medians.
# The guides are the US corpus (src/test/resources/corpus/us): distinct text, no repeated section, and every run
# starts with an empty output and state folder, so the section cache never helps.
# Usage: bench/speech-once/run.sh OLD_CLASSES NEW_CLASSES [RUNS] [GUIDES]
#   OLD_CLASSES, NEW_CLASSES: folders of compiled classes (e.g. a copy of target/classes before and after)
#   RUNS: paired runs per format list (default 3); GUIDES: how many corpus guides (default 4)
#   FORMAT_LISTS="audio audio,wav ..." chooses the lists.
# Or:    bench/speech-once/run.sh --ratio CLASSES FORMATS_A FORMATS_B [RUNS] [GUIDES]
#   the same classes with two format lists in paired runs (e.g. audio against audio,wav: the cost of the WAV).
# Needs GNU time (/usr/bin/time) and Maven (offline) for the dependency class path.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATIO=
if [ "$1" = --ratio ]; then
  RATIO=1 CLASSES=$2 FA=$3 FB=$4 RUNS=${5:-3} GUIDES=${6:-4}
else
  OLD=$1 NEW=$2 RUNS=${3:-3} GUIDES=${4:-4}
fi
W=${BENCH_WORK:-/tmp/bench-speech-once}
rm -rf "$W" && mkdir -p "$W"
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" >/dev/null
CP=$(cat "$W/cp.txt")
# asthma-action-plan has a check box the PDF font lacks, so it cannot have every format.
mapfile -t FILES < <(ls src/test/resources/corpus/us/*.md | grep -v asthma-action-plan | head -n "$GUIDES")
echo "== machine: nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(java -version 2>&1 | head -1);" \
     "load at start: $(cut -d' ' -f1-3 /proc/loadavg); guides: ${FILES[*]##*/}"

# CPU seconds (user+sys) of one render
cpu() { # classes formats
  rm -rf "$W/out" "$W/.guidekit-state"
  /usr/bin/time -f "%U %S" -o "$W/t" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$1:$CP" \
      org.guidekit.cli.Main render -q --format "$2" -o "$W/out" "${FILES[@]}" >/dev/null 2>"$W/err" \
      || { cat "$W/err" >&2; exit 1; }
  awk '{printf "%.2f\n", $1 + $2}' "$W/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

if [ -n "$RATIO" ]; then
  : > "$W/a" ; : > "$W/b"
  for i in $(seq "$RUNS"); do
    if (( i % 2 )); then a=$(cpu "$CLASSES" "$FA"); b=$(cpu "$CLASSES" "$FB")
    else b=$(cpu "$CLASSES" "$FB"); a=$(cpu "$CLASSES" "$FA"); fi
    echo "$a" >> "$W/a"; echo "$b" >> "$W/b"
    echo "  run $i: $FA $a s, $FB $b s CPU (ratio $(echo "$b $a" | awk '{printf "%.2f", $1 / $2}'))"
  done
  ma=$(median < "$W/a"); mb=$(median < "$W/b")
  echo "$FA median $ma s, $FB median $mb s CPU: ratio of medians $(echo "$mb $ma" | awk '{printf "%.2f", $1 / $2}')"
  exit 0
fi

for formats in ${FORMAT_LISTS:-audio audio,wav pdf,audio,daisy,braille,epub,web pdf,audio,wav,daisy,braille,epub,web}; do
  : > "$W/old" ; : > "$W/new"
  for i in $(seq "$RUNS"); do
    if (( i % 2 )); then o=$(cpu "$OLD" "$formats"); n=$(cpu "$NEW" "$formats")
    else n=$(cpu "$NEW" "$formats"); o=$(cpu "$OLD" "$formats"); fi
    echo "$o" >> "$W/old"; echo "$n" >> "$W/new"
    echo "  $formats run $i: old $o s, new $n s CPU"
  done
  echo "$formats: median old $(median < "$W/old") s, new $(median < "$W/new") s CPU"
done
