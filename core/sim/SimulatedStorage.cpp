// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedStorage.h"

#include <QMutexLocker>
#include <QRegularExpression>

namespace npufleet::sim {

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

// A word as the command line quoted it ('…' or bare).
QString unquote(QString word)
{
    if (word.startsWith(QLatin1Char('\'')) && word.endsWith(QLatin1Char('\'')) && word.size() >= 2)
        word = word.mid(1, word.size() - 2).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
    return word;
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

std::optional<SimulatedStorage::Reply>
SimulatedStorage::answer(const cluster::Node& node, const QString& command, const QByteArray& input)
{
    static const QRegularExpression readFile(QStringLiteral("^\\[ ! -e (\\S+) \\] \\|\\| cat -- (\\S+)$"));
    static const QRegularExpression writeFile(QStringLiteral("^set -e; f=(\\S+); b=(\\S+);"));
    static const QRegularExpression showmount(QStringLiteral("^showmount -e (\\S+)$"));
    static const QRegularExpression mountpoint(QStringLiteral("^mountpoint -q (?:-- )?(\\S+)$"));
    static const QRegularExpression probeWrite(QStringLiteral("^printf '%s\\\\n' (\\S+) > (\\S+)$"));
    static const QRegularExpression probeRead(QStringLiteral("^cat -- (\\S*\\.npufleet-probe-\\S+)$"));
    static const QRegularExpression probeRemove(QStringLiteral("^rm -f -- (\\S*\\.npufleet-probe-\\S+)$"));
    static const QRegularExpression listing(QStringLiteral("^cd -- \\S+ && find \\. -xdev -type f"));
    static const QRegularExpression setupVerbs(
        QStringLiteral("^(rpm|dnf|yum|apt-get|dpkg|mkdir|systemctl|exportfs|firewall-cmd|mount|umount|if |"
                       "command -v|modprobe|test |! mountpoint )"));

    QMutexLocker lock(&m_mutex);
    const QString cmd = command.trimmed();
    Reply reply;
    if (const auto m = readFile.match(cmd); m.hasMatch()) {
        reply.standardOutput = file(node.name, unquote(m.captured(1)));
        return reply;
    }
    if (const auto m = writeFile.match(cmd); m.hasMatch()) {
        file(node.name, unquote(m.captured(1))) = input;
        reply.standardOutput = "backup: " + unquote(m.captured(2)).toUtf8() + '\n';
        return reply;
    }
    if (const auto m = showmount.match(cmd); m.hasMatch()) {
        reply.standardOutput = "Export list for " + unquote(m.captured(1)).toUtf8() + ":\n";
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            for (const QByteArray& line : markedLines(it.value().value(QStringLiteral("/etc/exports"))))
                reply.standardOutput += line.simplified().replace('(', " (").split(' ').mid(0, 2).join(' ') + '\n';
        }
        return reply;
    }
    if (const auto m = mountpoint.match(cmd); m.hasMatch()) {
        const QString point = unquote(m.captured(1));
        reply.exitStatus = 1;
        for (const QByteArray& line : markedLines(file(node.name, QStringLiteral("/etc/fstab")))) {
            if (QString::fromUtf8(line).simplified().section(QLatin1Char(' '), 1, 1) == point)
                reply.exitStatus = 0;
        }
        return reply;
    }
    if (const auto m = probeWrite.match(cmd); m.hasMatch()) {
        m_share.insert(baseName(unquote(m.captured(2))), unquote(m.captured(1)).toUtf8() + '\n');
        return reply;
    }
    if (const auto m = probeRead.match(cmd); m.hasMatch()) {
        const QString name = baseName(unquote(m.captured(1)));
        reply.exitStatus = m_share.contains(name) ? 0 : 1;
        reply.standardOutput = m_share.value(name);
        return reply;
    }
    if (const auto m = probeRemove.match(cmd); m.hasMatch()) {
        m_share.remove(baseName(unquote(m.captured(1))));
        return reply;
    }
    if (listing.match(cmd).hasMatch()) {
        reply.standardOutput = kListing;
        return reply;
    }
    if (setupVerbs.match(cmd).hasMatch())
        return reply; // installing, enabling, exporting and mounting succeed on a demo
    return std::nullopt;
}

} // namespace npufleet::sim
