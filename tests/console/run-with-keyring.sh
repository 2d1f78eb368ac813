#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring secret service, in a scratch HOME,
# so keychain tests use a real keyring without touching the user's own. Usage: run-with-keyring.sh <test> [args]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring.sh: '$tool' is missing; install it with packaging/install-deps.sh test" >&2
        exit 1
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home/.cache" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
# --unlock reads the new login keyring's password from stdin and creates it unlocked.
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
