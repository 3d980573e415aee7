// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace npufleet::cluster {

enum class Vendor { Ascend, Nvidia };

QString vendorKey(Vendor vendor); // "ascend" | "nvidia"
std::optional<Vendor> vendorFromKey(const QString& key);

// One process holding accelerator memory, as npu-smi / nvidia-smi list it.
struct AcceleratorProcess
{
    int chip = 0;
    qint64 pid = 0;
    QString name;                    // empty when the tool prints none (common inside containers)
    std::optional<qint64> memoryMib; // unset when printed as NA / -
};

// One accelerator chip. A card with two chips (Atlas 300I Duo, A3) gives two of these with the
// same index and chip 0 and 1. Optional values are unset when the tool printed NA or -: never 0.
struct Accelerator
{
    Vendor vendor = Vendor::Ascend;
    int index = 0;   // NPU id / GPU index
    int chip = 0;    // chip on the card
    QString name;    // chip name as printed: 910B4, 310P3, Ascend910, "NVIDIA A100-SXM4-80GB"
    QString health;  // as printed: OK, Warning, Alarm, ...; empty when unknown
    QString busId;   // empty when NA
    std::optional<double> powerW;
    std::optional<double> tempC;
    std::optional<qint64> hbmUsedMib;  // memory models use: HBM, or DDR on chips without HBM
    std::optional<qint64> hbmTotalMib;
    std::optional<double> aicorePct;
    QList<AcceleratorProcess> processes;

    bool isHealthy() const;
    // "NPU 3" or "NPU 3 chip 1" for cards with two chips.
    QString label() const;
};

} // namespace npufleet::cluster
