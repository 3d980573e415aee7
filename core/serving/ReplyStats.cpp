// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/ReplyStats.h"

#include <QCoreApplication>
#include <QStringList>

namespace npufleet::serving {

namespace {
double msBetween(SteadyClock::time_point a, SteadyClock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}
} // namespace

ReplyStats ReplyStats::from(const ChatResult& r)
{
    ReplyStats s;
    s.durationMs = msBetween(r.sent, r.finished);
    if (r.firstToken)
        s.ttftMs = msBetween(r.sent, *r.firstToken);
    s.promptTokens = r.usage.promptTokens;
    s.completionTokens = r.usage.completionTokens;
    if (!r.usage.known() && r.contentChunks > 0) {
        // Servers send about one token per chunk: a fair estimate when they do not count.
        s.completionTokens = r.contentChunks;
        s.estimated = true;
    }
    if (r.firstToken && s.completionTokens > 1) {
        const double decodeMs = msBetween(*r.firstToken, r.lastToken);
        if (decodeMs > 0 && r.streamed)
            s.tokensPerSecond = (s.completionTokens - 1) * 1000.0 / decodeMs;
        else if (s.durationMs > 0)
            s.tokensPerSecond = s.completionTokens * 1000.0 / s.durationMs;
    }
    return s;
}

QString ReplyStats::summary() const
{
    QStringList parts;
    if (ttftMs >= 0)
        parts << QCoreApplication::translate("npufleet::serving", "TTFT %1 ms").arg(qRound(ttftMs));
    if (tokensPerSecond >= 0)
        parts << QCoreApplication::translate("npufleet::serving", "%1 tok/s").arg(tokensPerSecond, 0, 'f', 1);
    if (completionTokens >= 0) {
        const QString out = estimated ? QStringLiteral("~%1").arg(completionTokens) : QString::number(completionTokens);
        if (promptTokens >= 0)
            parts << QCoreApplication::translate("npufleet::serving", "%1 → %2 tokens").arg(promptTokens).arg(out);
        else
            parts << QCoreApplication::translate("npufleet::serving", "%1 tokens").arg(out);
    }
    parts << QCoreApplication::translate("npufleet::serving", "%1 s").arg(durationMs / 1000.0, 0, 'f', 2);
    return parts.join(QStringLiteral(" · "));
}

} // namespace npufleet::serving
