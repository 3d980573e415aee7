// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exporting/ComposeWriter.h"

#include <yaml-cpp/yaml.h>

#include "core/recipes/SwarmDaemon.h"
#include "core/util/SecretRules.h"

namespace npufleet::exporting {

using recipes::ContainerSpec;

namespace {
// Compose interpolates ${VAR} and $VAR in every value: a literal $ is written $$.
std::string literal(const QString& s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('$'), QLatin1String("$$"));
    return escaped.toStdString();
}

// Strings always double-quoted, so "8001", "true" or "0.0.0.0" stay strings.
void str(YAML::Emitter& out, const std::string& s)
{
    out << YAML::DoubleQuoted << s;
}

void key(YAML::Emitter& out, const char* k)
{
    out << YAML::Key << k << YAML::Value;
}

void list(YAML::Emitter& out, const char* k, const QStringList& items)
{
    if (items.isEmpty())
        return;
    key(out, k);
    out << YAML::BeginSeq;
    for (const QString& i : items)
        str(out, literal(i));
    out << YAML::EndSeq;
}

// Named volumes (a source that is not a path) must be declared at the top level.
void declareVolumes(YAML::Emitter& out, const QList<ContainerSpec>& containers)
{
    QStringList named;
    for (const ContainerSpec& c : containers) {
        for (const recipes::VolumeMount& v : c.volumes) {
            if (!v.source.startsWith(QLatin1Char('/')) && !v.source.startsWith(QLatin1Char('.'))
                && !named.contains(v.source))
                named << v.source;
        }
    }
    if (named.isEmpty())
        return;
    key(out, "volumes");
    out << YAML::BeginMap;
    for (const QString& n : named)
        out << YAML::Key << n.toStdString() << YAML::Value << YAML::BeginMap << YAML::EndMap;
    out << YAML::EndMap;
}

void header(YAML::Emitter& out, const QStringList& lines)
{
    for (QString line : lines) {
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << YAML::Comment(line.toStdString()) << YAML::Newline;
    }
}

// The parts a compose service and a stack service share.
void containerBody(YAML::Emitter& out, const ContainerSpec& c, bool swarm, qint64 shmBytes = 0)
{
    key(out, "image");
    str(out, c.image.toStdString());
    if (!swarm) {
        key(out, "container_name");
        str(out, c.name.toStdString());
        if (c.hostNetwork) {
            key(out, "network_mode");
            str(out, "host");
        }
        if (c.ipcHost) {
            key(out, "ipc");
            str(out, "host");
        }
        if (!c.restart.isEmpty()) {
            key(out, "restart");
            str(out, c.restart.toStdString());
        }
        if (!c.runtime.isEmpty()) {
            key(out, "runtime");
            str(out, c.runtime.toStdString());
        }
        if (!c.hostNetwork && !c.ports.isEmpty()) {
            QStringList ports;
            for (const recipes::PortMap& p : c.ports)
                ports << QStringLiteral("%1:%2").arg(p.host).arg(p.container);
            list(out, "ports", ports);
        }
    }
    // docker stack deploy ignores shm_size and devices (and runtime is no stack key): a stack service gets
    // its NPUs through the node's default runtime and its shared memory as a tmpfs (stackFile).
    if (!swarm && !c.shmSize.isEmpty()) {
        key(out, "shm_size");
        str(out, c.shmSize.toStdString());
    }
    if (!swarm)
        list(out, "devices", c.devices);
    QStringList volumes;
    for (const recipes::VolumeMount& v : c.volumes)
        volumes << v.source + QLatin1Char(':') + v.target + (v.readOnly ? QStringLiteral(":ro") : QString());
    if (swarm && shmBytes > 0) {
        key(out, "volumes");
        out << YAML::BeginSeq;
        for (const QString& v : volumes)
            str(out, literal(v));
        out << YAML::BeginMap;
        out << YAML::Key << "type" << YAML::Value << "tmpfs";
        out << YAML::Key << "target" << YAML::Value << "/dev/shm";
        out << YAML::Key << "tmpfs" << YAML::Value << YAML::BeginMap << YAML::Key << "size" << YAML::Value << shmBytes
            << YAML::EndMap;
        out << YAML::EndMap << YAML::EndSeq;
    } else {
        list(out, "volumes", volumes);
    }
    if (!c.env.isEmpty() || !c.passEnv.isEmpty()) {
        key(out, "environment");
        out << YAML::BeginMap;
        for (const auto& [name, value] : c.env) {
            out << YAML::Key << name.toStdString() << YAML::Value;
            // A ${VAR} reference is left for compose to fill from its environment or .env file.
            const QString var = secrets::referenceName(value);
            str(out, var.isEmpty() ? literal(value) : QStringLiteral("${%1}").arg(var).toStdString());
        }
        // Secrets stay in the caller's environment; the file only names them.
        for (const QString& name : c.passEnv) {
            out << YAML::Key << name.toStdString() << YAML::Value;
            str(out, QStringLiteral("${%1}").arg(name).toStdString());
        }
        out << YAML::EndMap;
    }
    list(out, "entrypoint", c.entrypoint);
    list(out, "command", c.command);
}
} // namespace

