// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/ClusterChecks.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

#include "core/checks/CheckCatalog.h"
#include "core/checks/HccnParsers.h"
#include "core/checks/HostFactParsers.h"
#include "core/checks/NodeChecks.h"
#include "core/checks/PreflightText.h"
#include "core/cluster/NpuSmiParser.h"

namespace npufleet::checks {

namespace {

constexpr double kMaxSkewSeconds = 2.0;

const NodeFacts* factsOf(const QList<NodeFacts>& facts, const QString& node)
{
    for (const NodeFacts& f : facts) {
        if (f.node == node)
            return &f;
    }
    return nullptr;
}

QString firstLine(const CommandOutput* out)
{
    return out && out->ok() ? QString::fromUtf8(out->standardOutput).section(QLatin1Char('\n'), 0, 0).trimmed()
                            : QString();
}

// Compares one value across nodes against the head's; differing nodes get `severity`.
void compareAcrossNodes(const PreflightPlan& plan,
                        const QHash<QString, QString>& values,
                        const QString& what,
                        Severity severity,
                        QList<CheckResult>* results,
                        QHash<QString, QStringList>* differences)
{
    const QString reference = values.value(plan.nodes.first().node.name);
    if (reference.isEmpty())
        return;
    for (const PlannedNode& pn : plan.nodes) {
        const QString v = values.value(pn.node.name);
        if (v.isEmpty() || v == reference)
            continue;
        (*differences)[pn.node.name] << PreflightText::tr("%1 %2 (head: %3)").arg(what, v, reference);
        results->append(CheckCatalog::make(QStringLiteral("versions"), pn.node.name, severity, {}, {}, {}));
    }
}

} // namespace

QList<CheckResult> evaluateCluster(const PreflightPlan& plan, const QList<NodeFacts>& facts)
{
    QList<CheckResult> results;
    if (plan.nodes.size() < 2)
        return results;

    // Model files: every node must hold the same list with the same sizes. The fullest listing is the reference.
    QHash<QString, QMap<QString, qint64>> listings;
    QString reference;
    for (const PlannedNode& pn : plan.nodes) {
        const NodeFacts* f = factsOf(facts, pn.node.name);
        const CommandOutput* out = f ? f->output(QStringLiteral("model")) : nullptr;
        if (!out || !out->ok())
            continue;
        listings.insert(pn.node.name, parseFileListing(out->standardOutput));
        if (reference.isEmpty() || listings.value(pn.node.name).size() > listings.value(reference).size())
            reference = pn.node.name;
    }
    const auto ref = listings.value(reference);
    for (auto it = listings.cbegin(); it != listings.cend(); ++it) {
        if (it.key() == reference || it.value().isEmpty())
            continue;
        QStringList diffs;
        for (auto f = ref.cbegin(); f != ref.cend(); ++f) {
            if (!it.value().contains(f.key()))
                diffs << PreflightText::tr("missing %1").arg(f.key());
            else if (it.value().value(f.key()) != f.value())
                diffs << PreflightText::tr("%1 is %2 bytes, %3 on %4")
                             .arg(f.key())
                             .arg(it.value().value(f.key()))
                             .arg(f.value())
                             .arg(reference);
        }
        if (diffs.isEmpty())
            continue;
        const int shown = int(std::min<qsizetype>(diffs.size(), 5));
        results << CheckCatalog::make(
            QStringLiteral("model-files"), it.key(), Severity::Error,
            PreflightText::tr("differs from %1: %2%3")
                .arg(reference, diffs.mid(0, shown).join(QStringLiteral("; ")),
                     diffs.size() > shown ? PreflightText::tr(" and %1 more").arg(diffs.size() - shown) : QString()),
            diffs.join(QLatin1Char('\n')),
            PreflightText::tr("Copy the model again from %1 (rsync -a --checksum) or serve it from shared "
                              "storage, so that every node loads the same weights.")
                .arg(reference));
    }

    // Versions: driver (npu-smi), Docker and the image must match, or ranks disagree at start-up.
    QHash<QString, QString> driver, cann, docker, image;
    for (const NodeFacts& f : facts) {
        if (const CommandOutput* out = f.output(QStringLiteral("npu-smi")); out && out->ok()) {
            if (auto report = cluster::parseNpuSmiInfo(out->standardOutput))
                driver.insert(f.node, report->version);
        }
        // cat exits 1 when one of the two places is absent: judge by what it printed.
        if (const CommandOutput* out = f.output(QStringLiteral("cann")); out && out->status == remote::ExecStatus::Ok)
            cann.insert(f.node, cannVersion(out->standardOutput).value_or(QString()));
        docker.insert(f.node, firstLine(f.output(QStringLiteral("docker"))));
        image.insert(f.node, firstLine(f.output(QStringLiteral("image"))));
    }
    QList<CheckResult> versionResults;
    QHash<QString, QStringList> differences;
    compareAcrossNodes(plan, image, PreflightText::tr("image"), Severity::Error, &versionResults, &differences);
    compareAcrossNodes(plan, driver, PreflightText::tr("driver (npu-smi)"), Severity::Warning, &versionResults,
                       &differences);
    // The containers bring their own CANN; the host's still serves host-side tools and bare-metal MindIE.
    compareAcrossNodes(plan, cann, PreflightText::tr("CANN toolkit"), Severity::Warning, &versionResults, &differences);
    compareAcrossNodes(plan, docker, PreflightText::tr("Docker"), Severity::Warning, &versionResults, &differences);
    for (const PlannedNode& pn : plan.nodes) {
        if (!factsOf(facts, pn.node.name) || !factsOf(facts, pn.node.name)->has(QStringLiteral("docker")))
            continue;
        Severity worst = Severity::Pass;
        for (const CheckResult& r : std::as_const(versionResults)) {
            if (r.node == pn.node.name)
                worst = std::max(worst, r.severity);
        }
        const QStringList diff = differences.value(pn.node.name);
        results << CheckCatalog::make(
            QStringLiteral("versions"), pn.node.name, worst,
            diff.isEmpty() ? PreflightText::tr("same as the head") : diff.join(QStringLiteral("; ")),
            diff.join(QLatin1Char('\n')),
            PreflightText::tr(
                "Install the same driver, CANN toolkit, Docker and image on every node (docker pull the same "
                "tag, compare `docker image inspect` ids; the CANN version is in "
                "/usr/local/Ascend/ascend-toolkit/latest/<arch>-linux/ascend_toolkit_install.info)."));
    }

    // Clock: each node's offset from this machine, compared with the head's.
    QHash<QString, double> offsets;
    for (const NodeFacts& f : facts) {
        const CommandOutput* out = f.output(QStringLiteral("date"));
        bool ok = false;
        const double remote = out && out->ok() ? QString::fromUtf8(out->standardOutput).trimmed().toDouble(&ok) : 0;
        if (ok)
            offsets.insert(f.node, remote - double(out->startedMs + out->finishedMs) / 2000.0);
    }
    const QString head = plan.nodes.first().node.name;
    if (offsets.contains(head)) {
        for (const PlannedNode& pn : plan.nodes) {
            if (!offsets.contains(pn.node.name))
                continue;
            const double skew = offsets.value(pn.node.name) - offsets.value(head);
            const QString evidence
                = PreflightText::tr("offset from this computer: %1 s").arg(offsets.value(pn.node.name), 0, 'f', 3);
            results << (std::abs(skew) > kMaxSkewSeconds
                            ? CheckCatalog::make(
                                QStringLiteral("clock"), pn.node.name, Severity::Warning,
                                PreflightText::tr("%1 s off the head").arg(skew, 0, 'f', 1), evidence,
                                PreflightText::tr("Synchronise the clocks (chrony or ntpd against one server): "
                                                  "timeouts and logs across nodes assume the same time."))
                            : CheckCatalog::make(QStringLiteral("clock"), pn.node.name, Severity::Pass,
                                                 PreflightText::tr("within %1 s of the head").arg(kMaxSkewSeconds),
                                                 evidence));
        }
    }
    return results;
}

QString pingStateKey(PingState state)
{
    switch (state) {
    case PingState::Ok:
        return QStringLiteral("ok");
    case PingState::Loss:
        return QStringLiteral("loss");
    case PingState::Failed:
        return QStringLiteral("failed");
    case PingState::NotTested:
        return QStringLiteral("not-tested");
    }
    return {};
}

namespace {

QString pingKey(int fromNpu, const QString& toNode, int toNpu)
{
    return QStringLiteral("ping/%1/%2/%3").arg(fromNpu).arg(toNode).arg(toNpu);
}

} // namespace

QList<const PlannedNode*> pingPeers(const PreflightPlan& plan, const PlannedNode& from)
{
    QList<const PlannedNode*> peers;
    const qsizetype n = plan.nodes.size();
    qsizetype self = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (plan.nodes.at(i).node.name == from.node.name)
            self = i;
    }
    if (self < 0)
        return peers;
    if (n <= kFullMeshPingNodes) {
        for (const PlannedNode& to : plan.nodes) {
            if (&to != &plan.nodes.at(self))
                peers << &to;
        }
        return peers;
    }
    for (const qsizetype step : {qsizetype(1), n / 2}) {
        const PlannedNode* to = &plan.nodes.at((self + step) % n);
        if (!peers.contains(to))
            peers << to;
    }
    return peers;
}

