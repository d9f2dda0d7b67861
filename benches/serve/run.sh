#!/bin/sh
# Load test of `cari serve`: wrk with 32 connections for 30 s against /search, cycling
# through the scale benchmark's query mix (Indonesian, French, English questions),
# beside `cari search --json --batch` over the same queries; then the same load while
# an incremental update of the index runs.
#
#   benches/serve/run.sh INDEX CORPUS
#
# INDEX: an index of CORPUS, for instance the scale benchmark's (about 1M passages):
#   cargo bench --bench scale -- gen CORPUS 100000
#   cari index CORPUS --index INDEX
# Needs wrk (Debian: apt-get install -y wrk) and a release build (cargo build --release).
# Environment: CONNECTIONS (32), DURATION (30s), QUERIES (2000), ARTICLES (100000).
set -eu

index=${1:?usage: run.sh INDEX CORPUS}
corpus=${2:?usage: run.sh INDEX CORPUS}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cari="$root/target/release/cari"
connections=${CONNECTIONS:-32}
duration=${DURATION:-30s}
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

[ -x "$cari" ] || { echo "no release build: run cargo build --release" >&2; exit 2; }
command -v wrk >/dev/null || { echo "no wrk: apt-get install -y wrk" >&2; exit 2; }

cd "$root"
cargo bench -q --bench scale -- queries "${ARTICLES:-100000}" "${QUERIES:-2000}" > "$work/queries.txt"
count=$(wc -l < "$work/queries.txt")

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== cari search --json --batch: $count queries, one process (load average $(load))"
# Once to warm the page cache, once measured.
"$cari" search --json --batch "$work/queries.txt" --index "$index" > /dev/null || true
start=$(date +%s.%N)
"$cari" search --json --batch "$work/queries.txt" --index "$index" > /dev/null || true
end=$(date +%s.%N)
batch_qps=$(echo "$count / ($end - $start)" | bc -l)
printf 'batch: %.1f queries/s (load average %s)\n' "$batch_qps" "$(load)"

"$cari" serve --index "$index" --port 0 > "$work/address" 2> "$work/server.log" &
server=$!
while ! grep -q listening "$work/address" 2>/dev/null; do sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/address")

run_wrk() {
    wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/load.lua" "$url" -- "$work/queries.txt" > "$work/wrk.out" 2>&1
    grep -E '^(requests|latency|errors|status)' "$work/wrk.out"
    grep -E 'Non-2xx|Socket errors' "$work/wrk.out" || true
    rps=$(sed -n 's/^requests .*: \([0-9.]*\) requests\/s$/\1/p' "$work/wrk.out")
    printf 'serve / batch throughput: %.2f (load average %s)\n' "$(echo "$rps / $batch_qps" | bc -l)" "$(load)"
}

echo "== cari serve: $connections connections, $duration ($(load))"
# A short warm-up, as the batch had.
DURATION_WARM=5s
wrk -t2 -c"$connections" -d"$DURATION_WARM" -s "$here/load.lua" "$url" -- "$work/queries.txt" > /dev/null 2>&1
run_wrk

echo "== cari serve while an incremental update runs"
# A few files changed (a record appended to three files of CORPUS, which stays so),
# so the update commits a new version mid-load.
changed=0
for file in $(find "$corpus" -type f -name '*.jsonl' | sort | head -n 3); do
    printf '%s\n' "{\"title\": \"Pembaruan $changed\", \"text\": \"Kabar terbaru dari pelabuhan nomor $changed.\", \"date\": \"2025-01-0$((changed + 1))\"}" >> "$file"
    changed=$((changed + 1))
done
( sleep 5; "$cari" index "$corpus" --index "$index" --quiet; echo "update done at $(date +%T)" > "$work/update.done" ) &
updater=$!
run_wrk
wait "$updater"
cat "$work/update.done"
echo "== the server's log"
cat "$work/server.log"
