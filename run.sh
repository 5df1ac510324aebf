#!/usr/bin/env bash
# Builds Guichet (installing the Debian packages it needs on first run), adds the demo data and
# starts the application. Extra arguments are passed to guichet.
# Without a display, it takes screenshots under Xvfb instead and prints where they are.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# shellcheck source=installer/deps.sh
. installer/deps.sh
guichet_install_deps xvfb xauth

[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build build

# Idempotent: does nothing when the demo data is already there. A --database given to run.sh is
# the one seeded (and then opened), not the default.
database=()
for ((i = 1; i <= $#; i++)); do
    case "${!i}" in
    --database=*) database=("${!i}") ;;
    --database) j=$((i + 1)); database=(--database "${!j}") ;;
    esac
done
build/app/guichet-admin seed-demo "${database[@]}"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/guichet "$@"
fi

echo "No display available (DISPLAY and WAYLAND_DISPLAY are empty): taking screenshots under Xvfb instead."
mkdir -p out
rm -f out/guichet-login.png out/guichet-main.png # so that a stale one is not taken for new
# xvfb-run's default screen is 640x480 in 8-bit colour: ask for a real one.
xvfb=(xvfb-run -a -s "-screen 0 1366x768x24")
"${xvfb[@]}" build/app/guichet --screenshot out/guichet-login.png "$@"
"${xvfb[@]}" build/app/guichet --demo-agent guichet.demo --screenshot out/guichet-main.png "$@"
for shot in out/guichet-login.png out/guichet-main.png; do
    [ -s "$shot" ] || { echo "run.sh: $shot was not written" >&2; exit 1; }
done
echo "Sign-in window: $PWD/out/guichet-login.png"
echo "Main window:    $PWD/out/guichet-main.png"
