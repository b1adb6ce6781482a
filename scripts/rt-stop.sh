#!/usr/bin/env bash
# rt-stop.sh - stop the RT 5 server started by rt-start.sh, using its PID file
# only (never by process name). Idempotent: exits 0 when nothing is running.
#   RT_STATE_DIR  same as for rt-start.sh (default /var/tmp/rt-ci)
#   RT_STOP_TIMEOUT seconds to wait after SIGTERM before SIGKILL (default 20)
set -Eeuo pipefail
RT_STATE_DIR="${RT_STATE_DIR:-/var/tmp/rt-ci}"
RT_STOP_TIMEOUT="${RT_STOP_TIMEOUT:-20}"
PIDFILE="$RT_STATE_DIR/rt.pid"
say() { printf '[rt-stop] %s\n' "$*"; }
t0=$EPOCHREALTIME

if [[ ! -f "$PIDFILE" ]]; then say "no pid file ($PIDFILE); nothing to stop"; exit 0; fi
pid=$(cat "$PIDFILE" 2>/dev/null || true)
if ! [[ "$pid" =~ ^[0-9]+$ ]]; then say "invalid pid file; removing"; rm -f "$PIDFILE"; exit 0; fi
if ! kill -0 "$pid" 2>/dev/null; then say "pid $pid not running (stale pid file); removing"; rm -f "$PIDFILE"; exit 0; fi
if ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'rt-server'; then
  say "pid $pid is not an rt-server process (pid reused?); not touching it"; rm -f "$PIDFILE"; exit 0
fi

# rt-start.sh makes rt-server the leader of its own process group (setsid), so
# signal the group: master and its Starlet workers, and nothing else.
pgid=$(ps -o pgid= -p "$pid" | tr -d ' ')
if [[ "$pgid" == "$pid" ]]; then target=(-- "-$pid"); else target=("$pid"); fi
kill -TERM "${target[@]}" 2>/dev/null || true
deadline=$(( SECONDS + RT_STOP_TIMEOUT ))
while kill -0 "${target[@]}" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.1; done
if kill -0 "${target[@]}" 2>/dev/null; then
  say "still alive after ${RT_STOP_TIMEOUT}s; sending SIGKILL"
  kill -KILL "${target[@]}" 2>/dev/null || true
  sleep 0.5
fi
rm -f "$PIDFILE"
awk -v a="$t0" -v b="$EPOCHREALTIME" -v p="$pid" 'BEGIN{printf "[rt-stop] stopped rt-server pid %s (and its workers) in %.2fs\n", p, b-a}'
