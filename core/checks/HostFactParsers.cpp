// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/HostFactParsers.h"

#include <QRegularExpression>
#include <QStringList>

namespace npufleet::checks {

QList<ListeningPort> parseListeningPorts(QByteArrayView text)
{
    static const QRegularExpression processRe(QStringLiteral(R"(users:\(\("([^"]+)\")"));
    QList<ListeningPort> ports;
    const QStringList lines = QString::fromUtf8(text.data(), text.size()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.first() == QLatin1String("State") || words.first() == QLatin1String("Netid"))
            continue;
        // The local address is the first word that ends in ":<number>"; the peer ends in ":*".
        for (const QString& w : words) {
            const int colon = w.lastIndexOf(QLatin1Char(':'));
            if (colon <= 0)
                continue;
            bool ok = false;
            const int port = w.mid(colon + 1).toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                continue;
            ListeningPort lp;
            lp.port = port;
            lp.address = w.left(colon);
            const QRegularExpressionMatch m = processRe.match(line);
            if (m.hasMatch())
                lp.process = m.captured(1);
            ports << lp;
            break;
        }
    }
    return ports;
}

QMap<QString, qint64> parseFileListing(QByteArrayView text)
{
    QMap<QString, qint64> files;
    const QStringList lines = QString::fromUtf8(text.data(), text.size()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const int tab = line.lastIndexOf(QLatin1Char('\t'));
        if (tab <= 0)
            continue;
        bool ok = false;
        const qint64 size = line.mid(tab + 1).trimmed().toLongLong(&ok);
        if (ok)
            files.insert(line.left(tab), size);
    }
    return files;
}

std::optional<QString> cannVersion(QByteArrayView text)
{
    const QStringList lines = QString::fromUtf8(text.data(), text.size()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && line.left(eq).trimmed() == QLatin1String("version")) {
            const QString value = line.mid(eq + 1).trimmed();
            if (!value.isEmpty())
                return value;
        }
    }
    return std::nullopt;
}

std::optional<qint64> parseDockerSize(const QString& text)
{
    // docker's own grammar (go-units RAMInBytes): "16g", "16G", "16gb", "16GiB", "1.5g", "512m", "1073741824".
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s?([bkmgtp])?(?:i?b)?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("bkmgtp").indexOf(unit));
    double bytes = m.captured(1).toDouble();
    for (int i = 0; i < power; ++i)
        bytes *= 1024.0;
    if (bytes > 9.0e18)
        return std::nullopt;
    return qint64(bytes);
}

} // namespace npufleet::checks
