// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// On a demo project the Playground, the Benchmark and the Monitor work against the simulated
// deployments, and the GUI opens no connection to any address (checked under strace when it is
// installed: the test runs itself again, traced).
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/monitoring/ServerMetrics.h"
#include "core/project/DemoProjects.h"
#include "core/project/Project.h"

#include "ui/charts/ChartsPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/monitor/MonitorPanel.h"
#include "ui/playground/ChatColumn.h"
#include "ui/playground/ConversationView.h"
#include "ui/playground/EndpointPicker.h"
#include "ui/playground/MessageView.h"
#include "ui/playground/PlaygroundPane.h"

#include "ConnectTrace.h"
#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

// Brings the tab that holds pane to the front, so that it is laid out for its picture.
void showTab(QWidget* window, QWidget* pane)
{
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (const int i = tabs->indexOf(pane); i >= 0) {
            tabs->setCurrentIndex(i);
            return;
        }
    }
}

} // namespace

class TestDemoOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useFreshSettings(); }

    void panelsWorkOnTheDemo()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
        auto* playground = window.findChild<PlaygroundPane*>();
        auto* charts = window.findChild<ChartsPanel*>();
        auto* monitor = window.findChild<MonitorPanel*>();
        QVERIFY(playground && charts && monitor);

        // Every panel starts on the first deployment's simulated endpoint, never the lab's address.
        EndpointPicker* picker = playground->column(0)->picker();
        QCOMPARE(picker->urlEdit()->text(), QStringLiteral("sim://atlas-106:8001/v1"));
        QCOMPARE(picker->model(), QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(charts->findChild<QLineEdit*>(QStringLiteral("serverUrl"))->text(),
                 QStringLiteral("sim://atlas-106:8001/v1"));
        QCOMPARE(charts->findChild<QLineEdit*>(QStringLiteral("modelName"))->text(), QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(monitor->findChild<QLineEdit*>(QStringLiteral("metricsUrl"))->text(),
                 QStringLiteral("sim://atlas-106:8001/metrics"));

        // The Monitor watches while the others make traffic.
        showTab(&window, monitor);
        monitor->setIntervalSeconds(1);
        monitor->start();

        // Playground: a reply streams in.
        showTab(&window, playground);
        QVERIFY(playground->send(QStringLiteral("Hello, which NPUs are you on?")));
        QTRY_VERIFY_WITH_TIMEOUT(!playground->isBusy(), 20000);
        ConversationView* view = playground->column(0)->view();
        MessageView* reply = view->message(view->count() - 1);
        QVERIFY2(reply->markdown().contains(QStringLiteral("simulated reply from qwen3-30b-a3b")),
                 qPrintable(reply->markdown()));
        QVERIFY(playground->grab().save(test::screenshotPath(QStringLiteral("demo-playground.png"))));

        // Benchmark: a run of 20 prompts completes and is charted.
        QTemporaryDir runs;
        charts->setRunsDirectory(runs.path());
        charts->setLoad(20, 256, 32, QStringLiteral("inf"), QString());
        showTab(&window, charts);
        QSignalSpy finished(charts, &ChartsPanel::allFinished);
        QVERIFY(charts->startRun());
        QVERIFY(finished.wait(60000));
        QVERIFY(!charts->results().isEmpty());
        QCOMPARE(charts->results().last().completed, 20);
        QCOMPARE(charts->results().last().failed, 0);
        QVERIFY(charts->grab().save(test::screenshotPath(QStringLiteral("demo-benchmark.png"))));

        // Monitor: the charts filled from the simulated /metrics, without errors.
        showTab(&window, monitor);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->sampleCount() >= 4, 15000);
        QSignalSpy sampled(monitor, &MonitorPanel::sampled);
        QVERIFY(sampled.wait(5000));
        const auto m = sampled.at(0).at(0).value<monitoring::ServerMetrics>();
        QVERIFY(m.hasAny());
        QVERIFY(m.parseErrors.isEmpty());
        QVERIFY(m.generationTokensPerS.has_value());
        QVERIFY(*m.generationTokens > 0);
        QVERIFY(monitor->grab().save(test::screenshotPath(QStringLiteral("demo-monitor.png"))));
        monitor->stop();
    }

    // A URL typed, or a deployment chosen, in a real project does not follow the user into a demo.
    void switchingToTheDemoLeavesRealAddressesBehind()
    {
        project::ProjectData real = *project::loadDemo(QStringLiteral("atlas-lab"));
        real.demo = false;
        project::Project project;
        project.reset(real, QString());
        PlaygroundPane playground(&project);
        MonitorPanel monitor(&project);
        ChartsPanel charts(&project);
        playground.column(0)->picker()->setCustomUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        monitor.setUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        charts.findChild<QComboBox*>(QStringLiteral("deploymentBox"))->setCurrentIndex(2); // qwen25-coder-32b
        QCOMPARE(charts.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->text(),
                 QStringLiteral("http://172.16.33.106:8002/v1"));

        project.reset(*project::loadDemo(QStringLiteral("atlas-lab")), QString());
        QCOMPARE(playground.column(0)->picker()->urlEdit()->text(), QStringLiteral("sim://atlas-106:8001/v1"));
        QCOMPARE(monitor.findChild<QLineEdit*>(QStringLiteral("metricsUrl"))->text(),
                 QStringLiteral("sim://atlas-106:8001/metrics"));
        QCOMPARE(charts.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->text(),
                 QStringLiteral("sim://atlas-106:8002/v1")); // the same deployment, simulated
    }

    // The check: strace -e connect of the GUI on a demo shows no connection to any address.
    void noConnectionToAnyAddress()
    {
        if (qEnvironmentVariableIsSet("NPUFLEET_TEST_TRACED"))
            QSKIP("already the traced run");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NPUFLEET_TEST_TRACED"), QStringLiteral("1"));
        const test::ConnectTrace t = test::traceConnects(QCoreApplication::applicationFilePath(),
                                                         {QStringLiteral("panelsWorkOnTheDemo")}, env, 240'000);
        if (!t.skipReason.isEmpty())
            QSKIP(qPrintable(t.skipReason));
        QVERIFY2(t.exitCode == 0, t.out.right(3000).constData());
        QVERIFY2(t.inetConnects.isEmpty(), qPrintable(t.inetConnects.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDemoOffline)
#include "tst_demooffline.moc"
