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

QString hccnQueryCommand(int npu, const QString& query, const QString& address)
{
    QString command = QStringLiteral("hccn_tool -i %1 -%2 -g").arg(npu).arg(query);
    if (!address.isEmpty())
        command += QStringLiteral(" address ") + address;
    return command;
}

QString npuKey(const char* what, int device)
{
    return QStringLiteral("%1/%2").arg(QLatin1String(what)).arg(device);
}

QList<ProbeCommand> probeCommands(const PreflightPlan& plan, const PlannedNode& pn)
{
    QList<ProbeCommand> list;
    using remote::CommandIntent;
    using remote::CommandKind;
    auto add = [&list](const QString& key, const QString& command, CommandIntent intent, int timeoutMs = 20'000) {
        list << ProbeCommand {key, command, timeoutMs, intent};
    };
    const auto of = CommandIntent::of;
    add(QStringLiteral("id"), QStringLiteral("id -un && id -Gn"), of(CommandKind::UserGroups), 15'000);
    const QString user = pn.node.user;
    if (!user.isEmpty() && user != QLatin1String("root"))
        add(QStringLiteral("sudo"), QStringLiteral("sudo -n true"), of(CommandKind::SudoCheck));
    add(QStringLiteral("date"), QStringLiteral("date +%s.%N"), of(CommandKind::Clock));
    add(QStringLiteral("ip-addr"), QStringLiteral("ip -o -4 addr show"), of(CommandKind::Addresses));

    const bool ascend = pn.node.hardware.vendor == cluster::Vendor::Ascend;
    if (ascend) {
        add(QStringLiteral("npu-smi"), QStringLiteral("npu-smi info"), of(CommandKind::NpuSmi), 30'000);
        // The NPU network matters only when HCCL crosses nodes (RoCE); inside one node it uses HCCS.
        if (plan.multiNode) {
            for (int d : pn.devices) {
                // The fact's key, hccn_tool's query.
                static const std::pair<const char*, const char*> kQueries[]
                    = {{"link", "link"},       {"health", "net_health"},   {"ip", "ip"},
                       {"gateway", "gateway"}, {"netdetect", "netdetect"}, {"lldp", "lldp"}};
                for (const auto& [what, query] : kQueries) {
                    const QString field = QLatin1String(query);
                    add(npuKey(what, d), hccnQueryCommand(d, field), {CommandKind::HccnQuery, d, field, {}, {}});
                }
            }
            add(QStringLiteral("hccn-conf"), QStringLiteral("cat -- %1").arg(shell::quote(pn.hccnConf)),
                CommandIntent::onPath(CommandKind::HccnConf, pn.hccnConf));
        }
        // The CANN toolkit on the host, where its installer records it: ascend-toolkit/latest up to CANN 8.3,
        // cann/ from 8.5 (<arch>-linux either way). A node without one answers nothing; containers bring theirs.
        const QString root = shell::quote(pn.ascendRoot);
        add(QStringLiteral("cann"),
            QStringLiteral("cat -- %1/ascend-toolkit/latest/*-linux/ascend_toolkit_install.info "
                           "%1/cann/*-linux/ascend_toolkit_install.info 2>/dev/null")
                .arg(root),
            of(CommandKind::CannVersion));
    }
    add(QStringLiteral("docker"), QStringLiteral("docker version --format '{{.Server.Version}}'"),
        of(CommandKind::DockerVersion));
    if (plan.containers)
        add(QStringLiteral("containers"), QStringLiteral("docker ps --format '{{.Names}}'"),
            of(CommandKind::Containers));
    if (ascend && plan.containers)
        add(QStringLiteral("docker-runtimes"), dockerRuntimesCommand(), of(CommandKind::DockerRuntimes));
    if (!plan.image.isEmpty())
        // Not on the node: ask the registry, without pulling, whether `docker pull` would find it.
        add(QStringLiteral("image"),
            QStringLiteral("docker image inspect --format '{{.Id}}' %1 || { timeout 20 docker manifest inspect %1 "
                           ">/dev/null 2>&1 && echo '%2' || echo '%3'; exit 1; }")
                .arg(shell::quote(plan.image), QLatin1String(kImagePullableMarker),
                     QLatin1String(kImageNotPullableMarker)),
            CommandIntent::withValue(CommandKind::ImageId, plan.image));
    if (!plan.shmSize.isEmpty())
        add(QStringLiteral("free"), QStringLiteral("free -b"), of(CommandKind::Memory));
    add(QStringLiteral("firewalld"), QStringLiteral("systemctl is-active firewalld"), of(CommandKind::Firewall));
    add(QStringLiteral("ports"), QStringLiteral("ss -ltnpH"), of(CommandKind::TcpListeners));
    if (!pn.swarmUdpPorts.isEmpty())
        add(QStringLiteral("udp-ports"), QStringLiteral("ss -lunpH"), of(CommandKind::UdpListeners));
    // GNU find takes no `--` before its starting points (a word starting with '-' is an expression even
    // after it): the plan's paths are absolute, and anything else is made to start with "./".
    if (!plan.modelPath.isEmpty())
        add(QStringLiteral("model"),
            QStringLiteral("find %1 -type f -printf '%P\\t%s\\n'").arg(shell::quote(startingPoint(plan.modelPath))),
            CommandIntent::onPath(CommandKind::ModelFiles, plan.modelPath), 60'000);
    if (!plan.diskPath.isEmpty())
        add(QStringLiteral("df"), QStringLiteral("df -B1 -- %1").arg(shell::quote(plan.diskPath)),
            CommandIntent::onPath(CommandKind::DiskFree, plan.diskPath));
    return list;
}

} // namespace npufleet::checks
