// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MindIE across nodes: the rank table (hccl.json) carries each NPU's address as hccn_tool reports it, the
// per-node config.json changes and environment follow, a missing or placeholder address is refused naming node
// and NPU, and pre-flight compares the rank table's addresses with the live hccn_tool answers.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "core/checks/HccnParsers.h"
#include "core/checks/NodeChecks.h"
#include "core/exporting/Exporter.h"
#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"
#include "core/recipes/Recipes.h"
#include "core/sim/SimulatedTransport.h"

#include "Fixtures.h"

using namespace npufleet;

namespace {

const QString kMindie = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.0.RC1-800I-A2");

// demo:deepseek-2node with its deployment on MindIE: one model over both nodes' 16 NPUs.
project::ProjectData mindieDemo()
{
    auto p = project::openProjectSpec(QStringLiteral("demo:deepseek-2node"));
    if (!p)
        return {};
    project::Deployment& d = p->deployments.first();
    d.engine = project::Engine::MindIE;
    d.image = kMindie;
    d.layout = {16, 1, 1, false};
    d.serving.additionalConfig.clear();
    d.serving.extraArgs.clear();
    return *p;
}

QByteArray fileOf(const QList<exporting::ExportedFile>& files, const QString& name)
{
    for (const exporting::ExportedFile& f : files) {
        if (f.name == name)
            return f.content;
    }
    return {};
}

// What the demo node answers to `hccn_tool -i N -ip -g` (its recorded output, through the simulator).
QByteArray hccnIp(sim::SimulatedTransport& sim, const cluster::Node& node, int npu, int* status)
{
    remote::ExecRequest request;
    request.command = QStringLiteral("hccn_tool -i %1 -ip -g").arg(npu);
    request.intent = {remote::CommandKind::HccnQuery, npu, QStringLiteral("ip"), {}, {}};
    const std::atomic_bool cancel {false};
    const remote::ExecResult r = sim.execute(node, request, cancel);
    *status = r.exitStatus;
    return r.standardOutput;
}

QByteArray fixture(const QString& relative)
{
    return test::fixtureBody(relative);
}

} // namespace

class TestMindieMultiNode : public QObject
{
    Q_OBJECT

private slots:
    void rankTableCarriesTheRecordedHccnAddresses();
    void perNodeSettingsAndEnvironment();
    void brokenHccnOutputIsRefusedNamingNodeAndNpu();
    void placeholderAddressIsRefused();
    void addressesAreReadAndWritten();
    void preflightComparesTheRankTableWithHccnTool();
};

