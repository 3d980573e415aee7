// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/DockerInfoParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace npufleet::checks {

QString dockerRuntimesCommand()
{
    return QStringLiteral("docker info --format "
                          "'{{json .Runtimes}}{{println}}{{.DefaultRuntime}}{{println}}{{json .GenericResources}}'");
}

std::optional<DockerRuntimes> parseDockerRuntimes(QByteArrayView text)
{
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    const QJsonDocument runtimes = QJsonDocument::fromJson(lines.value(0).trimmed());
    if (!runtimes.isObject())
        return std::nullopt;
    DockerRuntimes r;
    r.runtimes = runtimes.object().keys();
    r.defaultRuntime = QString::fromUtf8(lines.value(1).trimmed());
    // [{"DiscreteResourceSpec":{"Kind":"NPU","Value":8}}, {"NamedResourceSpec":{"Kind":"GPU","Value":"uuid"}}]
    const QJsonDocument generic = QJsonDocument::fromJson(lines.value(2).trimmed());
    for (const QJsonValue& v : generic.array()) {
        const QJsonObject o = v.toObject();
        if (const QJsonObject d = o.value(QLatin1String("DiscreteResourceSpec")).toObject(); !d.isEmpty())
            r.genericResources[d.value(QLatin1String("Kind")).toString()]
                += d.value(QLatin1String("Value")).toInteger();
        else if (const QJsonObject n = o.value(QLatin1String("NamedResourceSpec")).toObject(); !n.isEmpty())
            r.genericResources[n.value(QLatin1String("Kind")).toString()] += 1;
    }
    return r;
}

} // namespace npufleet::checks
