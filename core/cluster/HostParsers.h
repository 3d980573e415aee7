// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "core/cluster/Node.h"
#include "core/util/Result.h"

// Parsers for the small host facts that inventory gathers over SSH.
namespace npufleet::cluster {

// `ip -o -4 addr show`: one interface address per line. The loopback is left out unless asked.
Result<QList<NetworkInterface>> parseIpAddr(QByteArrayView text, bool includeLoopback = false);

struct OsRelease
{
    QString id; // openEuler, ubuntu
    QString name; // openEuler
    QString version; // 22.03 (LTS-SP4)
    QString versionId; // 22.03
    QString prettyName; // openEuler 22.03 (LTS-SP4); built from NAME and VERSION when absent
};
// `/etc/os-release`: KEY=value lines, values optionally quoted.
Result<OsRelease> parseOsRelease(QByteArrayView text);

struct MemoryInfo
{
    qint64 totalBytes = 0;
    qint64 availableBytes = 0; // "available", or "free" on procps versions without that column
};
// `free -b`.
Result<MemoryInfo> parseFreeBytes(QByteArrayView text);

struct DiskUsage
{
    QString filesystem;
    qint64 sizeBytes = 0;
    qint64 usedBytes = 0;
    qint64 availableBytes = 0;
    QString mountPoint;
};
// `df -B1 PATH`: the first file system listed.
Result<DiskUsage> parseDfBytes(QByteArrayView text);

} // namespace npufleet::cluster
