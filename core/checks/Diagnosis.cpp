// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/Diagnosis.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/checks/DiagnosisText.h"

namespace npufleet::checks {

namespace {

constexpr int kMaxEvidence = 400; // a whole traceback line can be kilobytes long

} // namespace

QList<Finding> diagnoseLog(QByteArrayView log, const QList<Signature>& signatures, Language language)
{
    QList<Finding> findings;
    QHash<QString, int> found; // id -> index in findings
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < log.size()) {
        qsizetype end = log.indexOf('\n', start);
        if (end < 0)
            end = log.size();
        ++lineNumber;
        const QString line = QString::fromUtf8(log.sliced(start, end - start)).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        for (const Signature& s : signatures) {
            if (found.contains(s.id))
                continue;
            for (const QRegularExpression& re : s.patterns) {
                if (!re.match(line).hasMatch())
                    continue;
                Finding f;
                f.id = s.id;
                f.title = s.title.text(language);
                f.explanation = s.explanation.text(language);
                f.fix = s.fix.text(language);
                f.line = lineNumber;
                f.evidence = line.size() > kMaxEvidence ? line.left(kMaxEvidence) + QStringLiteral("…") : line;
                found.insert(s.id, int(findings.size()));
                findings << f;
                break;
            }
        }
    }
    // Drop symptoms explained by a root cause that was found too.
    QSet<QString> suppressed;
    for (const Signature& s : signatures) {
        if (!found.contains(s.id))
            continue;
        for (const QString& cause : s.suppressedBy) {
            if (found.contains(cause))
                suppressed.insert(s.id);
        }
    }
    QList<Finding> kept;
    for (const Finding& f : std::as_const(findings)) {
        if (!suppressed.contains(f.id))
            kept << f;
    }
    return kept;
}

QList<Finding> diagnoseLog(QByteArrayView log, Language language)
{
    return diagnoseLog(log, builtinSignatures(), language);
}

QByteArray renderFindingsJson(const QList<Finding>& findings)
{
    QJsonArray list;
    for (const Finding& f : findings) {
        list.append(QJsonObject {{QStringLiteral("id"), f.id},
                                 {QStringLiteral("title"), f.title},
                                 {QStringLiteral("explanation"), f.explanation},
                                 {QStringLiteral("fix"), f.fix},
                                 {QStringLiteral("line"), f.line},
                                 {QStringLiteral("evidence"), f.evidence}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("findings"), list}}).toJson(QJsonDocument::Indented);
}

QString renderFindingsText(const QList<Finding>& findings, const QString& logName)
{
    if (findings.isEmpty())
        return DiagnosisText::tr("%1: no known failure recognised.\n").arg(logName);
    QString out;
    for (const Finding& f : findings) {
        out += QStringLiteral("%1:%2: [%3] %4\n").arg(logName).arg(f.line).arg(f.id, f.title);
        out += QStringLiteral("    > %1\n").arg(f.evidence);
        out += DiagnosisText::tr("    What happened: %1\n").arg(f.explanation);
        out += DiagnosisText::tr("    What to do: %1\n").arg(f.fix);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace npufleet::checks
