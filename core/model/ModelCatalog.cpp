// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ModelCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/model/ConfigReader.h"

namespace npufleet::model {

QList<CatalogEntry> ModelCatalog::entries()
{
    static const QList<CatalogEntry> cached = [] {
        QList<CatalogEntry> list;
        QFile file(QStringLiteral(":/catalog/index.json"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray models
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("models")).toArray();
        for (const QJsonValue& v : models) {
            const QJsonObject o = v.toObject();
            CatalogEntry e;
            e.name = o.value(QLatin1String("name")).toString();
            e.hubId = o.value(QLatin1String("hub_id")).toString();
            e.config = QStringLiteral(":/catalog/") + o.value(QLatin1String("config")).toString();
            e.quant = o.value(QLatin1String("quant")).toString();
            const QJsonArray aliases = o.value(QLatin1String("aliases")).toArray();
            for (const QJsonValue& a : aliases)
                e.aliases << a.toString();
            list << e;
        }
        return list;
    }();
    return cached;
}

std::optional<CatalogEntry> ModelCatalog::find(const QString& nameOrHubId)
{
    const QString wanted = nameOrHubId.trimmed();
    // A hub id whose organisation we do not list still matches by its model part.
    const QString tail = wanted.section(QLatin1Char('/'), -1);
    auto same = [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) == 0; };
    const QList<CatalogEntry> all = entries();
    for (const CatalogEntry& e : all) {
        if (same(e.name, wanted) || same(e.hubId, wanted))
            return e;
        for (const QString& alias : e.aliases) {
            if (same(alias, wanted))
                return e;
        }
    }
    for (const CatalogEntry& e : all) {
        if (same(e.name, tail) || same(e.hubId.section(QLatin1Char('/'), -1), tail))
            return e;
    }
    return std::nullopt;
}

Result<ModelSpec> ModelCatalog::load(const CatalogEntry& entry)
{
    Result<ModelSpec> spec = ConfigReader::readFile(entry.config);
    if (!spec)
        return spec;
    spec->name = entry.name;
    if (!entry.quant.isEmpty()) {
        const std::optional<QuantScheme> scheme = quantSchemeFromKey(entry.quant);
        if (scheme) {
            spec->quant = QuantSpec {};
            spec->quant.scheme = *scheme;
            spec->quant.method = entry.quant;
            spec->quant.bits = *scheme == QuantScheme::W8A8 ? 8 : 4;
        }
    }
    return spec;
}

QStringList ModelCatalog::names()
{
    QStringList out;
    const QList<CatalogEntry> all = entries();
    for (const CatalogEntry& e : all)
        out << e.name;
    return out;
}

} // namespace npufleet::model
