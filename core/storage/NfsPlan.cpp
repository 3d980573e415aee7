// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NfsPlan.h"

#include <optional>

#include "core/project/ProjectValues.h"
#include "core/storage/MarkedBlock.h"
#include "core/util/ShellQuote.h"

namespace npufleet::storage {

namespace {
constexpr int kInstallTimeoutMs = 600'000;
constexpr int kMountTimeoutMs = 120'000;

std::optional<quint32> ipv4(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString& p : parts) {
        bool ok = false;
        const int octet = p.toInt(&ok);
        if (!ok || octet < 0 || octet > 255)
            return std::nullopt;
        value = (value << 8) | quint32(octet);
    }
    return value;
}

NfsStep command(const QString& id, const QString& title, const QString& cmd, int timeoutMs = 60'000)
{
    NfsStep s;
    s.id = id;
    s.title = title;
    s.command = cmd;
    s.intent = remote::CommandIntent::of(remote::CommandKind::StorageSetup);
    s.timeoutMs = timeoutMs;
    return s;
}

NfsStep configStep(const QString& id, const QString& title, StepKind kind, const ConfigEdit& edit)
{
    NfsStep s;
    s.id = id;
    s.title = title;
    s.kind = kind;
    s.edit = edit;
    return s;
}

Error invalid(const QString& message, const QString& hint = {})
{
    Error e;
    e.message = message;
    e.hint = hint;
    return e;
}
} // namespace

QList<const NfsNodePlan*> NfsPlan::nodes() const
{
    QList<const NfsNodePlan*> list {&server};
    for (const NfsNodePlan& c : clients)
        list << &c;
    return list;
}

const NfsNodePlan* NfsPlan::node(const QString& name) const
{
    for (const NfsNodePlan* n : nodes()) {
        if (n->node.name == name)
            return n;
    }
    return nullptr;
}

QString NfsPlan::serverPath(const QString& clientPath) const
{
    const QString mount = ConfigEditor::normalizePath(storage.mountPoint);
    const QString path = ConfigEditor::normalizePath(clientPath);
    if (path == mount)
        return storage.exportPath;
    if (path.startsWith(mount + QLatin1Char('/')))
        return ConfigEditor::normalizePath(storage.exportPath) + path.mid(mount.size());
    return {};
}

QString NfsPlanner::networkFor(const QStringList& addresses, int prefixHint)
{
    QList<quint32> values;
    for (const QString& a : addresses) {
        if (const std::optional<quint32> v = ipv4(a))
            values << *v;
    }
    if (values.isEmpty())
        return {};
    int prefix = qBound(0, prefixHint, 32);
    for (quint32 v : values) {
        while (prefix > 0 && (v >> (32 - prefix)) != (values.first() >> (32 - prefix)))
            --prefix;
    }
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    const quint32 net = values.first() & mask;
    return QStringLiteral("%1.%2.%3.%4/%5")
        .arg(net >> 24)
        .arg((net >> 16) & 0xff)
        .arg((net >> 8) & 0xff)
        .arg(net & 0xff)
        .arg(prefix);
}

QStringList NfsPlanner::effectiveClients(const project::SharedStorage& storage, const QList<cluster::Node>& nodes)
{
    if (!storage.clients.isEmpty())
        return storage.clients;
    QStringList names;
    for (const cluster::Node& n : nodes) {
        if (n.name != storage.serverNode)
            names << n.name;
    }
    return names;
}

QString NfsPlanner::suggestedNetwork(const project::SharedStorage& storage, const QList<cluster::Node>& nodes)
{
    QStringList addresses;
    int prefix = 32;
    bool anyPrefix = false;
    const QStringList members = QStringList {storage.serverNode} + effectiveClients(storage, nodes);
    for (const cluster::Node& n : nodes) {
        if (!members.contains(n.name))
            continue;
        const QString address = n.clusterAddress();
        addresses << address;
        for (const cluster::NetworkInterface& nic : n.interfaces) {
            if (nic.address == address && nic.prefixLength > 0) {
                prefix = qMin(prefix, nic.prefixLength);
                anyPrefix = true;
            }
        }
    }
    return networkFor(addresses, anyPrefix ? prefix : 24);
}

Result<NfsPlan> NfsPlanner::plan(const project::ProjectData& project, const NfsPlanOptions& options)
{
    if (!project.storage.isConfigured())
        return invalid(tr("the project has no shared storage"),
                       tr("run the NFS wizard, or add a 'storage:' section naming the server node"));
    return plan(project.storage, project.nodes, options);
}

Result<NfsPlan> NfsPlanner::plan(const project::SharedStorage& storage,
                                 const QList<cluster::Node>& nodes,
                                 const NfsPlanOptions& options)
{
    NfsPlan plan;
    plan.storage = storage;
    plan.etcRoot = ConfigEditor::normalizePath(options.etcRoot);
    const auto findNode = [&nodes](const QString& name) -> const cluster::Node* {
        for (const cluster::Node& n : nodes) {
            if (n.name == name)
                return &n;
        }
        return nullptr;
    };
    const cluster::Node* server = findNode(storage.serverNode);
    if (!server)
        return invalid(tr("the storage server '%1' is not a node of the project").arg(storage.serverNode));
    // Every value that fills a line of /etc/exports or /etc/fstab, or a command, passes the value gate.
    if (auto ok = project::checkStorageValues(storage); !ok)
        return ok.error();
    if (auto ok = project::checkNodeValues(*server); !ok)
        return ok.error();
    plan.storage.clients = effectiveClients(storage, nodes);
    if (plan.storage.network.isEmpty())
        plan.storage.network = suggestedNetwork(plan.storage, nodes);
    if (plan.storage.network.isEmpty())
        return invalid(tr("no network to export to"), tr("enter the network the clients are in, e.g. 10.0.0.0/24"));
    plan.serverAddress = server->clusterAddress();

    const auto familyOf = [&options](const cluster::Node& n) {
        if (options.detected.contains(n.name))
            return options.detected.value(n.name);
        return osFamilyFromName(n.hardware.os);
    };
    const auto sudoFor = [&options](const cluster::Node& n) {
        if (options.sudo != NfsPlanOptions::Sudo::Auto)
            return options.sudo == NfsPlanOptions::Sudo::Always;
        return !n.user.isEmpty() && n.user != QLatin1String("root");
    };
    // The server.
    plan.server.node = *server;
    plan.server.role = NfsRole::Server;
    plan.server.family = familyOf(*server);
    plan.server.sudo = sudoFor(*server);
    const NfsPackages packages = nfsPackages(plan.server.family);
    QStringList folders {storage.exportPath};
    if (!storage.cacheDir.isEmpty()) {
        const QString onServer = plan.serverPath(storage.cacheDir);
        if (onServer.isEmpty())
            plan.warnings << tr("the cache folder %1 is not under the mount point %2, so it is not shared")
                                 .arg(storage.cacheDir, storage.mountPoint);
        else
            folders << onServer;
    }
    ConfigEdit exports;
    exports.file = ConfigFile::Exports;
    exports.path = plan.etcRoot + QStringLiteral("/exports");
    exports.exportEntry = {storage.exportPath, plan.storage.network, storage.exportOptions};
    NfsNodePlan& s = plan.server;
    s.apply << command(QStringLiteral("install"), tr("Install the NFS server (%1)").arg(packages.serverPackage),
                       installCommand(s.family, QStringLiteral("nfs-utils"), QStringLiteral("nfs-kernel-server")),
                       kInstallTimeoutMs);
    s.apply << command(QStringLiteral("folder"), tr("Create the export folder"),
                       QStringLiteral("mkdir -p -- %1").arg(shell::join(folders)));
    s.apply << configStep(QStringLiteral("exports"), tr("Export the folder in %1").arg(exports.path),
                          StepKind::EditConfig, exports);
    if (s.family != OsFamily::Debian) {
        s.apply << command(QStringLiteral("firewall"), tr("Open NFS in firewalld when it runs"),
                           QStringLiteral("if systemctl is-active --quiet firewalld; then firewall-cmd --permanent "
                                          "--add-service=nfs --add-service=mountd --add-service=rpc-bind && "
                                          "firewall-cmd --reload; fi"));
    }
    s.apply << command(QStringLiteral("service"),
                       tr("Enable and start the NFS server (%1)").arg(packages.serverService),
                       QStringLiteral("systemctl enable --now rpcbind %1").arg(shell::quote(packages.serverUnit)));
    s.apply << command(QStringLiteral("exportfs"), tr("Reload the export table"), QStringLiteral("exportfs -ra"));
    s.undo << configStep(QStringLiteral("exports"), tr("Remove the marked block from %1").arg(exports.path),
                         StepKind::RevertConfig, exports);
    s.undo << command(QStringLiteral("exportfs"), tr("Reload the export table (the service and the folder stay)"),
                      QStringLiteral("exportfs -ra"));

    // The clients.
    const QString device = plan.serverAddress + QLatin1Char(':') + storage.exportPath;
    const QString mp = shell::quote(storage.mountPoint);
    for (const QString& name : plan.storage.clients) {
        const cluster::Node* node = findNode(name);
        if (!node)
            return invalid(tr("the storage client '%1' is not a node of the project").arg(name));
        if (name == server->name)
            return invalid(tr("the server %1 cannot also be a client").arg(name));
        if (auto ok = project::checkNodeValues(*node); !ok)
            return ok.error();
        NfsNodePlan c;
        c.node = *node;
        c.role = NfsRole::Client;
        c.family = familyOf(*node);
        c.sudo = sudoFor(*node);
        ConfigEdit fstab;
        fstab.file = ConfigFile::Fstab;
        fstab.path = plan.etcRoot + QStringLiteral("/fstab");
        fstab.mountEntry.server = plan.serverAddress;
        fstab.mountEntry.serverAliases = QStringList {server->name, server->host};
        fstab.mountEntry.exportPath = storage.exportPath;
        fstab.mountEntry.mountPoint = storage.mountPoint;
        fstab.mountEntry.options = storage.mountOptions;
        c.apply << command(
            QStringLiteral("install"), tr("Install the NFS client (%1)").arg(nfsPackages(c.family).clientPackage),
            installCommand(c.family, QStringLiteral("nfs-utils"), QStringLiteral("nfs-common")), kInstallTimeoutMs);
        c.apply << command(QStringLiteral("folder"), tr("Create the mount point"),
                           QStringLiteral("mkdir -p -- %1").arg(mp));
        // Before the fstab edit, so that a failed unmount leaves the old entry and the next run retries it.
        NfsStep remount = configStep(QStringLiteral("remount"), tr("Unmount first if the mount settings changed"),
                                     StepKind::UnmountIfChanged, fstab);
        remount.timeoutMs = kMountTimeoutMs;
        c.apply << remount;
        c.apply << configStep(QStringLiteral("fstab"), tr("Mount at boot: %1").arg(fstab.path), StepKind::EditConfig,
                              fstab);
        c.apply << command(QStringLiteral("mount"), tr("Mount the share now"),
                           QStringLiteral("mountpoint -q -- %1 || mount -t nfs -o %2 -- %3 %1")
                               .arg(mp, shell::quote(storage.mountOptions), shell::quote(device)),
                           kMountTimeoutMs);
        c.undo << command(QStringLiteral("unmount"), tr("Unmount the share"), unmountCommand(storage.mountPoint),
                          kMountTimeoutMs);
        c.undo << configStep(QStringLiteral("fstab"), tr("Remove the marked block from %1").arg(fstab.path),
                             StepKind::RevertConfig, fstab);
        plan.clients << c;
    }

    const QStringList mountOptions = ConfigEditor::optionSet(storage.mountOptions);
    if (mountOptions.contains(QLatin1String("intr")))
        plan.warnings << tr(
            "'intr' is ignored by Linux since 2.6.25: a hard mount can always be interrupted by SIGKILL");
    if (mountOptions.contains(QLatin1String("soft")))
        plan.warnings << tr("'soft' mounts can lose writes when the server is slow; 'hard' is safer for model folders");
    const project::SharedStorage& before = options.applied;
    if (before.isConfigured() && before.serverNode == storage.serverNode) {
        QString change;
        if (ConfigEditor::optionSet(before.mountOptions) != mountOptions)
            change = tr("mount options %1 -> %2").arg(before.mountOptions, storage.mountOptions);
        else if (ConfigEditor::normalizePath(before.exportPath) != ConfigEditor::normalizePath(storage.exportPath)
                 || ConfigEditor::normalizePath(before.mountPoint) != ConfigEditor::normalizePath(storage.mountPoint))
            change = tr("export %1 -> %2, mount point %3 -> %4")
                         .arg(before.exportPath, storage.exportPath, before.mountPoint, storage.mountPoint);
        if (!change.isEmpty())
            plan.warnings << tr("the mount settings changed since the last apply (%1): clients that have the share "
                                "mounted unmount it and mount it again; stop what uses it first, as umount fails "
                                "while files are open")
                                 .arg(change);
    }
    if (ConfigEditor::normalizePath(storage.exportPath) != ConfigEditor::normalizePath(storage.mountPoint))
        plan.warnings << tr("the server sees the share at %1, the clients at %2: recipes on the server use %1")
                             .arg(storage.exportPath, storage.mountPoint);
    return plan;
}

QString NfsPlanner::describe(const NfsStep& step)
{
    QStringList out;
    out << step.title;
    switch (step.kind) {
    case StepKind::Command:
        out << QStringLiteral("   $ ") + step.command;
        break;
    case StepKind::EditConfig:
        out << QStringLiteral("   ")
                + tr("edit %1: back it up to %1.npufleet-backup-<time>, then keep exactly one marked block "
                     "(an equivalent hand-written line is reused instead):")
                      .arg(step.edit.path);
        out << QStringLiteral("     ") + QString::fromUtf8(MarkedBlock::beginMarker());
        for (const QByteArray& line : step.edit.body())
            out << QStringLiteral("     ") + QString::fromUtf8(line);
        out << QStringLiteral("     ") + QString::fromUtf8(MarkedBlock::endMarker());
        break;
    case StepKind::UnmountIfChanged:
        // NFS keeps vers=, proto= and the server of a live mount (`mount -o remount` does not change
        // them), so new settings need an unmount and a fresh mount.
        out << QStringLiteral("   ")
                + tr("read %1: when its marked block mounts the share with other settings than the line below "
                     "(changed options such as vers=, another server or mount point), unmount that mount point "
                     "so that the mount step mounts it again with the new settings; otherwise do nothing:")
                      .arg(step.edit.path);
        out << QStringLiteral("     ") + QString::fromUtf8(step.edit.mountEntry.line());
        out << QStringLiteral("   $ ") + unmountCommand(step.edit.mountEntry.mountPoint) + QStringLiteral("   ")
                + tr("# or the mount point that the old line names");
        break;
    case StepKind::RevertConfig:
        out << QStringLiteral("   ")
                + tr("edit %1: back it up, then remove the lines from \"%2\" to \"%3\"; other lines stay as they are")
                      .arg(step.edit.path, QString::fromUtf8(MarkedBlock::beginMarker()),
                           QString::fromUtf8(MarkedBlock::endMarker()));
        break;
    }
    return out.join(QLatin1Char('\n'));
}

QString NfsPlanner::unmountCommand(const QString& mountPoint)
{
    return QStringLiteral("! mountpoint -q -- %1 || umount -- %1").arg(shell::quote(mountPoint));
}

QString NfsPlanner::describe(const NfsNodePlan& node, bool undo)
{
    QStringList out;
    out << tr("%1 (%2) - %3, %4%5")
               .arg(node.node.name, node.node.clusterAddress(),
                    node.role == NfsRole::Server ? tr("NFS server") : tr("NFS client"), osFamilyName(node.family),
                    node.sudo ? tr(", commands run with sudo") : QString());
    int i = 0;
    for (const NfsStep& step : undo ? node.undo : node.apply)
        out << QString() << QStringLiteral("%1. ").arg(++i) + describe(step);
    return out.join(QLatin1Char('\n'));
}

} // namespace npufleet::storage
