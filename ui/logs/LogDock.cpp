// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogDock.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTime>

namespace npufleet::ui {

LogDock::LogDock(QWidget* parent)
    : QDockWidget(parent)
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(20'000);
    m_view->setFont(QFont(QStringLiteral("monospace")));
    setWidget(m_view);
    setWindowTitle(tr("Log"));
}

void LogDock::append(Level level, const QString& text)
{
    QString prefix;
    if (level == Level::Warning)
        prefix = tr("warning: ");
    else if (level == Level::Error)
        prefix = tr("error: ");
    m_view->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + prefix + text);
}

QString LogDock::text() const
{
    return m_view->toPlainText();
}

void LogDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Log"));
    QDockWidget::changeEvent(event);
}

} // namespace npufleet::ui
