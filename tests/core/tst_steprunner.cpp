// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one step runner (issue #17): ordering within a node and across nodes, a failing node while the
// others finish, cancel, timeouts (over a real sshd: the command and what it started are gone), the
// concurrency limit and masked secrets.
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <thread>

#include "core/remote/SshTransport.h"
#include "core/remote/StepRunner.h"

#include "Processes.h"
#include "SshdFixture.h"

using namespace npufleet;
using remote::StepContext;
using remote::StepJob;
using remote::StepOutcome;
using remote::StepRunner;

namespace {

QString operator""_q(const char* text, size_t size)
{
    return QString::fromLatin1(text, qsizetype(size));
}

// Answers every command at once, unless it says "sleep" (then waits for cancel, up to 5 s).
class QuickTransport final : public remote::Transport
{
public:
    remote::ExecResult execute(const cluster::Node&,
                               const remote::ExecRequest& request,
                               const std::atomic_bool& cancel,
                               const remote::OutputSink& sink) override
    {
        remote::ExecResult r;
        r.status = remote::ExecStatus::Ok;
        r.exitStatus = 0;
        if (request.command.contains(QLatin1String("sleep"))) {
            QElapsedTimer clock;
            clock.start();
            while (!cancel.load() && clock.elapsed() < 5000)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            r.status = cancel.load() ? remote::ExecStatus::Cancelled : remote::ExecStatus::Ok;
            return r;
        }
        r.standardOutput = request.command.toUtf8() + '\n';
        if (sink)
            sink(remote::Stream::Stdout, r.standardOutput);
        return r;
    }
    bool isSimulated() const override { return true; }
};

cluster::Node node(const QString& name)
{
    cluster::Node n;
    n.name = name;
    n.host = QStringLiteral("127.0.0.1");
    return n;
}

// A step that records when it ran, then succeeds unless told to fail.
struct Journal
{
    QMutex mutex;
    QStringList order;
    int running = 0;
    int mostAtOnce = 0;

