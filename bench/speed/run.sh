#!/usr/bin/env bash
# Speed benchmark (issue 13): guidekit against espeak-ng + lame on the same transcripts, whole processes, paired
# runs, medians. Usage: bench/speed/run.sh [RUNS] [GUIDES]     (defaults 5 and 35)
# The library (part 2) is the English corpus modelled on real leaflets (bench/corpus-library.sh): distinct text, no
# section repeated, so the speech section cache saves nothing within a build (it is emptied before each build).
# Needs: mvn, java, bc, GNU time (/usr/bin/time), espeak-ng, lame: apt-get install -y espeak-ng lame bc time
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
GUIDES=${2:-35}
W=target/bench-speed
rm -rf "$W" && mkdir -p "$W"

mvn -q -B -o package -DskipTests >/dev/null
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$W/cp.txt")"
# What the README's main command runs: the launcher when there is one, else the jar with the launcher's flags.
if [ -x ./guidekit ]; then GK=(./guidekit); else GK=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/guidekit.jar); fi

echo "== machine"
echo "nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(free -g | awk '/Mem/ {print $2" GiB"}');" \
     "$(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); guidekit command: ${GK[*]}"

# wall, CPU (user+sys) and peak RSS of one command: "wall cpu rss_mb"
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$W/t" "$@" >/dev/null 2>&1
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$W/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
espeak() { espeak-ng -v en-us -s 155 -f "$1" -w "$2.wav" && lame --quiet -m m --cbr -b 48 --resample 16 "$2.wav" "$2.mp3"; }
export -f espeak

GUIDE=content/back-muscle-spasms.md
echo "== 1. one guide, fresh process, render --format audio ($GUIDE), $RUNS paired runs"
"${GK[@]}" render "$GUIDE" --format audio --out "$W/warm" -q >/dev/null 2>&1 || true   # builds the launcher's jar
T="$W/warm/back-muscle-spasms/back-muscle-spasms.transcript.txt"
echo "the launcher's start-up cache (its name says the JDK it runs): $(cd target && ls guidekit-start-* 2>/dev/null | tr '\n' ' ')"
for i in $(seq "$RUNS"); do
  rm -rf "$W/one" "$W/.guidekit-state"
  g=$(measure "${GK[@]}" render "$GUIDE" --format audio --out "$W/one")
  e=$(measure bash -c "espeak '$T' '$W/e1'")
  echo "run $i: guidekit $g | espeak-ng+lame $e   (wall s, CPU s, peak MB); load $(cut -d" " -f1 /proc/loadavg)"
  echo "$g $e" >> "$W/one.txt"
done
gm=$(awk '{print $1}' "$W/one.txt" | median); em=$(awk '{print $4}' "$W/one.txt" | median)
echo "median CPU: guidekit $(awk '{print $2}' "$W/one.txt" | median) s, espeak-ng + lame $(awk '{print $5}' "$W/one.txt" | median) s"
echo "median wall: guidekit $gm s, espeak-ng + lame $em s, ratio $(echo "scale=2; $gm / $em" | bc)x (goal <= 1.3x)"

echo "== 2. library of $GUIDES corpus guides (distinct text), audio only: one guidekit build vs espeak-ng + lame two at a time"
L="$W/lib/guides"
bench/corpus-library.sh "$L" "$GUIDES"
for i in $(seq "$RUNS"); do
  rm -rf "$W/libout" "$W/.guidekit-state"
  g=$(measure "${GK[@]}" build "$L" --format audio --out "$W/libout")
  if [ "$i" = 1 ]; then find "$W/libout" -name '*.transcript.txt' | sort > "$W/transcripts"; fi
  e=$(measure bash -c "xargs -P 2 -I{} bash -c 'espeak {} $W/espeak-\$(basename {} .transcript.txt)' < $W/transcripts")
  echo "run $i: guidekit $g | espeak-ng+lame, two at a time, $e   (wall s, CPU s, peak MB); load $(cut -d' ' -f1 /proc/loadavg)"
  echo "$g $e" >> "$W/lib.txt"
done
gm=$(awk '{print $1}' "$W/lib.txt" | median); em=$(awk '{print $4}' "$W/lib.txt" | median)
rss=$(awk '{print $3}' "$W/lib.txt" | median)
gc=$(awk '{print $2}' "$W/lib.txt" | median); ec=$(awk '{print $5}' "$W/lib.txt" | median)
echo "median CPU: guidekit $gc s, espeak-ng + lame $ec s, ratio $(echo "scale=2; $gc / $ec" | bc)x"
echo "per pair, CPU ratio: $(awk '{printf "%.2f ", $2 / $5}' "$W/lib.txt")"
echo "median wall: guidekit $gm s (peak RSS $rss MB), espeak-ng + lame $em s, ratio $(echo "scale=2; $gm / $em" | bc)x" \
     "(goal <= 1.0x, <= 500 MB)"

echo "== 3. edit one paragraph of a 9-section guide, then build (audio): against a full render of it"
E="$W/edit" && rm -rf "$E" && mkdir -p "$E/content/images" && cp content/*.yaml "$E/content/" && cp content/images/* "$E/content/images/"
cp "$GUIDE" "$E/content/"
for i in $(seq "$RUNS"); do
  rm -rf "$E/out" "$E/.guidekit-state"
  full=$(measure "${GK[@]}" build "$E/content" --format audio --out "$E/out")
  sed -i "0,/spasm/s//spasm (edit $i)/" "$E/content/back-muscle-spasms.md"
  edit=$(measure "${GK[@]}" build "$E/content" --format audio --out "$E/out")
  echo "run $i: full $full | after one edit $edit   (wall s, CPU s, peak MB); load $(cut -d" " -f1 /proc/loadavg)"
  echo "$full $edit" >> "$W/edit.txt"
done
fm=$(awk '{print $1}' "$W/edit.txt" | median); xm=$(awk '{print $4}' "$W/edit.txt" | median)
echo "median wall: full $fm s, after an edit $xm s: $(echo "scale=0; 100 * $xm / $fm" | bc) % (goal <= 30 %; a fresh JVM each)"
echo "in one warm process (the audio stage alone, as in the workspace):"
java -cp "$CP" org.guidekit.bench.EditBench "$GUIDE" "$RUNS"

echo "== 4. options reach only their formats (pdf + audio built, then one option changed at a time)"
rm -rf "$E/out" "$E/.guidekit-state"
"${GK[@]}" build "$E/content" --format pdf,audio --out "$E/out" -q
for opts in "--size 24" "--size 24 --rate 140"; do
  echo "$opts (one more option than the line before): files written:"
  # shellcheck disable=SC2086
  "${GK[@]}" build "$E/content" --format pdf,audio --out "$E/out" $opts --verbose 2>&1 | grep "wrote" | sed 's/^/  /' || true
done
