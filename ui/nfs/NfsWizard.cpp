// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/nfs/NfsWizard.h"

#include <QUndoStack>

#include "core/project/Project.h"
#include "core/remote/Transport.h"
#include "core/storage/NfsRunner.h"

#include "ui/commands/StorageCommands.h"
#include "ui/nfs/NfsApplyPage.h"
#include "ui/nfs/NfsMountPage.h"
#include "ui/nfs/NfsPreviewPage.h"
#include "ui/nfs/NfsSharePage.h"
#include "ui/nfs/NfsVerifyPage.h"
#include "ui/common/ProjectSession.h"

namespace npufleet::ui {

NfsWizard::NfsWizard(project::Project* project, QUndoStack* undoStack, QWidget* parent)
    : QWizard(parent)
    , m_project(project)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Shared model storage (NFS)"));
    setObjectName(QStringLiteral("nfsWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    const project::ProjectData& doc = project->data();
    m_draft = doc.storage;
    if (!m_draft.isConfigured()) {
        // A head node is the natural server; else the first node.
        for (const cluster::Node& n : doc.nodes) {
            if (n.role == cluster::NodeRole::Head && m_draft.serverNode.isEmpty())
                m_draft.serverNode = n.name;
        }
        if (m_draft.serverNode.isEmpty() && !doc.nodes.isEmpty())
            m_draft.serverNode = doc.nodes.first().name;
    }
    m_transport = ProjectSession::of(m_project)->transport();
    m_runner = new storage::NfsRunner(m_transport, this);

    setPage(ShareId, new NfsSharePage(this));
    setPage(MountId, new NfsMountPage(this));
    setPage(PreviewId, new NfsPreviewPage(this));
    setPage(ApplyId, new NfsApplyPage(this));
    setPage(VerifyId, new NfsVerifyPage(this));
    resize(900, 640);
}

NfsWizard::~NfsWizard() = default;

void NfsWizard::setTransport(std::shared_ptr<remote::Transport> transport)
{
    m_transport = std::move(transport);
    m_runner->setTransport(m_transport);
}

bool NfsWizard::isSimulated() const
{
    return m_transport && m_transport->isSimulated();
}

Result<storage::NfsPlan> NfsWizard::plan() const
{
    return planFor(m_draft);
}

Result<storage::NfsPlan> NfsWizard::undoPlan() const
{
    // Undo takes away what was applied, which the project recorded, even after the draft has moved on
    // (another mount point would otherwise leave the old one mounted).
    const project::SharedStorage& applied = m_project->data().storage;
    return applied.isConfigured() ? planFor(applied) : plan();
}

Result<storage::NfsPlan> NfsWizard::planFor(const project::SharedStorage& storage) const
{
    storage::NfsPlanOptions options;
    options.etcRoot = m_etcRoot;
    options.detected = m_detected;
    options.applied = m_project->data().storage; // a change of it is explained in the preview
    return storage::NfsPlanner::plan(storage, m_project->data().nodes, options);
}

void NfsWizard::recordStorage()
{
    const Result<storage::NfsPlan> p = plan();
    if (!p)
        return;
    project::SharedStorage record = p->storage; // network and clients as applied
    if (record == m_project->data().storage)
        return;
    m_undoStack->push(new SetStorageCommand(m_project, record));
}

void NfsWizard::recordRemoval()
{
    if (m_project->data().storage.isConfigured())
        m_undoStack->push(new SetStorageCommand(m_project, project::SharedStorage()));
}

} // namespace npufleet::ui
