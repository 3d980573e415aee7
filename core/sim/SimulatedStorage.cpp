// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedStorage.h"

#include <QMutexLocker>

namespace npufleet::sim {

using remote::CommandKind;

namespace {

// The files as a fresh openEuler install has them.
QByteArray initialContent(const QString& path)
{
    if (path == QLatin1String("/etc/fstab"))
        return "#\n# /etc/fstab\n# Created by anaconda\n#\n"
               "/dev/mapper/openeuler-root /                       ext4    defaults        1 1\n"
               "UUID=6c1e3f0a-4b1d-4c4e-9d1a-2f4f8b1f3c11 /boot     ext4    defaults        1 2\n"
               "/dev/mapper/openeuler-swap none                    swap    defaults        0 0\n"
               "/dev/nvme0n1p1          /data                   xfs     defaults        0 0\n";
    return {};
}

QString baseName(const QString& path)
{
    return path.section(QLatin1Char('/'), -1);
}

// The lines between the npufleet markers of a file, which is what the wizard wrote.
QList<QByteArray> markedLines(const QByteArray& content)
{
    QList<QByteArray> lines;
    bool inside = false;
    for (const QByteArray& line : content.split('\n')) {
        if (line.startsWith("# npufleet begin"))
            inside = true;
        else if (line.startsWith("# npufleet end"))
            inside = false;
        else if (inside && !line.trimmed().startsWith('#') && !line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

// The model folder, the same on every node once the share is mounted.
const QByteArray kListing = "1181\tQwen3-30B-A3B/config.json\n"
                            "4001000000\tQwen3-30B-A3B/model-00001-of-00016.safetensors\n"
                            "3998000000\tQwen3-30B-A3B/model-00002-of-00016.safetensors\n"
                            "7031\tQwen2.5-Coder-32B-Instruct/config.json\n";

} // namespace

QByteArray& SimulatedStorage::file(const QString& node, const QString& path)
{
    QHash<QString, QByteArray>& files = m_files[node];
    auto it = files.find(path);
    if (it == files.end())
        it = files.insert(path, initialContent(path));
    return it.value();
}

std::optional<NodeReply>
SimulatedStorage::answer(const cluster::Node& node, const remote::CommandIntent& intent, const QByteArray& input)
{
    QMutexLocker lock(&m_mutex);
    NodeReply reply;
    switch (intent.kind) {
    case CommandKind::ReadFile:
        reply.standardOutput = file(node.name, intent.path);
        return reply;
    case CommandKind::WriteFile:
        file(node.name, intent.path) = input;
        reply.standardOutput = "backup: " + intent.value.toUtf8() + '\n';
        return reply;
    case CommandKind::ListExports:
        reply.standardOutput = "Export list for " + intent.value.toUtf8() + ":\n";
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            for (const QByteArray& line : markedLines(it.value().value(QStringLiteral("/etc/exports"))))
                reply.standardOutput += line.simplified().replace('(', " (").split(' ').mid(0, 2).join(' ') + '\n';
        }
        return reply;
    case CommandKind::IsMountPoint:
        reply.exitStatus = 1;
        for (const QByteArray& line : markedLines(file(node.name, QStringLiteral("/etc/fstab")))) {
            if (QString::fromUtf8(line).simplified().section(QLatin1Char(' '), 1, 1) == intent.path)
                reply.exitStatus = 0;
        }
        return reply;
    case CommandKind::WriteProbe:
        m_share.insert(baseName(intent.path), intent.value.toUtf8() + '\n');
        return reply;
    case CommandKind::ReadProbe:
        reply.exitStatus = m_share.contains(baseName(intent.path)) ? 0 : 1;
        reply.standardOutput = m_share.value(baseName(intent.path));
        return reply;
    case CommandKind::RemoveProbe:
        m_share.remove(baseName(intent.path));
        return reply;
    case CommandKind::ListFiles:
        reply.standardOutput = kListing;
        return reply;
    case CommandKind::StorageSetup:
        return reply; // installing, enabling, exporting and mounting succeed on a demo
    default:
        return std::nullopt;
    }
}

} // namespace npufleet::sim
