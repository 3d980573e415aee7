// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NfsScripts.h"

#include "core/exporting/ScriptWriter.h"
#include "core/storage/MarkedBlock.h"
#include "core/util/ShellQuote.h"

namespace npufleet::storage {

namespace {
// Mirrors ConfigEditor::apply/revert: same markers, same equivalence rules, same final-newline rule.
const char kAwk[] = R"AWK(
function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function marker(s, m) { s = trim(s); return s == m || index(s, m " ") == 1 || index(s, m "\t") == 1 }
function normpath(p) { while (length(p) > 1 && substr(p, length(p)) == "/") p = substr(p, 1, length(p) - 1); return p }
function unq(s) { if (length(s) >= 2 && substr(s, 1, 1) == "\"" && substr(s, length(s)) == "\"") s = substr(s, 2, length(s) - 2); return s }
function unesc(s) { gsub(/\\040/, " ", s); gsub(/\\011/, "\t", s); return s }
function maskbits(m,   o, i, b, v) {
    if (split(m, o, ".") != 4) return -1
    b = 0
    for (i = 1; i <= 4; i++) {
        if (o[i] !~ /^[0-9]+$/ || o[i] + 0 > 255) return -1
        for (v = o[i] + 0; v > 0; v = int(v / 2)) b += v % 2
    }
    return b
}
function normclient(c,   k, b) {
    k = index(c, "/")
    if (k == 0 || substr(c, k + 1) !~ /\./) return c
    b = maskbits(substr(c, k + 1))
    return b < 0 ? c : substr(c, 1, k) b
}
function optset(s,   a, n, i, j, t, u, m) {
    n = split(s, a, ","); m = 0
    for (i = 1; i <= n; i++) {
        t = trim(a[i]); if (t == "") continue
        for (j = 1; j <= m; j++) if (u[j] == t) break
        if (j > m) u[++m] = t
    }
    for (i = 2; i <= m; i++) { t = u[i]; for (j = i - 1; j >= 1 && u[j] > t; j--) u[j + 1] = u[j]; u[j + 1] = t }
    t = ""; for (i = 1; i <= m; i++) t = t (i > 1 ? "," : "") u[i]
    return t
}
function die(i, msg, code) { printf "npufleet: %s line %d: %s\n", ENVIRON["NPF_FILE"], i, msg > "/dev/stderr"; exit code }
function emit(s) { if (out++) printf "\n"; printf "%s", s }
function emitblock(   j) {
    if (act != "set" || reuse) return
    emit("# npufleet begin"); for (j = 1; j <= nb; j++) emit(body[j]); emit("# npufleet end")
}
BEGIN {
    act = ENVIRON["NPF_ACTION"]; kind = ENVIRON["NPF_KIND"]; a1 = ENVIRON["NPF_A1"]; a2 = ENVIRON["NPF_A2"]
    a3 = ENVIRON["NPF_A3"]; a4 = ENVIRON["NPF_A4"]; nonl = ENVIRON["NPF_NONL"] + 0; nb = 0; n = 0
    if (act == "set") { bf = ENVIRON["NPF_BODY"]; while ((getline l < bf) > 0) body[++nb] = l; close(bf) }
}
{ line[++n] = $0 }
END {
    open = 0
    for (i = 1; i <= n; i++) {
        if (marker(line[i], "# npufleet begin")) { if (open) die(i, "a second begin before end", 3); open = i }
        own[i] = open > 0
        if (marker(line[i], "# npufleet end")) { if (!open) die(i, "end without begin", 3); open = 0 }
    }
    if (open) die(open, "begin never closed", 3)
    if (act == "changed") {
        for (i = 1; i <= n; i++) {
            if (!own[i]) continue
            t = line[i]; sub(/#.*/, "", t); t = trim(t)
            if (t == "") continue
            m = split(t, f, /[ \t\r]+/)
            if (m < 2) continue
            spec = unesc(f[1]); p = index(spec, ":"); mp = normpath(unesc(f[2]))
            same = p > 1 && substr(spec, 1, p - 1) == a3 && normpath(substr(spec, p + 1)) == normpath(a2)
            if (!same || mp != normpath(a1) || f[3] != "nfs" || optset(f[4]) != optset(a4)) { print mp; exit 0 }
        }
        exit 0
    }
    reuse = 0
    for (i = 1; act == "set" && i <= n && !reuse; i++) {
        if (own[i]) continue
        t = line[i]; sub(/#.*/, "", t); t = trim(t)
        if (t == "") continue
        m = split(t, f, /[ \t\r]+/)
        if (m < 2) continue
        if (kind == "exports") {
            if (normpath(unq(f[1])) != normpath(a1)) continue
            for (k = 2; k <= m; k++) {
                tok = f[k]; p = index(tok, "("); cl = p ? substr(tok, 1, p - 1) : tok
                if (normclient(cl) != normclient(a2)) continue
                op = p ? substr(tok, p + 1) : ""; sub(/\)$/, "", op)
                if (optset(op) != optset(a3)) die(i, "already exports " a1 " to " cl " with other options (" op ")", 4)
                reuse = i; break
            }
        } else {
            if (m < 3 || normpath(unesc(f[2])) != normpath(a1)) continue
            spec = unesc(f[1]); p = index(spec, ":")
            host = p ? substr(spec, 1, p - 1) : ""; rem = p ? normpath(substr(spec, p + 1)) : ""
            same = 0; na = split(a3, al, " "); for (k = 1; k <= na; k++) if (al[k] == host) same = 1
            if (!same || (f[3] != "nfs" && f[3] != "nfs4") || rem != normpath(a2)) die(i, "already mounts " spec " at " a1, 4)
            reuse = i
        }
    }
    out = 0; placed = 0
    for (i = 1; i <= n; i++) { if (!own[i]) emit(line[i]); else if (!placed) { placed = 1; emitblock() } }
    if (!placed) emitblock()
    if (out > 0 && (n == 0 || !nonl)) printf "\n"
    if (reuse) printf "npufleet: %s line %d already has an equivalent entry; it is kept\n", ENVIRON["NPF_FILE"], reuse > "/dev/stderr"
}
)AWK";

const char kFunction[] = R"SH(
# npufleet_edit_block set|remove FILE [exports PATH CLIENT OPTIONS | fstab MOUNTPOINT EXPORT "SERVER ALIASES"]
# Keeps exactly one "# npufleet begin/end" block (body on stdin), or reuses an equivalent line
# written by hand; backs FILE up with a timestamp before changing it; leaves it alone otherwise.
npufleet_edit_block() {
    local action=$1 file=$2 kind=${3-} body new src=/dev/null nonl=0 rc=0 backup
    body=$(mktemp); new=$(mktemp)
    if [ "$action" = set ]; then cat > "$body"; fi
    if [ -e "$file" ]; then
        src=$file
        if [ -n "$(tail -c1 -- "$file")" ]; then nonl=1; fi
    fi
    NPF_ACTION=$action NPF_FILE=$file NPF_KIND=$kind NPF_BODY=$body NPF_NONL=$nonl \
        NPF_A1=${4-} NPF_A2=${5-} NPF_A3=${6-} awk "$NPUFLEET_AWK" "$src" > "$new" || rc=$?
    if [ "$rc" -ne 0 ]; then
        rm -f -- "$body" "$new"
        echo "npufleet: $file left as it was" >&2
        return "$rc"
    fi
    if { [ -e "$file" ] && cmp -s -- "$file" "$new"; } || { [ ! -e "$file" ] && [ ! -s "$new" ]; }; then
        echo "$file: unchanged"
    elif [ -e "$file" ]; then
        backup="$file.npufleet-backup-$STAMP"
        [ ! -e "$backup" ] || backup="$backup.$$"
        cp -p -- "$file" "$backup"
        cat -- "$new" > "$file"
        echo "$file: updated (backup: $backup)"
    else
        cp -- "$new" "$file"
        chmod 644 "$file"
        echo "$file: created"
    fi
    rm -f -- "$body" "$new"
}

# npufleet_unmount_changed FSTAB MOUNTPOINT EXPORT SERVER OPTIONS
# NFS keeps vers= and the server of a live mount: when the marked fstab entry has other settings,
# unmount first, so that the mount step mounts again with the new ones.
npufleet_unmount_changed() {
    local old
    [ -e "$1" ] || return 0
    old=$(NPF_ACTION=changed NPF_FILE=$1 NPF_KIND=fstab NPF_A1=$2 NPF_A2=$3 NPF_A3=$4 NPF_A4=$5 \
        awk "$NPUFLEET_AWK" "$1") || return
    if [ -z "$old" ]; then
        echo "$1: mount settings unchanged"
        return 0
    fi
    echo "$1: the marked entry for $old has other settings; unmounting it first"
    ! mountpoint -q -- "$old" || umount -- "$old"
}
)SH";

QString etcPath(const NfsPlan& plan, const QString& path)
{
    if (path == plan.etcRoot || path.startsWith(plan.etcRoot + QLatin1Char('/')))
        return QStringLiteral("\"$ETC_ROOT\"") + shell::quote(path.mid(plan.etcRoot.size()));
    return shell::quote(path);
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QStringList stepLines(const NfsPlan& plan, const NfsStep& step)
{
    QStringList out;
    if (step.kind == StepKind::Command) {
        out << step.command;
        return out;
    }
    const QString file = etcPath(plan, step.edit.path);
    if (step.kind == StepKind::UnmountIfChanged) {
        const MountEntry& m = step.edit.mountEntry;
        out << QStringLiteral("npufleet_unmount_changed %1 %2")
                   .arg(file, shell::join({m.mountPoint, m.exportPath, m.server, m.options}));
        return out;
    }
    if (step.kind == StepKind::RevertConfig) {
        out << QStringLiteral("npufleet_edit_block remove %1").arg(file);
        return out;
    }
    QStringList args;
    if (step.edit.file == ConfigFile::Exports) {
        const ExportEntry& e = step.edit.exportEntry;
        args << QStringLiteral("exports") << e.path << e.client << e.options;
    } else {
        const MountEntry& m = step.edit.mountEntry;
        args << QStringLiteral("fstab") << m.mountPoint << m.exportPath
             << (QStringList {m.server} + m.serverAliases).join(QLatin1Char(' '));
    }
    out << QStringLiteral("npufleet_edit_block set %1 %2 <<'NPUFLEET_BLOCK'").arg(file, shell::join(args));
    for (const QByteArray& line : step.edit.body())
        out << QString::fromUtf8(line);
    out << QStringLiteral("NPUFLEET_BLOCK");
    return out;
}
} // namespace

QByteArray NfsScripts::blockFunction()
{
    // read -d '' keeps the program byte for byte (no command substitution parsing of its parentheses).
    return QByteArrayLiteral("read -r -d '' NPUFLEET_AWK <<'NPUFLEET_AWK_END' || true") + kAwk + "NPUFLEET_AWK_END\n"
        + kFunction;
}

QString NfsScripts::scriptName(const NfsNodePlan& node, bool undo)
{
    const QString role = node.role == NfsRole::Server ? QStringLiteral("server") : QStringLiteral("client");
    return QStringLiteral("nfs-%1%2-%3.sh")
        .arg(undo ? QStringLiteral("undo-") : QString(), role, exporting::ScriptWriter::fileSafe(node.node.name));
}

QByteArray NfsScripts::script(const NfsPlan& plan, const NfsNodePlan& node, bool undo)
{
    const bool server = node.role == NfsRole::Server;
    QString title;
    if (server)
        title = undo ? tr("stop exporting %1 from %2").arg(plan.storage.exportPath, node.node.name)
                     : tr("export %1 from %2 to %3").arg(plan.storage.exportPath, node.node.name, plan.storage.network);
    else
        title = undo ? tr("unmount %1 on %2").arg(plan.storage.mountPoint, node.node.name)
                     : tr("mount %1:%2 at %3 on %4")
                           .arg(plan.serverAddress, plan.storage.exportPath, plan.storage.mountPoint, node.node.name);
    QString order;
    if (undo)
        order = server ? tr("Run it after the client undo scripts.") : tr("Run it before the server's undo script.");
    else
        order = server ? tr("Run it first, then the client scripts.") : tr("Run it after the server script.");

    QStringList out;
    out << QStringLiteral("#!/usr/bin/env bash");
    out << QStringLiteral("# shellcheck disable=SC2016");
    out << QStringLiteral("# NPU Fleet: %1").arg(oneLine(title));
    out << QStringLiteral("# %1").arg(oneLine(
        tr("Node %1 (%2), %3. %4").arg(node.node.name, node.node.clusterAddress(), osFamilyName(node.family), order)));
    out << QStringLiteral("# %1").arg(tr("Running it again changes nothing. Files are edited inside a marked block, "
                                         "after a timestamped backup."));
    out << QStringLiteral("set -euo pipefail");
    out << QStringLiteral("ETC_ROOT=\"${NPUFLEET_ETC_ROOT:-/etc}\"");
    out << QStringLiteral("STAMP=\"$(date +%Y%m%d-%H%M%S)\"");
    out << QString::fromUtf8(blockFunction());
    int i = 0;
    for (const NfsStep& step : undo ? node.undo : node.apply) {
        out << QStringLiteral("echo %1").arg(
            shell::quote(QStringLiteral("==> %1. %2").arg(++i).arg(oneLine(step.title))));
        out << stepLines(plan, step) << QString();
    }
    if (!server && !undo) {
        out << QStringLiteral("echo %1").arg(shell::quote(QStringLiteral("==> ") + tr("Check")));
        out << QStringLiteral("showmount -e %1").arg(shell::quote(plan.serverAddress));
        out << QStringLiteral("mountpoint %1").arg(shell::quote(plan.storage.mountPoint));
    }
    QByteArray text = out.join(QLatin1Char('\n')).toUtf8();
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

QList<NfsScript> NfsScripts::render(const NfsPlan& plan)
{
    QList<NfsScript> scripts;
    scripts << NfsScript {scriptName(plan.server, false), script(plan, plan.server, false)};
    for (const NfsNodePlan& c : plan.clients)
        scripts << NfsScript {scriptName(c, false), script(plan, c, false)};
    for (const NfsNodePlan& c : plan.clients)
        scripts << NfsScript {scriptName(c, true), script(plan, c, true)};
    scripts << NfsScript {scriptName(plan.server, true), script(plan, plan.server, true)};
    return scripts;
}

} // namespace npufleet::storage
