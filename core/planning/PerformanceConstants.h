// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The performance model's constants besides the chips' data sheets. docs/planner.md ("Speed") gives each
// one's source; the ones fitted to a published measurement say which.
namespace npufleet::planning::perf {

// Share of the peak a real kernel reaches. Ascend/msmodeling tensor_cast/device.py uses 0.6 for HBM and
// 0.7 for compute and collectives on every Atlas 800 profile ("something we need to calibrate"). HBM is
// fitted higher here: vLLM-Ascend's graph-mode decode reads the weights in large sequential blocks, and
// 0.6 puts the published DeepSeek-R1 run above what the HBM can deliver (docs/planner.md).
inline constexpr double kMemoryEfficiency = 0.8;
inline constexpr double kComputeEfficiency = 0.7;
inline constexpr double kCommEfficiency = 0.7;

// Fixed cost of one kernel on the device (msmodeling ATLAS_800.STATIC_COST): matrix 5 us, vector 2 us,
// collective 10 us; a decoder layer launches about 6 matrix kernels (QKV, O, gate-up, down, router or
// the MLA projections) and 12 vector kernels (norms, rotary, activation, residual adds, attention).
inline constexpr double kMatrixKernelUs = 5.0;
inline constexpr double kVectorKernelUs = 2.0;
inline constexpr double kCollectiveUs = 10.0;
inline constexpr double kMatrixKernelsPerLayer = 6.0;
inline constexpr double kVectorKernelsPerLayer = 12.0;

// The host's share of every step of every pipeline stage that graphs do not hide: scheduling, input
// preparation, sampling, the hand-over between stage workers (estimate; vLLM's async scheduling hides part).
inline constexpr double kStepHostUs = 2000.0;

// vLLM-Ascend captures decode-only steps in ACL graphs (cudagraph_mode FULL_DECODE_ONLY, the tutorials'
// setting); a step that carries a prefill runs the prefill's attention outside the graph. Estimate: one
// host dispatch of ~100 us per layer.
inline constexpr double kMixedStepUsPerLayer = 100.0;
// API server, tokenizer and the first streamed chunk, outside the engine's steps (estimate).
inline constexpr double kServingOverheadMs = 20.0;

// MTP speculative decoding with one draft token: the DeepSeek-V3 technical report measures 85-90 %
// acceptance of the second token; 0.85 taken.
inline constexpr double kMtpAcceptance = 0.85;

// Bytes of one activation element on the wire: BF16; W8A8 MoE dispatch sends INT8 (vLLM-Ascend MC2).
inline constexpr double kActivationBytes = 2.0;

} // namespace npufleet::planning::perf
