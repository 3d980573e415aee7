// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace npufleet::cluster {

enum class Vendor { Ascend, Nvidia };

QString vendorKey(Vendor vendor); // "ascend" | "nvidia"
std::optional<Vendor> vendorFromKey(const QString& key);

// One process holding accelerator memory, as npu-smi / nvidia-smi list it.
struct AcceleratorProcess
{
    int chip = 0;
    qint64 pid = 0;
    QString name; // empty when the tool prints none (common inside containers)
    std::optional<qint64> memoryMib; // unset when printed as NA / -
};

// One accelerator chip. A card with two chips (Atlas 300I Duo, A3) gives two of these with the
// same index and chip 0 and 1. Optional values are unset when the tool printed NA or -: never 0.
struct Accelerator
{
    Vendor vendor = Vendor::Ascend;
    int index = 0; // NPU id / GPU index
    int chip = 0; // chip on the card
    QString name; // chip name as printed: 910B4, 310P3, Ascend910, "NVIDIA A100-SXM4-80GB"
    QString health; // as printed: OK, Warning, Alarm, ...; empty when unknown
    QString busId; // empty when NA
    std::optional<double> powerW;
    std::optional<double> tempC;
    std::optional<qint64> hbmUsedMib; // memory models use: HBM, or DDR on chips without HBM
    std::optional<qint64> hbmTotalMib;
    std::optional<double> aicorePct;
    QList<AcceleratorProcess> processes;

    // HBM that an idle chip shows as used (firmware, driver): not held by any process.
    static constexpr qint64 kIdleBaselineMib = 4096;

    bool isHealthy() const;
    // HBM held by processes: the sum of the tool's process table; without one, what is used above
    // kIdleBaselineMib (inside a container npu-smi lists no process). Pre-flight and the deployment rules
    // count it as taken.
    qint64 heldMib() const;
    // HBM an engine asks for at this gpu-memory-utilization (of the total); 0 when the total is unknown.
    qint64 wantedMib(double utilization) const;
    // Whether that much is free beside what processes hold (vLLM refuses to start otherwise). True when
    // the total is unknown: nothing says otherwise.
    bool roomFor(double utilization) const;
    // "NPU 3" or "NPU 3 chip 1" for cards with two chips.
    QString label() const;
};

} // namespace npufleet::cluster
