// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/bench/BenchResult.h"
#include "core/planning/Calibrate.h"
#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"
#include "core/project/ProjectFile.h"

#include "tests/support/Fixtures.h"

using namespace npufleet;
using npufleet::test::fixturePath;

// Calibration from one's own benchmark: the result's workload, the comparison with the prediction for the
// deployment's layout, the 'calibration' section of the project file, and later plans scaled by it.
class TestCalibration : public QObject
{
    Q_OBJECT

private:
    static project::ProjectData atlasLab()
    {
        const Result<project::ProjectData> data
            = project::loadProject(fixturePath(QStringLiteral("calibration/atlas-lab-project.yaml")));
        if (!data)
            qFatal("%s", qPrintable(data.error().toString()));
        return *data;
    }
    static bench::BenchResult run()
    {
        const Result<bench::BenchResult> r
            = bench::loadResult(fixturePath(QStringLiteral("calibration/npufleet-bench-atlas-lab-qwen3-30b-a3b.json")));
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        return *r;
    }

private slots:
    void workloadFromTheResult()
    {
        const Result<planning::Measured> m = planning::Calibrator::measure(run(), QStringLiteral("run.json"));
        QVERIFY(m);
        QCOMPARE(m->workload.concurrency, 8);
        QCOMPARE(m->workload.inputLen, 512);
        QCOMPARE(m->workload.outputLen, 128);
        QCOMPARE(m->outputTokS, run().outputThroughput);
        QVERIFY(m->ttftMs && qAbs(*m->ttftMs - 51.73) < 0.01);
        QVERIFY(m->tpotMs && qAbs(*m->tpotMs - 19.56) < 0.01);
    }

    void workloadWithoutMaxConcurrency()
    {
        bench::BenchResult r = run();
        r.maxConcurrency.reset();
        r.requestRate = 3.0; // open loop: Little's law from requests/s and the mean latency
        const Result<planning::Measured> m = planning::Calibrator::measure(r, QStringLiteral("run.json"));
        QVERIFY(m);
        QCOMPARE(m->workload.concurrency,
                 int(std::lround(r.requestThroughput * r.metrics.value(QStringLiteral("e2el")).mean / 1000)));
    }

    void badResultsAreRefused()
    {
        const Result<bench::BenchResult> failed
            = bench::loadResult(fixturePath(QStringLiteral("bench/captured-vllm-0.25.1-all-failed.json")));
        QVERIFY(failed);
        const Result<planning::Measured> m = planning::Calibrator::measure(*failed, QStringLiteral("failed.json"));
        QVERIFY(!m);
        QCOMPARE(m.error().file, QStringLiteral("failed.json"));
        QVERIFY(m.error().message.contains(QLatin1String("no request")));
    }

    void deploymentFromTheLabel()
    {
        const project::ProjectData data = atlasLab();
        bench::BenchResult r = run();
        QCOMPARE(*planning::Calibrator::deploymentFor(data, {}, r), QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(*planning::Calibrator::deploymentFor(data, QStringLiteral("qwen25-coder-32b"), r),
                 QStringLiteral("qwen25-coder-32b"));
        QVERIFY(!planning::Calibrator::deploymentFor(data, QStringLiteral("nope"), r));
        r.label.clear(); // two deployments and no label: the caller must choose
        const Result<QString> none = planning::Calibrator::deploymentFor(data, {}, r);
        QVERIFY(!none);
        QVERIFY(none.error().hint.contains(QLatin1String("qwen25-coder-32b")));
    }

    void correctionIsMeasuredOverPredictedAndScalesLaterPlans()
    {
        project::ProjectData data = atlasLab();
        const QString deployment = QStringLiteral("qwen3-30b-a3b");
        const Result<planning::Measured> m = planning::Calibrator::measure(run(), QStringLiteral("run.json"));
        const Result<planning::CalibrationReport> report = planning::Calibrator::compare(
            data, deployment, *m, QStringLiteral("run.json"), QStringLiteral("2026-12-03"));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->chip, QStringLiteral("910B4"));
        QCOMPARE(report->engine, project::Engine::VllmAscend);
        QVERIFY(report->predicted.valid);
        QCOMPARE(report->predicted.concurrency, 8);
        QCOMPARE(report->entry.speedCorrection, m->outputTokS / report->predicted.outputTokS);
        QVERIFY(!report->previous);

        // The deployment's layout at the run's workload, before and after storing the correction.
        const auto predicted = [&](const project::ProjectData& d) {
            planning::PlanInput in = planning::PlanInputResolver::resolve(d, deployment, false);
            in.options.tp = 4;
            in.options.ep = true;
            in.options.workload.concurrency = 8;
            in.options.workload.inputLen = 512;
            in.options.workload.outputLen = 128;
            const Result<planning::PlanReport> r = planning::Planner(*in.model, in.options).run();
            return r->plans.first().predicted;
        };
        const planning::Prediction before = predicted(data);
        QCOMPARE(before.outputTokS, report->predicted.outputTokS);
        data.calibrations = planning::Calibrator::with(data.calibrations, report->entry);
        const planning::Prediction after = predicted(data);
        QVERIFY(qAbs(after.outputTokS / before.outputTokS - report->entry.speedCorrection) < 1e-9);
        QVERIFY(qAbs(after.tpotMs * report->entry.speedCorrection - before.tpotMs) < 1e-9);
        // Another engine on the same chip is not corrected.
        project::ProjectData other = data;
        other.calibrations.first().engine = project::Engine::MindIE;
        QCOMPARE(planning::PlanInputResolver::resolve(other, deployment, false).options.speedCorrection, 1.0);

        // A second run replaces the entry of its chip and engine, and says what it replaces.
        const Result<planning::CalibrationReport> again = planning::Calibrator::compare(
            data, deployment, *m, QStringLiteral("run2.json"), QStringLiteral("2026-12-04"));
        QVERIFY(again->previous);
        QCOMPARE(*again->previous, report->entry.speedCorrection);
        QCOMPARE(planning::Calibrator::with(data.calibrations, again->entry).size(), 1);
    }

