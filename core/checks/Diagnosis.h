// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "core/checks/DiagnosisSignatures.h"
#include "core/checks/Language.h"

namespace npufleet::checks {

// One known failure found in a log: what it is, what to do, and the line that showed it.
struct Finding
{
    QString id;
    QString title;
    QString explanation;
    QString fix;
    int line = 0; // 1-based line of the first match
    QString evidence; // that line, trimmed
};

// Names the known failures in a log, in the order they first appear; each signature at most once.
// A symptom whose root cause (suppressed_by) is also found is left out: it would only repeat it.
QList<Finding> diagnoseLog(QByteArrayView log, const QList<Signature>& signatures, Language language);
QList<Finding> diagnoseLog(QByteArrayView log, Language language);

// {"findings":[{"id","title","explanation","fix","line","evidence"}]}
QByteArray renderFindingsJson(const QList<Finding>& findings);
// Human-readable: one block per finding, or a sentence saying nothing was recognised.
QString renderFindingsText(const QList<Finding>& findings, const QString& logName);

} // namespace npufleet::checks
