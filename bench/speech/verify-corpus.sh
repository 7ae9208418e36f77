#!/usr/bin/env bash
# Speech verifier figures (issue 23): words the voice says, information tokens, and mismatches per 1,000 words by
# class (phone, dose, other), over the sample guides and the corpus of guides modelled on real leaflets.
# Usage: bench/speech/verify-corpus.sh [MISMATCH_FILE]   (needs: mvn, java; offline Maven is enough)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

mvn -q -B -o test-compile >/dev/null
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"

echo "== machine"
echo "nproc: $(nproc); $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
java -cp "$CP" org.guidekit.bench.SpeechVerifyBench content src/test/resources/corpus ${1:+"$1"}
