// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/util/Result.h"

namespace npufleet::remote {

// One concrete host of an OpenSSH client config, with the options ssh would use for it.
struct SshHostEntry
{
    QString alias; // the Host name: what `ssh alias` takes
    QString hostName; // HostName, else the alias (what ssh connects to)
    QString user; // empty: ssh would use the local user
    std::optional<int> port; // unset: 22
    QStringList identityFiles; // in order, ~ and %-tokens expanded
    QStringList userKnownHostsFiles; // likewise; empty: ~/.ssh/known_hosts
    QString sourceFile; // where the Host line naming it is
    int line = 0;
};

// Something the importer skipped or could not follow, with where it is.
struct SshConfigNote
{
    QString file;
    int line = 0;
    QString message;
    QString toString() const; // "file:line: message"
};

struct SshConfigImport
{
    QList<SshHostEntry> hosts;
    QList<SshConfigNote> notes;
};

struct SshConfigOptions
{
    QString homeDir; // default: the user's home
    QString sshDir; // where relative Include paths start; default: homeDir/.ssh
    QString localUser; // for %u; default: $USER
    int maxIncludeDepth = 16;
};

// Reads ~/.ssh/config (or another OpenSSH client config) for importing nodes. Follows OpenSSH's
// rules where it matters: first value wins, `Host *` and other wildcard blocks give defaults to the
// concrete hosts, Include is followed (globs, relative to ~/.ssh). Wildcard and negated patterns
// and Match blocks are not hosts: they are reported as notes.
class SshConfig
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)

public:
    static QString defaultPath();
    // Error only when the file itself cannot be read; everything else becomes a note.
    static Result<SshConfigImport> load(const QString& path, const SshConfigOptions& options = {});
    // True when the OpenSSH pattern (* and ?) matches host, case-insensitively.
    static bool matchesPattern(const QString& host, const QString& pattern);
};

} // namespace npufleet::remote