    StepJob
    job(const QString& nodeName, const QString& id, bool ok = true, const QStringList& waitsFor = {}, int holdMs = 0)
    {
        StepJob j;
        j.id = id;
        j.node = node(nodeName);
        j.title = id;
        j.waitsFor = waitsFor;
        j.work = [this, id, ok, holdMs](StepContext&) {
            {
                QMutexLocker lock(&mutex);
                order << id;
                mostAtOnce = std::max(mostAtOnce, ++running);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
            QMutexLocker lock(&mutex);
            --running;
            return ok ? StepOutcome {} : StepOutcome::failed(QStringLiteral("boom"));
        };
        return j;
    }
};

bool runToEnd(StepRunner& runner,
              const QList<StepJob>& jobs,
              StepRunner::Policy policy = StepRunner::Policy::StopOnFailure)
{
    QSignalSpy finished(&runner, &StepRunner::finished);
    return runner.start(jobs, policy) && finished.wait(20000);
}

} // namespace

class TestStepRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<StepOutcome>(); }

    void stepsOfOneNodeRunInOrder()
    {
        Journal j;
        StepRunner runner(std::make_shared<QuickTransport>());
        QVERIFY(runToEnd(runner, {j.job("a"_q, "a1"_q, true, {}, 20), j.job("a"_q, "a2"_q), j.job("a"_q, "a3"_q)}));
        QCOMPARE(j.order, QStringList({"a1"_q, "a2"_q, "a3"_q}));
        QCOMPARE(j.mostAtOnce, 1);
        QCOMPARE(runner.count(StepRunner::State::Done), 3);
    }

    void waitsOrderStepsAcrossNodes()
    {
        Journal j;
        StepRunner runner(std::make_shared<QuickTransport>());
        // b2 waits for a2, which comes after a slow a1; c runs beside them.
        QVERIFY(runToEnd(runner,
                         {j.job("a"_q, "a1"_q, true, {}, 100), j.job("a"_q, "a2"_q), j.job("b"_q, "b1"_q),
                          j.job("b"_q, "b2"_q, true, {"a2"_q}), j.job("c"_q, "c1"_q)}));
        QVERIFY(j.order.indexOf("b2"_q) > j.order.indexOf("a2"_q));
        QVERIFY(j.order.indexOf("b1"_q) < j.order.indexOf("a2"_q));
        QVERIFY(j.order.indexOf("c1"_q) < j.order.indexOf("a2"_q));
        QCOMPARE(runner.count(StepRunner::State::Done), 5);
    }

    void failingNodeLeavesTheOthersRunning()
    {
        Journal j;
        StepRunner runner(std::make_shared<QuickTransport>());
        QSignalSpy skipped(&runner, &StepRunner::stepSkipped);
        QSignalSpy finished(&runner, &StepRunner::finished);
        QVERIFY(runner.start({j.job("a"_q, "a1"_q, false), j.job("a"_q, "a2"_q), j.job("b"_q, "b1"_q, true, {}, 50),
                              j.job("b"_q, "b2"_q), j.job("c"_q, "c1"_q, true, {"a1"_q}), j.job("c"_q, "c2"_q)}));
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(runner.state("a1"_q), StepRunner::State::Failed);
        QCOMPARE(runner.state("a2"_q), StepRunner::State::Skipped); // later on the failed node
        QCOMPARE(runner.state("c1"_q), StepRunner::State::Skipped); // waits for the failure
        QCOMPARE(runner.state("c2"_q), StepRunner::State::Skipped); // later on a node whose step was skipped
        QCOMPARE(runner.state("b1"_q), StepRunner::State::Done);
        QCOMPARE(runner.state("b2"_q), StepRunner::State::Done);
        QCOMPARE(skipped.size(), 3);
    }

    void bestEffortRunsEverything()
    {
        Journal j;
        StepRunner runner(std::make_shared<QuickTransport>());
        QVERIFY(runToEnd(runner,
                         {j.job("a"_q, "a1"_q, false), j.job("a"_q, "a2"_q), j.job("b"_q, "b1"_q, true, {"a1"_q})},
                         StepRunner::Policy::BestEffort));
        QCOMPARE(runner.state("a2"_q), StepRunner::State::Done);
        QCOMPARE(runner.state("b1"_q), StepRunner::State::Done);
        QVERIFY(j.order.indexOf("b1"_q) > j.order.indexOf("a1"_q));
    }

    void cancelStopsRunningAndPending()
    {
        StepRunner runner(std::make_shared<QuickTransport>());
        QList<StepJob> jobs;
        for (const QString& n : {QStringLiteral("a"), QStringLiteral("b")}) {
            for (int i = 0; i < 3; ++i) {
                StepJob job;
                job.id = n + QString::number(i);
                job.node = node(n);
                job.work = [](StepContext& c) {
                    const remote::ExecResult r = c.exec({QStringLiteral("sleep"), 0, {}});
                    return StepOutcome {r.succeeded(), r.message, {}};
                };
                jobs << job;
            }
        }
        QSignalSpy started(&runner, &StepRunner::stepStarted);
        QSignalSpy finished(&runner, &StepRunner::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runner.start(jobs));
        QTRY_COMPARE(started.size(), 2);
        runner.cancel();
        QVERIFY(finished.wait(3000));
        QVERIFY(clock.elapsed() < 3000);
        QVERIFY(runner.wasCancelled());
        QCOMPARE(runner.count(StepRunner::State::Skipped), 4);
        QCOMPARE(runner.count(StepRunner::State::Failed), 2);
    }

    void concurrencyIsBounded()
    {
        Journal j;
        StepRunner runner(std::make_shared<QuickTransport>());
        runner.setConcurrency(3);
        QList<StepJob> jobs;
        for (int i = 0; i < 12; ++i)
            jobs << j.job(QStringLiteral("n%1").arg(i), QStringLiteral("s%1").arg(i), true, {}, 30);
        QSignalSpy progress(&runner, &StepRunner::progress);
        QVERIFY(runToEnd(runner, jobs));
        QCOMPARE(j.mostAtOnce, 3);
        QCOMPARE(progress.last().at(0).toInt(), 12);
        QCOMPARE(progress.last().at(1).toInt(), 12);
    }

    void secretsAreMaskedInOutput()
    {
        StepRunner runner(std::make_shared<QuickTransport>());
        runner.addMaskedValue("hunter22");
        StepJob job;
        job.id = QStringLiteral("x");
        job.node = node(QStringLiteral("a"));
        job.work = [](StepContext& c) {
            c.addMasked("env-token-9");
            c.exec({QStringLiteral("echo hunter22 and env-token-9"), 0, {}});
            return StepOutcome {};
        };
        QSignalSpy lines(&runner, &StepRunner::outputLine);
        QVERIFY(runToEnd(runner, {job}));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().at(3).toString(), QStringLiteral("echo ******** and ********"));
    }

    void stepThatThrowsFailsAlone()
    {
        Journal j;
        StepRunner runner(std::make_shared<QuickTransport>());
        StepJob bad;
        bad.id = QStringLiteral("bad");
        bad.node = node(QStringLiteral("a"));
        bad.work = [](StepContext&) -> StepOutcome { throw std::runtime_error("parser bug"); };
        QVERIFY(runToEnd(runner, {bad, j.job("b"_q, "b1"_q)}));
        QCOMPARE(runner.state("bad"_q), StepRunner::State::Failed);
        QCOMPARE(runner.state("b1"_q), StepRunner::State::Done);
    }

    // A step's timeout stops its command on the node and everything the command started.
    void timeoutKillsTheRemoteCommand()
    {
        test::SshdFixture cluster(2);
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        remote::SshTransportOptions o = cluster.transportOptions();
        StepRunner runner(std::make_shared<remote::SshTransport>(o));
        const QList<cluster::Node> nodes = cluster.nodes();
        StepJob slow;
        slow.id = QStringLiteral("slow");
        slow.node = nodes.at(0);
        slow.timeoutMs = 1000;
        slow.work = [dir = cluster.dir()](StepContext& c) {
            const remote::ExecResult r = c.exec(
                {QStringLiteral("sleep 81.018 & setsid sleep 82.018 & sleep 83.018; touch %1/late").arg(dir), 0, {}});
            return StepOutcome {r.succeeded(), r.message, {}};
        };
        StepJob quick;
        quick.id = QStringLiteral("quick");
        quick.node = nodes.at(1);
        quick.work = [](StepContext& c) {
            const remote::ExecResult r = c.exec({QStringLiteral("echo fine"), 0, {}});
            return StepOutcome {r.succeeded(), r.message, {}};
        };
        QSignalSpy lines(&runner, &StepRunner::outputLine);
        QVERIFY(runToEnd(runner, {slow, quick}));
        QCOMPARE(runner.state("slow"_q), StepRunner::State::Failed);
        QCOMPARE(runner.state("quick"_q), StepRunner::State::Done);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().at(3).toString(), QStringLiteral("fine"));
        QTRY_VERIFY2_WITH_TIMEOUT(test::processesWith(".018").isEmpty(),
                                  qPrintable(test::processesWith(".018").join(QLatin1Char(' '))), 5000);
        QVERIFY(!QFile::exists(cluster.dir() + QStringLiteral("/late")));
        cluster.stop();
    }
};

QTEST_GUILESS_MAIN(TestStepRunner)
#include "tst_steprunner.moc"
