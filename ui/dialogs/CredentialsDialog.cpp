// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CredentialsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace npufleet::ui {

CredentialsDialog::CredentialsDialog(const QString& node, const remote::AuthNeed& need, QWidget* parent)
    : QDialog(parent)
    , m_secret(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember in the system keychain")))
{
    const bool passphrase = !need.passphraseKeyFile.isEmpty();
    setWindowTitle(passphrase ? tr("Key passphrase for %1").arg(node) : tr("Password for %1").arg(node));
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel;
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (passphrase)
        intro->setText(
            tr("The key %1 is protected by a passphrase. Enter it to log in to %2.").arg(need.passphraseKeyFile, node));
    else if (need.passwordRefused)
        intro->setText(tr("%1@%2 refused the password. Enter it again.").arg(need.user, need.host));
    else
        intro->setText(tr("%1@%2 asks for a password.").arg(need.user, need.host));
    layout->addWidget(intro);

    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(passphrase ? tr("&Passphrase:") : tr("&Password:"), m_secret);
    layout->addLayout(form);

    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Kept by the desktop's keychain (GNOME Keyring, KWallet), never in the project file. "
                              "Unticked, it is kept in memory until NPU Fleet quits."));
    layout->addWidget(m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this,
            [buttons](const QString& text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QByteArray CredentialsDialog::secret() const
{
    return m_secret->text().toUtf8();
}

bool CredentialsDialog::remember() const
{
    return m_remember->isChecked();
}

void CredentialsDialog::ask(QWidget* parent,
                            const QString& node,
                            const remote::AuthNeed& need,
                            QObject* context,
                            std::function<void(std::optional<QByteArray> secret, bool remember)> answered)
{
    auto* dialog = new CredentialsDialog(node, need, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context, [dialog, answered = std::move(answered)](int result) {
        if (result == QDialog::Accepted)
            answered(dialog->secret(), dialog->remember());
        else
            answered(std::nullopt, false);
    });
    dialog->open();
}

} // namespace npufleet::ui