    void sectionRoundTrips()
    {
        project::ProjectData data = atlasLab();
        project::Calibration c;
        c.chip = QStringLiteral("910B4");
        c.engine = project::Engine::VllmAscend;
        c.speedCorrection = 0.4123456789012345;
        c.measuredFrom = QStringLiteral("run: \"one\".json");
        c.deployment = QStringLiteral("qwen3-30b-a3b");
        c.date = QStringLiteral("2026-12-03");
        data.calibrations << c;
        c.chip = QStringLiteral("A3");
        c.engine = project::Engine::MindIE;
        c.speedCorrection = 1.5;
        c.measuredFrom.clear();
        data.calibrations << c;
        const QByteArray yaml = project::serializeProject(data);
        QVERIFY(yaml.contains("calibration:"));
        const Result<project::ProjectData> back = project::parseProject(yaml, QStringLiteral("p.yaml"));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->calibrations, data.calibrations);
        QCOMPARE(project::serializeProject(*back), yaml);
    }

    void unknownKeysKeptAndBadValuesRefused()
    {
        const QByteArray base = project::serializeProject(atlasLab());
        QStringList warnings;
        const Result<project::ProjectData> kept = project::parseProject(
            base + "calibration:\n  - {chip: 910B4, engine: vllm-ascend, speed_correction: 0.5, runs: 3}\n",
            QStringLiteral("p.yaml"), &warnings);
        QVERIFY(kept);
        QCOMPARE(kept->calibrations.first().extra.value(QStringLiteral("runs")).toInt(), 3);
        QVERIFY(warnings.join(QLatin1Char('\n')).contains(QLatin1String("'runs'")));
        QVERIFY(project::serializeProject(*kept).contains("runs: 3"));

        const int lines = int(base.count('\n'));
        const struct
        {
            const char* yaml;
            const char* message;
            int line;
        } broken[] = {
            {"calibration:\n  - {chip: 910B4, engine: vllm-ascend, speed_correction: 0}\n", "speed_correction", 2},
            {"calibration:\n  - {chip: 910B4, engine: vllm-ascend, speed_correction: nan}\n", "speed_correction", 2},
            {"calibration:\n  - {chip: 910B4, engine: vllm-ascend, speed_correction: 500}\n", "speed_correction", 2},
            {"calibration:\n  - {chip: 910B4, engine: warp-drive, speed_correction: 1}\n", "warp-drive", 2},
            {"calibration:\n  - {chip: 910B4, speed_correction: 1}\n", "engine", 2},
            {"calibration: {chip: 910B4}\n", "list", 1},
        };
        for (const auto& b : broken) {
            const Result<project::ProjectData> r = project::parseProject(base + b.yaml, QStringLiteral("p.yaml"));
            QVERIFY2(!r, b.yaml);
            QCOMPARE(r.error().file, QStringLiteral("p.yaml"));
            QVERIFY2(r.error().message.contains(QLatin1String(b.message)), qPrintable(r.error().message));
            QCOMPARE(r.error().line, lines + b.line);
        }
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