QByteArray ComposeWriter::composeFile(const QList<ContainerSpec>& containers, const QStringList& headerLines)
{
    YAML::Emitter out;
    header(out, headerLines);
    out << YAML::BeginMap;
    key(out, "version");
    str(out, "2.4");
    key(out, "services");
    out << YAML::BeginMap;
    for (const ContainerSpec& c : containers) {
        out << YAML::Key << c.name.toStdString() << YAML::Value << YAML::BeginMap;
        containerBody(out, c, false);
        if (!c.gpus.isEmpty()) {
            // Compose 2.4 reaches NVIDIA GPUs through the runtime; the variable picks the devices.
            key(out, "runtime");
            str(out, "nvidia");
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    declareVolumes(out, containers);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QByteArray ComposeWriter::stackFile(const recipes::StackSpec& stack, const QStringList& headerLines)
{
    const QString& network = stack.network;
    YAML::Emitter out;
    header(out, headerLines);
    out << YAML::BeginMap;
    key(out, "version");
    str(out, "3.8");
    key(out, "services");
    out << YAML::BeginMap;
    for (const recipes::StackService& s : stack.services) {
        out << YAML::Key << s.container.name.toStdString() << YAML::Value << YAML::BeginMap;
        containerBody(out, s.container, true, s.shmBytes);
        key(out, "networks");
        out << YAML::BeginSeq;
        str(out, network.toStdString());
        out << YAML::EndSeq;
        if (s.publishedPort > 0) {
            key(out, "ports");
            out << YAML::BeginSeq << YAML::BeginMap;
            out << YAML::Key << "target" << YAML::Value << s.publishedPort;
            out << YAML::Key << "published" << YAML::Value << s.publishedPort;
            out << YAML::Key << "protocol" << YAML::Value << "tcp";
            out << YAML::Key << "mode" << YAML::Value << "host";
            out << YAML::EndMap << YAML::EndSeq;
        }
        key(out, "deploy");
        out << YAML::BeginMap;
        key(out, "mode");
        str(out, s.mode.toStdString());
        if (s.mode == QLatin1String("replicated")) {
            key(out, "replicas");
            out << s.replicas;
        }
        key(out, "placement");
        out << YAML::BeginMap;
        list(out, "constraints", {QStringLiteral("node.hostname == %1").arg(s.node)});
        out << YAML::EndMap;
        if (s.genericNpus > 0) {
            // Swarm places the service only where the node offers that many NPUs (daemon.json
            // node-generic-resources); the runtime mounts the ones ASCEND_VISIBLE_DEVICES names.
            key(out, "resources");
            out << YAML::BeginMap << YAML::Key << "reservations" << YAML::Value << YAML::BeginMap;
            key(out, "generic_resources");
            out << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "discrete_resource_spec" << YAML::Value
                << YAML::BeginMap << YAML::Key << "kind" << YAML::Value << recipes::swarm::kNpuKind << YAML::Key
                << "value" << YAML::Value << s.genericNpus << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
            out << YAML::EndMap << YAML::EndMap;
        }
        key(out, "restart_policy");
        out << YAML::BeginMap;
        key(out, "condition");
        str(out, "on-failure");
        out << YAML::EndMap;
        out << YAML::EndMap; // deploy
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    QList<ContainerSpec> containers;
    for (const recipes::StackService& s : stack.services)
        containers << s.container;
    declareVolumes(out, containers);
    key(out, "networks");
    out << YAML::BeginMap << YAML::Key << network.toStdString() << YAML::Value << YAML::BeginMap;
    key(out, "driver");
    str(out, "overlay");
    key(out, "attachable");
    out << true;
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace npufleet::exporting
