// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshHostList.h"

#include <QCoreApplication>
#include <QSet>

#include "core/remote/RemoteText.h"
#include "core/util/SafeWord.h"

namespace npufleet::remote {

namespace {

Error hostError(const QString& entry, const QString& why)
{
    Error error;
    error.message = RemoteText::tr("bad host '%1' in --hosts: %2").arg(entry, why);
    return error;
}
} // namespace

Result<QList<cluster::Node>> parseHostList(const QString& list)
{
    QList<cluster::Node> nodes;
    const QStringList entries = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (entries.isEmpty()) {
        Error error;
        error.message = RemoteText::tr("--hosts names no host");
        return error;
    }
    for (const QString& raw : entries) {
        const QString entry = raw.trimmed();
        cluster::Node node;
        QString rest = entry;
        if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
            node.user = rest.left(at);
            rest = rest.mid(at + 1);
            if (node.user.isEmpty())
                return hostError(entry, RemoteText::tr("empty user"));
        }
        QString portText;
        if (rest.startsWith(QLatin1Char('['))) {
            const qsizetype close = rest.indexOf(QLatin1Char(']'));
            if (close < 0)
                return hostError(entry, RemoteText::tr("missing ]"));
            node.host = rest.mid(1, close - 1);
            const QString after = rest.mid(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(QLatin1Char(':')))
                    return hostError(entry, RemoteText::tr("expected :port after ]"));
                portText = after.mid(1);
            }
        } else if (rest.count(QLatin1Char(':')) == 1) {
            node.host = rest.section(QLatin1Char(':'), 0, 0);
            portText = rest.section(QLatin1Char(':'), 1);
        } else {
            node.host = rest; // a bare IPv6 address has several colons and no port
        }
        if (node.host.isEmpty())
            return hostError(entry, RemoteText::tr("empty host"));
        // The host lands in known_hosts and the user in the login: neither may carry another line or option.
        if (const QString why = safe::hostProblem(node.host); !why.isEmpty())
            return hostError(entry, why);
        if (const QString why = node.user.isEmpty() ? QString() : safe::userProblem(node.user); !why.isEmpty())
            return hostError(entry, why);
        if (!portText.isNull()) {
            bool ok = false;
            node.port = portText.toInt(&ok);
            if (!ok || node.port < 1 || node.port > 65535)
                return hostError(entry, RemoteText::tr("port must be a number from 1 to 65535"));
        }
        node.name = node.host;
        nodes.append(node);
    }
    QSet<QString> seen, duplicated;
    for (const cluster::Node& node : nodes) {
        if (seen.contains(node.host))
            duplicated.insert(node.host);
        seen.insert(node.host);
    }
    for (cluster::Node& node : nodes) {
        if (duplicated.contains(node.host))
            node.name = node.host + QLatin1Char(':') + QString::number(node.port);
    }
    return nodes;
}

} // namespace npufleet::remote
