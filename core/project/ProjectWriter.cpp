// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include "core/project/CalibrationYaml.h"
#include "core/project/ProjectFile.h"
#include "core/project/YamlSecrets.h"
#include "core/project/YamlVariant.h"

namespace npufleet::project {

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

// Writes key: value only when the value differs from its default, so files stay short and readable.
void optional(YAML::Emitter& out, const char* key, const QString& value)
{
    if (!value.isEmpty())
        out << YAML::Key << key << YAML::Value << s(value);
}

void extras(YAML::Emitter& out, const QVariantMap& extra)
{
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        out << YAML::Key << s(it.key()) << YAML::Value;
        emitVariant(out, it.value());
    }
}

void emitNode(YAML::Emitter& out, const cluster::Node& n)
{
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << s(n.name);
    out << YAML::Key << "host" << YAML::Value << s(n.host);
    if (n.port != 22)
        out << YAML::Key << "port" << YAML::Value << n.port;
    optional(out, "user", n.user);
    out << YAML::Key << "role" << YAML::Value << s(cluster::roleKey(n.role));
    if (!n.labels.isEmpty()) {
        out << YAML::Key << "labels" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& l : n.labels)
            out << s(l);
        out << YAML::EndSeq;
    }
    optional(out, "identity_file", n.identityFile);
    optional(out, "cluster_interface", n.clusterInterface);
    if (!n.interfaces.isEmpty()) {
        out << YAML::Key << "interfaces" << YAML::Value << YAML::BeginSeq;
        for (const cluster::NetworkInterface& nic : n.interfaces) {
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << s(nic.name);
            if (!nic.address.isEmpty()) {
                QString address = nic.address;
                if (nic.prefixLength > 0)
                    address += QLatin1Char('/') + QString::number(nic.prefixLength);
                out << YAML::Key << "address" << YAML::Value << s(address);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    const cluster::NodeHardware& hw = n.hardware;
    if (hw != cluster::NodeHardware {}) {
        out << YAML::Key << "hardware" << YAML::Value << YAML::BeginMap;
        optional(out, "server", hw.server);
        optional(out, "cpu", hw.cpu);
        optional(out, "os", hw.os);
        out << YAML::Key << "vendor" << YAML::Value << s(cluster::vendorKey(hw.vendor));
        optional(out, "chip", hw.chip);
        if (hw.acceleratorCount > 0)
            out << YAML::Key << "count" << YAML::Value << hw.acceleratorCount;
        if (hw.memoryMibPerAccelerator > 0)
            out << YAML::Key << "memory_gib" << YAML::Value << hw.memoryMibPerAccelerator / 1024;
        extras(out, hw.extra);
        out << YAML::EndMap;
    }
    if (!n.npuAddresses.isEmpty()) {
        out << YAML::Key << "npu_addresses" << YAML::Value << YAML::Flow << YAML::BeginMap;
        for (auto it = n.npuAddresses.cbegin(); it != n.npuAddresses.cend(); ++it)
            out << YAML::Key << it.key() << YAML::Value << s(it.value());
        out << YAML::EndMap;
    }
    if (n.npuAccess != cluster::NpuAccess::Devices)
        out << YAML::Key << "npu_access" << YAML::Value << s(cluster::npuAccessKey(n.npuAccess));
    optional(out, "simulation", n.simulation);
    if (n.simulationSeed > 0)
        out << YAML::Key << "simulation_seed" << YAML::Value << n.simulationSeed;
    optional(out, "simulation_fault", cluster::simulatedFaultKey(n.simulationFault));
    extras(out, n.extra);
    out << YAML::EndMap;
}

void emitModel(YAML::Emitter& out, const ModelSource& m)
{
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << s(m.id);
    if (m.name != m.id)
        optional(out, "name", m.name);
    optional(out, "path", m.path);
    optional(out, "hub_id", m.hubId);
    optional(out, "catalog", m.catalog);
    optional(out, "quantization", m.quantization);
    extras(out, m.extra);
    out << YAML::EndMap;
}

void emitDeployment(YAML::Emitter& out, const Deployment& d)
{
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << s(d.name);
    out << YAML::Key << "model" << YAML::Value << s(d.model);
    out << YAML::Key << "engine" << YAML::Value << s(engineKey(d.engine));
    optional(out, "image", d.image);
    if (!d.placement.isEmpty()) {
        out << YAML::Key << "placement" << YAML::Value << YAML::BeginSeq;
        for (const Placement& p : d.placement) {
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "node" << YAML::Value << s(p.node);
            out << YAML::Key << "devices" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (int dev : p.devices)
                out << dev;
            out << YAML::EndSeq << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::Key << "parallel" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "tp" << YAML::Value << d.layout.tp;
    out << YAML::Key << "pp" << YAML::Value << d.layout.pp;
    out << YAML::Key << "dp" << YAML::Value << d.layout.dp;
    out << YAML::Key << "ep" << YAML::Value << d.layout.ep;
    extras(out, d.parallelExtra);
    out << YAML::EndMap;

    const ServingOptions& sv = d.serving;
    out << YAML::Key << "serving" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "port" << YAML::Value << sv.port;
    if (sv.maxModelLen > 0)
        out << YAML::Key << "max_model_len" << YAML::Value << sv.maxModelLen;
    out << YAML::Key << "gpu_memory_utilization" << YAML::Value << s(QString::number(sv.gpuMemoryUtilization));
    if (sv.maxNumSeqs > 0)
        out << YAML::Key << "max_num_seqs" << YAML::Value << sv.maxNumSeqs;
    optional(out, "served_model_name", sv.servedModelName);
    if (!sv.additionalConfig.isEmpty())
        out << YAML::Key << "additional_config" << YAML::Value << YAML::SingleQuoted << s(sv.additionalConfig);
    if (!sv.extraArgs.isEmpty()) {
        out << YAML::Key << "extra_args" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& a : sv.extraArgs)
            out << s(a);
        out << YAML::EndSeq;
    }
    extras(out, sv.extra);
    out << YAML::EndMap;

    if (!d.environment.isEmpty()) {
        out << YAML::Key << "environment" << YAML::Value << YAML::BeginMap;
        for (const auto& [name, value] : d.environment)
            out << YAML::Key << s(name) << YAML::Value << YAML::DoubleQuoted << s(value);
        out << YAML::EndMap;
    }
    extras(out, d.extra);
    out << YAML::EndMap;
}

void emitStorage(YAML::Emitter& out, const SharedStorage& st)
{
    out << YAML::Key << "storage" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "server" << YAML::Value << s(st.serverNode);
    out << YAML::Key << "export" << YAML::Value << s(st.exportPath);
    optional(out, "network", st.network);
    out << YAML::Key << "export_options" << YAML::Value << s(st.exportOptions);
    out << YAML::Key << "mount_point" << YAML::Value << s(st.mountPoint);
    out << YAML::Key << "mount_options" << YAML::Value << s(st.mountOptions);
    if (!st.clients.isEmpty()) {
        out << YAML::Key << "clients" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& c : st.clients)
            out << s(c);
        out << YAML::EndSeq;
    }
    optional(out, "cache_dir", st.cacheDir);
    extras(out, st.extra);
    out << YAML::EndMap;
}

} // namespace

QByteArray serializeProject(const ProjectData& data)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << ProjectData::kVersion;
    optional(out, "name", data.name);
    optional(out, "description", data.description);
    if (data.demo)
        out << YAML::Key << "demo" << YAML::Value << true;

    out << YAML::Key << "cluster" << YAML::Value << YAML::BeginMap;
    optional(out, "name", data.clusterName);
    out << YAML::Key << "nodes" << YAML::Value << YAML::BeginSeq;
    for (const cluster::Node& n : data.nodes)
        emitNode(out, n);
    out << YAML::EndSeq;
    extras(out, data.clusterExtra);
    out << YAML::EndMap;

    out << YAML::Key << "models" << YAML::Value << YAML::BeginSeq;
    for (const ModelSource& m : data.models)
        emitModel(out, m);
    out << YAML::EndSeq;

    out << YAML::Key << "deployments" << YAML::Value << YAML::BeginSeq;
    for (const Deployment& d : data.deployments)
        emitDeployment(out, d);
    out << YAML::EndSeq;

    if (data.storage.isConfigured())
        emitStorage(out, data.storage);
    emitCalibrations(out, data.calibrations);
    extras(out, data.extra);
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

Result<void> saveProject(const ProjectData& data, const QString& path)
{
    QSaveFile file(path);
    const auto failed = [&](const QString& why) {
        Error err;
        err.file = path;
        err.message = QCoreApplication::translate("ProjectFile", "cannot save the project: %1").arg(why);
        return Result<void>(err);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QByteArray bytes = serializeProject(data);
    // The reader's rule set, on what would be written: a literal secret never reaches the file.
    std::optional<YamlSecret> secret;
    try {
        secret = findSecretInYaml(YAML::Load(bytes.toStdString()));
    } catch (const YAML::Exception& e) {
        return failed(QString::fromStdString(e.msg));
    }
    if (secret) {
        Error err;
        err.file = path;
        err.message = QCoreApplication::translate("ProjectFile", "not saved: %1").arg(secret->finding.message);
        err.hint = secret->finding.hint;
        return err;
    }
    if (file.write(bytes) != bytes.size())
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace npufleet::project
