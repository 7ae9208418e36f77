#!/usr/bin/env bash
# A 2 MB guide never blocks other requests (issue 28): the workspace serves the sample library plus a one-paragraph
# guide of 2 MB (the text of bench/long/run.sh); the long guide's page is asked for once, which starts its check
# and handout layout in the background, and while that runs the guide list and a sample guide's page are asked
# for every second, timed with curl. Prints each answer's wall time and the median and worst.
#   bench/workspace/long-guide-blocks-nothing.sh [SECONDS] [PORT]      (default 40 s, port 18093)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-40}
port=${2:-18093}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/content"
cp -r content/. "$work/content/"
# the same generator as bench/long/run.sh, taken from it so the two cannot drift apart
source <(sed -n '/^guide() {/,/^}/p' bench/long/run.sh)
guide 2000000 >"$work/content/long.md"
./guidekit serve --no-browser -q -p "$port" -o "$work/output" "$work/content" >"$work/serve.log" 2>&1 &
server=$!
address=http://127.0.0.1:$port
for _ in $(seq 1 120); do curl -s --noproxy '*' -o /dev/null "$address/" && break; sleep 0.5; done
echo "== machine: nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(java -version 2>&1 | head -1);" \
     "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# the long guide's page: its check starts now and runs in the background
curl -s --noproxy '*' -o /dev/null -w "long guide's page: first answer in %{time_total} s\n" "$address/guide?file=long.md"
: >"$work/times"
end=$((SECONDS + seconds))
while [ $SECONDS -lt $end ]; do
  for path in "/" "/guide?file=back-muscle-spasms.md"; do
    curl -s --noproxy '*' -o /dev/null -w "%{http_code} %{time_total} $path\n" "$address$path" >>"$work/times"
  done
  sleep 1
done
curl -s --noproxy '*' "$address/guide?file=long.md" | grep -o 'still checking\|id="summary">[^<]*' | head -1 \
  | sed 's/^/long guide at the end: /'
awk '{print $2}' "$work/times" | sort -n | awk '{a[NR]=$1} END {printf "other requests: %d answered, median %.2f s, worst %.2f s\n", NR, a[int((NR+1)/2)], a[NR]}'
grep -vc '^200 ' "$work/times" | sed 's/^/not 200: /' || true
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
