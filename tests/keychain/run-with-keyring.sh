#!/usr/bin/env bash
# Runs a command with a real, throwaway Secret Service: its own D-Bus session and a gnome-keyring
# unlocked with a test password, in a temporary HOME. Used by the keychain integration test.
#   run-with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "run-with-keyring: $tool is missing (gnome-keyring, dbus)" >&2; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf -- "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GUICHET_TEST_REAL_KEYCHAIN=1
exec dbus-run-session -- bash -c '
    eval "$(printf test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    "$@"
    status=$?
    pkill -u "$(id -u)" -f "gnome-keyring-daemon.*$XDG_RUNTIME_DIR" 2>/dev/null || true
    exit $status
' run-with-keyring "$@"
