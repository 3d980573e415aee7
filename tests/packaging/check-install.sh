#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into an empty prefix, checks the layout a Linux desktop expects, validates the desktop
# entry and AppStream data when the validators are installed, and runs the installed binary with no build
# folder beside it: the CLI in English and Chinese, and the GUI on the demo in zh_CN.
# Usage: check-install.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1 id=$2
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
# The binary runs from a copy of the prefix somewhere else: nothing may point back at the build.
mv -- "$work/prefix" "$work/moved"
dir=$work/moved

for f in bin/npufleet \
    "share/applications/$id.desktop" "share/mime/packages/$id.xml" "share/metainfo/$id.metainfo.xml" \
    "share/icons/hicolor/scalable/apps/$id.svg" "share/icons/hicolor/48x48/apps/$id.png" \
    "share/icons/hicolor/128x128/apps/$id.png" "share/icons/hicolor/256x256/apps/$id.png" \
    share/man/man1/npufleet.1.gz share/bash-completion/completions/npufleet \
    share/doc/npufleet/copyright share/doc/npufleet/changelog.Debian.gz; do
    [[ -f $dir/$f ]] || fail "not installed: $f"
done
echo "layout ok"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$dir/share/applications/$id.desktop" || fail "desktop-file-validate"
    echo "desktop-file-validate ok"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$dir/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$dir/share/mime/packages/$id.xml" || fail "MIME package is not XML"
fi

# The man page covers every verb the binary has and renders without warnings.
verbs=$(NPUFLEET_LANG=en "$dir/bin/npufleet" --help | awk '/^Verbs:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
man_text=$(zcat "$dir/share/man/man1/npufleet.1.gz")
for v in $verbs; do
    grep -q "^\.SS \"npufleet $v\"" <<<"$man_text" || fail "man page lacks the verb $v"
    for opt in $(NPUFLEET_LANG=en "$dir/bin/npufleet" "$v" --help | grep -oE '^ +(-[a-z], )?--[a-z0-9-]+' | grep -oE -- '--[a-z0-9-]+'); do
        grep -qF -- "${opt//-/\\-}" <<<"$man_text" || fail "man page lacks $v $opt"
    done
done
if command -v groff >/dev/null; then
    warnings=$(zcat "$dir/share/man/man1/npufleet.1.gz" | groff -man -Tutf8 -ww -z 2>&1) || true
    [[ -z $warnings ]] || fail "man page: $warnings"
fi
echo "man page ok ($(wc -w <<<"$verbs") verbs)"

# The completion offers the verbs and a verb's options, read from the installed binary.
bash -c "
    _init_completion() { cur=\${COMP_WORDS[COMP_CWORD]}; prev=\${COMP_WORDS[COMP_CWORD-1]}; words=(\"\${COMP_WORDS[@]}\"); cword=\$COMP_CWORD; }
    _filedir() { :; }
    compopt() { :; }
    source '$dir/share/bash-completion/completions/npufleet'
    COMP_WORDS=('$dir/bin/npufleet' pl); COMP_CWORD=1; _npufleet; [[ \" \${COMPREPLY[*]} \" == *' plan '* ]] || exit 1
    COMP_WORDS=('$dir/bin/npufleet' plan --np); COMP_CWORD=2; _npufleet; [[ \" \${COMPREPLY[*]} \" == *' --npus-per-node '* ]] || exit 2
" || fail "bash completion (exit $?)"
echo "completion ok"

# CLI, from the moved prefix, in both languages (the translations are inside the binary).
"$dir/bin/npufleet" --version | grep -q '^npufleet ' || fail "--version"
"$dir/bin/npufleet" plan --model Qwen3-8B --nodes 1 --npus-per-node 8 --hbm-gib 32 >/dev/null || fail "plan"
zh=$(env -u NPUFLEET_LANG LANGUAGE=zh_CN LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$dir/bin/npufleet" --help)
grep -qP '[\x{4e00}-\x{9fff}]' <<<"$zh" || fail "no Chinese in 'npufleet --help' under LANG=zh_CN.UTF-8"
echo "cli ok (en, zh_CN)"

# The GUI opens the demo in zh_CN and keeps running until stopped.
if [[ -n ${NPUFLEET_SKIP_GUI:-} ]]; then exit 0; fi
rc=0
env -u NPUFLEET_LANG LANGUAGE=zh_CN LANG=zh_CN.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_CONFIG_HOME="$work/config" timeout 5 "$dir/bin/npufleet" >"$work/gui.log" 2>&1 || rc=$?
[[ $rc == 124 ]] || { cat "$work/gui.log" >&2; fail "the GUI exited with $rc instead of running"; }
echo "gui ok"
