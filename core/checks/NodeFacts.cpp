// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/NodeFacts.h"

#include "core/checks/DockerInfoParser.h"
#include "core/util/ShellQuote.h"

namespace npufleet::checks {

QString CommandOutput::evidence() const
{
    QString text = QString::fromUtf8(standardOutput);
    if (!standardError.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        text += QString::fromUtf8(standardError);
    }
    if (text.trimmed().isEmpty() && !message.isEmpty())
        text = message;
    return text.trimmed();
}

const CommandOutput* NodeFacts::output(const QString& key) const
{
    const auto it = outputs.constFind(key);
    return it == outputs.constEnd() ? nullptr : &it.value();
}

namespace {
// A starting point for find that can never be read as an expression.
QString startingPoint(const QString& path)
{
    return path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("./") + path;
}
} // namespace

QString npuKey(const char* what, int device)
{
    return QStringLiteral("%1/%2").arg(QLatin1String(what)).arg(device);
}

QList<ProbeCommand> probeCommands(const PreflightPlan& plan, const PlannedNode& pn)
{
    QList<ProbeCommand> list;
    auto add = [&list](const QString& key, const QString& command, int timeoutMs = 20'000) {
        list << ProbeCommand {key, command, timeoutMs};
    };
    add(QStringLiteral("id"), QStringLiteral("id -un && id -Gn"), 15'000);
    const QString user = pn.node.user;
    if (!user.isEmpty() && user != QLatin1String("root"))
        add(QStringLiteral("sudo"), QStringLiteral("sudo -n true"));
    add(QStringLiteral("date"), QStringLiteral("date +%s.%N"));
    add(QStringLiteral("ip-addr"), QStringLiteral("ip -o -4 addr show"));

    const bool ascend = pn.node.hardware.vendor == cluster::Vendor::Ascend;
    if (ascend) {
        add(QStringLiteral("npu-smi"), QStringLiteral("npu-smi info"), 30'000);
        // The NPU network matters only when HCCL crosses nodes (RoCE); inside one node it uses HCCS.
        if (plan.multiNode) {
            for (int d : pn.devices) {
                const QString i = QString::number(d);
                add(npuKey("link", d), QStringLiteral("hccn_tool -i %1 -link -g").arg(i));
                add(npuKey("health", d), QStringLiteral("hccn_tool -i %1 -net_health -g").arg(i));
                add(npuKey("ip", d), QStringLiteral("hccn_tool -i %1 -ip -g").arg(i));
                add(npuKey("gateway", d), QStringLiteral("hccn_tool -i %1 -gateway -g").arg(i));
                add(npuKey("netdetect", d), QStringLiteral("hccn_tool -i %1 -netdetect -g").arg(i));
                add(npuKey("lldp", d), QStringLiteral("hccn_tool -i %1 -lldp -g").arg(i));
            }
            add(QStringLiteral("hccn-conf"), QStringLiteral("cat -- %1").arg(shell::quote(pn.hccnConf)));
        }
        // The CANN toolkit on the host, where its installer records it: ascend-toolkit/latest up to CANN 8.3,
        // cann/ from 8.5 (<arch>-linux either way). A node without one answers nothing; containers bring theirs.
        const QString root = shell::quote(pn.ascendRoot);
        add(QStringLiteral("cann"),
            QStringLiteral("cat -- %1/ascend-toolkit/latest/*-linux/ascend_toolkit_install.info "
                           "%1/cann/*-linux/ascend_toolkit_install.info 2>/dev/null")
                .arg(root));
    }
    add(QStringLiteral("docker"), QStringLiteral("docker version --format '{{.Server.Version}}'"));
    if (ascend && plan.containers)
        add(QStringLiteral("docker-runtimes"), dockerRuntimesCommand());
    if (!plan.image.isEmpty())
        // Not on the node: ask the registry, without pulling, whether `docker pull` would find it.
        add(QStringLiteral("image"),
            QStringLiteral("docker image inspect --format '{{.Id}}' %1 || { timeout 20 docker manifest inspect %1 "
                           ">/dev/null 2>&1 && echo '%2' || echo '%3'; exit 1; }")
                .arg(shell::quote(plan.image), QLatin1String(kImagePullableMarker),
                     QLatin1String(kImageNotPullableMarker)));
    if (!plan.shmSize.isEmpty())
        add(QStringLiteral("free"), QStringLiteral("free -b"));
    add(QStringLiteral("firewalld"), QStringLiteral("systemctl is-active firewalld"));
    add(QStringLiteral("ports"), QStringLiteral("ss -ltnpH"));
    if (!pn.swarmUdpPorts.isEmpty())
        add(QStringLiteral("udp-ports"), QStringLiteral("ss -lunpH"));
    // GNU find takes no `--` before its starting points (a word starting with '-' is an expression even
    // after it): the plan's paths are absolute, and anything else is made to start with "./".
    if (!plan.modelPath.isEmpty())
        add(QStringLiteral("model"),
            QStringLiteral("find %1 -type f -printf '%P\\t%s\\n'").arg(shell::quote(startingPoint(plan.modelPath))),
            60'000);
    if (!plan.diskPath.isEmpty())
        add(QStringLiteral("df"), QStringLiteral("df -B1 -- %1").arg(shell::quote(plan.diskPath)));
    return list;
}

} // namespace npufleet::checks
