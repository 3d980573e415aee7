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

} // namespace npufleet::checks
