// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/ProjectValues.h"

#include <functional>

#include "core/util/SafeValueText.h"
#include "core/util/ValueGate.h"

namespace npufleet::project {

using safe::Field;
using safe::SafeValueText;
using safe::ValueKind;

namespace {

// Walks values, stopping at the first refusal. `prefix` is the owner's place in the file.
class Walk
{
public:
    std::optional<BadValue> bad;

    bool ok() const { return !bad.has_value(); }

    void value(ValueKind kind,
               const QString& prefix,
               const QString& key,
               const QString& text,
               const Field& owner,
               bool optional = true)
    {
        if (bad || (optional && text.isEmpty()))
            return;
        Field f = owner;
        f.key = key;
        if (auto r = safe::check(kind, text, f); !r)
            bad = BadValue {prefix + key, r.error()};
    }

    void node(const cluster::Node& n, const QString& prefix)
    {
        const Field owner {{}, SafeValueText::tr("node \"%1\"").arg(n.name), n.name};
        value(ValueKind::Name, prefix, QStringLiteral("name"), n.name, owner, false);
        value(ValueKind::Host, prefix, QStringLiteral("host"), n.host, owner);
        value(ValueKind::User, prefix, QStringLiteral("user"), n.user, owner);
        value(ValueKind::Line, prefix, QStringLiteral("identity_file"), n.identityFile, owner);
        value(ValueKind::Interface, prefix, QStringLiteral("cluster_interface"), n.clusterInterface, owner);
        for (int i = 0; i < n.interfaces.size(); ++i)
            value(ValueKind::Interface, prefix, QStringLiteral("interfaces[%1].name").arg(i), n.interfaces[i].name,
                  owner);
        for (int i = 0; i < n.labels.size(); ++i)
            value(ValueKind::Line, prefix, QStringLiteral("labels[%1]").arg(i), n.labels[i], owner);
        value(ValueKind::Line, prefix, QStringLiteral("hardware.server"), n.hardware.server, owner);
        value(ValueKind::Line, prefix, QStringLiteral("hardware.cpu"), n.hardware.cpu, owner);
        value(ValueKind::Line, prefix, QStringLiteral("hardware.os"), n.hardware.os, owner);
        value(ValueKind::Line, prefix, QStringLiteral("hardware.chip"), n.hardware.chip, owner);
        value(ValueKind::BareFileName, prefix, QStringLiteral("simulation"), n.simulation, owner);
        for (auto it = n.npuAddresses.cbegin(); it != n.npuAddresses.cend(); ++it)
            value(ValueKind::Line, prefix, QStringLiteral("npu_addresses[%1]").arg(it.key()), it.value(), owner);
    }

    void model(const ModelSource& m, const QString& prefix)
    {
        const Field owner {{}, SafeValueText::tr("model \"%1\"").arg(m.id), {}};
        value(ValueKind::Line, prefix, QStringLiteral("id"), m.id, owner, false);
        // The display name is the served model name unless the deployment gives one: an operand.
        value(ValueKind::Operand, prefix, QStringLiteral("name"), m.name, owner);
        value(ValueKind::VolumePath, prefix, QStringLiteral("path"), m.path, owner);
        value(ValueKind::Line, prefix, QStringLiteral("hub_id"), m.hubId, owner);
        value(ValueKind::Line, prefix, QStringLiteral("catalog"), m.catalog, owner);
    }

    void deployment(const Deployment& d, const QString& prefix)
    {
        const Field owner {{}, SafeValueText::tr("deployment \"%1\"").arg(d.name), {}};
        value(ValueKind::Name, prefix, QStringLiteral("name"), d.name, owner, false);
        value(ValueKind::Line, prefix, QStringLiteral("model"), d.model, owner);
        value(ValueKind::Image, prefix, QStringLiteral("image"), d.image, owner);
        const ServingOptions& s = d.serving;
        value(ValueKind::Operand, prefix, QStringLiteral("serving.served_model_name"), s.servedModelName, owner);
        value(ValueKind::JsonObject, prefix, QStringLiteral("serving.additional_config"), s.additionalConfig, owner);
        for (int i = 0; i < s.extraArgs.size(); ++i)
            value(ValueKind::Argument, prefix, QStringLiteral("serving.extra_args[%1]").arg(i), s.extraArgs[i], owner,
                  false);
        for (const auto& [name, v] : d.environment) {
            value(ValueKind::EnvName, prefix, QStringLiteral("environment"), name, owner, false);
            value(ValueKind::EnvValue, prefix, QStringLiteral("environment.%1").arg(name), v, owner);
        }
    }

