// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exporting/ScriptWriter.h"

#include <QSet>

#include "core/util/ShellQuote.h"

namespace npufleet::exporting {

using recipes::Step;

namespace {
// Header lines are comments: a newline in a user-given name must not end the comment.
QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString stepOwner(const recipes::LaunchPlan& plan, const QString& id)
{
    for (const recipes::NodePlan& n : plan.nodes) {
        for (const QList<Step>* list : {&n.start, &n.stop}) {
            for (const Step& s : *list) {
                if (s.id == id)
                    return QStringLiteral("%1 (%2)").arg(s.purpose, n.node);
            }
        }
    }
    return id;
}
} // namespace

QString ScriptWriter::fileSafe(const QString& name)
{
    QString s;
    for (QChar c : name) {
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.');
        s += ok ? c : QLatin1Char('_');
    }
    // "." and ".." name folders, a leading '-' reads as an option, a leading '.' hides the file.
    if (s.isEmpty() || s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('-')))
        s.prepend(QLatin1Char('_'));
    return s;
}

QByteArray ScriptWriter::script(const recipes::LaunchPlan& plan,
                                const recipes::NodePlan& node,
                                const QList<Step>& steps,
                                const QString& title)
{
    QStringList out;
    out << QStringLiteral("#!/usr/bin/env bash");
    // Values are single-quoted so that $ and backticks in them reach the command unexpanded.
    out << QStringLiteral("# shellcheck disable=SC2016");
    out << QStringLiteral("# NPU Fleet: %1").arg(oneLine(title));
    out << QStringLiteral("# %1").arg(
        oneLine(tr("Node %1 (%2@%3), deployment \"%4\", engine %5, image %6")
                    .arg(node.node, node.user.isEmpty() ? QStringLiteral("root") : node.user, node.host,
                         plan.deployment, project::engineKey(plan.engine), plan.image)));
    out << QStringLiteral("# %1").arg(tr("Run it on that node. RUNBOOK.md says in which order the nodes go."));
    out << QStringLiteral("set -euo pipefail");
    // Files that come with the script (a stack file, configs) are found next to it.
    out << QStringLiteral("cd \"$(dirname \"${BASH_SOURCE[0]}\")\"") << QString();

    QSet<QString> secrets;
    for (const Step& s : steps) {
        for (const QString& v : s.needsSecrets)
            secrets.insert(v);
    }
    QStringList sorted(secrets.begin(), secrets.end());
    sorted.sort();
    for (const QString& v : sorted) {
        if (!shell::isValidVariableName(v))
            continue;
        out << QStringLiteral("# %1").arg(tr("%1 comes from the environment and is never written to a file.").arg(v));
        QString message = tr("set %1 first (see RUNBOOK.md)").arg(v);
        // Inside "${VAR:?...}" these would expand or end the word.
        for (const char* bad : {"\"", "$", "`", "\\", "}"})
            message.remove(QLatin1String(bad));
        out << QStringLiteral(": \"${%1:?%2}\"").arg(v, message) << QString();
    }

    QSet<QString> own;
    for (const Step& s : steps)
        own.insert(s.id);
    int i = 0;
    for (const Step& s : steps) {
        ++i;
        for (const QString& dep : s.waitsFor) {
            if (!own.contains(dep))
                out << QStringLiteral("# %1").arg(oneLine(tr("Needs first: %1").arg(stepOwner(plan, dep))));
        }
        out << QStringLiteral("echo %1").arg(
            shell::quote(QStringLiteral("==> [%1/%2] %3").arg(i).arg(steps.size()).arg(s.purpose)));
        if (!s.captureAs.isEmpty())
            out << QStringLiteral("# %1").arg(
                tr("This prints a secret (%1) for the next steps: keep it in a variable, not in a file.")
                    .arg(s.captureAs));
        out << s.commandLine() << QString();
    }
    out << QStringLiteral("echo %1").arg(shell::quote(tr("==> done on %1").arg(node.node)));
    return out.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray ScriptWriter::startScript(const recipes::LaunchPlan& plan, const recipes::NodePlan& node)
{
    return script(plan, node, node.start, tr("start deployment \"%1\" on node %2").arg(plan.deployment, node.node));
}

QByteArray ScriptWriter::stopScript(const recipes::LaunchPlan& plan, const recipes::NodePlan& node)
{
    return script(plan, node, node.stop, tr("stop deployment \"%1\" on node %2").arg(plan.deployment, node.node));
}

} // namespace npufleet::exporting
