// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/Project.h"

#include <QRegularExpression>

namespace npufleet::project {

Project::Project(QObject* parent)
    : QObject(parent)
{
}

void Project::setFilePath(const QString& path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void Project::reset(ProjectData data, const QString& filePath)
{
    emit aboutToReset();
    m_data = std::move(data);
    emit wasReset();
    setFilePath(filePath);
}

void Project::insertNode(int index, const cluster::Node& node)
{
    Q_ASSERT(index >= 0 && index <= m_data.nodes.size());
    emit nodeAboutToBeInserted(index);
    m_data.nodes.insert(index, node);
    emit nodeInserted(index);
}

void Project::removeNode(int index)
{
    Q_ASSERT(index >= 0 && index < m_data.nodes.size());
    emit nodeAboutToBeRemoved(index);
    m_data.nodes.removeAt(index);
    emit nodeRemoved(index);
}

void Project::setNode(int index, const cluster::Node& node)
{
    Q_ASSERT(index >= 0 && index < m_data.nodes.size());
    cluster::Node& current = m_data.nodes[index];
    const bool renamed = current.name != node.name;
    if (renamed)
        renameNodeReferences(current.name, node.name);
    // A new address means the old live state may describe another machine: drop it then.
    cluster::NodeLive live
        = node.host == current.host && node.port == current.port ? current.live : cluster::NodeLive {};
    current = node;
    current.live = std::move(live);
    emit nodeChanged(index);
    if (renamed) {
        emit deploymentsChanged();
        emit storageChanged();
    }
}

void Project::renameNodeReferences(const QString& from, const QString& to)
{
    for (Deployment& d : m_data.deployments) {
        for (Placement& p : d.placement) {
            if (p.node == from)
                p.node = to;
        }
    }
    if (m_data.storage.serverNode == from)
        m_data.storage.serverNode = to;
    m_data.storage.clients.replaceInStrings(
        QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(from) + QStringLiteral("$")), to);
}

void Project::setLive(const QString& nodeName, const cluster::NodeLive& live)
{
    const int index = m_data.nodeIndex(nodeName);
    if (index < 0)
        return; // the node was removed while its inventory ran
    m_data.nodes[index].live = live;
    emit liveChanged(index);
}

void Project::insertDeployment(int index, const Deployment& deployment)
{
    m_data.deployments.insert(index, deployment);
    emit deploymentsChanged();
}

void Project::removeDeployment(int index)
{
    m_data.deployments.removeAt(index);
    emit deploymentsChanged();
}

void Project::setDeployment(int index, const Deployment& deployment)
{
    m_data.deployments[index] = deployment;
    emit deploymentsChanged();
}

void Project::insertModel(int index, const ModelSource& model)
{
    m_data.models.insert(index, model);
    emit modelsChanged();
}

void Project::removeModel(int index)
{
    m_data.models.removeAt(index);
    emit modelsChanged();
}

void Project::setModel(int index, const ModelSource& model)
{
    m_data.models[index] = model;
    emit modelsChanged();
}

void Project::setStorage(const SharedStorage& storage)
{
    m_data.storage = storage;
    emit storageChanged();
}

void Project::setCalibrations(const QList<Calibration>& calibrations)
{
    m_data.calibrations = calibrations;
    emit calibrationsChanged();
}

} // namespace npufleet::project
