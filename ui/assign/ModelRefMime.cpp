// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/ModelRefMime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace npufleet::ui {

namespace {
constexpr int kVersion = 1;
const QLatin1String kCatalogPrefix("catalog:");

QJsonObject payload(const QMimeData* mime, const QString& type)
{
    if (!mime || !mime->hasFormat(type))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(mime->data(type)).object();
    return o.value(QLatin1String("version")).toInt() == kVersion ? o : QJsonObject();
}
} // namespace

QString ModelRefMime::modelType()
{
    return QStringLiteral("application/x-npufleet-model-ref");
}

QString ModelRefMime::deploymentType()
{
    return QStringLiteral("application/x-npufleet-deployment-ref");
}

QString ModelRefMime::catalogRef(const QString& catalogName)
{
    return kCatalogPrefix + catalogName;
}

bool ModelRefMime::isCatalogRef(const QString& ref)
{
    return ref.startsWith(kCatalogPrefix);
}

QString ModelRefMime::catalogName(const QString& ref)
{
    return isCatalogRef(ref) ? ref.mid(kCatalogPrefix.size()) : QString();
}

QMimeData* ModelRefMime::encodeModels(const QStringList& refs)
{
    auto* mime = new QMimeData;
    const QJsonObject o {{QLatin1String("version"), kVersion},
                         {QLatin1String("models"), QJsonArray::fromStringList(refs)}};
    mime->setData(modelType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    mime->setText(refs.join(QLatin1Char('\n')));
    return mime;
}

QStringList ModelRefMime::decodeModels(const QMimeData* mime)
{
    QStringList refs;
    const QJsonArray models = payload(mime, modelType()).value(QLatin1String("models")).toArray();
    for (const QJsonValue& v : models) {
        if (v.isString() && !v.toString().isEmpty())
            refs << v.toString();
    }
    return refs;
}

QMimeData* ModelRefMime::encodeDeployment(const QString& name)
{
    auto* mime = new QMimeData;
    const QJsonObject o {{QLatin1String("version"), kVersion}, {QLatin1String("deployment"), name}};
    mime->setData(deploymentType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    mime->setText(name);
    return mime;
}

QString ModelRefMime::decodeDeployment(const QMimeData* mime)
{
    return payload(mime, deploymentType()).value(QLatin1String("deployment")).toString();
}

} // namespace npufleet::ui
