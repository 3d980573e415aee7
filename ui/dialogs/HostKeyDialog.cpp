// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace npufleet::ui {

namespace {
std::optional<bool> s_nextAnswer;
QString s_lastShown;

QLabel* selectable(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

HostKeyDialog::HostKeyDialog(const QString& node, const remote::HostKeyInfo& key, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(key.changed ? tr("Host key changed") : tr("Unknown host key"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel;
    intro->setWordWrap(true);
    if (key.changed) {
        // The one case where the user must not be nudged on: say it plainly, in red, with no accept button.
        intro->setText(tr("WARNING: the host key of %1 has CHANGED since it was recorded. Someone may be "
                          "intercepting the connection, or the server was reinstalled. NPU Fleet will not connect. "
                          "Verify the new key with the server's administrator, then remove the old line from the "
                          "known-hosts file.")
                           .arg(node));
        intro->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    } else {
        intro->setText(tr("NPU Fleet has not seen %1 before. Check that the fingerprint below is the server's "
                          "(ask its administrator, or run `ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub` on it) "
                          "before trusting it.")
                           .arg(node, key.keyType.section(QLatin1Char('-'), 1, 1)));
    }
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Host:"), selectable(remote::KnownHosts::hostPattern(key.host, key.port)));
    form->addRow(tr("Key type:"), selectable(key.keyType));
    auto* fingerprint = selectable(key.fingerprint);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setStyleSheet(QStringLiteral("font-family: monospace;"));
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("Known-hosts file:"), selectable(key.knownHostsFile));
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox;
    if (key.changed) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        m_trust = buttons->addButton(tr("Trust and Connect"), QDialogButtonBox::AcceptRole);
        buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    s_lastShown = intro->text() + QLatin1Char('\n') + key.fingerprint;
}

void HostKeyDialog::ask(QWidget* parent,
                        const QString& node,
                        const remote::HostKeyInfo& key,
                        QObject* context,
                        std::function<void(bool trusted)> answered)
{
    if (s_nextAnswer) {
        const bool trust = std::exchange(s_nextAnswer, std::nullopt).value() && !key.changed;
        s_lastShown = node + QLatin1Char('\n') + key.fingerprint;
        QTimer::singleShot(0, context, [answered = std::move(answered), trust] { answered(trust); });
        return;
    }
    auto* dialog = new HostKeyDialog(node, key, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context, [answered = std::move(answered), changed = key.changed](int result) {
        answered(!changed && result == QDialog::Accepted);
    });
    dialog->open(); // window-modal, no nested event loop
}

void HostKeyDialog::setNextAnswer(bool trust)
{
    s_nextAnswer = trust;
}

QString HostKeyDialog::lastShown()
{
    return s_lastShown;
}

} // namespace npufleet::ui
