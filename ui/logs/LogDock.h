// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace npufleet::ui {

// Messages of the session: what ran, what failed and why. Lines are appended, never lost.
class LogDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    explicit LogDock(QWidget* parent = nullptr);

    void append(Level level, const QString& text);
    QString text() const;
    // Writes the whole log to a file (atomically); the context menu offers it as "Save Log…".
    bool saveTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    QPlainTextEdit* m_view;
};

} // namespace npufleet::ui
