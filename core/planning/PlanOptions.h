// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/model/QuantSpec.h"
#include "core/planning/Workload.h"
#include "core/project/Layout.h"

namespace npufleet::planning {

enum class Platform { Ascend, Cuda };
enum class KvCacheDtype { Auto, Bf16, Fp8 };

using project::Layout;

// Everything the planner needs besides the model. Zero means "the default" where noted.
struct PlanOptions
{
    int nodes = 1;
    int npusPerNode = 8;
    double hbmGib = 64; // total device memory as the runtime reports it (a 64 GB 910B shows ~61.3 GiB)
    Platform platform = Platform::Ascend;
    model::QuantScheme quant = model::QuantScheme::Auto;
    int maxModelLen = 0; // 0: min(max_position_embeddings, 32768)
    double gpuMemoryUtilization = 0.9;
    int blockSize = 0; // 0: 128 on Ascend, 16 on CUDA
    KvCacheDtype kvCacheDtype = KvCacheDtype::Auto;
    std::optional<double> kvCacheMemoryGib; // vLLM --kv-cache-memory: the KV budget per NPU, as given
    int maxNumBatchedTokens = 8192; // tokens of the profiling forward pass (activation peak)
    bool loadMtp = false; // MTP speculative decoding on: the engine loads the MTP layers
    int extraKvLayers = 0; // attention layers of a draft model (EAGLE3) sharing the cache

    // A given layout: only it is evaluated. Unset parts are 1 (EP off) when any of tp/pp/dp is set.
    std::optional<int> tp;
    std::optional<int> pp;
    std::optional<int> dp;
    bool ep = false; // with no tp/pp/dp: only expert-parallel layouts

    // Speed predictions (PerformanceModel) and the ranking they drive.
    QString chip; // a ChipSpecs key or a name npu-smi prints; empty: defaultChip(platform, hbmGib)
    Workload workload;
    Objective objective = Objective::Throughput;
    double speedCorrection = 1.0; // measured / predicted from a calibration run: scales every speed

    int totalNpus() const { return nodes * npusPerNode; }
    int effectiveBlockSize() const { return blockSize > 0 ? blockSize : (platform == Platform::Cuda ? 16 : 128); }
    bool layoutGiven() const { return tp.has_value() || pp.has_value() || dp.has_value(); }
};

} // namespace npufleet::planning
