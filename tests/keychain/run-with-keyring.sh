#!/usr/bin/env bash
# Runs a command with a real, throwaway Secret Service: its own D-Bus session and a gnome-keyring
# unlocked with a test password, in a temporary HOME. Used by the keychain integration test.
#   run-with-keyring.sh COMMAND [ARGS...]
# Exits with the command's status, or 1 when the keyring cannot be set up.
set -uo pipefail
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "run-with-keyring: $tool is missing (Debian packages: dbus, dbus-bin, gnome-keyring)" >&2
        exit 1
    }
done
(($# > 0)) || { echo "usage: run-with-keyring.sh COMMAND [ARGS...]" >&2; exit 2; }

home=$(mktemp -d "${TMPDIR:-/tmp}/guichet-keyring.XXXXXX") || exit 1
# Not exec'd below, so that this trap runs and no keyring file outlives the test.
trap 'rm -rf -- "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
    XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GUICHET_TEST_REAL_KEYCHAIN=1

dbus-run-session -- bash -c '
    # The daemon is our child (--foreground), so it is stopped and reaped by pid, not by name.
    gnome-keyring-daemon --foreground --unlock --components=secrets <<<"test-keyring" >/dev/null &
    daemon=$!
    # The secrets name is claimed a moment after start; wait for it to be ours rather than let
    # D-Bus activation start a second, locked daemon.
    owner=
    for _ in $(seq 100); do
        owner=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
                    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
                | awk "{print \$2}")
        [ "$owner" = "$daemon" ] && break
        kill -0 "$daemon" 2>/dev/null || break
        sleep 0.1
    done
    if [ "$owner" != "$daemon" ]; then
        echo "run-with-keyring: gnome-keyring-daemon did not start a Secret Service" >&2
        kill "$daemon" 2>/dev/null
        exit 1
    fi
    "$@"
    status=$?
    kill "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
    exit $status
' run-with-keyring "$@"
