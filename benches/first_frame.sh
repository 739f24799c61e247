#!/usr/bin/env bash
# First frame from outside: launch dvtui in a detached 200×50 tmux pane and
# poll the screen every 5 ms until the header shows; prints the milliseconds
# from launch to that frame, once per run.
#   benches/first_frame.sh [RUNS] [PATH...]     (needs tmux and a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
bin=target/release/dvtui
session=dvtui-first-frame-$$
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  tmux new-session -d -s "$session" -x 200 -y 50 "$bin $*"
  until tmux capture-pane -p -t "$session" 2>/dev/null | grep -q "Reports"; do
    sleep 0.005
  done
  end=$(date +%s%N)
  tmux kill-session -t "$session"
  echo "$(( (end - start) / 1000000 )) ms"
done
