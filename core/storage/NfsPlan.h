// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/cluster/Node.h"
#include "core/project/ProjectData.h"
#include "core/remote/CommandIntent.h"
#include "core/storage/ConfigEntries.h"
#include "core/storage/OsFamily.h"
#include "core/util/Result.h"

namespace npufleet::storage {

enum class StepKind {
    Command, // a shell command; idempotent by construction
    EditConfig, // put the entry in the file's marked block (backup first)
    RevertConfig, // take the marked block out of the file (backup first)
    UnmountIfChanged, // read the fstab: unmount when its marked entry has other settings than `edit`
};

struct NfsStep
{
    QString id; // install, mkdir, exports, service, exportfs, fstab, mount, …
    QString title; // what it does, in words
    StepKind kind = StepKind::Command;
    QString command; // Command steps
    remote::CommandIntent intent {}; // what the command does, for the simulator
    ConfigEdit edit; // EditConfig / RevertConfig steps
    int timeoutMs = 60'000;
};

enum class NfsRole { Server, Client };

struct NfsNodePlan
{
    cluster::Node node;
    NfsRole role = NfsRole::Client;
    OsFamily family = OsFamily::Unknown;
    bool sudo = false; // wrap commands in `sudo -n` (the login user is not root)
    QList<NfsStep> apply;
    QList<NfsStep> undo;
};

struct NfsPlanOptions
{
    QString etcRoot = QStringLiteral("/etc"); // tests point it at a sandbox
    QHash<QString, OsFamily> detected; // node name -> family read from its /etc/os-release
    enum class Sudo { Auto, Never, Always } sudo = Sudo::Auto;
    project::SharedStorage applied; // what the project recorded last time: a change of it is explained
};

// Everything the wizard, the runner and the exported scripts do, per node, in order.
struct NfsPlan
{
    project::SharedStorage storage; // with network and clients filled in
    QString serverAddress; // the address clients mount from
    QString etcRoot;
    NfsNodePlan server;
    QList<NfsNodePlan> clients;
    QStringList warnings;

    QList<const NfsNodePlan*> nodes() const; // server first
    const NfsNodePlan* node(const QString& name) const;
    QString serverPath(const QString& clientPath) const; // a path under the mount point, as the server sees it
};

class NfsPlanner
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::storage::NfsPlanner)

public:
    static Result<NfsPlan> plan(const project::ProjectData& project, const NfsPlanOptions& options = {});
    static Result<NfsPlan>
    plan(const project::SharedStorage& storage, const QList<cluster::Node>& nodes, const NfsPlanOptions& options = {});

    // The network that covers the given IPv4 addresses, at most as wide as prefixHint: 172.16.33.0/24.
    static QString networkFor(const QStringList& addresses, int prefixHint = 24);
    // The network for the storage's server and clients, from their addresses and interface prefixes.
    static QString suggestedNetwork(const project::SharedStorage& storage, const QList<cluster::Node>& nodes);
    // Clients when the storage names none: every node but the server.
    static QStringList effectiveClients(const project::SharedStorage& storage, const QList<cluster::Node>& nodes);

    // The preview: exact commands and file edits of one node, as text.
    static QString describe(const NfsNodePlan& node, bool undo = false);
    static QString describe(const NfsStep& step);
    // Unmounts the mount point when something is mounted there; succeeds when nothing is.
    static QString unmountCommand(const QString& mountPoint);
};

} // namespace npufleet::storage
