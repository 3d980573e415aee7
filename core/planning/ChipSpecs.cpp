// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/ChipSpecs.h"

namespace npufleet::planning {

namespace {

constexpr double kTiB = 1024.0 * 1024.0 * 1024.0 * 1024.0;

// Sources (docs/planner.md, "Hardware table"):
//  Ascend A2/A3: Huawei's own simulator, Ascend/msmodeling tensor_cast/device.py (ATLAS_800 profiles:
//    A2_376T_64G, A2_313T_64G, A2_280T_32G_PCIE, A3_752T_128G_DIE; A2_INTERCONNECT HCCS full mesh 196 GB/s
//    0.5 us, CLOS 25 GB/s 1.5 us; A3 RoCE 196/8 GB/s 5.5 us); chip bins as named in msmodeling's
//    serving HWConf (910b2 353.8, 910b3 294.9, 910b4 245.7 TFLOPS BF16).
//  910A: Ascend 910 (Hot Chips 31): 256 TFLOPS FP16, 512 TOPS INT8, 1.2 TB/s HBM2, HCCS 240 Gbit/s.
//  310P3: Atlas 300I Duo data sheet, halved per chip (96 GB LPDDR4X, 408 GB/s, 140 TFLOPS FP16, 280 TOPS).
//  NVIDIA: the A100, H100, H200, H20 and L40S data sheets (dense figures, no sparsity).
QList<ChipSpec> makeTable()
{
    auto chip = [](const char* key, const char* label, double gib, double mem, double f16, double i8, double intra,
                   int mesh, double intraUs, double inter, double interUs, bool fp8) {
        ChipSpec c;
        c.key = QLatin1String(key);
        c.label = QLatin1String(label);
        c.hbmGib = gib;
        c.memoryBytesPerS = mem;
        c.dense16FlopsPerS = f16;
        c.int8OpsPerS = i8;
        c.intraBytesPerS = intra;
        c.meshSize = mesh;
        c.intraLatencyUs = intraUs;
        c.interBytesPerS = inter;
        c.interLatencyUs = interUs;
        c.fp8 = fp8;
        return c;
    };
    return {
        chip("910B1", "Ascend 910B1 (Atlas 800 A2)", 64, 1.6 * kTiB, 353.9e12, 752e12, 196e9, 8, 0.5, 25e9, 1.5, false),
        chip("910B2", "Ascend 910B2 (Atlas 800 A2)", 64, 1.6 * kTiB, 353.9e12, 752e12, 196e9, 8, 0.5, 25e9, 1.5, false),
        chip("910B3", "Ascend 910B3 (Atlas 800 A2)", 64, 1.6 * kTiB, 294.9e12, 626e12, 196e9, 8, 0.5, 25e9, 1.5, false),
        chip("910B4", "Ascend 910B4 (Atlas 800I A2, 32 GB)", 32, 0.8 * kTiB, 245.8e12, 560e12, 64e9, 0, 0.2, 25e9, 1.5,
             false),
        chip("A3", "Atlas A3 / 910C, one die", 64, 1.6 * kTiB, 353.9e12, 752e12, 196e9, 0, 0.5, 196e9 / 8, 5.5, false),
        chip("910A", "Ascend 910 (Atlas 800 9000)", 32, 1.2e12, 256e12, 512e12, 30e9, 4, 1.0, 12.5e9, 1.5, false),
        chip("310P3", "Ascend 310P3 (Atlas 300I Duo, one chip)", 48, 204e9, 70e12, 140e12, 16e9, 0, 2.0, 1.5e9, 10.0,
             false),
        chip("A100-40GB", "NVIDIA A100 SXM 40GB", 40, 1555e9, 312e12, 624e12, 300e9, 0, 1.0, 25e9, 2.0, false),
        chip("A100-80GB", "NVIDIA A100 SXM 80GB", 80, 2039e9, 312e12, 624e12, 300e9, 0, 1.0, 25e9, 2.0, false),
        chip("H100", "NVIDIA H100 SXM", 80, 3350e9, 989e12, 1979e12, 450e9, 0, 1.0, 50e9, 2.0, true),
        chip("H200", "NVIDIA H200 SXM", 141, 4800e9, 989e12, 1979e12, 450e9, 0, 1.0, 50e9, 2.0, true),
        chip("H20", "NVIDIA H20", 96, 4000e9, 148e12, 296e12, 450e9, 0, 1.0, 50e9, 2.0, true),
        chip("L40S", "NVIDIA L40S (PCIe)", 48, 864e9, 362e12, 733e12, 32e9, 0, 2.0, 25e9, 2.0, true),
    };
}

QString normalized(const QString& name)
{
    QString n = name.toUpper();
    n.remove(QLatin1String("ASCEND"));
    n.remove(QLatin1String("NVIDIA"));
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('_'));
    return n;
}

} // namespace

const QList<ChipSpec>& chipSpecs()
{
    static const QList<ChipSpec> table = makeTable();
    return table;
}

const ChipSpec* findChip(const QString& name)
{
    const QList<ChipSpec>& table = chipSpecs();
    const auto byKey = [&](const char* key) -> const ChipSpec* {
        for (const ChipSpec& c : table) {
            if (c.key == QLatin1String(key))
                return &c;
        }
        return nullptr;
    };
    const QString n = normalized(name);
    if (n.isEmpty())
        return nullptr;
    for (const ChipSpec& c : table) {
        if (normalized(c.key) == n)
            return &c;
    }
    // Names as the tools print them.
    if (n.startsWith(QLatin1String("910B")) && n.size() >= 5)
        return findChip(n.left(5));
    if (n == QLatin1String("910C") || n.startsWith(QLatin1String("91093")) || n.startsWith(QLatin1String("A3")))
        return byKey("A3");
    if (n == QLatin1String("910") || n == QLatin1String("910A") || n == QLatin1String("910PROB"))
        return byKey("910A");
    if (n.startsWith(QLatin1String("310P")))
        return byKey("310P3");
    if (n.contains(QLatin1String("H100")))
        return byKey("H100");
    if (n.contains(QLatin1String("H200")))
        return byKey("H200");
    if (n.contains(QLatin1String("H20")))
        return byKey("H20");
    if (n.contains(QLatin1String("L40S")))
        return byKey("L40S");
    if (n.contains(QLatin1String("A100")))
        return byKey(n.contains(QLatin1String("40G")) ? "A100-40GB" : "A100-80GB");
    return nullptr;
}

const ChipSpec& defaultChip(Platform platform, double hbmGib)
{
    if (platform == Platform::Cuda)
        return *findChip(hbmGib < 50 ? QStringLiteral("A100-40GB") : QStringLiteral("H100"));
    return *findChip(hbmGib <= 40 ? QStringLiteral("910B4") : QStringLiteral("910B3"));
}

QStringList chipKeys()
{
    QStringList keys;
    for (const ChipSpec& c : chipSpecs())
        keys << c.key;
    return keys;
}

} // namespace npufleet::planning
