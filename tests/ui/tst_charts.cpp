// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

#include "core/bench/BenchRunner.h"
#include "core/project/DemoProjects.h"
#include "core/project/Project.h"

#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartsPanel.h"
#include "ui/charts/CompareView.h"
#include "ui/charts/DistributionView.h"
#include "ui/charts/LiveCharts.h"
#include "ui/monitor/MonitorPanel.h"

#include "Fixtures.h"
#include "HttpFixture.h"
#include "ScriptedLlmServer.h"

using namespace npufleet;
using npufleet::test::LlmScript;
using npufleet::test::ScriptedLlmServer;

namespace {

QString benchFixture(const char* name)
{
    return QStringLiteral(NPUFLEET_SOURCE_DIR "/tests/fixtures/bench/") + QLatin1String(name);
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        LlmScript script;
        script.ttftMs = 40;
        script.gapMs = 10;
        script.tokens = 24;
        script.jitterMs = 6; // a spread, so the distributions have a shape
        m_server = new ScriptedLlmServer(script, this);
        QVERIFY(m_server->start());
        QVERIFY(m_dir.isValid());
    }

    void runDrawsLiveAndAfter()
    {
        ui::ChartsPanel panel(nullptr);
        panel.setRunsDirectory(m_dir.path());
        panel.resize(1400, 900);
        panel.show();
        panel.setTarget(m_server->baseUrl(), QStringLiteral("scripted"));
        // A sweep over concurrency first, for the latency-vs-throughput curve…
        panel.setLoad(48, 64, 24, QStringLiteral("inf"), QStringLiteral("2,8,24"));
        QSignalSpy all(&panel, &ui::ChartsPanel::allFinished);
        QVERIFY(panel.startRun());
        QVERIFY(!panel.startRun()); // one at a time
        QVERIFY(all.wait(60000));
        QCOMPARE(panel.results().size(), 3);
        QCOMPARE(panel.compare()->pointCount(), 3);
        // …then a Poisson run, drawn as it goes.
        panel.setLoad(240, 64, 24, QStringLiteral("80"), QStringLiteral("64"));
        QVERIFY(panel.startRun());
        QTRY_VERIFY_WITH_TIMEOUT(panel.live()->completedCount() > 0 && panel.isRunning(), 20000);
        QVERIFY(all.wait(60000));
        QCOMPARE(panel.live()->completedCount(), 240);
        QCOMPARE(panel.results().size(), 4);
        const bench::BenchResult& last = panel.results().last();
        QCOMPARE(last.completed, 240);
        QCOMPARE(last.totalOutputTokens, 240 * 24);

        // Every run was kept, in vLLM's format.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.json")}).size(), 4);
        ui::ChartsPanel reopened(nullptr);
        reopened.setRunsDirectory(m_dir.path());
        QCOMPARE(reopened.results().size(), 4);

        // Live: the throughput curve rose and came down.
        const auto* tokens = qobject_cast<QLineSeries*>(panel.live()->views().at(1)->chart()->series().first());
        QVERIFY(tokens->count() >= 4);
        double peak = 0;
        for (const QPointF& p : tokens->points())
            peak = std::max(peak, p.y());
        QVERIFY(peak > 1000);
        QCOMPARE(panel.tabs()->currentWidget(), panel.live());
        QTest::qWait(300); // let the offscreen paint settle
        QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("charts.png"))));

        // After: distributions and the percentile table.
        panel.tabs()->setCurrentWidget(panel.distribution());
        panel.distribution()->setMetric(QStringLiteral("itl"));
        QCOMPARE(panel.distribution()->table()->rowCount(), 4);
        QCOMPARE(panel.distribution()->table()->columnCount(), 7); // mean median std P50 P90 P95 P99
        const QString csv = ui::chartCsv(panel.distribution()->cdfView()->chart());
        QVERIFY(csv.startsWith(QStringLiteral("series,ITL (ms),share\n")));
        QVERIFY(csv.count(QLatin1Char('\n')) > 100);
        QVERIFY(panel.exportPng(m_dir.filePath(QStringLiteral("hist.png"))));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("hist.png"))).size() > 5000);
        QVERIFY(panel.exportCsv(m_dir.filePath(QStringLiteral("hist.csv"))));
        QTest::qWait(300); // charts lay out on the next turns of the event loop
        QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("charts-distributions.png"))));

        panel.tabs()->setCurrentWidget(panel.compare());
        panel.compare()->setChecked(3, false); // the Poisson run is not part of the sweep
        QCOMPARE(panel.compare()->pointCount(), 3);
        panel.compare()->setLatency(QStringLiteral("ttft"), QStringLiteral("p99"));
        QCOMPARE(panel.compare()->pointCount(), 3);
        QTest::qWait(300);
        QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("charts-compare.png"))));
    }

    void vllmFilesOpenAndChart_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("0.8") << benchFixture("vllm-benchmark-serving-0.8.json");
        QTest::newRow("0.10") << benchFixture("vllm-bench-serve-0.10.json");
    }
    void vllmFilesOpenAndChart()
    {
        QFETCH(QString, file);
        ui::ChartsPanel panel(nullptr);
        panel.setRunsDirectory(QString());
        QVERIFY(panel.openResult(file));
        QCOMPARE(panel.tabs()->currentWidget(), panel.distribution());
        QCOMPARE(panel.compare()->pointCount(), 1);
        for (const QString& metric : {QStringLiteral("ttft"), QStringLiteral("tpot"), QStringLiteral("itl")}) {
            panel.distribution()->setMetric(metric);
            QVERIFY(!panel.distribution()->histogramView()->chart()->series().isEmpty());
        }
        QVERIFY(panel.distribution()->table()->rowCount() >= 3);
        QVERIFY(!panel.openResult(benchFixture("README.md")));
    }

    // Files saved by real vLLM runs (summary only, no per-request lists): the percentile table
    // and the latency-vs-throughput points come from their summary figures.
    void capturedFilesOpenAndChart_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("rows");
        QTest::newRow("0.25.1") << benchFixture("captured-vllm-0.25.1-sweep-run.json") << 1 << 4;
        QTest::newRow("0.25.1 failed") << benchFixture("captured-vllm-0.25.1-all-failed.json") << 1 << 3;
        QTest::newRow("2025-05 appended") << benchFixture("captured-benchmark-serving-2025-05-append.json") << 3 << 3;
    }
    void capturedFilesOpenAndChart()
    {
        QFETCH(QString, file);
        QFETCH(int, runs);
        QFETCH(int, rows);
        ui::ChartsPanel panel(nullptr);
        panel.setRunsDirectory(QString());
        QVERIFY(panel.openResult(file));
        QCOMPARE(panel.compare()->pointCount(), runs);
        QCOMPARE(panel.distribution()->table()->rowCount(), rows);
    }

    // Every summary figure of a result file is on screen where the result is shown.
    void resultShowsItsHeadlineFigures()
    {
        ui::ChartsPanel panel(nullptr);
        panel.setRunsDirectory(QString());
        QVERIFY(panel.openResult(benchFixture("vllm-bench-serve-0.10.json")));
        const bench::BenchResult& r = panel.results().constLast();
        QVERIFY(r.requestGoodput.has_value());
        const QString headline = panel.distribution()->headline()->text();
        const QLocale locale;
        const QStringList figures = {QString::number(r.completed),
                                     QString::number(r.numPrompts),
                                     QString::number(r.failed),
                                     locale.toString(r.duration, 'f', 2),
                                     locale.toString(r.requestThroughput, 'f', 2),
                                     locale.toString(*r.requestGoodput, 'f', 2),
                                     locale.toString(r.outputThroughput, 'f', 1),
                                     locale.toString(r.totalTokenThroughput, 'f', 1),
                                     locale.toString(r.maxOutputTokensPerS, 'f', 1),
                                     locale.toString(r.totalInputTokens),
                                     locale.toString(r.totalOutputTokens)};
        for (const QString& figure : figures)
            QVERIFY2(headline.contains(figure), qPrintable(figure + QStringLiteral(" not in ") + headline));
        QVERIFY(headline.contains(QStringLiteral("goodput")));
        // The comparison's list says them too, for every run.
        QVERIFY(panel.compare()->list()->item(0)->toolTip().contains(QStringLiteral("goodput")));
        panel.resize(1024, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("benchmark-headline-1024x700.png"))));
    }

    // Before any data the latency histograms are charts with axes and a word, not blank boxes.
    void monitorChartsSayNoDataYet()
    {
        ui::MonitorPanel monitor(nullptr);
        monitor.resize(1024, 700);
        monitor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&monitor));
        const QList<QChartView*> views = monitor.views();
        QCOMPARE(views.size(), 5);
        for (QChartView* view : views) {
            QVERIFY2(view->chart()->axes(Qt::Horizontal).size() >= 1, qPrintable(view->chart()->title()));
            QVERIFY2(view->chart()->axes(Qt::Vertical).size() >= 1, qPrintable(view->chart()->title()));
            QVERIFY(!view->chart()->title().isEmpty());
        }
        QVERIFY(views.at(3)->chart()->title().contains(QStringLiteral("no data yet")));
        QVERIFY(views.at(4)->chart()->title().contains(QStringLiteral("no data yet")));
        QVERIFY(monitor.grab().save(test::screenshotPath(QStringLiteral("monitor-empty-1024x700.png"))));
    }

    void monitorPollsMetrics()
    {
        QFile f(benchFixture("vllm-metrics.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readAll();
        QByteArray later = first;
        later.replace("262144.0", "263144.0").replace("} 12.0", "} 30.0");
        later.replace("le=\"0.25\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 380.0",
                      "le=\"0.25\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 385.0");
        later.replace("le=\"0.5\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 395.0",
                      "le=\"0.5\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 400.0");
        later.replace("le=\"1.0\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 400.0",
                      "le=\"1.0\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 405.0");
        later.replace("le=\"+Inf\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 400.0",
                      "le=\"+Inf\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 405.0");
        later.replace(
            "vllm:time_to_first_token_seconds_count{engine=\"0\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 400.0",
            "vllm:time_to_first_token_seconds_count{engine=\"0\",model_name=\"Qwen/Qwen2.5-7B-Instruct\"} 405.0");
        later += "this line is not prometheus\n";
        test::HttpFixture http;
        QVERIFY(http.start());
        http.enqueue(test::HttpResponse::json(200, first));
        http.setRoute("/metrics", test::HttpResponse::json(200, later));

        ui::MonitorPanel monitor(nullptr);
        monitor.resize(1300, 700);
        monitor.show();
        monitor.setUrl(http.url(QStringLiteral("/v1")));
        monitor.setIntervalSeconds(1);
        monitor.start();
        QVERIFY(monitor.isWatching());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.sampleCount() >= 2, 10000);
        const monitoring::ServerMetrics& m = *monitor.last();
        QCOMPARE(*m.running, 30.0);
        QVERIFY(*m.generationTokensPerS > 0);
        QCOMPARE(m.ttft.count, 405.0);
        // The TTFT chart shows the buckets around its five new requests, not all nine bounds.
        auto* buckets = qobject_cast<QBarCategoryAxis*>(monitor.views().at(3)->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(buckets);
        QCOMPARE(buckets->categories(),
                 (QStringList {QStringLiteral("≤0.1"), QStringLiteral("≤0.25"), QStringLiteral("≤0.5")}));
        QVERIFY2(monitor.statusLabel()->text().contains(QStringLiteral("in the exposition")),
                 qPrintable(monitor.statusLabel()->text()));
        QTest::qWait(300);
        QVERIFY(monitor.grab().save(test::screenshotPath(QStringLiteral("monitor.png"))));
        monitor.stop();
        QVERIFY(!monitor.isWatching());
    }

    // The window makes its panels on an empty project, then opens one: their targets must follow.
    void targetsFollowTheOpenedProject()
    {
        project::Project project;
        ui::ChartsPanel charts(&project);
        ui::MonitorPanel monitor(&project);
        const auto targets = [](QWidget* panel) {
            QStringList names;
            for (const QComboBox* box : panel->findChildren<QComboBox*>()) {
                for (int i = 1; i < box->count(); ++i)
                    names << box->itemText(i);
            }
            return names;
        };
        QVERIFY(!targets(&charts).contains(QStringLiteral("qwen3-30b-a3b")));
        project.reset(*project::loadDemo(QStringLiteral("atlas-lab")), {});
        QVERIFY2(targets(&charts).contains(QStringLiteral("qwen3-30b-a3b")), qPrintable(targets(&charts).join(u',')));
        QVERIFY(targets(&monitor).contains(QStringLiteral("qwen3-30b-a3b")));
    }

private:
    ScriptedLlmServer* m_server = nullptr;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
