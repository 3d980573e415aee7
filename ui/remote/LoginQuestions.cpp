// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remote/LoginQuestions.h"

#include <QWidget>

#include "core/remote/SshCredentials.h"
#include "core/remote/SshTransport.h"

#include "ui/dialogs/CredentialsDialog.h"
#include "ui/dialogs/HostKeyDialog.h"
#include "ui/remote/KeychainSecrets.h"

namespace npufleet::ui {

LoginQuestions::LoginQuestions(QObject* parent)
    : QObject(parent)
{
}

void LoginQuestions::setTransport(std::shared_ptr<remote::Transport> transport,
                                  std::shared_ptr<remote::InMemoryCredentials> credentials)
{
    if (transport != m_transport)
        clear();
    m_transport = std::move(transport);
    m_credentials = std::move(credentials);
}

void LoginQuestions::clear()
{
    m_queue.clear();
    m_queuedNodes.clear();
}

remote::SshTransport* LoginQuestions::ssh() const
{
    return dynamic_cast<remote::SshTransport*>(m_transport.get());
}

void LoginQuestions::nodeFailed(const cluster::Node& node, cluster::NodeStatus status)
{
    if (!ssh() || m_queuedNodes.contains(node.name))
        return;
    Question question {node, status, std::nullopt, std::nullopt};
    if (status == cluster::NodeStatus::AuthFailed) {
        question.need = ssh()->authNeed(node);
        if (!question.need)
            return; // refused for a reason no secret can fix (no method in common, account locked)
        question.secretAtFailure = knownSecret(*question.need);
    } else if (status != cluster::NodeStatus::HostKeyUnverified) {
        return;
    }
    m_queue.append(question);
    m_queuedNodes.append(node.name);
    askNext();
}

void LoginQuestions::askNext()
{
    if (m_asking || m_queue.isEmpty())
        return;
    const Question question = m_queue.takeFirst();
    m_queuedNodes.removeOne(question.node.name);
    m_asking = true;
    if (question.status == cluster::NodeStatus::HostKeyUnverified)
        askHostKey(question);
    else
        askSecret(question);
}

void LoginQuestions::answered()
{
    m_asking = false;
    askNext();
}

void LoginQuestions::askHostKey(const Question& question)
{
    const auto key = ssh() ? ssh()->unverifiedHostKey(question.node) : std::nullopt;
    if (!key) {
        answered();
        return;
    }
    const QString name = question.node.name;
    HostKeyDialog::ask(m_dialogParent, name, *key, this,
                       [this, node = question.node, transport = m_transport](bool trusted) {
                           auto* sshTransport = dynamic_cast<remote::SshTransport*>(transport.get());
                           if (trusted && sshTransport && transport == m_transport) {
                               QString error;
                               if (sshTransport->acceptHostKey(node, &error)) {
                                   emit message(tr("%1: host key trusted, connecting again").arg(node.name), false);
                                   emit retry(node.name);
                               } else {
                                   emit message(tr("%1: %2").arg(node.name, error), true);
                               }
                           }
                           answered();
                       });
}

void LoginQuestions::askSecret(const Question& question)
{
    const remote::AuthNeed& need = *question.need;
    const QString key = secretKey(need);
    // Another node's answer (same user@host, same key file) may already have given it.
    const std::optional<QByteArray> now = knownSecret(need);
    if (now && now != question.secretAtFailure) {
        emit retry(question.node.name);
        answered();
        return;
    }
    if (question.secretAtFailure && m_fromKeychain.contains(key)) {
        // A remembered secret that no longer works (the password was changed): do not offer it again.
        KeychainSecrets::forget(key);
        m_fromKeychain.remove(key);
        emit message(tr("%1: the remembered secret was refused and is forgotten").arg(question.node.name), true);
    }
    if (now || m_keychainTried.contains(key)) {
        showSecretDialog(question);
        return;
    }
    m_keychainTried.insert(key);
    KeychainSecrets::read(key, this, [this, question, key](std::optional<QByteArray> found, const QString& error) {
        if (!found) {
            if (!error.isEmpty())
                emit message(tr("System keychain: %1").arg(error), false);
            showSecretDialog(question);
            return;
        }
        keepSecret(*question.need, *found);
        m_fromKeychain.insert(key);
        emit message(tr("%1: using the secret remembered in the system keychain").arg(question.node.name), false);
        emit retry(question.node.name);
        answered();
    });
}

void LoginQuestions::showSecretDialog(const Question& question)
{
    CredentialsDialog::ask(
        m_dialogParent, question.node.name, *question.need, this,
        [this, question](std::optional<QByteArray> secret, bool remember) {
            if (!secret) {
                answered();
                return;
            }
            keepSecret(*question.need, *secret);
            const QString key = secretKey(*question.need);
            m_fromKeychain.remove(key);
            if (remember) {
                KeychainSecrets::write(key, *secret, this, [this, name = question.node.name](const QString& error) {
                    if (error.isEmpty())
                        emit message(tr("%1: remembered in the system keychain").arg(name), false);
                    else
                        emit message(tr("%1: could not remember it in the system keychain (%2); it is kept in "
                                        "memory until NPU Fleet quits")
                                         .arg(name, error),
                                     true);
                });
            }
            emit retry(question.node.name);
            answered();
        });
}

std::optional<QByteArray> LoginQuestions::knownSecret(const remote::AuthNeed& need) const
{
    if (!m_credentials)
        return std::nullopt;
    return need.passphraseKeyFile.isEmpty() ? m_credentials->password(need.user, need.host)
                                            : m_credentials->passphrase(need.passphraseKeyFile);
}

void LoginQuestions::keepSecret(const remote::AuthNeed& need, const QByteArray& secret)
{
    if (!m_credentials)
        return;
    if (need.passphraseKeyFile.isEmpty())
        m_credentials->setPassword(need.user, need.host, secret);
    else
        m_credentials->setPassphrase(need.passphraseKeyFile, secret);
}

QString LoginQuestions::secretKey(const remote::AuthNeed& need)
{
    return need.passphraseKeyFile.isEmpty() ? KeychainSecrets::passwordKey(need.user, need.host)
                                            : KeychainSecrets::passphraseKey(need.passphraseKeyFile);
}

} // namespace npufleet::ui
