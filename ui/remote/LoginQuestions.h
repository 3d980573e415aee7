// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

#include "core/cluster/Node.h"
#include "core/remote/SshSession.h"

class QWidget;

namespace npufleet::remote {
class InMemoryCredentials;
class SshTransport;
class Transport;
} // namespace npufleet::remote

namespace npufleet::ui {

// After a node's login failed, asks the user, one question at a time and without blocking, for what it
// lacked: trust in a first-seen host key, a password, or a key's passphrase (from the system keychain
// first, when one was remembered). Emits retry(node) when trying again can now succeed.
class LoginQuestions : public QObject
{
    Q_OBJECT
public:
    explicit LoginQuestions(QObject* parent = nullptr);

    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }
    void setTransport(std::shared_ptr<remote::Transport> transport,
                      std::shared_ptr<remote::InMemoryCredentials> credentials);
    // Queues the question a failed node raises, if any (host key unverified, login refused).
    void nodeFailed(const cluster::Node& node, cluster::NodeStatus status);
    void clear();

signals:
    void retry(const QString& node);
    void message(const QString& text, bool isError);

private:
    struct Question
    {
        cluster::Node node;
        cluster::NodeStatus status;
        std::optional<remote::AuthNeed> need;
        std::optional<QByteArray> secretAtFailure; // what was offered when the login failed
    };
    void askNext();
    void askHostKey(const Question& question);
    void askSecret(const Question& question);
    void showSecretDialog(const Question& question);
    void answered();
    remote::SshTransport* ssh() const;
    std::optional<QByteArray> knownSecret(const remote::AuthNeed& need) const;
    void keepSecret(const remote::AuthNeed& need, const QByteArray& secret);
    static QString secretKey(const remote::AuthNeed& need);

    std::shared_ptr<remote::Transport> m_transport;
    std::shared_ptr<remote::InMemoryCredentials> m_credentials;
    QPointer<QWidget> m_dialogParent;
    QList<Question> m_queue;
    QStringList m_queuedNodes;
    bool m_asking = false;
    QSet<QString> m_keychainTried; // secrets looked up once per run of the app
    QSet<QString> m_fromKeychain; // secrets in use that came from the keychain: forgotten when refused
};

} // namespace npufleet::ui
