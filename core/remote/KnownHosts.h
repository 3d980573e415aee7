// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace npufleet::remote {

// A host key the server showed, with what the known-hosts file says about it.
struct HostKeyInfo
{
    QString host;
    int port = 22;
    QString keyType; // ssh-ed25519
    QByteArray keyBase64;
    QString fingerprint; // SHA256:…
    bool changed = false; // the file knows another key for this host: never to be accepted silently
    QString knownHostsFile;
};

// The OpenSSH known_hosts file, as far as NPU Fleet writes it (libssh reads it).
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)

public:
    static QString defaultFile(); // ~/.ssh/known_hosts
    // "host" on port 22, "[host]:port" otherwise, as OpenSSH writes it.
    static QString hostPattern(const QString& host, int port);
    static QByteArray entryLine(const HostKeyInfo& key);
    // Appends the key (creating the file and its folder); serialised within the process.
    static bool append(const HostKeyInfo& key, QString* error);
};

} // namespace npufleet::remote
