// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/util/Result.h"

namespace npufleet::storage {

// One /etc/exports entry: `PATH CLIENT(OPTIONS)`.
struct ExportEntry
{
    QString path;
    QString client; // 172.16.33.0/24
    QString options; // rw,sync,no_root_squash,no_subtree_check
    QByteArray line() const;
    friend bool operator==(const ExportEntry&, const ExportEntry&) = default;
};

// One /etc/fstab entry: `SERVER:EXPORT MOUNTPOINT nfs OPTIONS 0 0`.
struct MountEntry
{
    QString server; // address the clients dial
    QStringList serverAliases; // other names of the same server (node name, host) a hand line may use
    QString exportPath;
    QString mountPoint;
    QString options;
    QByteArray line() const;
    friend bool operator==(const MountEntry&, const MountEntry&) = default;
};

enum class ConfigFile { Exports, Fstab };

// What a file edit wants: the entry to exist exactly once, in the block or as an equivalent line
// that someone wrote by hand.
struct ConfigEdit
{
    ConfigFile file = ConfigFile::Exports;
    QString path; // on the node: /etc/exports (or a sandbox path)
    ExportEntry exportEntry;
    MountEntry mountEntry;
    QByteArrayList body() const; // the block's lines between the markers
};

struct EditOutcome
{
    QByteArray text; // the new file
    bool changed = false;
    int reusedLine = 0; // 1-based line of an equivalent hand-written entry, 0 = none
    QString note; // what happened, in words
};

// Pure functions over a file's bytes: the runner, the preview and the tests share them.
class ConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::storage::ConfigEditor)

public:
    // Puts the entry in the marked block, unless an equivalent line outside the block exists: then
    // that one is kept and the block goes. A line that claims the same export for the same client,
    // or the same mount point, with other settings is a conflict, reported with its line number.
    static Result<EditOutcome> apply(const QByteArray& text, const ConfigEdit& edit);
    // Takes the block away; hand-written lines stay.
    static Result<EditOutcome> revert(const QByteArray& text);
    // The mount point of an fstab entry in the marked block that differs from the edit's entry
    // (another server, export, mount point, type or option set): that mount must be unmounted
    // before the new settings can take effect. Empty when the block holds no entry or the same one.
    static Result<QString> changedMount(const QByteArray& text, const ConfigEdit& edit);

    // Helpers, public for the tests.
    static QString normalizePath(QString path);
    static QString normalizeClient(const QString& client); // 10.0.0.0/255.255.0.0 -> 10.0.0.0/16
    static QStringList optionSet(const QString& options); // split, trimmed, sorted, unique
    static QString unescapeFstab(const QString& field); // \040 -> space, \011 -> tab
};

} // namespace npufleet::storage
