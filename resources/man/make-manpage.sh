#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the npufleet(1) man page from the binary's own --help texts, so that every verb and option the
# binary has is documented and nothing is documented that it lacks.
# Usage: make-manpage.sh NPUFLEET_BINARY VERSION OUT.1
set -euo pipefail
bin=$1 version=$2 out=$3
export NPUFLEET_LANG=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# troff: escape backslashes and minus signs, keep a line from starting with a control character, and let
# long comma-separated lists break after a comma.
escape() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" -e 's/,\([^ ]\)/,\\:\1/g'; }

# A --help text becomes paragraphs and one .TP entry per option or argument.
help_to_troff() {
    awk '
        function flush() { if (text != "") { print text; text = "" } }
        function para() { if (!para_done) { flush(); print ".PP"; para_done = 1 } }
        /^Usage: /            { next }
        /^(Options|Arguments):$/ { para(); print "\\fB" $0 "\\fR"; section = 1; para_done = 0; next }
        /^$/                  { if (!section) para(); next }
        section && /^  [^ ]/  {
            flush()
            line = substr($0, 3)
            split_at = match(line, /  +/)
            if (split_at) { term = substr(line, 1, split_at - 1); text = substr(line, split_at); sub(/^ +/, "", text) }
            else { term = line; text = "" }
            print ".TP"; print "\\fB" term "\\fR"; prevlen = length($0); next
        }
        # Qt wraps help at 79 columns and cuts a word longer than that: an 80-column line goes on unspaced.
        section && /^   +/    { len = length($0); sub(/^ +/, ""); text = (text == "" ? $0 : text (prevlen >= 80 ? "" : " ") $0); prevlen = len; next }
        { para_done = 0; sub(/^ +/, ""); text = (text == "" ? $0 : text "\n" $0) }
        END { flush() }'
}

verbs=$("$bin" --help | awk '/^Verbs:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[[ -n $verbs ]] || { echo "make-manpage: no verbs in '$bin --help'" >&2; exit 1; }

{
    day=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)
    echo ".TH NPUFLEET 1 \"$day\" \"npufleet $version\" \"User Commands\""
    cat <<'TROFF'
.SH NAME
npufleet \- plan, launch, check and measure LLM serving on Ascend NPU clusters
.SH SYNOPSIS
.B npufleet
.RI [ PROJECT.npufleet.yaml | demo:NAME ]
.br
.B npufleet
.I VERB
.RI [ options ]
.SH DESCRIPTION
Without a verb, \fBnpufleet\fR opens the desktop application on the given project (a file, or
\fBdemo:NAME\fR for a bundled demo), or on a start page when none is given. With a verb as its first argument it runs one task
without a display and prints to the terminal.
.SH VERBS
TROFF
    "$bin" --help | awk '/^Verbs:/ { on = 1; next } on && /^$/ { exit } on { print }' | escape \
        | awk '{ v = $1; $1 = ""; sub(/^ +/, ""); print ".TP"; print "\\fB" v "\\fR"; print }'
    for verb in $verbs; do
        echo ".SS \"npufleet $verb\""
        "$bin" "$verb" --help | escape | help_to_troff
    done
    cat <<'TROFF'
.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
The checked thing failed: a plan that does not fit, a pre\-flight error, a node that failed.
.TP
.B 2
Bad usage or bad input; the message names the file, line and column.
.SH ENVIRONMENT
.TP
.B NPUFLEET_LANG
The language of messages (\fBen\fR or \fBzh_CN\fR); by default the system's.
.SH FILES
.TP
.I *.npufleet.yaml
A project: nodes, models, deployments and shared storage. Passwords and tokens are never written to it;
secret variables are references such as \fB${HF_TOKEN}\fR.
.TP
.I ~/.config/npufleet/npufleet.conf
The desktop application's settings.
.SH EXAMPLES
.nf
npufleet plan \-\-model Qwen3\-30B\-A3B \-\-nodes 1 \-\-npus\-per\-node 8 \-\-hbm\-gib 32
npufleet inventory \-\-project demo:atlas\-lab \-\-format json
npufleet export \-\-project lab.npufleet.yaml \-\-deployment qwen3 \-\-format all \-\-out ./launch
npufleet preflight \-\-project lab.npufleet.yaml \-\-deployment qwen3
.fi
.SH SEE ALSO
.BR ssh (1),
.BR docker (1)
TROFF
} > "$out.tmp"
mv -- "$out.tmp" "$out"
