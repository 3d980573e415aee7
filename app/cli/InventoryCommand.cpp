// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <atomic>

#include "core/cluster/InventoryJson.h"
#include "core/cluster/InventoryTable.h"
#include "core/cluster/NpuSmiParser.h"
#include "core/remote/InventoryProbe.h"
#include "core/remote/SshTargets.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliTargets.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

const QString kVerb = QStringLiteral("inventory");

// One node named after the file, its accelerators as the saved `npu-smi info` output shows them.
int inventoryFromFile(const QString& path, QList<cluster::Node>* nodes)
{
    const Result<QByteArray> bytes
        = util::readLimited(path, limits::kToolOutputFileBytes, CliText::tr("the npu-smi output"));
    if (!bytes)
        return inputError(bytes.error().toString());
    auto report = cluster::parseNpuSmiInfo(*bytes);
    if (!report) {
        Error error = report.error();
        error.file = path;
        return inputError(error.toString());
    }
    for (const QString& warning : report->warnings)
        err() << path << QStringLiteral(": ") << CliText::tr("warning: ") << shown(warning) << Qt::endl;
    cluster::Node node;
    node.name = QFileInfo(path).completeBaseName();
    node.live.status = cluster::NodeStatus::Connected;
    node.live.accelerators = report->accelerators;
    node.live.warnings = report->warnings;
    nodes->append(node);
    return 0;
}

// Asks every node at once; a node that fails gets its status and message, the others go on.
// Returns 1 when some node could not be asked, 2 on bad input, else 0.
int inventoryLive(const remote::RemoteTargetSpec& spec, QList<cluster::Node>* nodes)
{
    const auto targets = resolveTargets(spec);
    if (!targets)
        return 2;
    *nodes = targets->nodes;
    std::atomic_bool cancel {false};
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, int(nodes->size())));
    for (cluster::Node& node : *nodes) {
        pool.start([&node, &cancel, transport = targets->transport] {
            node.live = remote::probeNode(*transport, node, cancel);
        });
    }
    pool.waitForDone();
    int code = 0;
    for (const cluster::Node& node : std::as_const(*nodes)) {
        const bool reached
            = node.live.status == cluster::NodeStatus::Connected || node.live.status == cluster::NodeStatus::Simulated;
        // A node reached whose accelerators could not be read (output not understood, too large) fails too.
        if (!reached || !node.live.message.isEmpty())
            code = 1;
        QString message = node.live.message;
        if (node.live.status == cluster::NodeStatus::HostKeyUnverified && targets->ssh) {
            const auto key = targets->ssh->unverifiedHostKey(node);
            if (key && !key->changed)
                message += CliText::tr("; check the fingerprint %1, then rerun with --accept-new-host-keys")
                               .arg(key->fingerprint);
        }
        if (!message.isEmpty())
            err() << node.name << QStringLiteral(": ") << shown(message) << Qt::endl;
        for (const QString& warning : node.live.warnings)
            err() << node.name << QStringLiteral(": ") << CliText::tr("warning: ") << shown(warning) << Qt::endl;
    }
    return code;
}

} // namespace

int runInventory(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption parseOption(
        QStringLiteral("parse-npu-smi"),
        CliText::tr("Parse a saved `npu-smi info` output instead of asking the nodes."), CliText::tr("FILE"));
    const QCommandLineOption projectOption(QStringLiteral("project"), CliText::tr("Ask the nodes of this project."),
                                           CliText::tr("P.yaml"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"),
                                         CliText::tr("Ask these hosts: [user@]host[:port],..."), CliText::tr("LIST"));
    const QCommandLineOption identityOption(QStringLiteral("identity"), CliText::tr("SSH private key for --hosts."),
                                            CliText::tr("FILE"));
    const QCommandLineOption knownHostsOption(QStringLiteral("known-hosts"),
                                              CliText::tr("Known-hosts file for --hosts."), CliText::tr("FILE"));
    const QCommandLineOption acceptOption(QStringLiteral("accept-new-host-keys"),
                                          CliText::tr("Trust host keys seen for the first time."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CliText::tr("Output format: table (default) or json."), CliText::tr("FORMAT"),
                                          QStringLiteral("table"));
    parser.addOptions({parseOption, projectOption, hostsOption, identityOption, knownHostsOption, acceptOption,
                       formatOption, rawOption(), maxHandshakesOption()});
    if (const int code = parseArguments(parser, kVerb, CliText::tr("List the accelerators of nodes."), args); code >= 0)
        return code;
    setRawOutput(parser.isSet(QStringLiteral("raw")));

    if (const int code = checkTableOrJson(parser, formatOption, kVerb); code >= 0)
        return code;

    const bool live = parser.isSet(projectOption) || parser.isSet(hostsOption);
    if (parser.isSet(parseOption) && live)
        return usageError(kVerb, CliText::tr("--parse-npu-smi cannot be combined with --project or --hosts"));

    if (parser.isSet(projectOption) && parser.isSet(hostsOption))
        return usageError(kVerb, CliText::tr("give either --project P.yaml or --hosts LIST, not both"));

    QList<cluster::Node> nodes;
    int code = 0;
    if (parser.isSet(parseOption)) {
        if (const int fileCode = inventoryFromFile(parser.value(parseOption), &nodes); fileCode != 0)
            return fileCode;
    } else if (live) {
        remote::RemoteTargetSpec spec;
        spec.project = parser.value(projectOption);
        spec.hosts = parser.value(hostsOption);
        spec.ssh.identityFile = parser.value(identityOption);
        spec.ssh.knownHostsFile = parser.value(knownHostsOption);
        spec.ssh.acceptNewHostKeys = parser.isSet(acceptOption);
        if (!readMaxHandshakes(parser, kVerb, &spec.ssh))
            return 2;
        code = inventoryLive(spec, &nodes);
        if (code == 2)
            return code;
    } else {
        return usageError(kVerb, CliText::tr("give --parse-npu-smi FILE, --project P.yaml or --hosts LIST"));
    }

    if (parser.value(formatOption) == QLatin1String("json"))
        out() << shown(cluster::renderInventoryJson(nodes));
    else
        out() << shown(cluster::renderInventoryTable(nodes));
    out().flush();
    return code;
}

} // namespace npufleet::cli