QList<PingCell> pingMatrix(const PreflightPlan& plan, const QList<NodeFacts>& facts)
{
    QList<PingCell> cells;
    if (!plan.multiNode)
        return cells;
    for (const PlannedNode& from : plan.nodes) {
        const NodeFacts* ff = factsOf(facts, from.node.name);
        for (const PlannedNode* peer : pingPeers(plan, from)) {
            const PlannedNode& to = *peer;
            const NodeFacts* tf = factsOf(facts, to.node.name);
            for (int k = 0; k < std::min(from.devices.size(), to.devices.size()); ++k) {
                PingCell cell;
                cell.fromNode = from.node.name;
                cell.fromNpu = from.devices.at(k);
                cell.toNode = to.node.name;
                cell.toNpu = to.devices.at(k);
                cell.address = tf ? reachableNpuAddress(*tf, cell.toNpu) : QString();
                const bool testable
                    = ff && !cell.address.isEmpty() && !reachableNpuAddress(*ff, cell.fromNpu).isEmpty();
                const CommandOutput* out
                    = testable ? ff->output(pingKey(cell.fromNpu, cell.toNode, cell.toNpu)) : nullptr;
                if (out) {
                    cell.evidence = out->evidence();
                    const auto result = hccn::ping(out->standardOutput);
                    if (!result || result->received == 0) {
                        cell.state = PingState::Failed;
                    } else {
                        cell.lossPercent = result->lossPercent;
                        cell.state = result->received < result->transmitted ? PingState::Loss : PingState::Ok;
                    }
                }
                cells << cell;
            }
        }
    }
    return cells;
}

