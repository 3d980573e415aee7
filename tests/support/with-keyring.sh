#!/bin/sh
# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a Secret Service (GNOME Keyring, unlocked) on a private D-Bus session and a
# scratch HOME, so that QtKeychain works as on a desktop and the machine's own keyrings are untouched.
set -eu
command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon is missing (scripts/setup-deps)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
status=0
dbus-run-session -- sh -c 'printf npufleet | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
    sh "$@" || status=$?
exit "$status"
