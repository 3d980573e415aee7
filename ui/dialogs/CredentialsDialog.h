// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>
#include <optional>

#include "core/remote/SshSession.h"

class QCheckBox;
class QLineEdit;

namespace npufleet::ui {

// Asks for what a node's login lacked: the password of user@host, or the passphrase of a key file.
// "Remember" puts it in the system keychain; otherwise it lives in memory until NPU Fleet quits.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(const QString& node, const remote::AuthNeed& need, QWidget* parent = nullptr);

    QByteArray secret() const;
    bool remember() const;

    // Asks without blocking: opens the dialog window-modal and calls answered later, with no secret
    // when the user cancelled.
    static void ask(QWidget* parent,
                    const QString& node,
                    const remote::AuthNeed& need,
                    QObject* context,
                    std::function<void(std::optional<QByteArray> secret, bool remember)> answered);

private:
    QLineEdit* m_secret;
    QCheckBox* m_remember;
};

} // namespace npufleet::ui
