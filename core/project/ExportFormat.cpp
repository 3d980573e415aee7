// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/ExportFormat.h"

namespace npufleet::project {

namespace {
constexpr ExportFormat kAll[]
    = {ExportFormat::Shell, ExportFormat::Compose, ExportFormat::Stack,   ExportFormat::Ray, ExportFormat::GpuStack,
       ExportFormat::Lws,   ExportFormat::K8s,     ExportFormat::KubeRay, ExportFormat::All};
}

std::optional<ExportFormat> formatFromKey(const QString& key)
{
    for (ExportFormat f : kAll) {
        if (formatKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString formatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Shell:
        return QStringLiteral("sh");
    case ExportFormat::Compose:
        return QStringLiteral("compose");
    case ExportFormat::Stack:
        return QStringLiteral("stack");
    case ExportFormat::Ray:
        return QStringLiteral("ray");
    case ExportFormat::GpuStack:
        return QStringLiteral("gpustack");
    case ExportFormat::Lws:
        return QStringLiteral("lws");
    case ExportFormat::K8s:
        return QStringLiteral("k8s");
    case ExportFormat::KubeRay:
        return QStringLiteral("kuberay");
    case ExportFormat::All:
        return QStringLiteral("all");
    }
    return {};
}

QStringList formatKeys()
{
    QStringList keys;
    for (ExportFormat f : kAll)
        keys << formatKey(f);
    return keys;
}

} // namespace npufleet::project
