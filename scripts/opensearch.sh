#!/usr/bin/env bash
# A real OpenSearch 2.19.6 cluster on loopback for cari's tests: one JVM per node, built from
# Maven Central jars by the launcher project in scripts/opensearch/ (see its README.md).
#
#   scripts/opensearch.sh start N     # build the launcher if needed, start N nodes on free ports,
#                                     # wait for green, print one node URL per line on stdout
#   scripts/opensearch.sh stop        # stop every node by its PID (SIGTERM, then SIGKILL), wipe data
#   scripts/opensearch.sh kill I      # kill -9 node I (0-based): a crash
#   scripts/opensearch.sh restart I   # start node I again on its ports, with the data it had
#   scripts/opensearch.sh urls        # the node URLs of the running cluster
#   scripts/opensearch.sh status      # cluster health and each node's PID and RSS
#
# Environment: CARI_OPENSEARCH_RUN (where nodes keep data, logs and PIDs; default
# scripts/opensearch/target/run), CARI_OPENSEARCH_HEAP (per node, default 512m).
# Timings go to stderr, so `URLS=$(scripts/opensearch.sh start 3)` gets the URLs only.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT="$HERE/opensearch"
RUN=${CARI_OPENSEARCH_RUN:-"$PROJECT/target/run"}
HEAP=${CARI_OPENSEARCH_HEAP:-512m}
CP="$PROJECT/target/classes:$PROJECT/target/lib/*"
JAVA_OPTS=(
  "-Xms$HEAP" "-Xmx$HEAP" -XX:+UseG1GC -Xss1m -XX:MaxDirectMemorySize=256m
  -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djna.nosys=true
  # from the distribution's config/jvm.options (2.x)
  -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0
  -Dio.netty.allocator.numDirectArenas=0 -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true
  -Djava.locale.providers=SPI,COMPAT
)

