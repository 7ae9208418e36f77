#!/usr/bin/env bash
# Checks the Linux installer as a clinic would use it (README "Install"): unpacks target/dist/guidekit_*.deb, then,
# with no java on the PATH, runs its guidekit build on a copy of content/ and checks every edition of every guide,
# and starts its menu entry (the workspace launcher) and asks it for its guide list. Also keeps the installed size
# under 150 MB. Run by .ci/run after `mvn -Pinstaller -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(ls target/dist/guidekit_*.deb 2>/dev/null | head -n 1 || true)
if [ -z "$deb" ]; then
    echo "installer check: no target/dist/guidekit_*.deb to check" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'kill "${ws:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
size_kb=$(dpkg-deb -f "$deb" Installed-Size)
echo "installer check: $deb, installed size $((size_kb / 1024)) MB"
[ "$size_kb" -lt $((150 * 1024)) ] || { echo "installed size ${size_kb} KB is over 150 MB" >&2; exit 1; }
desktop="$work/root/opt/guidekit/lib/guidekit-guidekit-workspace.desktop"
grep -q '^Exec=/opt/guidekit/bin/guidekit-workspace' "$desktop" \
    || { echo "the menu entry does not open the workspace launcher:" >&2; cat "$desktop" >&2; exit 1; }
grep -q 'ln -sf /opt/guidekit/bin/guidekit /usr/bin/guidekit' <(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst) \
    || { echo "postinst does not put guidekit on the PATH" >&2; exit 1; }
bin="$work/root/opt/guidekit/bin"
# The launchers find their runtime next to themselves; an installed copy lives in /opt, this one in $work.
cp -r content "$work/content"
mkdir "$work/home"
if ! env -i HOME="$work/home" PATH=/nonexistent "$bin/guidekit" build "$work/content" --out "$work/output" \
        > "$work/build.log" 2>&1; then
    echo "the installed guidekit build failed:" >&2; cat "$work/build.log" >&2; exit 1
fi
fail=0
for guide in "$work"/content/*.md; do
    name=$(basename "$guide" .md)
    for f in "$name.pdf" "$name.mp3" "$name.epub" "index.html" "$name.brf" "$name.pef" "daisy/ncc.html"; do
        if [ ! -s "$work/output/$name/$f" ]; then
            echo "missing edition: output/$name/$f" >&2; fail=1
        fi
    done
done
[ -s "$work/output/index.html" ] || { echo "missing output/index.html" >&2; fail=1; }
[ "$fail" = 0 ] || { ls -R "$work/output" >&2; exit 1; }
# The menu entry: the workspace on ~/guidekit, made the first time, answers on the port it prints.
env -i HOME="$work/home" PATH=/nonexistent "$bin/guidekit-workspace" > "$work/ws.log" 2>&1 &
ws=$!
address=""
for _ in $(seq 1 120); do
    address=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/ws.log" | head -n 1 || true)
    [ -n "$address" ] && break
    sleep 0.5
done
[ -n "$address" ] || { echo "the workspace launcher did not start:" >&2; cat "$work/ws.log" >&2; exit 1; }
[ -d "$work/home/guidekit/content" ] || { echo "the workspace did not make ~/guidekit/content" >&2; exit 1; }
page=$(curl -fsS "$address") || { echo "the workspace at $address did not answer" >&2; exit 1; }
grep -qi "guides" <<<"$page" || { echo "the workspace's first page has no guide list" >&2; exit 1; }
echo "installer check: passed (no java on the PATH; $(ls "$work"/output | wc -l) entries in output/; workspace at $address)"
