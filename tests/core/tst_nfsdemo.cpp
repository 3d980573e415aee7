// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/sim/SimulatedTransport.h"
#include "core/storage/NfsPlan.h"
#include "core/storage/NfsRunner.h"

using namespace npufleet;
using namespace npufleet::storage;

// The NFS wizard on a demo project: apply, verify, apply again, undo, all on the simulator.
class TestNfsDemo : public QObject
{
    Q_OBJECT

private slots:
    void applyVerifyAgainUndo();

private:
    static bool run(NfsRunner& runner, const std::function<void()>& start)
    {
        QSignalSpy finished(&runner, &NfsRunner::finished);
        start();
        if (!finished.wait(30000) && finished.isEmpty())
            return false;
        return finished.first().first().toBool();
    }
};

void TestNfsDemo::applyVerifyAgainUndo()
{
    const auto demo = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(demo.hasValue());
    const Result<NfsPlan> plan = NfsPlanner::plan(demo->storage, demo->nodes, NfsPlanOptions());
    QVERIFY2(plan.hasValue(), qPrintable(plan.hasValue() ? QString() : plan.error().toString()));
    auto transport = std::make_shared<sim::SimulatedTransport>(project::demoSimulationFolder());
    NfsRunner runner(transport);

    QVERIFY(run(runner, [&] { runner.apply(*plan); }));
    for (const StepReport& r : runner.reports())
        QVERIFY2(r.ok(), qPrintable(r.node + QLatin1Char(' ') + r.title + QStringLiteral(": ") + r.message));

    QVERIFY(run(runner, [&] { runner.verify(*plan); }));
    QCOMPARE(runner.checks().size(), 4 * 4); // showmount, mounted, probe, files on each client
    for (const CheckReport& c : runner.checks())
        QVERIFY2(c.passed, qPrintable(c.node + QLatin1Char(' ') + c.title + QStringLiteral(": ") + c.detail));

    // The second apply finds its blocks in place and writes nothing.
    QVERIFY(run(runner, [&] { runner.apply(*plan); }));
    for (const StepReport& r : runner.reports())
        QVERIFY(r.status != StepStatus::Failed);
    QVERIFY(!runner.reports().isEmpty());

    const bool undone = run(runner, [&] { runner.undo(*plan); });
    for (const StepReport& r : runner.reports())
        QVERIFY2(r.ok(), qPrintable(r.node + QLatin1Char(' ') + r.title + QStringLiteral(": ") + r.message));
    QVERIFY(undone);
    QVERIFY(!run(runner, [&] { runner.verify(*plan); })); // nothing is mounted any more
}

QTEST_GUILESS_MAIN(TestNfsDemo)
#include "tst_nfsdemo.moc"
