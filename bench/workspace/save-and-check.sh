#!/usr/bin/env bash
# "Save and check" and the page pictures, timed with curl against a running workspace (guidekit serve), as the
# browser does them: POST /save (the form, with this run's token and the page's Origin), then the guide's page it
# redirects to (the new check findings and the handout's page count), then every page picture of that page.
#
#   bench/workspace/save-and-check.sh http://127.0.0.1:8080 back-muscle-spasms.md 20 5
#   (address, guide, timed rounds, warm-up rounds)
#
# Each round saves one of two versions of the guide in turn (the text on disk with and without a last line), so
# every save changes the guide and its check runs again. The guide is left as it was. Needs curl and python3.
set -euo pipefail
address=${1:-http://127.0.0.1:8080}
guide=${2:-back-muscle-spasms.md}
rounds=${3:-20}
warmup=${4:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

page() { curl -sS --noproxy '*' "$address/guide?file=$guide" -o "$work/page.html"; }

# the token, the version and the text of the page as the editor holds them
field() {
  python3 - "$work/page.html" "$1" <<'EOF'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
what = sys.argv[2]
if what == "token":
    print(re.search(r'<meta name="guidekit-token" content="([^"]+)"', page).group(1))
elif what == "version":
    print(re.search(r'<form method="post" action="/save" class="edit">.*?name="version" value="([^"]+)"', page, re.S).group(1))
elif what == "text":
    sys.stdout.write(html.unescape(re.search(r'<textarea id="editor"[^>]*>(.*?)</textarea>', page, re.S).group(1)))
elif what == "pages":
    for src in re.findall(r'<img class="page" src="([^"]+)"', page):
        print(html.unescape(src))
EOF
}

page
token=$(field token)
field text > "$work/original.md"
cp "$work/original.md" "$work/a.md"
{ cat "$work/original.md"; printf '\nA line the benchmark adds and takes away.\n'; } > "$work/b.md"

save=()
pictures=()
for ((i = 0; i < warmup + rounds; i++)); do
  text=$([ $((i % 2)) -eq 0 ] && echo "$work/b.md" || echo "$work/a.md")
  version=$(field version)
  # POST /save and the page it redirects to: what "Save and check" costs the nurse
  t=$(curl -sS --noproxy '*' -o "$work/page.html" -w '%{time_total}' -L \
        -H "Origin: $address" -H "Referer: $address/guide?file=$guide" \
        --data-urlencode "token=$token" --data-urlencode "file=$guide" --data-urlencode "version=$version" \
        --data-urlencode "text@$text" "$address/save" | tr -d '\n')
  # (the form data makes it a POST; -L follows the workspace's 303 with a GET, as a browser does)
  grep -q 'Saved. The findings and pages below are up to date.' "$work/page.html" || {
    echo "round $i: the save was not confirmed" >&2; exit 1; }
  # the page pictures, one after the other, as the browser asks for them
  p=0
  while read -r src; do
    [ -z "$src" ] && continue
    pt=$(curl -sS --noproxy '*' -o /dev/null -w '%{time_total}' "$address$src")
    p=$(python3 -c "print($p + $pt)")
  done < <(field pages)
  if [ "$i" -ge "$warmup" ]; then
    save+=("$t")
    pictures+=("$p")
  fi
done

# put the guide back as it was
page
curl -sS --noproxy '*' -o /dev/null -H "Origin: $address" --data-urlencode "token=$token" \
  --data-urlencode "file=$guide" --data-urlencode "version=$(field version)" \
  --data-urlencode "text@$work/original.md" "$address/save"

python3 - "${save[*]}" "${pictures[*]}" "$(field pages | wc -l)" <<'EOF'
import statistics, sys
for label, values in (("save and check (POST /save + the new page)", sys.argv[1]),
                      ("all " + sys.argv[3] + " page pictures after it", sys.argv[2])):
    v = sorted(float(x) * 1000 for x in values.split())
    print(f"{label}: median {statistics.median(v):.0f} ms, min {v[0]:.0f} ms, max {v[-1]:.0f} ms ({len(v)} rounds)")
EOF
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
