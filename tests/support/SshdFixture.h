// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <vector>

#include "core/cluster/Node.h"
#include "core/remote/SshSession.h"
#include "core/remote/SshTransport.h"

#include "SshdPreflightTools.h"

namespace npufleet::test {

// A simulated cluster of real OpenSSH servers on 127.0.0.2, 127.0.0.3, … (one free port shared by
// all), each with its own host key and a PATH folder of stand-in tools (npu-smi, hccn_tool, docker,
// hostname, ip) that print recorded outputs from tests/fixtures/: healthy and broken nodes.
// Every process it starts is stopped by PID in stop() and in the destructor.
class SshdFixture
{
public:
    explicit SshdFixture(int nodes);
    ~SshdFixture();
    SshdFixture(const SshdFixture&) = delete;
    SshdFixture& operator=(const SshdFixture&) = delete;

    // Before start(): let sshd take passwords (checked against /etc/shadow).
    void setPasswordAuthentication(bool on) { m_passwordAuth = on; }
    // Before start(): passwords only through keyboard-interactive prompts (PAM), as many servers do.
    void setKeyboardInteractiveOnly(bool on) { m_keyboardInteractive = on; }
    // Before start(): node i gets no sshd at all (its port refuses connections).
    void setDown(int i);
    // Before start(): node i answers a pre-flight as a healthy Atlas 800I A2 with this one fault
    // (StandInFault::None: none); see SshdPreflightTools.h. Nodes without it keep the cycle above.
    void setFault(int i, StandInFault fault) { m_faults.insert(i, fault); }
    // Before start(): every node gets the NFS storage sandbox of SshdStorageTools.h (stand-in
    // storage tools, /etc samples) and runs commands in its own folder.
    void enableStorageSandbox() { m_storageSandbox = true; }
    QString storageDir(int i) const { return m_dir.filePath(nodeName(i)); } // the node's sandbox root
    QString etcRoot(int i) const { return storageDir(i) + QStringLiteral("/etc"); }
    QString callsLog(int i) const { return storageDir(i) + QStringLiteral("/calls.log"); }
    // Before start(): sshd's ForceCommand writes every command line it receives, exactly, to
    // receivedLog(i) (one base64 line each: receivedCommands() decodes them), then runs it.
    void enableCommandLog() { m_commandLog = true; }
    QString receivedLog(int i) const { return storageDir(i) + QStringLiteral("/received.log"); }
    QList<QByteArray> receivedCommands(int i) const;

    bool start(QString* error);
    void stop();

    int count() const { return int(m_nodes.size()); }
    int port() const { return m_port; }
    QString address(int i) const;
    QString nodeName(int i) const; // what the stand-in `hostname` prints: node1, node2, …
    QString npuSmiFixture(int i) const; // relative to the fixtures root
    bool isBroken(int i) const; // the node whose tools report faults
    QString dir() const { return m_dir.path(); }
    QString clientKey() const; // unencrypted ed25519, authorized on every node
    QString encryptedClientKey() const; // the same but protected by passphrase()
    static QByteArray passphrase() { return "fixture-passphrase"; }
    QString knownHostsFile() const; // every node's host key
    // How a test's transport logs in: these known hosts, no ~/.ssh/config, no agent.
    remote::SshTransportOptions transportOptions() const;
    QString hostFingerprint(int i) const; // SHA256:… as ssh-keygen prints it
    QString hostsList() const; // "127.0.0.2:PORT,127.0.0.3:PORT,…" for --hosts
    cluster::Node node(int i) const; // root@address:port with clientKey()
    QList<cluster::Node> nodes() const;

    // Kills node i's sshd and every connection it serves (as a crash or power loss would).
    void killNode(int i);
    // Starts node i again, with a freshly made host key when newHostKey.
    bool restartNode(int i, bool newHostKey, QString* error);

    // As root: makes (or resets) a local user with this password for password logins.
    static bool ensurePasswordUser(const QString& user, const QByteArray& password, QString* why);
    // The password user the login tests share, and its password.
    static QString passwordUser() { return QStringLiteral("npufleet-sshtest"); }
    static QByteArray password() { return "Corr3ct-horse"; }
    static bool ensurePasswordUser(QString* why) { return ensurePasswordUser(passwordUser(), password(), why); }

    // root@node i with clientKey(), trusting knownHostsFile() unless another file is given.
    remote::SshEndpoint endpoint(int i, const QString& knownHosts = {}) const;

private:
    struct NodeState
    {
        QString dir;
        bool down = false;
        std::unique_ptr<QProcess> process;
    };
    bool writeNode(int i, QString* error);
    bool launch(int i, QString* error);
    bool waitListening(int i, QString* error);
    bool makeHostKey(int i, QString* error);
    QString passwordMethods() const;

    QTemporaryDir m_dir;
    std::vector<NodeState> m_nodes;
    int m_port = 0;
    bool m_passwordAuth = false;
    bool m_keyboardInteractive = false;
    bool m_storageSandbox = false;
    bool m_commandLog = false;
    QMap<int, StandInFault> m_faults;
};

} // namespace npufleet::test
