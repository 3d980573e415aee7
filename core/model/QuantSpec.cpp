// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/QuantSpec.h"

namespace npufleet::model {

namespace {

struct SchemeKey
{
    QuantScheme scheme;
    const char* key;
};

constexpr SchemeKey kKeys[] = {
    {QuantScheme::Auto, "auto"}, {QuantScheme::Bf16, "bf16"}, {QuantScheme::Fp16, "fp16"},   {QuantScheme::Fp8, "fp8"},
    {QuantScheme::W8A8, "w8a8"}, {QuantScheme::W4A8, "w4a8"}, {QuantScheme::W4A16, "w4a16"},
};

} // namespace

QString quantSchemeKey(QuantScheme scheme)
{
    for (const SchemeKey& k : kKeys) {
        if (k.scheme == scheme)
            return QLatin1String(k.key);
    }
    return QStringLiteral("auto");
}

std::optional<QuantScheme> quantSchemeFromKey(const QString& key)
{
    for (const SchemeKey& k : kKeys) {
        if (key.compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0)
            return k.scheme;
    }
    if (key.compare(QLatin1String("bfloat16"), Qt::CaseInsensitive) == 0)
        return QuantScheme::Bf16;
    if (key.compare(QLatin1String("float16"), Qt::CaseInsensitive) == 0)
        return QuantScheme::Fp16;
    return std::nullopt;
}

bool QuantSpec::isQuantized(WeightPart part) const
{
    if (scheme == QuantScheme::Bf16 || scheme == QuantScheme::Fp16 || scheme == QuantScheme::Auto)
        return false;
    const auto& override = partQuantized[static_cast<std::size_t>(part)];
    if (override.has_value())
        return *override;
    return isLinearPart(part);
}

double QuantSpec::bytesPerParam(WeightPart part, int modelDtypeBytes) const
{
    if (scheme == QuantScheme::Bf16 || scheme == QuantScheme::Fp16)
        return 2.0;
    if (!isQuantized(part))
        return modelDtypeBytes;
    const double group = groupSize > 0 ? groupSize : 128.0;
    switch (scheme) {
    case QuantScheme::Fp8:
        // One fp32 scale per 128x128 block (DeepSeek-V3 style) or per tensor.
        return blockFp8 ? 1.0 + 4.0 / (128.0 * 128.0) : 1.0;
    case QuantScheme::W8A8:
        // int8 weights; per-channel scale/offset are a few bytes per row, i.e. negligible.
        return 1.0;
    case QuantScheme::W4A8:
        // int4 weights with a bf16 scale per group.
        return 0.5 + 2.0 / group;
    case QuantScheme::W4A16:
        // AWQ / GPTQ: packed weights, an fp16 scale and packed zero point per group.
        return bits / 8.0 + 2.0 / group + bits / 8.0 / group;
    case QuantScheme::Auto:
    case QuantScheme::Bf16:
    case QuantScheme::Fp16:
        break;
    }
    return modelDtypeBytes;
}

} // namespace npufleet::model
