// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogDock.h"

#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTime>
#include <memory>

#include "ui/dialogs/Ask.h"

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
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QPlainTextEdit::customContextMenuRequested, this, [this](const QPoint& at) {
        const std::unique_ptr<QMenu> menu(m_view->createStandardContextMenu());
        menu->addSeparator();
        menu->addAction(tr("Save Log…"), this, [this] {
            const QString path
                = ask::saveFileName(this, tr("Save log"), QDir::home().filePath(QStringLiteral("npufleet-log.txt")),
                                    tr("Text files (*.txt);;All files (*)"));
            if (!path.isEmpty())
                saveTo(path);
        });
        menu->exec(m_view->mapToGlobal(at));
    });
}

bool LogDock::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8() + '\n') < 0 || !file.commit()) {
        ask::warning(this, tr("Save log"),
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
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
