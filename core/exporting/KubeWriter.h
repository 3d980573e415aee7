// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/recipes/KubeSpec.h"

namespace npufleet::exporting {

// Kubernetes manifests of a KubeSpec: the workload (Deployment, LeaderWorkerSet or RayCluster) and a Service
// that selects the serving pod only (the leader, the head), in one multi-document YAML file; and the runbook.
class KubeWriter
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::exporting::KubeWriter)

public:
    static QString fileName(const recipes::KubeSpec& spec); // "lws.yaml", "k8s.yaml", "raycluster.yaml"
    static QByteArray manifests(const recipes::KubeSpec& spec, const QStringList& headerLines);
    static QByteArray runbook(const recipes::KubeSpec& spec, const QString& deployment, const QStringList& notes);
};

} // namespace npufleet::exporting
