#!/usr/bin/env bash
# Measures dhsm's cold start: from `java -jar dhsm.jar serve --ephemeral` to the SSH port accepting a
# connection, and the heap in use (after a full GC) and resident size once it is up. Several runs, medians.
# Usage: simulator/app/scripts/measure-startup.sh [runs] [extra java options...]
set -euo pipefail
runs="${1:-5}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
jar="$root/simulator/app/target/dhsm.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
[ -f "$jar" ] || { echo "build the jar first: ./dhsm --version" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

starts=(); heaps=(); rsss=()
for i in $(seq "$runs"); do
    ssh_port=$((42200 + i)); console_port=$((42300 + i))
    t0=$(date +%s%N)
    "$java" "$@" -jar "$jar" serve --ephemeral --ssh-port "$ssh_port" --console-port "$console_port" \
        >/dev/null 2>&1 &
    pid=$!
    until (exec 3<>"/dev/tcp/127.0.0.1/$ssh_port") 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { echo "dhsm exited early" >&2; exit 1; }
        sleep 0.005
    done
    t1=$(date +%s%N)
    "$jcmd" "$pid" GC.run >/dev/null
    used_k=$("$jcmd" "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
    rss_k=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill -TERM "$pid"
    wait "$pid" || true
    start_ms=$(( (t1 - t0) / 1000000 ))
    echo "run $i: ssh accepting after ${start_ms} ms, heap used ${used_k} KiB (after full GC), RSS ${rss_k} KiB"
    starts+=("$start_ms"); heaps+=("$used_k"); rsss+=("$rss_k")
done
echo "median of $runs: start $(printf '%s\n' "${starts[@]}" | median) ms," \
    "heap used $(printf '%s\n' "${heaps[@]}" | median) KiB, RSS $(printf '%s\n' "${rsss[@]}" | median) KiB"
