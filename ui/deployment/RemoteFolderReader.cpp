// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/RemoteFolderReader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>

#include "core/model/RemoteModelFolder.h"
#include "core/project/Project.h"

#include "ui/common/ProjectSession.h"

namespace npufleet::ui {

RemoteFolderReader::RemoteFolderReader(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_label(new QLabel(this))
    , m_nodes(new QComboBox(this))
    , m_button(new QPushButton(this))
{
    m_nodes->setObjectName(QStringLiteral("readNode"));
    m_button->setObjectName(QStringLiteral("readOnNode"));
    for (const cluster::Node& n : project->data().nodes)
        m_nodes->addItem(n.name, n.name);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_nodes, 1);
    row->addWidget(m_button);
    m_label->setBuddy(m_nodes);
    connect(m_button, &QPushButton::clicked, this, [this] { isReading() ? cancel() : start(); });
    retranslate();
}

RemoteFolderReader::~RemoteFolderReader()
{
    cancel();
}

void RemoteFolderReader::start()
{
    const cluster::Node* node = m_project->data().node(m_nodes->currentData().toString());
    std::shared_ptr<remote::Transport> transport = ProjectSession::of(m_project)->transport();
    if (!node || !transport || m_folder.isEmpty() || isReading())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    retranslate();
    QPointer<RemoteFolderReader> self(this);
    // SSH round trips take seconds: in the pool. The flag outlives this widget if it is closed meanwhile.
    QThreadPool::globalInstance()->start([self, transport, node = *node, folder = m_folder, cancel = m_cancel] {
        Result<model::LoadedModel> r = model::RemoteModelFolder::read(*transport, node, folder, *cancel);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, cancel, name = node.name, folder, r = std::move(r)] {
                if (!self || self->m_cancel != cancel)
                    return; // cancelled, or another read replaced it
                self->m_cancel.reset();
                self->retranslate();
                emit self->finished(name, folder, r);
            },
            Qt::QueuedConnection);
    });
}

void RemoteFolderReader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    retranslate();
}

void RemoteFolderReader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RemoteFolderReader::retranslate()
{
    m_label->setText(tr("Read on n&ode:"));
    m_button->setText(isReading() ? tr("Cancel") : tr("&Read"));
    m_button->setToolTip(tr("Read config.json, the safetensors index and the quantization description of the folder "
                            "on that node, over SSH"));
}

} // namespace npufleet::ui
