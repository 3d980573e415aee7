// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "core/bench/BenchTypes.h"
#include "core/util/Result.h"

namespace npufleet::bench {

// Where the prompts come from (vllm bench serve's --dataset-* and --random-* flags).
struct DatasetConfig
{
    enum class Kind { Random, ShareGpt, Custom };
    Kind kind = Kind::Random;
    QString path; // ShareGPT JSON or the prompts file (one per line, or JSONL with "prompt")
    int numPrompts = 1000;
    int inputLen = 1024;
    int outputLen = 128;
    double rangeRatio = 0.0; // lengths drawn from [len*(1-r), len*(1+r)]
    int prefixLen = 0; // tokens shared by every prompt
    std::optional<int> fixedOutputLen; // --sharegpt-output-len / --custom-output-len
    quint64 seed = 0;
};

// Parses "random", "sharegpt", "custom" (also "prompts"); nullopt for anything else.
std::optional<DatasetConfig::Kind> datasetKindFromName(const QString& name);

// A rough token count for text without a tokenizer: about four characters per token in
// Latin scripts, one per CJK character. Used only when the server reports no usage.
int estimateTokens(const QString& text);

// The requests the config describes; the same seed always gives the same requests.
Result<QList<BenchRequest>> makeDataset(const DatasetConfig& config);

} // namespace npufleet::bench
