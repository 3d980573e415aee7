// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/DiagnosisSignatures.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/checks/DiagnosisText.h"

namespace npufleet::checks {

namespace {

LocalizedText localized(const QJsonValue& value)
{
    if (value.isString())
        return {value.toString(), {}};
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("en")).toString(), o.value(QLatin1String("zh")).toString()};
}

Error entryError(const QString& fileName, int index, const QString& message)
{
    Error e;
    e.file = fileName;
    e.message = DiagnosisText::tr("signature %1: %2").arg(index + 1).arg(message);
    return e;
}

} // namespace

Result<QList<Signature>> parseSignatures(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        Error e;
        e.file = fileName;
        e.message
            = DiagnosisText::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return e;
    }
    const QJsonArray entries = doc.object().value(QLatin1String("signatures")).toArray();
    QList<Signature> signatures;
    QSet<QString> ids;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        Signature s;
        s.id = o.value(QLatin1String("id")).toString();
        if (s.id.isEmpty() || ids.contains(s.id))
            return entryError(fileName, i, DiagnosisText::tr("missing or repeated id"));
        ids.insert(s.id);
        s.title = localized(o.value(QLatin1String("title")));
        s.explanation = localized(o.value(QLatin1String("explanation")));
        s.fix = localized(o.value(QLatin1String("fix")));
        if (s.title.en.isEmpty() || s.explanation.en.isEmpty() || s.fix.en.isEmpty())
            return entryError(fileName, i, DiagnosisText::tr("'%1' needs a title, an explanation and a fix").arg(s.id));
        for (const QJsonValue& p : o.value(QLatin1String("patterns")).toArray()) {
            QRegularExpression re(p.toString(), QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid() || p.toString().isEmpty())
                return entryError(
                    fileName, i,
                    DiagnosisText::tr("'%1': bad pattern '%2': %3").arg(s.id, p.toString(), re.errorString()));
            re.optimize();
            s.patterns << re;
        }
        if (s.patterns.isEmpty())
            return entryError(fileName, i, DiagnosisText::tr("'%1' has no patterns").arg(s.id));
        for (const QJsonValue& v : o.value(QLatin1String("suppressed_by")).toArray())
            s.suppressedBy << v.toString();
        s.followUp = o.value(QLatin1String("follow_up")).toBool();
        signatures << s;
    }
    if (signatures.isEmpty()) {
        Error e;
        e.file = fileName;
        e.message = DiagnosisText::tr("no signatures found");
        return e;
    }
    return signatures;
}

const QList<Signature>& builtinSignatures()
{
    static const QList<Signature> signatures = [] {
        const QString path = QStringLiteral(":/diagnosis/signatures.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QList<Signature>();
        auto parsed = parseSignatures(file.readAll(), path);
        if (!parsed) {
            qWarning("%s", qPrintable(parsed.error().toString()));
            return QList<Signature>();
        }
        return *parsed;
    }();
    return signatures;
}

} // namespace npufleet::checks
