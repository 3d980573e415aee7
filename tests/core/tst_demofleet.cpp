// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated fleets: 64 and 256 nodes built from the recorded npu-smi outputs, each node varied, a few
// unhealthy or unreachable; the silent fault (a node that never answers) ends at the call's timeout.
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QThreadPool>

#include "core/cluster/NpuSmiParser.h"
#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"
#include "core/remote/InventoryProbe.h"
#include "core/sim/SimulatedNpuSmi.h"
#include "core/sim/SimulatedTransport.h"

using namespace npufleet;

class TestDemoFleet : public QObject
{
    Q_OBJECT

private:
    static QByteArray recording(const QString& name)
    {
        QFile file(project::demoSimulationFolder() + QLatin1Char('/') + name);
        file.open(QIODevice::ReadOnly);
        QByteArray body;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            if (!(body.isEmpty() && line.startsWith("# ")))
                body += line;
        }
        return body;
    }

private slots:
    void fleetsOpen_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("nodes");
        QTest::newRow("64") << QStringLiteral("fleet-64") << 64;
        QTest::newRow("256") << QStringLiteral("fleet-256") << 256;
    }

    void fleetsOpen()
    {
        QFETCH(QString, name);
        QFETCH(int, nodes);
        const auto data = project::openProjectSpec(QStringLiteral("demo:") + name);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
        QVERIFY(data->demo);
        QCOMPARE(data->nodes.size(), nodes);
        QSet<QString> names;
        QSet<QString> chips;
        int faulty = 0;
        for (const cluster::Node& n : data->nodes) {
            names.insert(n.name);
            chips.insert(n.hardware.chip);
            QCOMPARE(n.hardware.acceleratorCount, 8);
            QVERIFY(n.simulationSeed > 0);
            faulty += n.simulationFault != cluster::SimulatedFault::None ? 1 : 0;
        }
        QCOMPARE(names.size(), nodes); // no two alike
        QCOMPARE(chips.size(), 2);
        QVERIFY(faulty >= 2 && faulty <= nodes / 16);
        // Saved and read back, the fleet is the same project.
        const QByteArray once = project::serializeProject(*data);
        const auto again = project::parseProject(once, QStringLiteral("fleet.yaml"));
        QVERIFY(again);
        QCOMPARE(project::serializeProject(*again), once);
        QCOMPARE(again->nodes.last().simulationFault, data->nodes.last().simulationFault);
    }

    void everyVariationReadsAsNpuSmi()
    {
        for (const QString& file :
             {QStringLiteral("npu-smi-910B4-32G-idle.txt"), QStringLiteral("npu-smi-910B3-64G-busy.txt")}) {
            const QByteArray recorded = recording(file);
            QVERIFY(!recorded.isEmpty());
            QCOMPARE(sim::variedNpuSmi(recorded, 0, false), recorded);
            QSet<qint64> used;
            int busyNodes = 0;
            for (int seed = 1; seed <= 64; ++seed) {
                const bool alarm = seed % 5 == 0;
                const auto report = cluster::parseNpuSmiInfo(sim::variedNpuSmi(recorded, seed, alarm));
                QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
                QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(QLatin1Char('\n'))));
                QCOMPARE(report->accelerators.size(), 8);
                int unhealthy = 0;
                int processes = 0;
                for (const cluster::Accelerator& a : report->accelerators) {
                    unhealthy += a.isHealthy() ? 0 : 1;
                    processes += int(a.processes.size());
                    used.insert(a.hbmUsedMib.value_or(-1));
                    QVERIFY(a.hbmUsedMib.value_or(0) > 0);
                    QVERIFY(a.hbmUsedMib.value_or(0) < a.hbmTotalMib.value_or(0));
                }
                QCOMPARE(unhealthy, alarm ? 1 : 0);
                busyNodes += processes > 0 ? 1 : 0;
            }
            QVERIFY(used.size() > 100); // not copies of one machine
            QVERIFY(busyNodes > 16 && busyNodes < 56); // some idle, some busy
        }
    }

    void inventoryOfTheWholeFleet()
    {
        const auto data = project::loadDemo(QStringLiteral("fleet-256"));
        QVERIFY(data);
        sim::SimulatedTransport transport(project::demoSimulationFolder());
        QList<cluster::NodeLive> lives(data->nodes.size());
        std::atomic_bool cancel {false};
        QThreadPool pool;
        pool.setMaxThreadCount(16);
        for (int i = 0; i < data->nodes.size(); ++i)
            pool.start([&, i] { lives[i] = remote::probeNode(transport, data->nodes.at(i), cancel); });
        pool.waitForDone();
        int reached = 0;
        int unhealthyNodes = 0;
        for (int i = 0; i < lives.size(); ++i) {
            const cluster::Node& node = data->nodes.at(i);
            const cluster::NodeLive& live = lives.at(i);
            if (node.simulationFault == cluster::SimulatedFault::Unreachable) {
                QCOMPARE(live.status, cluster::NodeStatus::Unreachable);
                QVERIFY(!live.message.isEmpty());
                continue;
            }
            QCOMPARE(live.status, cluster::NodeStatus::Simulated);
            QVERIFY2(live.message.isEmpty(), qPrintable(live.message));
            QCOMPARE(live.accelerators.size(), 8);
            ++reached;
            bool unhealthy = false;
            for (const cluster::Accelerator& a : live.accelerators)
                unhealthy = unhealthy || !a.isHealthy();
            QCOMPARE(unhealthy, node.simulationFault == cluster::SimulatedFault::NpuAlarm);
            unhealthyNodes += unhealthy ? 1 : 0;
        }
        QVERIFY(reached >= 250);
        QVERIFY(unhealthyNodes >= 3);
    }

    void silentNodeEndsAtTheTimeout()
    {
        cluster::Node node;
        node.name = QStringLiteral("quiet");
        node.host = QStringLiteral("10.40.0.99");
        node.simulationFault = cluster::SimulatedFault::Silent;
        sim::SimulatedTransport transport(project::demoSimulationFolder());
        std::atomic_bool cancel {false};
        QElapsedTimer timer;
        timer.start();
        const remote::ExecResult result = transport.execute(
            node,
            {QStringLiteral("hostname"), 300, {}, false, remote::CommandIntent::of(remote::CommandKind::Hostname)},
            cancel);
        QCOMPARE(result.status, remote::ExecStatus::Unreachable);
        QVERIFY(timer.elapsed() >= 290);
        QVERIFY(!result.message.isEmpty());
        // A cancel ends the wait at once.
        transport.setSilentWaitMs(60'000);
        cancel = true;
        timer.restart();
        QCOMPARE(transport
                     .execute(node,
                              {QStringLiteral("hostname"),
                               60'000,
                               {},
                               false,
                               remote::CommandIntent::of(remote::CommandKind::Hostname)},
                              cancel)
                     .status,
                 remote::ExecStatus::Cancelled);
        QVERIFY(timer.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
