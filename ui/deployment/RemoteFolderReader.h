// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <atomic>
#include <memory>

#include "core/model/ModelLoader.h"
#include "core/util/Result.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// "Read on node [node ▾] [Read]": reads a model folder that is on a node (config.json, index, quantization
// description) over the project's transport, off the GUI thread; the button cancels while it reads.
class RemoteFolderReader : public QWidget
{
    Q_OBJECT
public:
    explicit RemoteFolderReader(project::Project* project, QWidget* parent = nullptr);
    ~RemoteFolderReader() override;

    QComboBox* nodes() const { return m_nodes; }
    QPushButton* button() const { return m_button; }
    bool isReading() const { return bool(m_cancel); }
    void setFolder(const QString& folder) { m_folder = folder; }
    void start();
    void cancel();

signals:
    void finished(const QString& node, const QString& folder, const npufleet::Result<npufleet::model::LoadedModel>& r);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    project::Project* m_project;
    QLabel* m_label;
    QComboBox* m_nodes;
    QPushButton* m_button;
    QString m_folder;
    std::shared_ptr<std::atomic_bool> m_cancel; // set while a read runs
};

} // namespace npufleet::ui
