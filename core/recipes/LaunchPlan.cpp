// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/LaunchPlan.h"

#include <QSet>

#include "core/util/ShellQuote.h"

namespace npufleet::recipes {

QString Step::commandLine() const
{
    if (container)
        return container->renamedReferences() + shell::join(container->dockerRunArgs());
    if (!argv.isEmpty())
        return shell::join(argv);
    return script;
}

remote::CommandIntent Step::commandIntent() const
{
    if (container)
        return remote::CommandIntent::withValue(remote::CommandKind::RunContainer, container->name);
    return intent;
}

QStringList HealthCheck::urls() const
{
    QStringList out;
    for (const QString& p : paths)
        out << QStringLiteral("http://%1:%2%3").arg(host).arg(port).arg(p);
    return out;
}

const NodePlan* LaunchPlan::nodePlan(const QString& node) const
{
    for (const NodePlan& n : nodes) {
        if (n.node == node)
            return &n;
    }
    return nullptr;
}

namespace {
// Kahn's algorithm that always takes the earliest ready step, so the given order survives where it can.
QList<Step> ordered(QList<Step> pending)
{
    QList<Step> out;
    QSet<QString> done;
    QSet<QString> known;
    for (const Step& s : pending)
        known.insert(s.id);
    while (!pending.isEmpty()) {
        qsizetype pick = -1;
        for (qsizetype i = 0; i < pending.size() && pick < 0; ++i) {
            bool ready = true;
            for (const QString& dep : pending.at(i).waitsFor)
                ready = ready && (done.contains(dep) || !known.contains(dep));
            if (ready)
                pick = i;
        }
        if (pick < 0)
            pick = 0; // a cycle is a recipe bug; keep going rather than lose steps
        done.insert(pending.at(pick).id);
        out << pending.takeAt(pick);
    }
    return out;
}
} // namespace

QList<Step> LaunchPlan::orderedStartSteps() const
{
    QList<Step> all;
    for (const NodePlan& n : nodes)
        all << n.start;
    return ordered(all);
}

QList<Step> LaunchPlan::orderedStopSteps() const
{
    QList<Step> all;
    for (const NodePlan& n : nodes)
        all << n.stop;
    return ordered(all);
}

QList<ContainerSpec> LaunchPlan::containers(const QString& node) const
{
    QList<ContainerSpec> out;
    if (const NodePlan* n = nodePlan(node)) {
        for (const Step& s : n->start) {
            if (s.container)
                out << *s.container;
        }
    }
    return out;
}

void LaunchPlan::collectSecretReferences()
{
    const auto add = [](Step& step, const QStringList& vars) {
        for (const QString& v : vars) {
            if (!step.needsSecrets.contains(v))
                step.needsSecrets << v;
        }
    };
    QStringList stackVars;
    if (stack) {
        for (const StackService& s : std::as_const(stack->services))
            stackVars << s.container.referencedVariables();
    }
    for (NodePlan& n : nodes) {
        for (QList<Step>* list : {&n.start, &n.stop}) {
            for (Step& s : *list) {
                if (s.container)
                    add(s, s.container->referencedVariables());
                // `docker stack deploy` fills the stack file's ${VAR} from its own environment.
                if (stack && s.id.endsWith(QLatin1String("/stack-deploy")))
                    add(s, stackVars);
            }
        }
    }
}

QString phaseKey(StepPhase phase)
{
    switch (phase) {
    case StepPhase::Check:
        return QStringLiteral("check");
    case StepPhase::Prepare:
        return QStringLiteral("prepare");
    case StepPhase::Start:
        return QStringLiteral("start");
    case StepPhase::Wait:
        return QStringLiteral("wait");
    case StepPhase::Stop:
        return QStringLiteral("stop");
    }
    return {};
}

} // namespace npufleet::recipes
