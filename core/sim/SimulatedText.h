// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace npufleet::sim {

struct ServingProfile;

// The translation context of the simulator's texts (named without its namespace, as BenchText).
struct SimulationText
{
    Q_DECLARE_TR_FUNCTIONS(SimulationText)
};

// Tokens as a BPE tokenizer roughly cuts text: a short word with its leading space is one, a long word
// one per eight characters, a CJK character one.
int countTokens(const QString& text);
// The reply of the simulated model: `count` tokens of text that says what answered, cut as countTokens
// counts. The text depends on the prompt only through `seed`.
QStringList replyTokens(const ServingProfile& profile, int count, quint64 seed);
// How long the model's reply to a prompt would be when nothing caps it.
int naturalReplyLength(quint64 seed, bool chat);

} // namespace npufleet::sim
