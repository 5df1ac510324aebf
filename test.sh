#!/usr/bin/env bash
# Builds Guichet and runs every test with CTest (installing the Debian packages it needs on first
# run). Never asks a question, so it runs the same with CI=true and without a terminal.
# Exits with CTest's status.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# shellcheck source=installer/deps.sh
. installer/deps.sh
guichet_install_deps postgresql xvfb xauth dpkg-dev file gnome-keyring dbus-x11 libsecret-tools appstream desktop-file-utils

[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build build

# The PostgreSQL cluster is a CTest fixture that stops itself; this is the safety net for a
# failed or interrupted run (ctest killed before its fixture cleanup).
pg_state=$PWD/build/pg-cluster.state # the fixture's state file, see tests/CMakeLists.txt
trap 'tests/pg-cluster.sh stop "$pg_state" || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

status=0
ctest --test-dir build --output-on-failure -j2 --timeout 600 || status=$?
exit "$status"
