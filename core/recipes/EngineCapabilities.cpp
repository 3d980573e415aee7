// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/EngineCapabilities.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace npufleet::recipes {

namespace {
Error tableError(const QString& message, const QString& origin)
{
    Error e;
    e.message = message;
    e.file = origin;
    return e;
}

EngineVersion versionOf(const QJsonValue& v)
{
    return EngineVersion::parse(v.toString()).value_or(EngineVersion {});
}
} // namespace

Result<EngineCapabilities> EngineCapabilities::load(const QString& engine)
{
    const QString path = QStringLiteral(":/engines/%1.json").arg(engine);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tableError(tr("no version table for engine %1").arg(engine), path);
    return fromJson(f.readAll(), path);
}

Result<EngineCapabilities> EngineCapabilities::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return tableError(tr("the engine version table is not valid JSON: %1").arg(pe.errorString()), origin);
    const QJsonObject root = doc.object();
    EngineCapabilities c;
    c.m_engine = root.value(QLatin1String("engine")).toString();
    for (const QJsonValue& s : root.value(QLatin1String("series")).toArray()) {
        const QJsonObject o = s.toObject();
        c.m_series << Series {o.value(QLatin1String("name")).toString(), versionOf(o.value(QLatin1String("from"))),
                              o.value(QLatin1String("vllm")).toString()};
    }
    for (const QJsonValue& s : root.value(QLatin1String("flags")).toArray()) {
        const QJsonObject o = s.toObject();
        c.m_flags << FlagRule {o.value(QLatin1String("flag")).toString(), versionOf(o.value(QLatin1String("since"))),
                               o.value(QLatin1String("why")).toString()};
    }
    const QJsonObject ac = root.value(QLatin1String("additionalConfig")).toObject();
    for (const QJsonValue& s : ac.value(QLatin1String("removed")).toArray()) {
        const QJsonObject o = s.toObject();
        c.m_removed << RemovedKey {o.value(QLatin1String("key")).toString(), versionOf(o.value(QLatin1String("in"))),
                                   o.value(QLatin1String("instead")).toString()};
    }
    for (const QJsonValue& s : ac.value(QLatin1String("documented")).toArray()) {
        const QJsonObject o = s.toObject();
        DocumentedKeys d {versionOf(o.value(QLatin1String("from"))), versionOf(o.value(QLatin1String("until"))), {}};
        for (const QJsonValue& k : o.value(QLatin1String("keys")).toArray())
            d.keys << k.toString();
        c.m_documented << d;
    }
    return c;
}

QString EngineCapabilities::seriesName(const EngineVersion& version) const
{
    QString name;
    for (const Series& s : m_series) {
        if (version >= s.from)
            name = s.name;
    }
    return name;
}

std::optional<QString> EngineCapabilities::missingFlag(const QString& flag, const EngineVersion& version) const
{
    for (const FlagRule& r : m_flags) {
        if (r.flag == flag && version < r.since)
            return tr("%1 needs %2 %3 or later: %4").arg(flag, m_engine, r.since.toString(), r.why);
    }
    return std::nullopt;
}

QStringList EngineCapabilities::checkAdditionalConfig(const QStringList& topLevelKeys,
                                                      const EngineVersion& version,
                                                      QStringList* notes) const
{
    QStringList errors;
    for (const QString& key : topLevelKeys) {
        bool removed = false;
        for (const RemovedKey& r : m_removed) {
            if (r.key == key && version >= r.in) {
                errors << tr("--additional-config key \"%1\" was removed in %2 %3; use %4")
                              .arg(key, m_engine, r.in.toString(), r.instead);
                removed = true;
            }
        }
        if (removed || !notes)
            continue;
        for (const DocumentedKeys& d : m_documented) {
            if (version >= d.from && version < d.until && !d.keys.contains(key))
                *notes << tr("--additional-config key \"%1\" is not among those documented for %2 %3")
                              .arg(key, m_engine, version.toString());
        }
    }
    return errors;
}

} // namespace npufleet::recipes
