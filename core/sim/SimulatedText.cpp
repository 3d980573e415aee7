// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedText.h"

#include "core/sim/ServingProfile.h"

namespace npufleet::sim {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x3000 && u <= 0x303F);
}

// Cuts text into tokens (each keeps its leading space); countTokens counts the same pieces.
QStringList cut(const QString& text)
{
    QStringList tokens;
    QString current;
    int wordLength = 0;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens.append(current);
        current.clear();
        wordLength = 0;
    };
    for (const QChar c : text) {
        if (isCjk(c)) {
            flush();
            tokens.append(QString(c));
        } else if (c.isSpace()) {
            if (wordLength > 0)
                flush();
            current += c;
        } else if (!c.isLetterOrNumber()) {
            if (wordLength > 0)
                flush();
            current += c;
            flush();
        } else {
            if (wordLength == 8)
                flush();
            current += c;
            ++wordLength;
        }
    }
    flush();
    return tokens;
}

} // namespace

int countTokens(const QString& text)
{
    int n = 0;
    int wordLength = 0;
    for (const QChar c : text) {
        if (isCjk(c) || (!c.isSpace() && !c.isLetterOrNumber())) {
            ++n;
            wordLength = 0;
        } else if (c.isSpace()) {
            wordLength = 0;
        } else {
            if (wordLength % 8 == 0)
                ++n;
            ++wordLength;
        }
    }
    return n;
}

QStringList replyTokens(const ServingProfile& p, int count, quint64 seed)
{
    const QString intro
        = SimulationText::tr("This is a simulated reply from %1, served by the demo deployment %2 on %3 "
                             "(Ascend %4, TP %5, PP %6, DP %7). Nothing was sent to the lab: a demo project answers "
                             "from NPU Fleet's built-in simulator, with the time to first token and the time per "
                             "output token that the planner estimates for this model and layout.")
              .arg(p.servedModel, p.deployment, p.node, p.chip.isEmpty() ? QStringLiteral("NPU") : p.chip)
              .arg(p.tp)
              .arg(p.pp)
              .arg(p.dp);
    const QStringList more {
        SimulationText::tr("The Benchmark tab measures it as vllm bench serve would."),
        SimulationText::tr("The Monitor tab watches its /metrics: requests running and waiting, KV-cache usage, "
                           "token rates and latency histograms."),
        SimulationText::tr("Other users of the lab send requests too, so the figures move even when you do not."),
        SimulationText::tr("Long prompts wait for their prefill; long replies run one decode step per token, and "
                           "each step takes longer as the batch grows."),
    };
    QStringList tokens = cut(intro);
    for (quint64 i = seed; tokens.size() < count; ++i)
        tokens += cut(QString(QLatin1Char(' ') + more.at(qsizetype(i % quint64(more.size())))));
    return tokens.mid(0, count);
}

int naturalReplyLength(quint64 seed, bool chat)
{
    // Between 90 and 250 tokens for chat, 60 and 200 for plain completions.
    const int base = chat ? 90 : 60;
    const int spread = chat ? 160 : 140;
    return base + int(seed % quint64(spread + 1));
}

} // namespace npufleet::sim
