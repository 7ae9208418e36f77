#!/usr/bin/env bash
# Test-suite time (issue 18): the README's test command, `mvn verify`, timed from clean on this tree and on an
# older commit, in paired runs (base, then this tree, RUNS times), so that the machine's mood hits both alike.
# Usage: bench/suite/run.sh [RUNS] [BASE]     (defaults 3 and 83cb5ad, the commit issue 18's target counts from)
# Prints each run's wall and CPU time and both medians. Offline (-o): run `mvn verify` once first if ~/.m2 is empty.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
BASE=${2:-83cb5ad}
W=$(mktemp -d)
trap 'git worktree remove --force "$W/base" >/dev/null 2>&1 || true; rm -rf "$W"' EXIT
git worktree add --detach "$W/base" "$BASE" >/dev/null 2>&1

echo "== machine"
echo "nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(free -g | awk '/Mem/ {print $2" GiB"}');" \
     "$(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "base $BASE ($(git -C "$W/base" log -1 --format=%s | cut -c1-60)); this tree $(git rev-parse --short HEAD)"

# "wall cpu" of `mvn -o -q clean verify` in folder $1; a failed run is reported and not counted
run() {
  local log="$W/log" rc=0
  /usr/bin/time -f "%e %U %S" -o "$W/t" mvn -o -q -B -f "$1/pom.xml" clean verify >"$log" 2>&1 || rc=$?
  if [ "$rc" != 0 ]; then echo "FAILED"; grep -a "<<< FAIL\|<<< ERR" "$log" | grep -v " -- in " | head -3 >&2; return; fi
  awk '{printf "%.1f %.1f\n", $1, $2 + $3}' "$W/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

: >"$W/base.txt"; : >"$W/head.txt"
for i in $(seq "$RUNS"); do
  b=$(run "$W/base"); h=$(run .)
  echo "run $i: base $b | this tree $h   (wall s, CPU s)"
  [ "$b" != FAILED ] && echo "$b" >>"$W/base.txt"
  [ "$h" != FAILED ] && echo "$h" >>"$W/head.txt"
done
bw=$(cut -d' ' -f1 "$W/base.txt" | median); hw=$(cut -d' ' -f1 "$W/head.txt" | median)
bc_=$(cut -d' ' -f2 "$W/base.txt" | median); hc=$(cut -d' ' -f2 "$W/head.txt" | median)
echo "== medians: base $bw s wall, $bc_ s CPU | this tree $hw s wall, $hc s CPU"
awk -v b="$bw" -v h="$hw" 'BEGIN {printf "this tree is %.0f %% faster (wall)\n", (1 - h / b) * 100}'
