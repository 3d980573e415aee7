// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/Assigner.h"

#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>
#include <algorithm>

#include "core/model/ModelCatalog.h"
#include "core/project/Project.h"

#include "ui/assign/ModelRefMime.h"
#include "ui/commands/DeploymentCommands.h"

namespace npufleet::ui {

namespace {
QString uniqueName(const QString& base, const QSet<QString>& taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

QString slug(const QString& text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return s.isEmpty() ? QStringLiteral("model") : s;
}

QList<project::Placement> merged(QList<project::Placement> a, const QList<project::Placement>& b)
{
    for (const project::Placement& p : b) {
        auto it = std::find_if(a.begin(), a.end(), [&](const project::Placement& q) { return q.node == p.node; });
        if (it == a.end()) {
            a << p;
            continue;
        }
        for (int d : p.devices) {
            if (!it->devices.contains(d))
                it->devices << d;
        }
        std::sort(it->devices.begin(), it->devices.end());
    }
    return a;
}
} // namespace

Assigner::Assigner(project::Project* project, QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_undoStack(undoStack)
{
    // Any change to the document makes the cached copy stale.
    connect(project, &project::Project::wasReset, this, &Assigner::invalidate);
    connect(project, &project::Project::deploymentsChanged, this, &Assigner::invalidate);
    connect(project, &project::Project::modelsChanged, this, &Assigner::invalidate);
    connect(project, &project::Project::nodeInserted, this, &Assigner::invalidate);
    connect(project, &project::Project::nodeRemoved, this, &Assigner::invalidate);
    connect(project, &project::Project::nodeChanged, this, &Assigner::invalidate);
    connect(project, &project::Project::liveChanged, this, &Assigner::invalidate);
}

Assigner::~Assigner() = default;

void Assigner::invalidate()
{
    m_planner.reset();
    m_data.reset();
}

const planning::PlacementPlanner& Assigner::planner() const
{
    if (!m_planner) {
        m_data = std::make_unique<project::ProjectData>(m_project->data());
        for (const model::CatalogEntry& e : model::ModelCatalog::entries()) {
            project::ModelSource s;
            s.id = ModelRefMime::catalogRef(e.name);
            s.name = e.name;
            s.catalog = e.name;
            s.hubId = e.hubId;
            s.quantization = e.quant.isEmpty() ? QStringLiteral("auto") : e.quant;
            m_data->models << s;
        }
        m_planner = std::make_unique<planning::PlacementPlanner>(*m_data);
    }
    return *m_planner;
}

QString Assigner::ownerOf(const QString& node, int device) const
{
    return planner().ownerOf(node, device);
}

QString Assigner::modelIdFor(const QString& modelRef) const
{
    // A catalog model already in the project is the project's one.
    if (ModelRefMime::isCatalogRef(modelRef)) {
        const QString name = ModelRefMime::catalogName(modelRef);
        for (const project::ModelSource& m : m_project->data().models) {
            if (m.catalog.compare(name, Qt::CaseInsensitive) == 0)
                return m.id;
        }
    }
    return modelRef;
}

project::Deployment Assigner::newDeployment(const QString& modelId) const
{
    const project::ProjectData& data = m_project->data();
    project::Deployment d;
    QSet<QString> names;
    int port = 8000;
    for (const project::Deployment& other : data.deployments) {
        names.insert(other.name);
        port = qMax(port, other.serving.port);
        // One image serves every mode of an engine family (vllm-ascend: single, DP, Ray, Swarm).
        const char* family = project::traits(d.engine).capabilities;
        if (d.image.isEmpty() && family && qstrcmp(project::traits(other.engine).capabilities, family) == 0)
            d.image = other.image;
    }
    d.name
        = uniqueName(ModelRefMime::isCatalogRef(modelId) ? slug(ModelRefMime::catalogName(modelId)) : modelId, names);
    d.model = modelId;
    if (d.image.isEmpty())
        d.image = QLatin1String(project::traits(d.engine).defaultImage);
    d.serving.port = port + 1;
    d.serving.servedModelName = d.name;
    return d;
}

QList<project::Placement>
Assigner::occupiedIn(const QList<project::Placement>& devices, const QString& ignore, QString* why) const
{
    QList<project::Placement> busy;
    for (const project::Placement& p : devices) {
        for (int d : p.devices) {
            const QString owner = planner().ownerOf(p.node, d, ignore);
            if (owner.isEmpty())
                continue;
            busy = merged(busy, {project::Placement {p.node, {d}}});
            if (why && why->isEmpty())
                *why = tr("NPU %1 of %2 is used by %3").arg(d).arg(p.node, owner);
        }
    }
    return busy;
}

planning::PlacementChoice Assigner::previewModel(const QString& modelRef, const DropTarget& target) const
{
    const project::Deployment d = newDeployment(ModelRefMime::isCatalogRef(modelRef) ? modelRef : modelIdFor(modelRef));
    if (!target.nodes.isEmpty())
        return planner().chooseOnNodes(d, target.nodes);
    planning::PlacementChoice c;
    if (!occupiedIn(target.devices, {}, &c.reason).isEmpty()) {
        c.placement = target.devices;
        return c;
    }
    return planner().evaluator().evaluate(d, target.devices);
}

planning::PlacementChoice Assigner::previewMove(const QString& deployment, const DropTarget& target) const
{
    const project::ProjectData& data = m_project->data();
    const int index = data.deploymentIndex(deployment);
    planning::PlacementChoice c;
    if (index < 0) {
        c.reason = tr("no deployment named %1").arg(deployment);
        return c;
    }
    const project::Deployment& d = data.deployments.at(index);
    if (!target.nodes.isEmpty())
        return planner().chooseOnNodes(d, target.nodes);
    QList<project::Placement> devices = target.devices;
    const int count = d.placedDevices();
    // One NPU stands for where the deployment goes: a free group of its size around it.
    if (count > 1 && devices.size() == 1 && devices.first().devices.size() == 1) {
        const QString node = devices.first().node;
        const int anchor = devices.first().devices.first();
        QSet<int> used;
        QList<int> all;
        if (const cluster::Node* n = data.node(node)) {
            for (const cluster::Accelerator& a : n->accelerators()) {
                if (!all.contains(a.index))
                    all << a.index;
                if (!planner().ownerOf(node, a.index, d.name).isEmpty())
                    used.insert(a.index);
            }
        }
        std::sort(all.begin(), all.end());
        const QList<QList<int>> groups = planning::PlacementPlanner::freeGroups(all, used, count);
        auto it = std::find_if(groups.cbegin(), groups.cend(), [&](const QList<int>& g) { return g.contains(anchor); });
        if (it == groups.cend()) {
            c.placement = devices;
            c.reason = groups.isEmpty() ? tr("%1 has no %2 free NPUs").arg(node).arg(count)
                                        : tr("no %1 free NPUs next to NPU %2 of %3").arg(count).arg(anchor).arg(node);
            return c;
        }
        devices = {project::Placement {node, *it}};
    }
    if (!occupiedIn(devices, d.name, &c.reason).isEmpty()) {
        c.placement = devices;
        return c;
    }
    return planner().evaluator().evaluate(d, devices);
}

planning::PlacementChoice Assigner::previewResize(const QString& deployment,
                                                  const QList<project::Placement>& devices) const
{
    const int index = m_project->data().deploymentIndex(deployment);
    planning::PlacementChoice c;
    if (index < 0)
        return c;
    if (!occupiedIn(devices, deployment, &c.reason).isEmpty()) {
        c.placement = devices;
        return c;
    }
    return planner().evaluator().evaluate(m_project->data().deployments.at(index), devices);
}

bool Assigner::assignModel(const QString& modelRef, const DropTarget& target, QString* why)
{
    const planning::PlacementChoice c = previewModel(modelRef, target);
    if (c.fit == planning::Fit::NoFit) {
        if (why)
            *why = c.reason;
        return false;
    }
    QString modelId = modelIdFor(modelRef);
    auto* macro = new QUndoCommand;
    if (ModelRefMime::isCatalogRef(modelId)) {
        // First use of a catalog model: it joins the project in the same step.
        const std::optional<model::CatalogEntry> e = model::ModelCatalog::find(ModelRefMime::catalogName(modelId));
        project::ModelSource s;
        QSet<QString> ids;
        for (const project::ModelSource& m : m_project->data().models)
            ids.insert(m.id);
        s.name = e ? e->name : ModelRefMime::catalogName(modelId);
        s.id = uniqueName(slug(s.name), ids);
        s.catalog = s.name;
        s.hubId = e ? e->hubId : QString();
        const project::SharedStorage& storage = m_project->data().storage;
        s.path = (storage.mountPoint.isEmpty() ? QStringLiteral("/models") : storage.mountPoint) + QLatin1Char('/')
            + s.name;
        s.quantization = e && !e->quant.isEmpty() ? e->quant : QStringLiteral("auto");
        new AddModelCommand(m_project, s, macro);
        modelId = s.id;
    }
    project::Deployment d = newDeployment(modelId);
    d.placement = c.placement;
    d.layout = c.layout();
    if (d.placement.size() > 1)
        d.engine = d.layout.tp * d.layout.pp <= c.npus() / int(d.placement.size()) ? project::Engine::VllmAscendDp
                                                                                   : project::Engine::VllmAscendRay;
    new CreateDeploymentCommand(m_project, d, macro);
    macro->setText(tr("Assign %1 to %n NPU(s)", nullptr, c.npus()).arg(d.name));
    m_undoStack->push(macro);
    return true;
}

bool Assigner::moveDeployment(const QString& deployment, const DropTarget& target, QString* why)
{
    const planning::PlacementChoice c = previewMove(deployment, target);
    if (c.fit == planning::Fit::NoFit) {
        if (why)
            *why = c.reason;
        return false;
    }
    const project::Deployment& d = m_project->data().deployments.at(m_project->data().deploymentIndex(deployment));
    // Same count: the layout the user chose stays.
    const project::Layout layout = d.layout.npus() == c.npus() ? d.layout : c.layout();
    if (c.placement == d.placement && layout == d.layout)
        return true;
    m_undoStack->push(new MoveDeploymentCommand(m_project, deployment, c.placement, layout));
    return true;
}

bool Assigner::resizeDeployment(const QString& deployment, const QList<project::Placement>& devices, QString* why)
{
    QList<project::Placement> kept = devices;
    kept.removeIf([](const project::Placement& p) { return p.devices.isEmpty(); });
    if (kept.isEmpty())
        return deleteDeployment(deployment);
    const planning::PlacementChoice c = previewResize(deployment, kept);
    if (c.fit == planning::Fit::NoFit) {
        if (why)
            *why = c.reason;
        return false;
    }
    m_undoStack->push(new ResizeDeploymentCommand(m_project, deployment, c.placement, c.layout()));
    return true;
}

bool Assigner::extendDeployment(const QString& deployment, const DropTarget& target, QString* why)
{
    const int index = m_project->data().deploymentIndex(deployment);
    if (index < 0)
        return false;
    return resizeDeployment(deployment, merged(m_project->data().deployments.at(index).placement, target.devices), why);
}

bool Assigner::shrinkDeployment(const QString& deployment, const QList<project::Placement>& remove, QString* why)
{
    const int index = m_project->data().deploymentIndex(deployment);
    if (index < 0)
        return false;
    QList<project::Placement> devices = m_project->data().deployments.at(index).placement;
    for (project::Placement& p : devices) {
        for (const project::Placement& r : remove) {
            if (r.node == p.node)
                p.devices.removeIf([&](int d) { return r.devices.contains(d); });
        }
    }
    return resizeDeployment(deployment, devices, why);
}

bool Assigner::deleteDeployment(const QString& deployment)
{
    if (m_project->data().deploymentIndex(deployment) < 0)
        return false;
    m_undoStack->push(new DeleteDeploymentCommand(m_project, deployment));
    return true;
}

QList<planning::AutoPlaceOutcome> Assigner::autoPlace()
{
    const QList<planning::AutoPlaceOutcome> outcomes = planner().autoPlace();
    auto* command = new AutoPlaceCommand(m_project, outcomes);
    if (command->placedCount() > 0)
        m_undoStack->push(command);
    else
        delete command;
    return outcomes;
}

} // namespace npufleet::ui
