// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "core/project/ProjectData.h"

namespace npufleet::project {

// The open project document: its data plus where it lives, with small mutations that each
// announce themselves. Item models follow the signals; undo commands call the mutations.
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject* parent = nullptr);

    const ProjectData& data() const { return m_data; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    bool isDemo() const { return m_data.demo; }

    void reset(ProjectData data, const QString& filePath);

    void insertNode(int index, const cluster::Node& node);
    void removeNode(int index);
    // Keeps the node's live state while its address stays; a rename follows into placements and storage.
    void setNode(int index, const cluster::Node& node);
    // Live inventory of a node: not part of the document, so it never marks the project modified.
    void setLive(const QString& nodeName, const cluster::NodeLive& live);

    void insertDeployment(int index, const Deployment& deployment);
    void removeDeployment(int index);
    void setDeployment(int index, const Deployment& deployment);

    void insertModel(int index, const ModelSource& model);
    void removeModel(int index);
    void setModel(int index, const ModelSource& model);

    void setStorage(const SharedStorage& storage);
    // The speed corrections per chip and engine (plan --calibrate, the Plan panel's "Use as correction").
    void setCalibrations(const QList<Calibration>& calibrations);

signals:
    void aboutToReset();
    void wasReset();
    void filePathChanged(const QString& path);

    void nodeAboutToBeInserted(int index);
    void nodeInserted(int index);
    void nodeAboutToBeRemoved(int index);
    void nodeRemoved(int index);
    void nodeChanged(int index);
    void liveChanged(int index);

    void deploymentsChanged();
    void modelsChanged();
    void storageChanged();
    void calibrationsChanged();

private:
    void renameNodeReferences(const QString& from, const QString& to);

    ProjectData m_data;
    QString m_filePath;
};

} // namespace npufleet::project
