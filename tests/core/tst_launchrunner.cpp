// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <thread>

#include "core/deployment/LaunchRunner.h"
#include "core/project/DemoProjects.h"
#include "core/recipes/Recipes.h"
#include "core/remote/SshTransport.h"
#include "core/remote/TransportFactory.h"

#include "Processes.h"
#include "SshdFixture.h"

using namespace npufleet;
using deployment::LaunchRunner;

namespace {

// Answers by the words in a command: "fail" exits 1, "block" runs until cancelled, "echo-stdin" prints its
// input, "print-secret" prints a secret. Records every command and its input.
class ScriptedTransport final : public remote::Transport
{
public:
    struct Call
    {
        QString node;
        QString command;
        QByteArray input;
    };

    remote::ExecResult execute(const cluster::Node& node,
                               const remote::ExecRequest& request,
                               const std::atomic_bool& cancel,
                               const remote::OutputSink& sink) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_calls << Call {node.name, request.command, request.standardInput};
        }
        remote::ExecResult r;
        r.status = remote::ExecStatus::Ok;
        r.exitStatus = 0;
        if (request.command.contains(QLatin1String("block"))) {
            while (!cancel.load())
                std::this_thread::yield(); // a long step: only cancel ends it
            r.status = remote::ExecStatus::Cancelled;
            return r;
        }
        if (request.command.contains(QLatin1String("fail"))) {
            r.exitStatus = 1;
            r.standardError = "boom\n";
        } else if (request.command.contains(QLatin1String("echo-stdin"))) {
            r.standardOutput = request.standardInput;
        } else if (request.command.contains(QLatin1String("print-secret"))) {
            r.standardOutput = "s3cr3t-value\n";
        } else {
            r.standardOutput = "ran " + request.command.toUtf8() + '\n';
        }
        if (sink && !r.standardOutput.isEmpty())
            sink(remote::Stream::Stdout, r.standardOutput);
        if (sink && !r.standardError.isEmpty())
            sink(remote::Stream::Stderr, r.standardError);
        return r;
    }
    bool isSimulated() const override { return true; }

    QList<Call> calls()
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

private:
    QMutex m_mutex;
    QList<Call> m_calls;
};

recipes::Step step(const QString& node, const QString& what, const QString& script, const QStringList& waitsFor = {})
{
    recipes::Step s;
    s.id = node + QLatin1Char('/') + what;
    s.node = node;
    s.purpose = what;
    s.script = script;
    s.waitsFor = waitsFor;
    return s;
}

recipes::NodePlan nodePlan(const QString& name, const QList<recipes::Step>& start, bool head = false)
{
    recipes::NodePlan n;
    n.node = name;
    n.host = QStringLiteral("127.0.0.1");
    n.head = head;
    n.start = start;
    return n;
}

// A Ray-shaped plan: the worker joins once the head is up; "other" has nothing to do with either.
recipes::LaunchPlan rayPlan(const QString& headStart)
{
    recipes::LaunchPlan plan;
    plan.deployment = QStringLiteral("ray");
    plan.nodes << nodePlan(QStringLiteral("head"),
                           {step(QStringLiteral("head"), QStringLiteral("start"), headStart),
                            step(QStringLiteral("head"), QStringLiteral("serve"), QStringLiteral("serve"),
                                 {QStringLiteral("worker/join")})},
                           true)
               << nodePlan(QStringLiteral("worker"),
                           {step(QStringLiteral("worker"), QStringLiteral("pull"), QStringLiteral("pull")),
                            step(QStringLiteral("worker"), QStringLiteral("join"), QStringLiteral("join"),
                                 {QStringLiteral("head/start")})})
               << nodePlan(QStringLiteral("other"),
                           {step(QStringLiteral("other"), QStringLiteral("alone"), QStringLiteral("alone"))});
    return plan;
}

QStringList column(const QSignalSpy& spy, int index)
{
    QStringList out;
    for (const QList<QVariant>& args : spy)
        out << args.at(index).toString();
    return out;
}

} // namespace

