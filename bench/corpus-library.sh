#!/usr/bin/env bash
# A library of distinct text for the benchmarks (issue 26 §7): the English guides of the corpus modelled on real
# leaflets (src/test/resources/corpus/us and uk, 35 guides, no section repeated), copied into one content folder
# with their folders' approved sites merged. The benchmarks used to build guides recombined from the two sample
# guides; the speech section cache (.guidekit-state/<out>/speech-cache/) then made every repeated section free, so
# their audio figures were too good. With ES=1 the Spanish guides come too (no audio: the voice is English).
# Usage: bench/corpus-library.sh FOLDER [GUIDES (all)]      Prints the guides, sections and repeated sections.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=$1
LIMIT=${2:-1000}
C=src/test/resources/corpus
FOLDERS=(us uk)
[ "${ES:-0}" = 1 ] && FOLDERS+=(es)
rm -rf "$DEST" && mkdir -p "$DEST"
mapfile -t GUIDES < <(for f in "${FOLDERS[@]}"; do ls "$C/$f"/*.md; done)
cp "${GUIDES[@]:0:$LIMIT}" "$DEST/"
for f in "${FOLDERS[@]}"; do grep -h '^- ' "$C/$f/allowed-links.yaml"; done | sort -u > "$DEST/allowed-links.yaml"
# A section = a heading line and the lines up to the next heading. The cache's key also holds the section's place,
# id and title, so text that repeats under another heading would not be free; this counts the strictest sense.
sections() { awk 'FNR == 1 {if (k != "") print k; k = ""} /^#/ {if (k != "") print k; k = $0; next}
                  {k = k "\x1f" $0} END {print k}' "$DEST"/*.md | grep '^#'; }
echo "library $DEST: $(ls "$DEST"/*.md | wc -l) guides, $(cat "$DEST"/*.md | wc -w) words," \
     "$(sections | wc -l) sections, $(sections | sort | uniq -d | wc -l) of them repeated"
