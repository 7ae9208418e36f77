#!/usr/bin/env bash
# Every test is reported under its own class (issue 26 §5): in each TEST-<class>.xml that surefire and failsafe
# wrote, every <testcase> must name <class>, a class nested in it, or its simple name (ArchUnit's engine gives
# that). Test classes run in parallel, and surefire before 3.5.3 filed a test that ended while another class was
# "current" under that other class (SUREFIRE-1643): a class then showed 0 tests and a failure was printed under
# another class's name. Exits 1, naming each such file.
# Usage: .ci/check-test-reports.sh [REPORT_FOLDER...]   (default target/surefire-reports target/failsafe-reports)
set -euo pipefail
cd "$(dirname "$0")/.."
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(target/surefire-reports target/failsafe-reports)
bad=0
files=0
for folder in "${folders[@]}"; do
  [ -d "$folder" ] || continue
  for report in "$folder"/TEST-*.xml; do
    [ -e "$report" ] || continue
    files=$((files + 1))
    class=$(basename "$report" .xml); class=${class#TEST-}
    others=$(grep -o '<testcase [^>]*classname="[^"]*"' "$report" | sed 's/.*classname="\([^"]*\)"/\1/' \
             | awk -v c="$class" -v s="${class##*.}" '$0 != c && $0 != s && index($0, c "$") != 1' \
             | sort | uniq -c | tr -s ' ' | paste -sd ';' -)
    if [ -n "$others" ]; then
      echo "$report: holds tests of other classes:$others" >&2
      bad=$((bad + 1))
    fi
  done
done
echo "test reports: $files files, $bad with another class's tests"
[ "$bad" = 0 ]