QList<ProbeCommand> pingCommands(const PreflightPlan& plan, const PlannedNode& from, const QList<NodeFacts>& facts)
{
    QList<ProbeCommand> list;
    const NodeFacts* ff = factsOf(facts, from.node.name);
    if (!plan.multiNode || !ff)
        return list;
    for (const PlannedNode* peer : pingPeers(plan, from)) {
        const PlannedNode& to = *peer;
        const NodeFacts* tf = factsOf(facts, to.node.name);
        if (!tf)
            continue;
        for (int k = 0; k < std::min(from.devices.size(), to.devices.size()); ++k) {
            const int src = from.devices.at(k), dst = to.devices.at(k);
            const QString address = reachableNpuAddress(*tf, dst);
            if (address.isEmpty() || reachableNpuAddress(*ff, src).isEmpty())
                continue;
            const QString ping = QStringLiteral("ping");
            list << ProbeCommand {pingKey(src, to.node.name, dst),
                                  hccnQueryCommand(src, ping, address),
                                  30'000,
                                  {remote::CommandKind::HccnQuery, src, ping, {}, address}};
        }
    }
    return list;
}

QList<CheckResult> evaluatePings(const PreflightPlan& plan, const QList<PingCell>& matrix)
{
    QList<CheckResult> results;
    for (const PlannedNode& pn : plan.nodes) {
        QStringList failed, lossy, evidence;
        int tested = 0;
        for (const PingCell& c : matrix) {
            if (c.fromNode != pn.node.name || c.state == PingState::NotTested)
                continue;
            ++tested;
            const QString pair
                = PreflightText::tr("NPU %1 → %2 NPU %3 (%4)").arg(c.fromNpu).arg(c.toNode).arg(c.toNpu).arg(c.address);
            evidence << QStringLiteral("%1: %2").arg(pair, c.evidence);
            if (c.state == PingState::Failed)
                failed << pair;
            else if (c.state == PingState::Loss)
                lossy << pair;
        }
        if (tested == 0)
            continue;
        const QString fix
            = PreflightText::tr("Check that both NPUs are on the same network (subnet, or gateways set), that the "
                                "switch ports are in the same VLAN, and that TLS settings match "
                                "(`hccn_tool -i N -tls -g`).");
        if (!failed.isEmpty())
            results << CheckCatalog::make(QStringLiteral("npu-ping"), pn.node.name, Severity::Error,
                                          PreflightText::tr("no reply: %1").arg(failed.join(QStringLiteral("; "))),
                                          evidence.join(QLatin1Char('\n')), fix);
        else if (!lossy.isEmpty())
            results << CheckCatalog::make(QStringLiteral("npu-ping"), pn.node.name, Severity::Warning,
                                          PreflightText::tr("packet loss: %1").arg(lossy.join(QStringLiteral("; "))),
                                          evidence.join(QLatin1Char('\n')), fix);
        else
            results << CheckCatalog::make(QStringLiteral("npu-ping"), pn.node.name, Severity::Pass,
                                          PreflightText::tr("%n peer NPU(s) answer", nullptr, tested),
                                          evidence.join(QLatin1Char('\n')));
    }
    return results;
}

QList<CheckResult> mergeResults(const PreflightPlan& plan, const QList<CheckResult>& results)
{
    QHash<QString, CheckResult> best; // "id\nnode"
    for (const CheckResult& r : results) {
        const QString key = r.id + QLatin1Char('\n') + r.node;
        auto it = best.find(key);
        if (it == best.end())
            best.insert(key, r);
        else if (r.severity > it->severity) {
            CheckResult merged = r;
            merged.facts.insert(it->facts); // keep what the per-node check learned
            *it = merged;
        }
    }
    QList<CheckResult> ordered;
    QStringList nodes {QString()};
    for (const PlannedNode& pn : plan.nodes)
        nodes << pn.node.name;
    for (const QString& id : CheckCatalog::ids()) {
        for (const QString& node : std::as_const(nodes)) {
            const auto it = best.constFind(id + QLatin1Char('\n') + node);
            if (it != best.constEnd())
                ordered << it.value();
        }
    }
    return ordered;
}

} // namespace npufleet::checks
