// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWizard>
#include <memory>

#include "core/project/SharedStorage.h"
#include "core/storage/NfsPlan.h"

class QUndoStack;

namespace npufleet::project {
class Project;
}
namespace npufleet::remote {
class Transport;
}
namespace npufleet::storage {
class NfsRunner;
}

namespace npufleet::ui {

// Sets up one NFS share for the whole cluster: what to share, how to mount it, a preview of every
// command and file edit, then apply, verify, and record the storage in the project (undoable).
// The logic is in core/storage; the pages only edit a draft SharedStorage and show results.
class NfsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ShareId, MountId, PreviewId, ApplyId, VerifyId };

    NfsWizard(project::Project* project, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~NfsWizard() override;

    // Test hooks: another transport (a sandbox), another /etc (a sandbox folder).
    void setTransport(std::shared_ptr<remote::Transport> transport);
    void setEtcRoot(const QString& etcRoot) { m_etcRoot = etcRoot; }
    const QString& etcRoot() const { return m_etcRoot; }

    project::Project* project() const { return m_project; }
    project::SharedStorage& draft() { return m_draft; }
    QHash<QString, storage::OsFamily>& detectedOs() { return m_detected; }
    bool osDetectionDone() const { return m_detectionDone; }
    void setOsDetectionDone() { m_detectionDone = true; }
    Result<storage::NfsPlan> plan() const;
    // What "Undo storage setup" runs: the plan of the storage the project recorded as applied.
    Result<storage::NfsPlan> undoPlan() const;
    storage::NfsRunner* runner() const { return m_runner; }
    bool isSimulated() const;

    // After a successful apply: the project records the storage (one undo step). After an undo of
    // the setup: the project forgets it.
    void recordStorage();
    void recordRemoval();

signals:
    // An apply or undo changed nodes: for the log ("Applied. …" / "Stopped. …").
    void activity(bool ok, const QString& text);

private:
    Result<storage::NfsPlan> planFor(const project::SharedStorage& storage) const;
    project::Project* m_project;
    QUndoStack* m_undoStack;
    project::SharedStorage m_draft;
    QHash<QString, storage::OsFamily> m_detected;
    bool m_detectionDone = false;
    QString m_etcRoot = QStringLiteral("/etc");
    std::shared_ptr<remote::Transport> m_transport;
    storage::NfsRunner* m_runner = nullptr;
};

} // namespace npufleet::ui
