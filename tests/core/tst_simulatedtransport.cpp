// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/checks/NodeFacts.h"
#include "core/checks/PreflightPlan.h"
#include "core/deployment/LaunchRunner.h"
#include "core/project/DemoProjects.h"
#include "core/recipes/Recipes.h"
#include "core/sim/SimulatedTransport.h"
#include "core/storage/NfsPlan.h"

using namespace npufleet;
using remote::CommandIntent;
using remote::CommandKind;

Q_DECLARE_METATYPE(npufleet::remote::CommandIntent)

namespace {

remote::ExecResult ask(sim::SimulatedTransport& transport,
                       const cluster::Node& node,
                       const QString& command,
                       const CommandIntent& intent = {})
{
    remote::ExecRequest request;
    request.command = command;
    request.intent = intent;
    const std::atomic_bool cancel {false};
    return transport.execute(node, request, cancel);
}

// A recorded Ascend node of the two-node demo.
cluster::Node demoNode()
{
    const auto demo = project::loadDemo(QStringLiteral("deepseek-2node"));
    Q_ASSERT(demo.hasValue() && !demo->nodes.isEmpty());
    return demo->nodes.first();
}

} // namespace

// The demo simulator answers what a request is for (the typed intent its producer gave it), never the
// command text: no module's shell text is parsed back, and a user's command is one it does not have.
class TestSimulatedTransport : public QObject
{
    Q_OBJECT

private slots:
    void answersTheIntentNotTheText_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<CommandIntent>("intent");
        QTest::newRow("hostname") << QStringLiteral("hostname") << CommandIntent::of(CommandKind::Hostname);
        QTest::newRow("npu-smi") << QStringLiteral("npu-smi info") << CommandIntent::of(CommandKind::NpuSmi);
        QTest::newRow("hccn ip") << QStringLiteral("hccn_tool -i 3 -ip -g")
                                 << CommandIntent {CommandKind::HccnQuery, 3, QStringLiteral("ip"), {}, {}};
        QTest::newRow("hccn ping")
            << QStringLiteral("hccn_tool -i 1 -ping -g address 192.168.101.12")
            << CommandIntent {CommandKind::HccnQuery, 1, QStringLiteral("ping"), {}, QStringLiteral("192.168.101.12")};
        QTest::newRow("runtimes") << QStringLiteral("docker info --format '{{json .Runtimes}}'")
                                  << CommandIntent::of(CommandKind::DockerRuntimes);
        QTest::newRow("image") << QStringLiteral("docker image inspect --format '{{.Id}}' 'quay.io/ascend/vllm'")
                               << CommandIntent::withValue(CommandKind::ImageId, QStringLiteral("quay.io/ascend/vllm"));
        QTest::newRow("firewalld") << QStringLiteral("systemctl is-active firewalld")
                                   << CommandIntent::of(CommandKind::Firewall);
        QTest::newRow("docker run") << QStringLiteral("docker run -d --name ds-serve x")
                                    << CommandIntent::withValue(CommandKind::RunContainer, QStringLiteral("ds-serve"));
        QTest::newRow("mountpoint") << QStringLiteral("mountpoint -q -- /mnt/models")
                                    << CommandIntent::onPath(CommandKind::IsMountPoint, QStringLiteral("/mnt/models"));
    }
    void answersTheIntentNotTheText()
    {
        QFETCH(QString, command);
        QFETCH(CommandIntent, intent);
        sim::SimulatedTransport transport(project::demoSimulationFolder());
        const cluster::Node node = demoNode();
        const remote::ExecResult real = ask(transport, node, command, intent);
        QCOMPARE(real.status, remote::ExecStatus::Ok);
        QVERIFY2(real.exitStatus != 127, real.standardError.constData());
        for (const QString& other :
             {QString(), QStringLiteral("echo something else entirely"), QStringLiteral("\x01garbled\"'; rm -rf / #"),
              QString(command + QStringLiteral(" | cat"))}) {
            const remote::ExecResult r = ask(transport, node, other, intent);
            QCOMPARE(r.exitStatus, real.exitStatus);
            QCOMPARE(r.standardOutput, real.standardOutput);
        }
    }

    void textWithoutIntentIsAnUnknownCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("npu-smi") << QStringLiteral("npu-smi info");
        QTest::newRow("hostname") << QStringLiteral("hostname");
        QTest::newRow("hccn") << QStringLiteral("hccn_tool -i 0 -ip -g");
        QTest::newRow("docker run") << QStringLiteral("docker run -d --name x image");
        QTest::newRow("read file") << QStringLiteral("[ ! -e /etc/fstab ] || cat -- /etc/fstab");
    }
    void textWithoutIntentIsAnUnknownCommand()
    {
        QFETCH(QString, command);
        sim::SimulatedTransport transport(project::demoSimulationFolder());
        const remote::ExecResult r = ask(transport, demoNode(), command);
        QCOMPARE(r.status, remote::ExecStatus::Ok);
        QCOMPARE(r.exitStatus, 127);
        QVERIFY(r.standardOutput.isEmpty());
        QVERIFY(r.standardError.contains(command.toUtf8()));
    }

    // Every command the program sends a node says what it is for: the pre-flight's probes, the launch and
    // stop steps of every engine on every demo, the NFS set-up. (The answers themselves are covered by the
    // demo tests: tst_launchrunner, tst_nfsdemo, tst_checks, tst_demofleet.)
    void everyCommandOfTheDemosSaysWhatItIsFor()
    {
        int commands = 0;
        for (const QString& name : project::demoNames()) {
            auto demo = project::loadDemo(name);
            QVERIFY(demo.hasValue());
            for (const project::Deployment& d : std::as_const(demo->deployments)) {
                if (auto plan = checks::makePreflightPlan(*demo, d.name)) {
                    for (const checks::PlannedNode& pn : std::as_const(plan->nodes)) {
                        for (const checks::ProbeCommand& c : checks::probeCommands(*plan, pn)) {
                            QVERIFY2(c.intent.kind != CommandKind::Unknown, qPrintable(c.key));
                            ++commands;
                        }
                    }
                }
                // Every engine, so that each recipe's steps are seen (those that cannot run here are refused).
                for (project::Engine engine : project::allEngines()) {
                    project::ProjectData data = *demo;
                    for (project::Deployment& other : data.deployments) {
                        if (other.name == d.name)
                            other.engine = engine;
                    }
                    const auto launch = recipes::makeLaunchPlan(data, d.name);
                    if (!launch)
                        continue;
                    for (auto mode : {deployment::LaunchRunner::Mode::Launch, deployment::LaunchRunner::Mode::Stop}) {
                        for (const recipes::Step& s : deployment::LaunchRunner::runSteps(*launch, mode)) {
                            QVERIFY2(s.commandIntent().kind != CommandKind::Unknown, qPrintable(s.id));
                            ++commands;
                        }
                    }
                }
            }
            if (demo->storage.isConfigured()) {
                const auto nfs = storage::NfsPlanner::plan(demo->storage, demo->nodes, storage::NfsPlanOptions());
                QVERIFY(nfs.hasValue());
                for (const storage::NfsNodePlan* n : nfs->nodes()) {
                    for (const storage::NfsStep& s : n->apply + n->undo) {
                        if (s.kind == storage::StepKind::Command)
                            QVERIFY2(s.intent.kind != CommandKind::Unknown, qPrintable(s.id));
                    }
                }
            }
        }
        qInfo("%d commands checked", commands);
        QVERIFY(commands > 100);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedTransport)
#include "tst_simulatedtransport.moc"
