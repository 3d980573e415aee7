// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/project/Deployment.h"

namespace npufleet::recipes {

struct VolumeMount
{
    QString source; // host path or named volume
    QString target;
    bool readOnly = false;
    friend bool operator==(const VolumeMount&, const VolumeMount&) = default;
};

struct PortMap
{
    int host = 0;
    int container = 0;
    friend bool operator==(const PortMap&, const PortMap&) = default;
};

// One container as the engine needs it; rendered as `docker run`, a compose service or a stack service.
struct ContainerSpec
{
    QString name;
    QString image;
    QStringList devices; // /dev/davinci0, /dev/davinci_manager, ...
    QStringList gpus; // NVIDIA device ids for --gpus '"device=0,1"'
    QString runtime; // docker's --runtime (e.g. "ascend"); empty = the daemon's default
    QList<VolumeMount> volumes;
    project::EnvironmentList
        env; // NAME=value, set in the container; a ${VAR} value comes from the caller's environment
    QStringList passEnv; // NAME only: taken from the caller's environment (secrets)
    bool hostNetwork = true;
    QList<PortMap> ports; // only without host network
    QString shmSize; // 16g
    bool ipcHost = false;
    QString restart; // unless-stopped, or empty
    QStringList entrypoint; // overrides the image's, empty = keep
    QStringList command; // argv inside the container
    friend bool operator==(const ContainerSpec&, const ContainerSpec&) = default;

    // The words of `docker run -d ...`, unquoted. A ${VAR} environment value becomes `-e NAME`.
    QStringList dockerRunArgs() const;
    // The variables the container takes from the caller's environment: ${VAR} references and passEnv.
    QStringList referencedVariables() const;
    // `NAME="${VAR}" ` for each reference to a variable of another name, to put before docker run
    // (both names are valid variable names, so nothing else can expand).
    QString renamedReferences() const;
    QString environmentValue(const QString& name) const;
};

// The device nodes and driver mounts an Ascend container needs for the given NPUs when they are mounted
// explicitly; recipes call giveNpus (ContainerNpus.h), which knows the node's way.
void addAscendDevices(ContainerSpec& spec, const QList<int>& npus);

} // namespace npufleet::recipes
