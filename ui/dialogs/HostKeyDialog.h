// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>
#include <optional>

#include "core/remote/KnownHosts.h"

class QPushButton;

namespace npufleet::ui {

// Shows a host key the known-hosts file does not vouch for. A first-seen key can be trusted;
// a changed key gets a red warning and no button to accept it.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const QString& node, const remote::HostKeyInfo& key, QWidget* parent = nullptr);

    QPushButton* trustButton() const { return m_trust; } // null for a changed key

    // Asks without blocking: opens the dialog window-modal and calls answered(trusted) later.
    // A test answer set with setNextAnswer is delivered (queued) without showing anything.
    static void ask(QWidget* parent,
                    const QString& node,
                    const remote::HostKeyInfo& key,
                    QObject* context,
                    std::function<void(bool trusted)> answered);

    // Test hooks: the next ask() answers this; lastShown() is the text of the last question.
    static void setNextAnswer(bool trust);
    static QString lastShown();

private:
    QPushButton* m_trust = nullptr;
};

} // namespace npufleet::ui
