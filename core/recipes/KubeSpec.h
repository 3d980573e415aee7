// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/project/Deployment.h"

namespace npufleet::recipes {

// What Kubernetes runs for a deployment, in the deployment's terms; core/exporting/KubeWriter writes it as a
// Deployment, a LeaderWorkerSet or a KubeRay RayCluster, each with a Service. The device plugin chooses the NPUs:
// nothing here names a physical NPU.
enum class KubeKind { Deployment, LeaderWorkerSet, RayCluster };

struct KubePod
{
    QStringList command; // the container's whole argv
    bool serves = false; // runs the API server: probed on /health, selected by the Service
};

struct KubeModelVolume
{
    enum class Kind { HostPath, Nfs, Pvc };
    Kind kind = Kind::HostPath;
    QString mountPath; // the model folder as the engine names it
    QString hostPath;
    QString nfsServer;
    QString nfsPath;
    QString claimName;
};

struct KubeSpec
{
    KubeKind kind = KubeKind::Deployment;
    QString name; // DNS-1123 label, also the Service's and the pods' label value
    QString image;
    int size = 1; // pods per replica: nodes per replica (LeaderWorkerSet), 1 + workers (RayCluster)
    int npusPerPod = 0;
    QString npuResource; // the device plugin's extended resource, e.g. huawei.com/Ascend910
    int port = 0;
    project::EnvironmentList env; // a ${VAR} value comes from a Secret (secretName, key VAR)
    QString secretName;
    QStringList podIpVariables; // set from the pod's IP (downward API, status.podIP)
    KubePod leader; // the Deployment's pod, the LWS leader, the Ray head
    KubePod worker; // LWS workers, Ray workers
    KubeModelVolume model;
    QString shmSize; // /dev/shm as a memory emptyDir of this Kubernetes quantity ("16Gi")
    int startupSeconds = 1800; // a large model loads for many minutes: the startup probe waits this long
    int rayPort = 6379;
};

} // namespace npufleet::recipes
