// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace npufleet::project {

// What `npufleet export --format` asks for (nfs is written by core/storage).
// Lws, K8s and KubeRay are Kubernetes manifests: a LeaderWorkerSet, a Deployment, a KubeRay RayCluster.
enum class ExportFormat { Shell, Compose, Stack, Ray, GpuStack, Lws, K8s, KubeRay, All };

std::optional<ExportFormat> formatFromKey(const QString& key); // sh|compose|stack|ray|gpustack|lws|k8s|kuberay|all
QString formatKey(ExportFormat format);
QStringList formatKeys();

} // namespace npufleet::project
