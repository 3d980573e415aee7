#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds NPU Fleet with -DNPUFLEET_GUI=OFF beside the main build tree (so that ccache,
# when there, serves the shared core objects) and checks that the binary runs the verbs without linking
# Qt Widgets, Gui or Charts.
# Usage: check-headless.sh SOURCE_DIR BUILD_DIR BUILD_TYPE [COMPILER_LAUNCHER]
set -euo pipefail
src=$1 build=$2 type=$3 launcher=${4:-}
fail() { echo "FAIL: $*" >&2; exit 1; }
headless=${build%/}-headless
args=(-S "$src" -B "$headless" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DNPUFLEET_GUI=OFF -DNPUFLEET_WERROR=ON)
[[ -n $launcher ]] && args+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher")
# As scripts/build, unless ccache's own configuration already says (the two builds must agree to share).
if command -v ccache >/dev/null; then
    [[ -n $(ccache -k base_dir 2>/dev/null) ]] || export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$src}
    [[ $(ccache -k hash_dir 2>/dev/null) == false ]] || export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
cmake "${args[@]}" >/dev/null || fail "configure with NPUFLEET_GUI=OFF"
cmake --build "$headless" --target npufleet -- -j"$(nproc)" >"$headless/build.log" 2>&1 \
    || { tail -n 40 "$headless/build.log" >&2; fail "build with NPUFLEET_GUI=OFF"; }

bin=$headless/app/npufleet
libs=$(ldd "$bin")
for gui in libQt6Widgets libQt6Gui libQt6Charts libQt6Svg libqt6keychain; do
    ! grep -q "$gui" <<<"$libs" || fail "the headless binary links $gui"
done
"$bin" plan --model Qwen3-8B --nodes 1 --npus-per-node 8 --hbm-gib 32 >/dev/null || fail "plan"
"$bin" --help | grep -q 'Verbs:' || fail "--help"
rc=0
"$bin" >/dev/null 2>&1 || rc=$?
[[ $rc == 2 ]] || fail "without a verb the headless binary exits $rc, not 2"
zh=$(env -u NPUFLEET_LANG LANGUAGE=zh_CN LANG=zh_CN.UTF-8 "$bin" --help)
grep -qP '[\x{4e00}-\x{9fff}]' <<<"$zh" || fail "no Chinese in the headless 'npufleet --help'"
echo "headless ok: $(wc -l <<<"$libs") shared libraries, none of the GUI"
