// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace npufleet::recipes {

// A release number as image tags spell it: v0.9.2rc1, 0.11.0, v0.10.0rc1-openeuler.
// A pre-release (rc1) sorts before its release, so 0.12.0rc1 < 0.12.0.
struct EngineVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    int rc = 0; // 0 = a release

    static std::optional<EngineVersion> parse(const QString& text);
    // The version in an image reference's tag (quay.io/ascend/vllm-ascend:v0.9.2rc1), if it names one.
    static std::optional<EngineVersion> fromImage(const QString& image);

    QString toString() const;
    friend bool operator==(const EngineVersion&, const EngineVersion&) = default;
    friend bool operator<(const EngineVersion& a, const EngineVersion& b);
    friend bool operator>=(const EngineVersion& a, const EngineVersion& b) { return !(a < b); }
};

} // namespace npufleet::recipes