void TestMindieMultiNode::rankTableCarriesTheRecordedHccnAddresses()
{
    const project::ProjectData p = mindieDemo();
    const auto plan = recipes::makeLaunchPlan(p, p.deployments.first().name);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const auto files = exporting::Exporter::render(*plan, project::ExportFormat::Shell);
    QVERIFY(files);
    const QJsonObject table = QJsonDocument::fromJson(fileOf(*files, QStringLiteral("hccl.json"))).object();
    QCOMPARE(table.value(QLatin1String("server_count")).toString(), QStringLiteral("2"));
    QCOMPARE(table.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    // The demo's nodes answer hccn_tool from the recorded outputs (resources/demo/sim/hccn-ip.txt).
    sim::SimulatedTransport sim(project::demoSimulationFolder());
    QList<int> ranks;
    int compared = 0;
    for (const QJsonValue& s : table.value(QLatin1String("server_list")).toArray()) {
        const QJsonObject server = s.toObject();
        const cluster::Node* node = nullptr;
        for (const cluster::Node& n : p.nodes) {
            if (n.clusterAddress() == server.value(QLatin1String("server_id")).toString())
                node = &n;
        }
        QVERIFY(node);
        for (const QJsonValue& dv : server.value(QLatin1String("device")).toArray()) {
            const QJsonObject device = dv.toObject();
            const int npu = device.value(QLatin1String("device_id")).toString().toInt();
            int status = -1;
            const QByteArray out = hccnIp(sim, *node, npu, &status);
            QCOMPARE(status, 0);
            const auto live = checks::hccn::ipConfig(out);
            QVERIFY(live);
            QCOMPARE(device.value(QLatin1String("device_ip")).toString(), live->address);
            ranks << device.value(QLatin1String("rank_id")).toString().toInt();
            ++compared;
        }
    }
    QCOMPARE(compared, 16);
    std::sort(ranks.begin(), ranks.end());
    for (int i = 0; i < ranks.size(); ++i)
        QCOMPARE(ranks.at(i), i);
    // The master (rank 0) is the serving node.
    QCOMPARE(table.value(QLatin1String("server_list")).toArray().first().toObject().value(QLatin1String("server_id")),
             QJsonValue(QStringLiteral("10.226.72.51")));
}

void TestMindieMultiNode::perNodeSettingsAndEnvironment()
{
    const project::ProjectData p = mindieDemo();
    const auto plan = recipes::makeLaunchPlan(p, p.deployments.first().name);
    QVERIFY(plan);
    QStringList startOrder;
    for (const recipes::Step& s : plan->orderedStartSteps()) {
        if (s.container)
            startOrder << s.node;
    }
    QCOMPARE(startOrder, QStringList({QStringLiteral("ds-node0"), QStringLiteral("ds-node1")}));
    for (const cluster::Node& n : p.nodes) {
        const recipes::ContainerSpec c = plan->containers(n.name).first();
        QCOMPARE(c.environmentValue(QStringLiteral("RANKTABLEFILE")), QStringLiteral("/npufleet/hccl.json"));
        QCOMPARE(c.environmentValue(QStringLiteral("MIES_CONTAINER_IP")), n.clusterAddress());
        QByteArray settings;
        for (const recipes::PlannedFile& f : plan->files) {
            if (f.node == n.name && f.name == QLatin1String("mindie-settings.json"))
                settings = f.content;
        }
        const QJsonObject root = QJsonDocument::fromJson(settings).object();
        const QJsonObject backend = root.value(QLatin1String("BackendConfig")).toObject();
        QVERIFY(backend.value(QLatin1String("multiNodesInferEnabled")).toBool());
        QCOMPARE(backend.value(QLatin1String("npuDeviceIds")).toArray(),
                 QJsonArray({QJsonArray({0, 1, 2, 3, 4, 5, 6, 7})}));
        QCOMPARE(backend.value(QLatin1String("ModelDeployConfig"))
                     .toObject()
                     .value(QLatin1String("ModelConfig"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("worldSize"))
                     .toInt(),
                 8);
        QCOMPARE(root.value(QLatin1String("ServerConfig")).toObject().value(QLatin1String("ipAddress")).toString(),
                 n.clusterAddress());
    }
}

void TestMindieMultiNode::brokenHccnOutputIsRefusedNamingNodeAndNpu()
{
    project::ProjectData p = mindieDemo();
    // NPU 3 of ds-node1 answered "no ip was preset there" (a real hccn_tool output): nothing to record.
    const auto broken = checks::hccn::ipConfig(fixture(QStringLiteral("hccn/ip-3-fail-no-ip.txt")));
    QVERIFY(!broken);
    cluster::Node& node = p.nodes[p.nodeIndex(QStringLiteral("ds-node1"))];
    node.npuAddresses.remove(3);
    const auto plan = recipes::makeLaunchPlan(p, p.deployments.first().name);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(QLatin1String("ds-node1")), qPrintable(plan.error().toString()));
    QVERIFY2(plan.error().message.contains(QLatin1String("NPU 3")), qPrintable(plan.error().toString()));
    QCOMPARE(plan.error().node, QStringLiteral("ds-node1"));
    QVERIFY(plan.error().hint.contains(QLatin1String("hccn_tool -i 3 -ip -g")));
}

void TestMindieMultiNode::placeholderAddressIsRefused()
{
    project::ProjectData p = mindieDemo();
    // What GPUStack wrote into its rank tables when it could not read an address (gpustack#2551).
    p.nodes[0].npuAddresses.insert(6, QStringLiteral("-.-.-.-"));
    const auto plan = recipes::makeLaunchPlan(p, p.deployments.first().name);
    QVERIFY(!plan);
    QVERIFY(plan.error().message.contains(QLatin1String("ds-node0")));
    QVERIFY(plan.error().message.contains(QLatin1String("NPU 6")));
    QVERIFY(plan.error().message.contains(QLatin1String("-.-.-.-")));
}

void TestMindieMultiNode::addressesAreReadAndWritten()
{
    const project::ProjectData p = mindieDemo();
    QCOMPARE(p.nodes[1].npuAddresses.value(7), QStringLiteral("192.168.107.52"));
    const auto back = project::parseProject(project::serializeProject(p), QStringLiteral("p.yaml"));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->nodes[1].npuAddresses, p.nodes[1].npuAddresses);
    const auto bad = project::parseProject("version: 1\nname: x\ncluster:\n  nodes:\n    - name: a\n      host: h\n"
                                           "      npu_addresses: {x: 1.2.3.4}\n",
                                           QStringLiteral("p.yaml"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().line, 7);
}

void TestMindieMultiNode::preflightComparesTheRankTableWithHccnTool()
{
    const project::ProjectData p = mindieDemo();
    const auto plan = checks::makePreflightPlan(p, p.deployments.first().name);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(plan->rankTable);
    sim::SimulatedTransport sim(project::demoSimulationFolder());
    for (const checks::PlannedNode& pn : plan->nodes) {
        checks::NodeFacts facts;
        for (int d : pn.devices) {
            checks::CommandOutput out;
            out.status = remote::ExecStatus::Ok;
            out.standardOutput = hccnIp(sim, pn.node, d, &out.exitStatus);
            facts.outputs.insert(checks::npuKey("ip", d), out);
        }
        auto r = checks::checkRankTable(*plan, pn, facts);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().severity, checks::Severity::Pass);
        // The NPU now answers what the broken fixture says: the check names it.
        facts.outputs[checks::npuKey("ip", 2)].standardOutput = fixture(QStringLiteral("hccn/ip-3-fail-no-ip.txt"));
        r = checks::checkRankTable(*plan, pn, facts);
        QCOMPARE(r.first().severity, checks::Severity::Error);
        QVERIFY2(r.first().summary.contains(QLatin1String("NPU 2")), qPrintable(r.first().summary));
        // A recorded address the NPU no longer has.
        checks::PlannedNode moved = pn;
        moved.node.npuAddresses.insert(5, QStringLiteral("192.168.200.9"));
        facts.outputs[checks::npuKey("ip", 2)].standardOutput
            = hccnIp(sim, pn.node, 2, &facts.outputs[checks::npuKey("ip", 2)].exitStatus);
        r = checks::checkRankTable(*plan, moved, facts);
        QCOMPARE(r.first().severity, checks::Severity::Error);
        QVERIFY(r.first().summary.contains(QLatin1String("NPU 5"))
                && r.first().summary.contains(QLatin1String("192.168.200.9")));
    }
}

QTEST_GUILESS_MAIN(TestMindieMultiNode)
#include "tst_mindiemultinode.moc"