say() { echo "opensearch.sh: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

build() {
  if [ -d "$PROJECT/target/lib" ] && [ "$PROJECT/target/classes/cari/osnode/OsNode.class" -nt "$PROJECT/src/main/java/cari/osnode/OsNode.java" ]; then
    return 0
  fi
  local t0; t0=$(now)
  (cd "$PROJECT" && mvn -B -q package -DskipTests) >&2
  say "launcher built in $(since "$t0") s"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# N*2 consecutive free ports from a random base, HTTP ports first, then transport ports.
pick_ports() {
  local n=$1 tries base ok p
  for tries in $(seq 1 50); do
    base=$((20000 + RANDOM % 20000))
    ok=1
    for p in $(seq "$base" $((base + 2 * n - 1))); do
      port_free "$p" || { ok=0; break; }
    done
    if [ "$ok" = 1 ]; then echo "$base"; return 0; fi
  done
  say "no $((2 * n)) free consecutive loopback ports found"; return 1
}

nodes() { cat "$RUN/nodes"; }
base_port() { cat "$RUN/base"; }
http_port() { echo $(($(base_port) + $1)); }
transport_port() { echo $(($(base_port) + $(nodes) + $1)); }
node_url() { echo "http://127.0.0.1:$(http_port "$1")"; }

launch() { # launch I: start node I in the background with the data directory it has
  local i=$1 n seeds="" managers="" j
  n=$(nodes)
  for j in $(seq 0 $((n - 1))); do
    seeds+="${seeds:+,}127.0.0.1:$(transport_port "$j")"
    managers+="${managers:+,}n$j"
  done
  mkdir -p "$RUN/n$i"
  nohup java "${JAVA_OPTS[@]}" -cp "$CP" cari.osnode.OsNode \
    -Epath.home="$RUN/n$i" -Ecluster.name=cari-test -Enode.name="n$i" \
    -Ehttp.port="$(http_port "$i")" -Etransport.port="$(transport_port "$i")" \
    -Ediscovery.seed_hosts="$seeds" -Ecluster.initial_cluster_manager_nodes="$managers" \
    >> "$RUN/n$i.log" 2>&1 < /dev/null &
  echo $! > "$RUN/n$i.pid"
}

alive() { local f="$RUN/n$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

# Health as seen by node I: "status nodes", or nothing when it doesn't answer.
health() {
  curl -s -m 5 "$(node_url "$1")/_cluster/health" 2>/dev/null \
    | python3 -c 'import json,sys
try: d = json.load(sys.stdin)
except ValueError: sys.exit(0)
print(d.get("status"), d.get("number_of_nodes"))' 2>/dev/null || true
}

wait_green() { # wait_green I N: until node I sees a green cluster of N nodes (bounded: 240 s)
  local i=$1 want=$2 j
  for _ in $(seq 1 480); do
    [ "$(health "$i")" = "green $want" ] && return 0
    for j in $(seq 0 $(($(nodes) - 1))); do
      if [ -f "$RUN/n$j.pid" ] && ! alive "$j"; then say "node n$j died; its log ends with:"; tail -30 "$RUN/n$j.log" >&2; return 1; fi
    done
    sleep 0.5
  done
  say "no green cluster of $want nodes after 240 s; the logs end with:"; tail -n 15 "$RUN"/n*.log >&2; return 1
}

rss() {
  local j pid
  for j in $(seq 0 $(($(nodes) - 1))); do
    if alive "$j"; then
      pid=$(cat "$RUN/n$j.pid")
      say "n$j pid=$pid $(node_url "$j") rss_MB=$(( $(ps -o rss= -p "$pid") / 1024 ))"
    else
      say "n$j down"
    fi
  done
}

start() {
  local n=${1:?start needs a node count}
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { say "start N: N is a node count, not '$n'"; exit 64; }
  if [ -f "$RUN/nodes" ]; then say "a cluster is already running from $RUN: run '$0 stop' first"; exit 1; fi
  build
  rm -rf "$RUN"; mkdir -p "$RUN"
  echo "$n" > "$RUN/nodes"
  pick_ports "$n" > "$RUN/base"
  local t0 i; t0=$(now)
  for i in $(seq 0 $((n - 1))); do launch "$i"; done
  if ! wait_green 0 "$n"; then stop; exit 1; fi
  say "green $n-node cluster after $(since "$t0") s"
  rss
  urls
}

urls() { local i; for i in $(seq 0 $(($(nodes) - 1))); do node_url "$i"; done; }

stop() {
  [ -f "$RUN/nodes" ] || return 0
  local i pid
  for i in $(seq 0 $(($(nodes) - 1))); do
    alive "$i" && kill -TERM "$(cat "$RUN/n$i.pid")"
  done
  for i in $(seq 0 $(($(nodes) - 1))); do
    [ -f "$RUN/n$i.pid" ] || continue
    pid=$(cat "$RUN/n$i.pid")
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  done
  rm -rf "$RUN"
}

node_index() { # node_index I: check I names a node of the running cluster
  local i=${1:?a node index (0-based)}
  [ -f "$RUN/nodes" ] || { say "no cluster is running from $RUN"; exit 1; }
  [[ "$i" =~ ^[0-9]+$ ]] && [ "$i" -lt "$(nodes)" ] || { say "no node $i (nodes 0..$(($(nodes) - 1)))"; exit 64; }
}

kill_node() {
  node_index "$1"
  if alive "$1"; then
    local pid; pid=$(cat "$RUN/n$1.pid")
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    say "killed n$1 (pid $pid) with SIGKILL"
  fi
}

restart() {
  node_index "$1"
  alive "$1" && { say "n$1 is running"; return 0; }
  local t0; t0=$(now)
  launch "$1"
  # back when the others see every node again; replicas recover in the background
  local j
  for _ in $(seq 1 480); do
    for j in $(seq 0 $(($(nodes) - 1))); do
      if [ "$(health "$j" | cut -d' ' -f2)" = "$(nodes)" ]; then
        say "n$1 rejoined after $(since "$t0") s"; return 0
      fi
    done
    alive "$1" || { say "n$1 died; its log ends with:"; tail -30 "$RUN/n$1.log" >&2; return 1; }
    sleep 0.5
  done
  say "n$1 did not rejoin within 240 s"; return 1
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  kill) kill_node "${2:-}" ;;
  restart) restart "${2:-}" ;;
  urls) [ -f "$RUN/nodes" ] && urls ;;
  status) node_index 0; for i in $(seq 0 $(($(nodes) - 1))); do alive "$i" && { health "$i"; break; }; done; rss ;;
  build) build ;;
  *) echo "usage: $0 start N | stop | kill I | restart I | urls | status | build" >&2; exit 64 ;;
esac
