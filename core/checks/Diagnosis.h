// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "core/checks/DiagnosisFinding.h"
#include "core/checks/DiagnosisSignatures.h"
#include "core/checks/Language.h"

namespace npufleet::checks {

// Names the failures in a log, the root cause first (see docs/diagnosis.md):
// - known failures (signatures), each at most once, and for every error code that no signature explains a
//   finding naming the code's family (which component raised it) with that family's checks;
// - a symptom whose root cause (suppressed_by) is also found is left out: it would only repeat it;
// - ranked: causes by the line they first appear on, then follow-ups (a timeout waiting for another rank),
//   then wrappers (torch_npu's ERR…, AscendCL and HCCL return codes, bare plog ERROR lines), which are kept
//   only when nothing better names the failure.
QList<Finding> diagnoseLog(QByteArrayView log, const QList<Signature>& signatures, Language language);
QList<Finding> diagnoseLog(QByteArrayView log, Language language);

// {"findings":[{"id","title","explanation","fix","line","evidence","code"?,"context"?}]}, root cause first.
QByteArray renderFindingsJson(const QList<Finding>& findings);
// Human-readable: one block per finding, or a sentence saying nothing was recognised.
QString renderFindingsText(const QList<Finding>& findings, const QString& logName);

} // namespace npufleet::checks
