// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include "core/bench/BenchResult.h"
#include "core/project/Project.h"
#include "core/util/Translations.h"

#include "ui/common/ProjectSession.h"
#include "ui/plan/PlanCalibrationBox.h"
#include "ui/plan/PlanPanel.h"
#include "ui/plan/PlanTableModel.h"
#include "ui/plan/PlanWorkloadBar.h"
#include "ui/plan/SpeedChart.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

// The Plan panel's speed: the objective and workload re-rank the layouts, the chart of the top three, and
// a benchmark of the deployment compared with its prediction and stored as a correction (one undo step).
class TestPlanSpeed : public QObject
{
    Q_OBJECT

private:
    static bench::BenchResult run()
    {
        const Result<bench::BenchResult> r = bench::loadResult(
            test::fixturePath(QStringLiteral("calibration/npufleet-bench-atlas-lab-qwen3-30b-a3b.json")));
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        return *r;
    }
    static const planning::PlanResult& row(const PlanPanel& panel, int i) { return panel.tableModel()->plan(i); }
    static double outputOf(const PlanPanel& panel, const project::Layout& layout)
    {
        return row(panel, panel.tableModel()->rowOf(layout)).predicted.outputTokS;
    }

private slots:
    void objectiveAndWorkloadReplan()
    {
        project::Project project;
        test::loadDemo(project, QStringLiteral("atlas-lab"));
        QUndoStack stack;
        PlanPanel panel(&project, &stack);
        panel.setDeployment(QStringLiteral("qwen3-30b-a3b"));
        panel.flush();
        PlanTableModel* model = panel.tableModel();
        QVERIFY(model->planCount() > 3);
        const auto fitting = [&] {
            QList<planning::Prediction> out;
            for (int i = 0; i < model->planCount(); ++i)
                if (model->plan(i).fits())
                    out << model->plan(i).predicted;
            return out;
        };
        // Throughput (the default): the first row serves the most tokens/s, ties within 2 % aside.
        QCOMPARE(panel.workloadBar()->objective(), planning::Objective::Throughput);
        for (const planning::Prediction& p : fitting())
            QVERIFY(fitting().first().outputTokS >= p.outputTokS * 0.97);
        QVERIFY(!model->data(model->index(0, PlanTableModel::LimitColumn)).toString().isEmpty());
        QVERIFY(!model->headerData(PlanTableModel::TtftColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        // Latency: the first row answers one request soonest.
        auto* objective = panel.findChild<QComboBox*>(QStringLiteral("planObjective"));
        objective->setCurrentIndex(1);
        panel.flush();
        QCOMPARE(panel.workloadBar()->objective(), planning::Objective::Latency);
        for (const planning::Prediction& p : fitting())
            QVERIFY(fitting().first().e2eMs <= p.e2eMs * 1.03);

        // The workload: 4 users at once are 4 served at once.
        panel.findChild<QSpinBox*>(QStringLiteral("planConcurrency"))->setValue(4);
        panel.findChild<QSpinBox*>(QStringLiteral("planOutputLen"))->setValue(100);
        panel.flush();
        QCOMPARE(fitting().first().concurrency, 4);
        QVERIFY(panel.speedChart()->limitsText().contains(QLatin1String("at 4 users")));
    }

    void chartOfTheTopThree()
    {
        project::Project project;
        test::loadDemo(project, QStringLiteral("atlas-lab"));
        QUndoStack stack;
        PlanPanel panel(&project, &stack);
        panel.setDeployment(QStringLiteral("qwen3-30b-a3b"));
        panel.flush();
        SpeedChart* chart = panel.speedChart();
        QCOMPARE(chart->views().size(), 3); // throughput, TTFT, TPOT side by side
        QCOMPARE(chart->seriesCount(), 9); // three layouts in each
        for (QChartView* view : chart->views())
            QCOMPARE(view->chart()->series().size(), 3);
        // Each layout's limit is named; the rows are the table's first three that fit.
        const QString limits = chart->limitsText();
        QCOMPARE(limits.count(QLatin1String("<b>")), 3);
        QVERIFY(limits.contains(row(panel, 0).predicted.limitText.toHtmlEscaped()));
        QVERIFY(limits.contains(PlanTableModel::layoutText(row(panel, 0).layout)));

        // A model that fits nowhere: no curves.
        panel.setDeployment(QStringLiteral("qwen25-coder-32b"));
        panel.findChild<QSpinBox*>(QStringLiteral("planInputLen"))->setValue(1000);
        panel.flush();
        QVERIFY(chart->seriesCount() <= 9);
    }

    void calibrationIsOneUndoStep()
    {
        project::Project project;
        test::loadDemo(project, QStringLiteral("atlas-lab"));
        QUndoStack stack;
        ProjectSession::of(&project)->setUndoStack(&stack);
        PlanPanel panel(&project, &stack);
        panel.setDeployment(QStringLiteral("qwen3-30b-a3b"));
        panel.flush();
        PlanCalibrationBox* box = panel.calibrationBox();
        QVERIFY(box->isHidden()); // no run yet
        const project::Layout current {4, 1, 1, true};
        const double before = outputOf(panel, current);

        ProjectSession::of(&project)->addBenchRuns({run()});
        panel.flush();
        QVERIFY(!box->isHidden());
        QVERIFY2(box->text().contains(QLatin1String("396.5")), qPrintable(box->text()));
        QVERIFY(box->useButton()->isEnabled());

        QTest::mouseClick(box->useButton(), Qt::LeftButton);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(project.data().calibrations.size(), 1);
        const project::Calibration stored = project.data().calibrations.first();
        QCOMPARE(stored.chip, QStringLiteral("910B4"));
        QCOMPARE(stored.engine, project::Engine::VllmAscend);
        QVERIFY(stored.speedCorrection > 0.01 && stored.speedCorrection < 100);
        panel.flush();
        QVERIFY(qAbs(outputOf(panel, current) / before - stored.speedCorrection) < 1e-9);
        QVERIFY(!box->useButton()->isEnabled()); // this correction is the one in use
        QVERIFY(box->text().contains(QLatin1String("in use")));

        stack.undo();
        QVERIFY(project.data().calibrations.isEmpty());
        panel.flush();
        QVERIFY(qAbs(outputOf(panel, current) - before) < 1e-9);
        QVERIFY(box->useButton()->isEnabled());
        stack.redo();
        QCOMPARE(project.data().calibrations.size(), 1);
    }

    void screenshots()
    {
        project::Project project;
        test::loadDemo(project, QStringLiteral("atlas-lab"));
        QUndoStack stack;
        PlanPanel panel(&project, &stack);
        panel.setDeployment(QStringLiteral("qwen3-30b-a3b"));
        ProjectSession::of(&project)->addBenchRuns({run()});
        panel.tabs()->setCurrentWidget(panel.speedChart());
        QVERIFY(test::showAt(panel, 1440, 900));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslations(language);
            QCoreApplication::processEvents();
            panel.flush();
            QCoreApplication::processEvents();
            const QString path = test::screenshotPath(QStringLiteral("plan-speed-%1.png").arg(language));
            QVERIFY(panel.grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPlanSpeed)
#include "tst_planspeed.moc"
