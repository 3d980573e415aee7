// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Every limit on what NPU Fleet reads, in one place; docs/limits.md lists them with the reasons.
// Inputs come from files and nodes that anyone may have written: a limit turns a file that would
// exhaust memory or time into a clear error that names the file and the limit.
namespace npufleet::limits {

constexpr qint64 kMiB = 1024 * 1024;

// Files read whole (each is far smaller in real use).
constexpr qint64 kProjectFileBytes = 4 * kMiB;
constexpr qint64 kModelConfigBytes = 4 * kMiB; // config.json
constexpr qint64 kModelIndexBytes = 64 * kMiB; // safetensors index, quant description (DeepSeek-V3: ~9 MiB)
constexpr qint64 kSafetensorsHeaderBytes = 100 * kMiB; // the format's own cap on its JSON header
constexpr qint64 kToolOutputFileBytes = 16 * kMiB; // a saved npu-smi / nvidia-smi output
constexpr qint64 kLogFileBytes = 256 * kMiB; // a log for diagnose
constexpr qint64 kDatasetFileBytes = 1024 * kMiB; // a bench dataset (ShareGPT is ~650 MiB)
constexpr qint64 kResultFileBytes = 256 * kMiB; // a saved bench result (with --save-detailed lists)
constexpr qint64 kConversationFileBytes = 64 * kMiB; // a saved Playground conversation
constexpr qint64 kSshConfigBytes = 1 * kMiB; // ~/.ssh/config and each file it includes

// Output of one remote command kept in memory per node (inventory, pre-flight probes).
constexpr qint64 kRemoteOutputBytes = 16 * kMiB;

// YAML project documents: nodes visited, counting every expansion of an alias, and nesting depth.
constexpr qint64 kYamlNodeBudget = 100'000;
constexpr int kYamlDepth = 64;

// Benchmark datasets: prompts are made before the run, so their count and lengths are bounded.
constexpr int kMaxPrompts = 1'000'000;
constexpr int kMaxTokensPerPrompt = 1 << 20; // --random-input-len, --random-output-len, --random-prefix-len
constexpr qint64 kMaxDatasetTokens = 32'000'000; // all prompts together (~350 MB of text)

// Planning: the largest cluster and sizes the planner takes (options from the CLI, the GUI and projects).
// nodes x NPUs per node stays far inside int, so layout arithmetic cannot overflow.
constexpr int kMaxNodes = 4096;
constexpr int kMaxNpusPerNode = 64;
constexpr double kMaxHbmGib = 16384;
constexpr int kMaxModelLen = 64 * 1024 * 1024;
constexpr int kMaxBlockSize = 4096;
// Speed predictions: users at once (also --max-num-seqs) and the calibration factor's range.
constexpr int kMaxConcurrency = 1'000'000;
constexpr double kMaxSpeedCorrection = 100.0;

} // namespace npufleet::limits
