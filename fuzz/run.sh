#!/usr/bin/env bash
# Runs the fuzz targets one after the other, each for SECONDS (default 600), at low
# priority.  The corpus and any crash files go to $WGEC_FUZZ_DIR (default
# ${TMPDIR:-/tmp}/wgec-fuzz); the seed fixtures start the corpus.  Needs the fuzz
# extra: python -m pip install -e '.[fuzz]'
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
out=${WGEC_FUZZ_DIR:-${TMPDIR:-/tmp}/wgec-fuzz}
status=0
# Start the JSON corpus from the full JSON of every fixture (valid documents to mutate).
mkdir -p "$out/corpus-json"
python - "$out/corpus-json" <<'PY'
import pathlib, sys
import wgec_parse
out = pathlib.Path(sys.argv[1])
for k, path in enumerate(sorted(pathlib.Path("fixtures").rglob("*.txt"))):
    text = path.read_bytes().decode("utf-8", "surrogateescape")
    data = wgec_parse.to_json(wgec_parse.parse(text)).encode("utf-8", "surrogatepass")
    if len(data) <= 65536:
        (out / f"seed-{k}.json").write_bytes(data)
PY
for target in parse json docx; do
    mkdir -p "$out/corpus-$target" "$out/crashes-$target"
    echo "== fuzz_$target for ${seconds}s (corpus and crashes in $out)"
    nice -n 10 python "fuzz/fuzz_$target.py" "$out/corpus-$target" fixtures \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$out/crashes-$target/" -print_final_stats=1 || status=$?
done
exit "$status"
