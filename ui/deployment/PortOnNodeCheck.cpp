// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/PortOnNodeCheck.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>

#include "core/checks/PortsOnNode.h"
#include "core/project/Project.h"

#include "ui/common/ProjectSession.h"

namespace npufleet::ui {

PortOnNodeCheck::PortOnNodeCheck(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    m_text->setObjectName(QStringLiteral("portOnNode"));
    m_button->setObjectName(QStringLiteral("checkPortOnNode"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] { isReading() ? cancel() : recheck(); });
    retranslate();
}

PortOnNodeCheck::~PortOnNodeCheck()
{
    cancel();
}

void PortOnNodeCheck::setTarget(const QString& node, int port)
{
    const bool newNode = node != m_node;
    m_node = node;
    m_port = port;
    if (newNode)
        recheck();
    retranslate();
    emit stateChanged();
}

void PortOnNodeCheck::setOwn(const QString& container, int port)
{
    m_ownContainer = container;
    m_ownPort = port;
    retranslate();
    emit stateChanged();
}

bool PortOnNodeCheck::heldByOwnContainer() const
{
    return !m_ownContainer.isEmpty() && m_port == m_ownPort;
}

void PortOnNodeCheck::recheck()
{
    cancel();
    m_readNode.clear();
    m_listening.clear();
    m_error.clear();
    const cluster::Node* node = m_project->data().node(m_node);
    std::shared_ptr<remote::Transport> transport = ProjectSession::of(m_project)->transport();
    if (!node || !transport) {
        retranslate();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    retranslate();
    QPointer<PortOnNodeCheck> self(this);
    // An SSH round trip: in the pool. The flag outlives this widget if the wizard is closed meanwhile.
    QThreadPool::globalInstance()->start([self, transport, node = *node, cancel = m_cancel] {
        Result<QList<checks::ListeningPort>> r = checks::PortsOnNode::read(*transport, node, *cancel);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, cancel, name = node.name, r = std::move(r)] {
                if (!self || self->m_cancel != cancel)
                    return; // cancelled, or another read replaced it
                self->m_cancel.reset();
                self->m_readNode = name;
                if (r)
                    self->m_listening = *r;
                else
                    self->m_error = r.error().message;
                self->retranslate();
                emit self->stateChanged();
            },
            Qt::QueuedConnection);
    });
}

void PortOnNodeCheck::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    retranslate();
}

bool PortOnNodeCheck::portInUse() const
{
    return m_readNode == m_node && !m_node.isEmpty() && !heldByOwnContainer()
        && checks::PortsOnNode::holder(m_listening, m_port).has_value();
}

QString PortOnNodeCheck::text() const
{
    return m_text->text();
}

void PortOnNodeCheck::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortOnNodeCheck::retranslate()
{
    m_button->setText(isReading() ? tr("Cancel") : tr("Check &again"));
    m_button->setToolTip(tr("Read the listening ports of the serving node again (ss -ltnp, over SSH)"));
    m_button->setEnabled(!m_node.isEmpty());
    QString html;
    if (m_node.isEmpty()) {
        html = tr("Place the deployment to check the port on its serving node.");
    } else if (isReading()) {
        html = tr("Reading the listening ports of %1…").arg(m_node.toHtmlEscaped());
    } else if (m_readNode != m_node) {
        html = tr("The ports of %1 have not been read (no connection to it).").arg(m_node.toHtmlEscaped());
    } else if (!m_error.isEmpty()) {
        html = QStringLiteral("<span style='color:#a15c00'>⚠ %1</span>").arg(m_error.toHtmlEscaped());
    } else if (const auto holder = checks::PortsOnNode::holder(m_listening, m_port); holder && heldByOwnContainer()) {
        html = tr("Port %1 on %2 is held by this deployment's running container %3; a relaunch replaces it.")
                   .arg(m_port)
                   .arg(m_node, m_ownContainer)
                   .toHtmlEscaped();
    } else if (holder) {
        const QString who = holder->process.isEmpty() ? tr("another program") : holder->process;
        html = QStringLiteral("<span style='color:#c62828'>✖ %1</span>")
                   .arg(tr("Port %1 is in use on %2 by %3: choose another port.")
                            .arg(m_port)
                            .arg(m_node, who)
                            .toHtmlEscaped());
    } else {
        html = tr("Port %1 is free on %2.").arg(m_port).arg(m_node.toHtmlEscaped());
    }
    m_text->setText(html);
}

} // namespace npufleet::ui
