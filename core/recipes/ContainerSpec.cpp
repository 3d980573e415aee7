// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/ContainerSpec.h"

#include "core/util/SecretRules.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes {

QStringList ContainerSpec::dockerRunArgs() const
{
    QStringList a {QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                   name};
    if (!restart.isEmpty())
        a << QStringLiteral("--restart") << restart;
    if (!runtime.isEmpty())
        a << QStringLiteral("--runtime") << runtime;
    if (hostNetwork) {
        a << QStringLiteral("--net=host");
    } else {
        for (const PortMap& p : ports)
            a << QStringLiteral("-p") << QStringLiteral("%1:%2").arg(p.host).arg(p.container);
    }
    if (ipcHost)
        a << QStringLiteral("--ipc=host");
    if (!shmSize.isEmpty())
        a << QStringLiteral("--shm-size") << shmSize;
    for (const QString& d : devices)
        a << QStringLiteral("--device") << d;
    // Docker parses the --gpus value as CSV, so a list of devices needs its own double quotes.
    if (!gpus.isEmpty())
        a << QStringLiteral("--gpus") << QStringLiteral("\"device=%1\"").arg(gpus.join(QLatin1Char(',')));
    for (const VolumeMount& v : volumes)
        a << QStringLiteral("-v")
          << v.source + QLatin1Char(':') + v.target + (v.readOnly ? QStringLiteral(":ro") : QString());
    for (const auto& [key, value] : env) {
        // A ${VAR} reference: docker takes the value from the caller's environment (see commandLine).
        if (secrets::isReference(value))
            a << QStringLiteral("-e") << key;
        else
            a << QStringLiteral("-e") << key + QLatin1Char('=') + value;
    }
    for (const QString& key : passEnv)
        a << QStringLiteral("-e") << key;
    QStringList rest = command;
    if (!entrypoint.isEmpty()) {
        a << QStringLiteral("--entrypoint") << entrypoint.first();
        rest = entrypoint.mid(1) + command;
    }
    a << image << rest;
    return a;
}

QStringList ContainerSpec::referencedVariables() const
{
    QStringList vars;
    for (const auto& [key, value] : env) {
        const QString var = secrets::referenceName(value);
        if (!var.isEmpty() && !vars.contains(var))
            vars << var;
    }
    for (const QString& key : passEnv) {
        if (!vars.contains(key))
            vars << key;
    }
    return vars;
}

QString ContainerSpec::renamedReferences() const
{
    QString prefix;
    for (const auto& [key, value] : env) {
        const QString var = secrets::referenceName(value);
        if (!var.isEmpty() && var != key && shell::isValidVariableName(key))
            prefix += QStringLiteral("%1=\"${%2}\" ").arg(key, var);
    }
    return prefix;
}

QString ContainerSpec::environmentValue(const QString& key) const
{
    for (const auto& [k, v] : env) {
        if (k == key)
            return v;
    }
    return {};
}

void addAscendDevices(ContainerSpec& spec, const QList<int>& npus)
{
    for (int i : npus)
        spec.devices << QStringLiteral("/dev/davinci%1").arg(i);
    spec.devices << QStringLiteral("/dev/davinci_manager") << QStringLiteral("/dev/devmm_svm")
                 << QStringLiteral("/dev/hisi_hdc");
    // The driver stays on the host; the container sees it through these mounts (vllm-ascend installation.md).
    const QStringList same {QStringLiteral("/usr/local/dcmi"), QStringLiteral("/usr/local/bin/npu-smi"),
                            QStringLiteral("/usr/local/Ascend/driver/lib64/"),
                            QStringLiteral("/usr/local/Ascend/driver/version.info"),
                            QStringLiteral("/etc/ascend_install.info")};
    for (const QString& p : same)
        spec.volumes << VolumeMount {p, p, false};
}

} // namespace npufleet::recipes
