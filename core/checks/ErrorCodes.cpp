// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/ErrorCodes.h"

#include <QRegularExpression>
#include <algorithm>

namespace npufleet::checks {

namespace {

// "EZ9999: ...", "Get_Socket_Timeout(EI0006)", "EZ9999[PID: ...]", "detail:E69999: Inner Error!". The code must end
// at a separator, so that hex words and longer identifiers are not taken for codes. A "\n" escaped into a JSON
// string counts as a separator too.
const QRegularExpression& cannCode()
{
    static const QRegularExpression re(
        QStringLiteral("(?:(?<=\\\\n)|(?<![A-Za-z0-9_]))E([0-9A-Z])(\\d{4})(?=[:(\\[)\\]\\s,.\\\\]|$)"));
    return re;
}

const QRegularExpression& torchNpuCode()
{
    static const QRegularExpression re(
        QStringLiteral("(?:(?<=\\\\n)|(?<![A-Za-z0-9_]))ERR(\\d{2})(\\d{3})(?=\\s|\\\\|$)"));
    return re;
}

// aclError values: 1xxxxx, 2xxxxx, 3xxxxx, 5xxxxx.
const QRegularExpression& aclReturn()
{
    static const QRegularExpression re(
        QStringLiteral("(?:error code(?: is)?\\s*[:=]?\\s*|runtime result\\s*=\\s*|failed:\\s*)([1235]\\d{5})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& hcclReturn()
{
    static const QRegularExpression re(QStringLiteral("HCCL function error:.*error code is (\\d{1,4})(?!\\d)"));
    return re;
}

// The plog line format: "[ERROR] HCCL(38011,python):2025-07-15-12:45:32.997.778 [file.cc:647] ...".
const QRegularExpression& plogError()
{
    static const QRegularExpression re(QStringLiteral("^\\[ERROR\\]\\s+([A-Z][A-Z_]*)\\(\\d+,"));
    return re;
}

const QRegularExpression& plogErrNo()
{
    static const QRegularExpression re(QStringLiteral("errNo\\[(0x[0-9A-Fa-f]+)\\]"));
    return re;
}

} // namespace

QList<CodeHit> findCodes(QStringView line)
{
    QList<CodeHit> hits;
    auto all = [&](const QRegularExpression& re, auto make) {
        QRegularExpressionMatchIterator it = re.globalMatch(line);
        while (it.hasNext())
            hits << make(it.next());
    };
    all(cannCode(), [](const QRegularExpressionMatch& m) {
        return CodeHit {CodeKind::Cann, m.captured(0), m.captured(1), m.capturedStart(0)};
    });
    all(torchNpuCode(), [](const QRegularExpressionMatch& m) {
        return CodeHit {CodeKind::TorchNpu, m.captured(0), m.captured(1), m.capturedStart(0)};
    });
    all(aclReturn(), [](const QRegularExpressionMatch& m) {
        return CodeHit {CodeKind::AclReturn, m.captured(1), QString(), m.capturedStart(1)};
    });
    all(hcclReturn(), [](const QRegularExpressionMatch& m) {
        return CodeHit {CodeKind::HcclReturn, m.captured(1), QString(), m.capturedStart(1)};
    });
    const QRegularExpressionMatch plog = plogError().match(line);
    if (plog.hasMatch()) {
        const QRegularExpressionMatch errNo = plogErrNo().match(line);
        hits << CodeHit {CodeKind::Plog, errNo.hasMatch() ? errNo.captured(1) : QString(), plog.captured(1), 0};
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const CodeHit& a, const CodeHit& b) { return a.position < b.position; });
    return hits;
}

bool isWrapper(CodeKind kind)
{
    return kind != CodeKind::Cann;
}

bool isInternalCannCode(const QString& code)
{
    return code.size() == 6 && code.at(2) == QLatin1Char('9');
}

} // namespace npufleet::checks
