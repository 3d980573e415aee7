// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"

#include "ui/preflight/PingMatrixModel.h"
#include "ui/preflight/PreflightPanel.h"
#include "ui/preflight/PreflightResultsModel.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestPreflightPanel : public QObject
{
    Q_OBJECT

private slots:
    void runsOnTheDemoAndShowsTheGrid()
    {
        project::Project project;
        project.reset(*project::loadDemo(QStringLiteral("deepseek-2node")), {});
        PreflightPanel panel(&project);
        QAbstractItemModelTester gridTester(panel.resultsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pingTester(panel.pingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1200, 820);
        panel.show();
        QSignalSpy finished(&panel, &PreflightPanel::finished);
        panel.run(QStringLiteral("deepseek-r1"));
        QVERIFY(finished.wait(30'000));

        QCOMPARE(panel.resultsModel()->columnCount(), 2);
        QCOMPARE(panel.resultsModel()->rowCount(), 23); // one row per check
        QCOMPARE(panel.pingModel()->rowCount(), 2);
        QCOMPARE(panel.pingModel()->columnCount(), 8);
        // The demo's busy NPUs are caught, and the first error is selected with its fix shown.
        const QModelIndex current = panel.grid()->currentIndex();
        const checks::CheckResult* r = panel.resultsModel()->result(current);
        QVERIFY(r);
        QCOMPARE(r->id, QStringLiteral("npu-memory"));
        QCOMPARE(r->severity, checks::Severity::Error);
        QVERIFY(!panel.isRunning());

        const QImage shot = panel.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(npufleet::test::screenshotPath(QStringLiteral("preflight-panel.png"))));
    }

    // A node that never answers is listed with a link that checks it again, keeping the other's findings.
    void unansweredNodesCanBeCheckedAgain()
    {
        auto data = project::loadDemo(QStringLiteral("deepseek-2node"));
        QVERIFY(data);
        data->nodes[1].simulationFault = cluster::SimulatedFault::Unreachable;
        const QString down = data->nodes[1].name;
        project::Project project;
        project.reset(*data, {});
        PreflightPanel panel(&project);
        panel.resize(1200, 820);
        panel.show();
        QSignalSpy finished(&panel, &PreflightPanel::finished);
        panel.run(QStringLiteral("deepseek-r1"));
        QVERIFY(finished.wait(30'000));
        auto* retry = panel.findChild<QLabel*>(QStringLiteral("preflightRetry"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY2(retry->text().contains(down), qPrintable(retry->text()));
        const int results = int(panel.lastReport().results.size());
        emit retry->linkActivated(QStringLiteral("retry"));
        QVERIFY(panel.isRunning());
        QVERIFY(!retry->isVisible());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(panel.lastReport().unansweredNodes(), QStringList {down}); // still down: listed again
        QVERIFY(retry->isVisible());
        QCOMPARE(int(panel.lastReport().results.size()), results);
    }

    void cancelEndsTheRun()
    {
        project::Project project;
        project.reset(*project::loadDemo(QStringLiteral("deepseek-2node")), {});
        PreflightPanel panel(&project);
        QSignalSpy finished(&panel, &PreflightPanel::finished);
        panel.run();
        panel.cancel();
        QVERIFY(finished.wait(30'000));
        QVERIFY(panel.lastReport().cancelled);
    }
};

QTEST_MAIN(TestPreflightPanel)
#include "tst_preflightpanel.moc"
