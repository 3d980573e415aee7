// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QTableWidget;

namespace npufleet::ui {

// Every keyboard shortcut of a window, read from its actions as they are now (so the list can never
// disagree with what the keys do): the action's name and its keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    // (action text without its '&', keys as the platform writes them), sorted by text.
    static QList<QPair<QString, QString>> shortcutsOf(const QWidget* window);
    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    const QWidget* m_window;
    QTableWidget* m_table;
};

} // namespace npufleet::ui
