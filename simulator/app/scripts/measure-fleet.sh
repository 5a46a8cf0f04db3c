#!/usr/bin/env bash
# Measures an idle dhsm at rest: heap in use after a full GC, live threads (Java threads as jcmd lists them, and
# all OS threads of the process) and resident size, for one appliance and for an N-stamp ephemeral fleet,
# several runs each, medians. Not a test: run it by hand on a quiet machine and put the figures in
# docs/benchmarks.md.
# Usage: simulator/app/scripts/measure-fleet.sh [runs] [stamps] [extra java options...]
set -euo pipefail
runs="${1:-3}"
stamps="${2:-2}"
shift 2 || shift $# || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
jar="$root/simulator/app/target/dhsm.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
[ -f "$jar" ] || { echo "build the jar first: ./dhsm --version" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure LABEL serve-arguments...: prints one line per run and the medians
measure() {
    local label="$1"; shift
    local heaps=() javas=() oss=() rsss=() starts=()
    for i in $(seq "$runs"); do
        local out; out="$(mktemp)"
        local t0; t0=$(date +%s%N)
        "$java" "${JAVA_OPTS[@]}" -jar "$jar" serve --ephemeral --ssh-port "$((43200 + i))" \
            --console-port "$((43300 + i))" --ntls-port "$((43400 + i))" --arm-port 0 "$@" >"$out" 2>/dev/null &
        local pid=$!
        until grep -q '^dhsm ready' "$out" 2>/dev/null; do
            kill -0 "$pid" 2>/dev/null || { echo "dhsm exited early" >&2; cat "$out" >&2; exit 1; }
            sleep 0.05
        done
        local t1; t1=$(date +%s%N)
        sleep 2   # let start-up threads (JIT, pools) settle before counting what stays
        "$jcmd" "$pid" GC.run >/dev/null
        local used_k; used_k=$("$jcmd" "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
        local java_threads; java_threads=$("$jcmd" "$pid" Thread.print | grep -c '^"')
        local os_threads; os_threads=$(awk '/^Threads:/ {print $2}' "/proc/$pid/status")
        local rss_k; rss_k=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
        kill -TERM "$pid"; wait "$pid" || true; rm -f "$out"
        local start_ms=$(( (t1 - t0) / 1000000 ))
        echo "$label run $i: ready after ${start_ms} ms, heap used ${used_k} KiB after full GC," \
            "${java_threads} Java threads (${os_threads} OS threads), RSS ${rss_k} KiB"
        heaps+=("$used_k"); javas+=("$java_threads"); oss+=("$os_threads"); rsss+=("$rss_k"); starts+=("$start_ms")
    done
    echo "$label median of $runs: ready $(printf '%s\n' "${starts[@]}" | median) ms," \
        "heap used $(printf '%s\n' "${heaps[@]}" | median) KiB," \
        "$(printf '%s\n' "${javas[@]}" | median) Java threads ($(printf '%s\n' "${oss[@]}" | median) OS)," \
        "RSS $(printf '%s\n' "${rsss[@]}" | median) KiB"
}

JAVA_OPTS=("$@")
measure "1 appliance:" 
measure "$stamps stamps ($((stamps * 15)) appliances):" --stamps "$stamps"
