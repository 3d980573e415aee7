#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the .deb with CPack and checks it: its dependencies come from the libraries the binary links, it
# holds the desktop files, and lintian finds no error (when lintian is installed).
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v dpkg-shlibdeps >/dev/null || { echo "dpkg-shlibdeps is not installed (dpkg-dev): skipped"; exit 0; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
deb=$(find "$work" -maxdepth 1 -name '*.deb' | head -n 1)
[[ -n $deb ]] || fail "cpack made no .deb"
echo "made $(basename -- "$deb") ($(du -h -- "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libqt6network6 libssh-4 'libyaml-cpp0\.[0-9]' libqt6keychain1; do
    grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib"
done

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/npufleet ./usr/share/applications/org.npufleet.NpuFleet.desktop \
    ./usr/share/metainfo/org.npufleet.NpuFleet.metainfo.xml ./usr/share/man/man1/npufleet.1.gz; do
    grep -qF " $f" <<<"$contents" || fail "the package lacks $f"
done

if command -v lintian >/dev/null; then
    # Errors fail; warnings are printed for the reader.
    lintian --fail-on error "$deb" | tee "$work/lintian.log" || fail "lintian"
    echo "lintian ok ($(grep -c '^W:' "$work/lintian.log" || true) warnings)"
fi
