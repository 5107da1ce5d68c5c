#!/usr/bin/env bash
# make a11y: Xvfb, a private session bus and the AT-SPI bus, then the AT-SPI walk (walk.py,
# the system Python with pyatspi) over both modes of the app (driver.py, the project's
# Python). Each mode gets its own throw-away PARTNERDESK_HOME. Arguments go to walk.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
# A11Y_PYTHON: another interpreter with the project installed (a worktree without .venv).
PY="${A11Y_PYTHON:-$ROOT/.venv/bin/python}"
# The driver borrows the screenshot tool's sample records (tools/ at the top of the checkout).
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
SYSTEM_PYTHON=/usr/bin/python3

if [ -z "${A11Y_INSIDE:-}" ]; then
  for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "a11y: $tool missing (apt-get install xvfb dbus at-spi2-core)" >&2; exit 2; }
  done
  "$SYSTEM_PYTHON" -c "import pyatspi" 2>/dev/null \
    || { echo "a11y: pyatspi missing (apt-get install python3-pyatspi gir1.2-atspi-2.0)" >&2; exit 2; }
  export A11Y_INSIDE=1
  exec dbus-run-session -- "$0" "$@"
fi

WORK=$(mktemp -d /tmp/partnerdesk-a11y.XXXXXX)
cleanup() {
  [ -n "${BUS_PID:-}" ] && kill "$BUS_PID" 2>/dev/null || true
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A free display number: Xvfb -displayfd picks one and tells us.
exec 3<> "$WORK/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$WORK/display")"

/usr/libexec/at-spi-bus-launcher --launch-immediately >"$WORK/bus.log" 2>&1 &
BUS_PID=$!
sleep 1

export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
# Both interface languages: a translated label can drift from its accessible name.
LANGS="${A11Y_LANG:-de en}"
# Each mode in its own app and data folder; "--mode X" (passed on to walk.py) picks one.
modes="main kiosk"
prev=""
for arg in "$@"; do
  [ "$prev" = "--mode" ] && modes="$arg"
  prev="$arg"
done
[ "$modes" = both ] && modes="main kiosk"
args=("$@")
status=0
for A11Y_LANG in $LANGS; do
  export A11Y_LANG
  for mode in $modes; do
    echo "== a11y: $mode, $A11Y_LANG"
    export PARTNERDESK_HOME="$WORK/home-$mode-$A11Y_LANG"
    mkdir -p "$PARTNERDESK_HOME"
    export A11Y_APP_LOG="$WORK/app-$mode-$A11Y_LANG.log"
    "$SYSTEM_PYTHON" tests/a11y/walk.py --python "$PY" --driver tests/a11y/driver.py \
      "${args[@]}" --mode "$mode" || status=1
    # The app's own complaints (Qt warnings, tracebacks), minus a line Qt repeats per key.
    if [ -s "$A11Y_APP_LOG" ]; then
      echo "-- app log ($mode, $A11Y_LANG), last lines:"
      grep -v "Received text event for invalid interface" "$A11Y_APP_LOG" | tail -n 15 || true
    fi
  done
done
exit $status
