// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/HostParsers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

#include "core/cluster/ClusterText.h"

namespace npufleet::cluster {

namespace {

Error lineError(int line, const QString& message, const QString& text = {})
{
    Error e;
    e.message = message;
    e.line = line;
    if (!text.isEmpty())
        e.hint = ClusterText::tr("the line reads: %1").arg(text.trimmed().left(80));
    return e;
}

QStringList linesOf(QByteArrayView text)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

QStringList words(const QString& line)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return line.split(spaces, Qt::SkipEmptyParts);
}

// The value of an os-release assignment: quotes removed, backslash escapes resolved.
std::optional<QString> unquote(const QString& raw)
{
    if (raw.isEmpty())
        return QString();
    const QChar quote = raw.front();
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
        return raw;
    QString value;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == quote)
            return i == raw.size() - 1 ? std::optional<QString>(value) : std::nullopt;
        if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < raw.size())
            value += raw.at(++i);
        else
            value += c;
    }
    return std::nullopt; // no closing quote
}

bool toBytes(const QString& text, qint64* value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= 0;
}

} // namespace

Result<QList<NetworkInterface>> parseIpAddr(QByteArrayView text, bool includeLoopback)
{
    // "2: enp189s0f0    inet 10.0.0.11/24 brd 10.0.0.255 scope global enp189s0f0\       valid_lft ..."
    static const QRegularExpression re(QStringLiteral("^\\d+:\\s+(\\S+?)(?:@\\S+)?:?\\s+inet6?\\s+(\\S+)"));
    const QStringList lines = linesOf(text);
    QList<NetworkInterface> nics;
    bool sawAny = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch())
            return lineError(i + 1, ClusterText::tr("not an 'ip -o addr' line"), line);
        sawAny = true;
        if (line.contains(QLatin1String(" inet6 ")))
            continue;
        const QString cidr = m.captured(2);
        const QString address = cidr.section(QLatin1Char('/'), 0, 0);
        bool ok = true;
        const int prefix = cidr.contains(QLatin1Char('/')) ? cidr.section(QLatin1Char('/'), 1).toInt(&ok) : 32;
        if (!ok || prefix < 0 || prefix > 32 || QHostAddress(address).protocol() != QAbstractSocket::IPv4Protocol)
            return lineError(i + 1, ClusterText::tr("'%1' is not an IPv4 address with a prefix").arg(cidr), line);
        NetworkInterface nic;
        nic.name = m.captured(1);
        nic.address = address;
        nic.prefixLength = prefix;
        if (!includeLoopback && (nic.name == QLatin1String("lo") || QHostAddress(address).isLoopback()))
            continue;
        nics << nic;
    }
    if (!sawAny)
        return lineError(0, ClusterText::tr("the 'ip -o addr' output is empty"));
    return nics;
}

Result<OsRelease> parseOsRelease(QByteArrayView text)
{
    static const QRegularExpression assignment(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$"));
    const QStringList lines = linesOf(text);
    QHash<QString, QString> values;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = assignment.match(line);
        if (!m.hasMatch())
            return lineError(i + 1, ClusterText::tr("not a KEY=value line"), line);
        const std::optional<QString> value = unquote(m.captured(2).trimmed());
        if (!value)
            return lineError(i + 1, ClusterText::tr("unbalanced quotes"), line);
        values.insert(m.captured(1), *value);
    }
    if (!values.contains(QStringLiteral("ID")) && !values.contains(QStringLiteral("NAME")))
        return lineError(0, ClusterText::tr("the os-release text has neither ID nor NAME"));
    OsRelease os;
    os.id = values.value(QStringLiteral("ID"));
    os.name = values.value(QStringLiteral("NAME"));
    os.version = values.value(QStringLiteral("VERSION"));
    os.versionId = values.value(QStringLiteral("VERSION_ID"));
    os.prettyName = values.value(QStringLiteral("PRETTY_NAME"));
    if (os.prettyName.isEmpty())
        os.prettyName = QStringList {os.name.isEmpty() ? os.id : os.name, os.version}.join(QLatin1Char(' ')).trimmed();
    return os;
}

Result<MemoryInfo> parseFreeBytes(QByteArrayView text)
{
    const QStringList lines = linesOf(text);
    QStringList header;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cols = words(lines.at(i));
        if (cols.isEmpty())
            continue;
        if (header.isEmpty()) {
            if (!cols.contains(QStringLiteral("total")))
                return lineError(i + 1, ClusterText::tr("expected the header of 'free -b' (total, used, free ...)"),
                                 lines.at(i));
            header = cols;
            continue;
        }
        if (cols.constFirst() != QLatin1String("Mem:"))
            continue;
        // Rows carry a label the header does not: value k belongs to header column k - 1.
        const auto column = [&](const char* name) -> std::optional<qint64> {
            const qsizetype at = header.indexOf(QLatin1String(name));
            qint64 value = 0;
            if (at < 0 || at + 1 >= cols.size() || !toBytes(cols.at(at + 1), &value))
                return std::nullopt;
            return value;
        };
        MemoryInfo memory;
        const std::optional<qint64> total = column("total");
        const std::optional<qint64> available = column("available") ? column("available") : column("free");
        if (!total || !available)
            return lineError(i + 1, ClusterText::tr("the Mem: line has no byte counts"), lines.at(i));
        memory.totalBytes = *total;
        memory.availableBytes = *available;
        return memory;
    }
    return lineError(0, ClusterText::tr("no 'Mem:' line in the 'free -b' output"));
}

Result<DiskUsage> parseDfBytes(QByteArrayView text)
{
    const QStringList lines = linesOf(text);
    bool sawHeader = false;
    QStringList pending; // a long file system name makes df wrap its row
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cols = words(lines.at(i));
        if (cols.isEmpty())
            continue;
        if (!sawHeader) {
            if (cols.constFirst() != QLatin1String("Filesystem"))
                return lineError(i + 1, ClusterText::tr("expected the header of 'df -B1'"), lines.at(i));
            sawHeader = true;
            continue;
        }
        pending += cols;
        if (pending.size() < 6)
            continue;
        DiskUsage disk;
        disk.filesystem = pending.at(0);
        const QString capacity = pending.at(4); // "12%", or "-" for pseudo file systems
        if (!toBytes(pending.at(1), &disk.sizeBytes) || !toBytes(pending.at(2), &disk.usedBytes)
            || !toBytes(pending.at(3), &disk.availableBytes)
            || !(capacity.endsWith(QLatin1Char('%')) || capacity == QLatin1String("-")))
            return lineError(i + 1, ClusterText::tr("expected byte counts (run df with -B1)"), lines.at(i));
        disk.mountPoint = pending.mid(5).join(QLatin1Char(' '));
        return disk;
    }
    return lineError(0,
                     sawHeader ? ClusterText::tr("the df output lists no file system")
                               : ClusterText::tr("the df output is empty"));
}

} // namespace npufleet::cluster