    void calibration(const Calibration& c, const QString& prefix)
    {
        const Field owner {{}, SafeValueText::tr("calibration \"%1\"").arg(c.chip), {}};
        value(ValueKind::Line, prefix, QStringLiteral("chip"), c.chip, owner, false);
        value(ValueKind::Line, prefix, QStringLiteral("measured_from"), c.measuredFrom, owner);
        value(ValueKind::Line, prefix, QStringLiteral("deployment"), c.deployment, owner);
        value(ValueKind::Line, prefix, QStringLiteral("date"), c.date, owner);
    }

    void storage(const SharedStorage& s, const QString& prefix)
    {
        const Field owner {{}, SafeValueText::tr("the shared storage"), {}};
        value(ValueKind::Name, prefix, QStringLiteral("server"), s.serverNode, owner);
        value(ValueKind::ConfigPath, prefix, QStringLiteral("export"), s.exportPath, owner, false);
        value(ValueKind::ExportClient, prefix, QStringLiteral("network"), s.network, owner);
        value(ValueKind::OptionList, prefix, QStringLiteral("export_options"), s.exportOptions, owner, false);
        value(ValueKind::ConfigPath, prefix, QStringLiteral("mount_point"), s.mountPoint, owner, false);
        value(ValueKind::OptionList, prefix, QStringLiteral("mount_options"), s.mountOptions, owner, false);
        value(ValueKind::VolumePath, prefix, QStringLiteral("cache_dir"), s.cacheDir, owner);
        for (int i = 0; i < s.clients.size(); ++i)
            value(ValueKind::Name, prefix, QStringLiteral("clients[%1]").arg(i), s.clients[i], owner, false);
    }
};

Result<void> result(const Walk& walk)
{
    if (walk.bad)
        return walk.bad->error;
    return {};
}

} // namespace

std::optional<BadValue> findBadValue(const ProjectData& project)
{
    Walk walk;
    for (int i = 0; i < project.nodes.size() && walk.ok(); ++i)
        walk.node(project.nodes[i], QStringLiteral("cluster.nodes[%1].").arg(i));
    for (int i = 0; i < project.models.size() && walk.ok(); ++i)
        walk.model(project.models[i], QStringLiteral("models[%1].").arg(i));
    for (int i = 0; i < project.deployments.size() && walk.ok(); ++i)
        walk.deployment(project.deployments[i], QStringLiteral("deployments[%1].").arg(i));
    if (walk.ok() && project.storage.isConfigured())
        walk.storage(project.storage, QStringLiteral("storage."));
    for (int i = 0; i < project.calibrations.size() && walk.ok(); ++i)
        walk.calibration(project.calibrations[i], QStringLiteral("calibration[%1].").arg(i));
    return walk.bad;
}

Result<void> checkNodeValues(const cluster::Node& node)
{
    Walk walk;
    walk.node(node, {});
    return result(walk);
}

Result<void> checkModelValues(const ModelSource& model)
{
    Walk walk;
    walk.model(model, {});
    return result(walk);
}

Result<void> checkDeploymentValues(const Deployment& deployment)
{
    Walk walk;
    walk.deployment(deployment, {});
    return result(walk);
}

Result<void> checkStorageValues(const SharedStorage& storage)
{
    Walk walk;
    walk.storage(storage, {});
    return result(walk);
}

Result<void> checkDeploymentInputs(const ProjectData& project, const QString& deploymentName)
{
    const int di = project.deploymentIndex(deploymentName);
    if (di < 0)
        return {}; // the caller reports the missing deployment in its own words
    const Deployment& d = project.deployments.at(di);
    Walk walk;
    walk.deployment(d, {});
    if (const ModelSource* m = project.model(d.model); m && walk.ok())
        walk.model(*m, {});
    for (const Placement& p : d.placement) {
        if (const cluster::Node* n = project.node(p.node); n && walk.ok())
            walk.node(*n, {});
    }
    // Recipes read the shared storage too (GPUStack's cache folder, the mount point).
    if (walk.ok() && project.storage.isConfigured())
        walk.storage(project.storage, {});
    return result(walk);
}

} // namespace npufleet::project