class TestLaunchRunner : public QObject
{
    Q_OBJECT
private slots:
    void demoLaunchAndStop()
    {
        auto project = project::loadDemo(QStringLiteral("atlas-lab"));
        QVERIFY(project);
        auto plan = recipes::makeLaunchPlan(*project, QStringLiteral("qwen3-30b-a3b"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        LaunchRunner runner(remote::transportFor(*project));
        runner.setNodes(project->nodes);
        QSignalSpy started(&runner, &LaunchRunner::stepStarted);
        QSignalSpy stepDone(&runner, &LaunchRunner::stepFinished);
        QSignalSpy lines(&runner, &LaunchRunner::outputLine);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(*plan));
        QVERIFY(!runner.launch(*plan)); // one run at a time
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        QStringList expected;
        for (const recipes::Step& s : LaunchRunner::runSteps(*plan, LaunchRunner::Mode::Launch))
            expected << s.id;
        QVERIFY(expected.size() >= 4);
        QCOMPARE(column(started, 1), expected); // one node: its steps in plan order
        for (const QList<QVariant>& args : stepDone)
            QVERIFY2(args.at(2).toBool(), qPrintable(args.at(1).toString() + QLatin1Char(' ') + args.at(3).toString()));
        QVERIFY(!lines.isEmpty()); // docker info, the container id

        finished.clear();
        started.clear();
        QVERIFY(runner.stop(*plan));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(started.size(), plan->nodes.first().stop.size());
    }

    void demoMultiNodeLaunch()
    {
        auto project = project::loadDemo(QStringLiteral("deepseek-2node"));
        QVERIFY(project);
        auto plan = recipes::makeLaunchPlan(*project, QStringLiteral("deepseek-r1"));
        QVERIFY(plan);
        LaunchRunner runner(remote::transportFor(*project));
        runner.setNodes(project->nodes);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(*plan));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    // The two-node demo with each multi-node recipe: every step starts after the steps it waits for.
    void demoEnginesHonourDependencies_data()
    {
        QTest::addColumn<project::Engine>("engine");
        for (project::Engine e : {project::Engine::VllmAscendDp, project::Engine::VllmAscendRay,
                                  project::Engine::GpuStack, project::Engine::Swarm})
            QTest::newRow(qPrintable(project::engineKey(e))) << e;
    }
    void demoEnginesHonourDependencies()
    {
        QFETCH(project::Engine, engine);
        auto project = project::loadDemo(QStringLiteral("deepseek-2node"));
        QVERIFY(project);
        project::Deployment& d = project->deployments.first();
        d.engine = engine;
        if (engine == project::Engine::VllmAscendRay) { // one rank over both nodes
            d.layout.tp *= d.layout.dp;
            d.layout.dp = 1;
        }
        auto plan = recipes::makeLaunchPlan(*project, project->deployments.first().name);
        if (!plan)
            QSKIP(qPrintable(plan.error().toString()));
        LaunchRunner runner(remote::transportFor(*project));
        runner.setNodes(project->nodes);
        QStringList failures;
        QStringList events; // "S:id" when a step starts, "F:id" when it ends, in the order they happened
        connect(&runner, &LaunchRunner::stepStarted, this,
                [&events](const QString&, const QString& id, const QString&) { events << QStringLiteral("S:") + id; });
        connect(&runner, &LaunchRunner::stepFinished, this,
                [&events, &failures](const QString&, const QString& id, bool ok, const QString& message) {
                    events << QStringLiteral("F:") + id;
                    if (!ok)
                        failures << id + QLatin1String(": ") + message;
                });
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(*plan));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(failures.join(QLatin1String("; "))));
        int dependencies = 0;
        for (const recipes::Step& s : LaunchRunner::runSteps(*plan, LaunchRunner::Mode::Launch)) {
            QCOMPARE(runner.state(s.id), LaunchRunner::StepState::Done);
            for (const QString& dep : s.waitsFor) {
                ++dependencies;
                const qsizetype depEnd = events.indexOf(QStringLiteral("F:") + dep);
                QVERIFY2(depEnd >= 0 && depEnd < events.indexOf(QStringLiteral("S:") + s.id),
                         qPrintable(dep + QLatin1String(" before ") + s.id));
            }
        }
        QVERIFY(dependencies > 0 || engine == project::Engine::VllmAscendDp);
    }

    void workerWaitsForHead()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        LaunchRunner runner(transport);
        QSignalSpy started(&runner, &LaunchRunner::stepStarted);
        QSignalSpy stepDone(&runner, &LaunchRunner::stepFinished);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(rayPlan(QStringLiteral("start"))));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        const QStringList order = column(started, 1);
        const QStringList finishedOrder = column(stepDone, 1);
        QCOMPARE(order.size(), 5);
        // Every step starts only after what it waits for has finished.
        QVERIFY(finishedOrder.indexOf(QStringLiteral("head/start")) < order.indexOf(QStringLiteral("worker/join")));
        QVERIFY(finishedOrder.indexOf(QStringLiteral("worker/join")) < order.indexOf(QStringLiteral("head/serve")));
        QVERIFY(finishedOrder.indexOf(QStringLiteral("worker/pull")) < order.indexOf(QStringLiteral("worker/join")));
        QCOMPARE(runner.state(QStringLiteral("head/serve")), LaunchRunner::StepState::Done);
    }

    void failedHeadStopsDependants()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        LaunchRunner runner(transport);
        QSignalSpy skipped(&runner, &LaunchRunner::stepSkipped);
        QSignalSpy lines(&runner, &LaunchRunner::outputLine);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(rayPlan(QStringLiteral("fail"))));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(runner.state(QStringLiteral("head/start")), LaunchRunner::StepState::Failed);
        QCOMPARE(runner.state(QStringLiteral("head/serve")), LaunchRunner::StepState::Skipped);
        QCOMPARE(runner.state(QStringLiteral("worker/join")), LaunchRunner::StepState::Skipped);
        // Steps that do not depend on the head still run.
        QCOMPARE(runner.state(QStringLiteral("worker/pull")), LaunchRunner::StepState::Done);
        QCOMPARE(runner.state(QStringLiteral("other/alone")), LaunchRunner::StepState::Done);
        QCOMPARE(skipped.size(), 2);
        QVERIFY(column(lines, 2).contains(QStringLiteral("boom")));
    }

    void stopIsBestEffort()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        recipes::LaunchPlan plan = rayPlan(QStringLiteral("start"));
        plan.nodes[1].stop << step(QStringLiteral("worker"), QStringLiteral("stop"), QStringLiteral("fail"));
        plan.nodes[0].stop << step(QStringLiteral("head"), QStringLiteral("stop"), QStringLiteral("rm"),
                                   {QStringLiteral("worker/stop")});
        LaunchRunner runner(transport);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.stop(plan));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(runner.state(QStringLiteral("worker/stop")), LaunchRunner::StepState::Failed);
        QCOMPARE(runner.state(QStringLiteral("head/stop")), LaunchRunner::StepState::Done);
    }

    void cancelStopsTheRest()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        LaunchRunner runner(transport);
        QSignalSpy started(&runner, &LaunchRunner::stepStarted);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(rayPlan(QStringLiteral("block"))));
        QTRY_VERIFY(column(started, 1).contains(QStringLiteral("head/start")));
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().startsWith(QLatin1String("Cancelled")));
        QCOMPARE(runner.state(QStringLiteral("head/start")), LaunchRunner::StepState::Failed);
        QCOMPARE(runner.state(QStringLiteral("worker/join")), LaunchRunner::StepState::Skipped);
        QVERIFY(!runner.isRunning());
    }

    void secretsNeverShown()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        recipes::LaunchPlan plan;
        recipes::Step read = step(QStringLiteral("head"), QStringLiteral("token"), QStringLiteral("print-secret"));
        read.captureAs = QStringLiteral("JOIN_TOKEN");
        recipes::Step join = step(QStringLiteral("worker"), QStringLiteral("join"),
                                  QStringLiteral("echo-stdin \"${JOIN_TOKEN}\""), {read.id});
        join.needsSecrets << QStringLiteral("JOIN_TOKEN");
        plan.nodes << nodePlan(QStringLiteral("head"), {read}, true) << nodePlan(QStringLiteral("worker"), {join});
        LaunchRunner runner(transport);
        QSignalSpy lines(&runner, &LaunchRunner::outputLine);
        QSignalSpy stepDone(&runner, &LaunchRunner::stepFinished);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(plan));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QString shown = column(lines, 2).join(QLatin1Char('\n')) + column(stepDone, 3).join(QLatin1Char('\n'));
        QVERIFY(!shown.contains(QLatin1String("s3cr3t")));
        QVERIFY(shown.contains(QLatin1String("********")));
        for (const ScriptedTransport::Call& call : transport->calls()) {
            QVERIFY(!call.command.contains(QLatin1String("s3cr3t")));
            if (call.node == QLatin1String("worker"))
                QCOMPARE(call.input, QByteArray("s3cr3t-value\n")); // on stdin only
        }
    }

    void missingSecretFailsTheStep()
    {
        recipes::LaunchPlan plan;
        recipes::Step join = step(QStringLiteral("worker"), QStringLiteral("join"), QStringLiteral("join"));
        join.needsSecrets << QStringLiteral("NPUFLEET_TEST_UNSET_TOKEN");
        plan.nodes << nodePlan(QStringLiteral("worker"), {join});
        auto transport = std::make_shared<ScriptedTransport>();
        LaunchRunner runner(transport);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(plan));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(transport->calls().isEmpty());
    }

    void filesArePlacedFirst()
    {
        recipes::LaunchPlan plan = rayPlan(QStringLiteral("start"));
        plan.files << recipes::PlannedFile {QStringLiteral("head"), QStringLiteral("start.sh"),
                                            QStringLiteral("/etc/npufleet/x/start.sh"), QStringLiteral("starts"),
                                            QByteArray("#!/bin/sh\necho hi\n")};
        auto transport = std::make_shared<ScriptedTransport>();
        LaunchRunner runner(transport);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(plan));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QList<ScriptedTransport::Call> head;
        for (const ScriptedTransport::Call& call : transport->calls()) {
            if (call.node == QLatin1String("head"))
                head << call;
        }
        QVERIFY(head.size() >= 2);
        QCOMPARE(head.first().command,
                 QStringLiteral("mkdir -p -- /etc/npufleet/x && cat > /etc/npufleet/x/start.sh && chmod 0755 -- "
                                "/etc/npufleet/x/start.sh"));
        QCOMPARE(head.first().input, QByteArray("#!/bin/sh\necho hi\n"));
    }
    // Real sshd nodes with the stand-in docker (it knows `version` and `ps`, refuses `run`).
    void overSsh()
    {
        test::SshdFixture cluster(2);
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        remote::SshTransportOptions o = cluster.transportOptions();
        auto transport = std::make_shared<remote::SshTransport>(o);

        const QString a = cluster.nodeName(0);
        const QString b = cluster.nodeName(1);
        const QString target = cluster.dir() + QStringLiteral("/placed/%1/settings.json");
        recipes::LaunchPlan plan;
        plan.deployment = QStringLiteral("ssh");
        plan.nodes << nodePlan(a,
                               {step(a, QStringLiteral("docker"), QStringLiteral("docker version")),
                                step(a, QStringLiteral("read"), QStringLiteral("cat ") + target.arg(a)),
                                step(a, QStringLiteral("run"), QStringLiteral("docker run -d image")),
                                step(a, QStringLiteral("after"), QStringLiteral("echo after"))},
                               true)
                   << nodePlan(b, {step(b, QStringLiteral("docker"), QStringLiteral("docker ps"))});
        plan.files << recipes::PlannedFile {a, QStringLiteral("settings.json"), target.arg(a), QStringLiteral("config"),
                                            QByteArray("{\"tp\": 4}\n")};
        LaunchRunner runner(transport);
        runner.setNodes(cluster.nodes());
        runner.setStepTimeoutMs(20'000);
        QSignalSpy lines(&runner, &LaunchRunner::outputLine);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(plan));
        QVERIFY(finished.wait(60'000));
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(runner.state(a + QStringLiteral("/place-file:settings.json")), LaunchRunner::StepState::Done);
        QCOMPARE(runner.state(a + QStringLiteral("/read")), LaunchRunner::StepState::Done);
        QCOMPARE(runner.state(a + QStringLiteral("/run")), LaunchRunner::StepState::Failed);
        QCOMPARE(runner.state(a + QStringLiteral("/after")), LaunchRunner::StepState::Skipped);
        QCOMPARE(runner.state(b + QStringLiteral("/docker")), LaunchRunner::StepState::Done);
        const QStringList shown = column(lines, 2);
        QVERIFY(shown.contains(QStringLiteral("24.0.7")));
        QVERIFY(shown.contains(QStringLiteral("{\"tp\": 4}"))); // the placed file, read back over SSH
        QVERIFY(shown.join(QLatin1Char('\n')).contains(QLatin1String("unsupported: run")));
        cluster.stop();
    }

    // Issue #16: a step that timed out was reported stopped while what it started ran on.
    void timedOutStepLeavesNothingRunning()
    {
        test::SshdFixture cluster(1);
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        remote::SshTransportOptions o = cluster.transportOptions();
        const QString a = cluster.nodeName(0);
        recipes::LaunchPlan plan;
        plan.deployment = QStringLiteral("slow");
        plan.nodes << nodePlan(
            a,
            {step(
                a, QStringLiteral("pull"),
                QStringLiteral("sleep 71.017 & setsid sleep 72.017 & sleep 73.017; touch %1/late").arg(cluster.dir()))},
            true);
        LaunchRunner runner(std::make_shared<remote::SshTransport>(o));
        runner.setNodes(cluster.nodes());
        runner.setStepTimeoutMs(1000);
        QSignalSpy finished(&runner, &LaunchRunner::finished);
        QVERIFY(runner.launch(plan));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(runner.state(a + QStringLiteral("/pull")), LaunchRunner::StepState::Failed);
        QTRY_VERIFY2_WITH_TIMEOUT(test::processesWith(".017").isEmpty(),
                                  qPrintable(test::processesWith(".017").join(QLatin1Char(' '))), 5000);
        QVERIFY(!QFile::exists(cluster.dir() + QStringLiteral("/late")));
        cluster.stop();
    }
};

QTEST_GUILESS_MAIN(TestLaunchRunner)
#include "tst_launchrunner.moc"
