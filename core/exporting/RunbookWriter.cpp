// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exporting/RunbookWriter.h"

#include <QSet>

#include "core/util/ShellQuote.h"

namespace npufleet::exporting {

namespace {
QString fence(const QString& code)
{
    return QStringLiteral("```bash\n") + code + QStringLiteral("\n```\n");
}

QString hostOf(const recipes::LaunchPlan& plan, const QString& node)
{
    const recipes::NodePlan* n = plan.nodePlan(node);
    if (!n)
        return node;
    return (n->user.isEmpty() ? QStringLiteral("root") : n->user) + QLatin1Char('@') + n->host;
}
} // namespace

QByteArray RunbookWriter::runbook(const recipes::LaunchPlan& plan,
                                  const QList<ScriptEntry>& startScripts,
                                  const QList<ScriptEntry>& stopScripts,
                                  const QStringList& otherFiles)
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(tr("Runbook: deployment \"%1\"").arg(plan.deployment));
    md += tr("Engine **%1**, image `%2`").arg(project::engineKey(plan.engine), plan.image);
    if (!plan.engineVersion.isEmpty())
        md += tr(" (version %1)").arg(plan.engineVersion);
    md += QStringLiteral(".\n\n");
    md += tr("Nodes:") + QLatin1Char('\n');
    for (const recipes::NodePlan& n : plan.nodes)
        md += QStringLiteral("- %1 `%2`%3\n").arg(n.node, hostOf(plan, n.node), n.head ? tr(" (head)") : QString());
    md += QLatin1Char('\n');

    QSet<QString> secrets;
    for (const recipes::NodePlan& n : plan.nodes) {
        for (const recipes::Step& s : n.start) {
            for (const QString& v : s.needsSecrets)
                secrets.insert(v);
        }
    }
    if (!secrets.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Secrets"));
        md += tr("These values are never written into the exported files. Before a script that needs one, "
                 "set it in the shell that runs the script, without echoing it, e.g.:")
            + QStringLiteral("\n\n");
        QStringList names(secrets.begin(), secrets.end());
        names.sort();
        QString code;
        for (const QString& v : names)
            code += QStringLiteral("read -rs %1 && export %1\n").arg(v);
        code.chop(1);
        md += fence(code) + QLatin1Char('\n');
    }

    if (!plan.setup.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Before the first start"));
        md += tr("Once per node; the start scripts check that it was done.") + QStringLiteral("\n\n");
        for (const QString& line : plan.setup)
            md += QStringLiteral("- %1\n").arg(line);
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## %1\n\n").arg(tr("Start, in this order"));
    md += tr("Copy the files to the nodes (for instance `scp FILE root@HOST:`), then run:") + QStringLiteral("\n\n");
    int i = 0;
    for (const ScriptEntry& e : startScripts)
        md += QStringLiteral("%1. %2\n")
                  .arg(++i)
                  .arg(tr("On **%1** (`%2`): `bash %3` — %4").arg(e.node, hostOf(plan, e.node), e.file, e.what));
    md += QLatin1Char('\n');
    md += tr("A script that needs a step of another node (a `# Needs first:` line) waits for it with a time limit; "
             "start the other node's script while it waits.")
        + QStringLiteral("\n\n");

    md += QStringLiteral("## %1\n\n").arg(tr("Every step and how to check it"));
    int k = 0;
    for (const recipes::Step& s : plan.orderedStartSteps()) {
        md += QStringLiteral("%1. **%2** — %3 (`%4`)\n").arg(++k).arg(s.node, s.purpose, recipes::phaseKey(s.phase));
        if (!s.waitsFor.isEmpty())
            md += QStringLiteral("   - %1 `%2`\n").arg(tr("after"), s.waitsFor.join(QLatin1String("`, `")));
        if (s.phase == recipes::StepPhase::Check || s.phase == recipes::StepPhase::Wait)
            md += QStringLiteral("   - %1\n")
                      .arg(tr("check: the step itself is the check; it fails (non-zero exit) "
                              "when the condition does not hold"));
        else if (s.container)
            md += QStringLiteral("   - %1\n")
                      .arg(tr("check: `docker ps --filter name=%1` shows it Up; "
                              "`docker logs -f %1` shows its progress")
                               .arg(s.container->name));
        else
            md += QStringLiteral("   - %1\n").arg(tr("check: the command exits with status 0"));
    }
    md += QLatin1Char('\n');

    md += QStringLiteral("## %1\n\n").arg(tr("Check the service"));
    const QStringList urls = plan.health.urls();
    QString code;
    for (const QString& u : urls)
        code += QStringLiteral("curl -fsS %1\n").arg(shell::quote(u));
    code.chop(1);
    if (!code.isEmpty())
        md += fence(code) + QLatin1Char('\n');

    md += QStringLiteral("## %1\n\n").arg(tr("Stop"));
    int j = 0;
    for (const ScriptEntry& e : stopScripts)
        md += QStringLiteral("%1. %2\n")
                  .arg(++j)
                  .arg(tr("On **%1** (`%2`): `bash %3` — %4").arg(e.node, hostOf(plan, e.node), e.file, e.what));
    md += QLatin1Char('\n');

    if (!otherFiles.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Other files"));
        for (const QString& f : otherFiles)
            md += QStringLiteral("- `%1`\n").arg(f);
        md += QLatin1Char('\n');
    }
    if (!plan.notes.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Notes"));
        for (const QString& n : plan.notes)
            md += QStringLiteral("- %1\n").arg(n);
        md += QLatin1Char('\n');
    }
    return md.toUtf8();
}

} // namespace npufleet::exporting
