// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two renderings of diagnoseLog's findings: the JSON contract and the text for people.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/checks/Diagnosis.h"
#include "core/checks/DiagnosisText.h"

namespace npufleet::checks {

QByteArray renderFindingsJson(const QList<Finding>& findings)
{
    QJsonArray list;
    for (const Finding& f : findings) {
        QJsonObject o {{QStringLiteral("id"), f.id},
                       {QStringLiteral("title"), f.title},
                       {QStringLiteral("explanation"), f.explanation},
                       {QStringLiteral("fix"), f.fix},
                       {QStringLiteral("line"), f.line},
                       {QStringLiteral("evidence"), f.evidence}};
        if (!f.code.isEmpty())
            o.insert(QStringLiteral("code"), f.code);
        if (!f.context.isEmpty())
            o.insert(QStringLiteral("context"), QJsonArray::fromStringList(f.context));
        list.append(o);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("findings"), list}}).toJson(QJsonDocument::Indented);
}

QString renderFindingsText(const QList<Finding>& findings, const QString& logName)
{
    if (findings.isEmpty())
        return DiagnosisText::tr("%1: no known failure recognised.\n").arg(logName);
    QString out;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding& f = findings.at(i);
        out += QStringLiteral("%1:%2: [%3] %4").arg(logName).arg(f.line).arg(f.id, f.title);
        if (!f.code.isEmpty() && !f.title.contains(f.code))
            out += QStringLiteral(" (%1)").arg(f.code);
        if (i == 0 && findings.size() > 1)
            out += DiagnosisText::tr(" - first cause");
        out += QLatin1Char('\n');
        out += QStringLiteral("    > %1\n").arg(f.evidence);
        for (const QString& c : f.context)
            out += QStringLiteral("    | %1\n").arg(c);
        out += DiagnosisText::tr("    What happened: %1\n").arg(f.explanation);
        out += DiagnosisText::tr("    What to do: %1\n").arg(f.fix);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace npufleet::checks
