// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/CliRun.h"
#include "tests/support/Fixtures.h"

using npufleet::test::CliRun;
using npufleet::test::fixturePath;

// plan --calibrate RESULT.json --project P: measured against predicted, the correction stored in the project
// file, and later plans of the project scaled by it.
class TestCliCalibrate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_result;

    static CliRun plan(const QStringList& args)
    {
        return npufleet::test::runCli(QStringList {QStringLiteral("plan")} + args);
    }

    // The deployment's own layout at the run's workload.
    QJsonObject predictedNow(const QStringList& more = {}) const
    {
        const CliRun r
            = plan(QStringList {QStringLiteral("--project"), m_project, QStringLiteral("--deployment"),
                                QStringLiteral("qwen3-30b-a3b"), QStringLiteral("--tp"), QStringLiteral("4"),
                                QStringLiteral("--ep"), QStringLiteral("--concurrency"), QStringLiteral("8"),
                                QStringLiteral("--input-len"), QStringLiteral("512"), QStringLiteral("--output-len"),
                                QStringLiteral("128"), QStringLiteral("--format"), QStringLiteral("json")}
                   + more);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("lab.npufleet.yaml"));
        m_result = m_dir.filePath(QStringLiteral("run.json"));
        QFile::remove(m_project);
        QFile::remove(m_result);
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("calibration/atlas-lab-project.yaml")), m_project));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("calibration/npufleet-bench-atlas-lab-qwen3-30b-a3b.json")),
                            m_result));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
    }

    void storesTheCorrectionAndLaterPlansUseIt()
    {
        const QJsonObject before = predictedNow();
        const QJsonObject plan0 = before.value(QStringLiteral("plans")).toArray().first().toObject();
        const double predictedBefore
            = plan0.value(QStringLiteral("predicted")).toObject().value(QStringLiteral("output_tok_s")).toDouble();
        QVERIFY(predictedBefore > 0);
        QCOMPARE(
            before.value(QStringLiteral("workload")).toObject().value(QStringLiteral("speed_correction")).toDouble(),
            1.0);

        const CliRun r = plan({QStringLiteral("--calibrate"), m_result, QStringLiteral("--project"), m_project,
                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("deployment")).toString(), QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(json.value(QStringLiteral("chip")).toString(), QStringLiteral("910B4"));
        QCOMPARE(json.value(QStringLiteral("engine")).toString(), QStringLiteral("vllm-ascend"));
        const QJsonObject workload = json.value(QStringLiteral("workload")).toObject();
        QCOMPARE(workload.value(QStringLiteral("concurrency")).toInt(), 8);
        QCOMPARE(workload.value(QStringLiteral("input_len")).toInt(), 512);
        QCOMPARE(workload.value(QStringLiteral("output_len")).toInt(), 128);
        const QJsonObject measured = json.value(QStringLiteral("measured")).toObject();
        QVERIFY(qAbs(measured.value(QStringLiteral("output_tok_s")).toDouble() - 396.5044687991627) < 1e-9);
        QVERIFY(qAbs(measured.value(QStringLiteral("ttft_ms")).toDouble() - 51.72948584375) < 1e-9);
        const double predicted
            = json.value(QStringLiteral("predicted")).toObject().value(QStringLiteral("output_tok_s")).toDouble();
        QVERIFY(qAbs(predicted - predictedBefore) <= 0.05 + 1e-9); // plan's JSON rounds to 0.1 tok/s
        const double factor = json.value(QStringLiteral("speed_correction")).toDouble();
        QVERIFY(qAbs(factor - 396.5044687991627 / predicted) < 1e-12);
        QVERIFY(json.value(QStringLiteral("previous_speed_correction")).isNull());

        // Stored in the project file, read back by the next plan.
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray yaml = file.readAll();
        QVERIFY(yaml.contains("calibration:"));
        QVERIFY(yaml.contains("chip: 910B4, engine: vllm-ascend, speed_correction: "));
        QVERIFY(yaml.contains("measured_from: \"run.json\""));
        const QJsonObject after = predictedNow();
        QCOMPARE(
            after.value(QStringLiteral("workload")).toObject().value(QStringLiteral("speed_correction")).toDouble(),
            factor);
        const double predictedAfter = after.value(QStringLiteral("plans"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("predicted"))
                                          .toObject()
                                          .value(QStringLiteral("output_tok_s"))
                                          .toDouble();
        QVERIFY2(qAbs(predictedAfter / predictedBefore - factor) < 5e-4, // both rounded to 0.1 tok/s
                 qPrintable(QStringLiteral("%1 / %2 vs %3").arg(predictedAfter).arg(predictedBefore).arg(factor)));
        // --chip: that chip's correction (none stored for 910B3; 910B4's is the one just measured).
        const auto correctionOn = [this](const char* chip) {
            return predictedNow({QStringLiteral("--chip"), QLatin1String(chip)})
                .value(QStringLiteral("workload"))
                .toObject()
                .value(QStringLiteral("speed_correction"))
                .toDouble();
        };
        QCOMPARE(correctionOn("910B3"), 1.0);
        QCOMPARE(correctionOn("910B4"), factor);

        // Again: the entry is replaced, the table says what it was.
        const CliRun again = plan({QStringLiteral("--calibrate"), m_result, QStringLiteral("--project"), m_project});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("output tokens/s: measured"));
        QVERIFY(again.out.contains("(was "));
        QFile reread(m_project);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll().count("speed_correction:"), 1);
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no project") << QStringList {QStringLiteral("--calibrate"), QStringLiteral("RESULT")}
                                    << QStringLiteral("--project");
        QTest::newRow("demo project") << QStringList {QStringLiteral("--calibrate"), QStringLiteral("RESULT"),
                                                      QStringLiteral("--project"), QStringLiteral("demo:atlas-lab")}
                                      << QStringLiteral("read-only");
        QTest::newRow("missing result") << QStringList {
            QStringLiteral("--calibrate"), QStringLiteral("/nonexistent/r.json"), QStringLiteral("--project"),
            QStringLiteral("PROJECT")} << QStringLiteral("/nonexistent/r.json");
        QTest::newRow("all failed") << QStringList {QStringLiteral("--calibrate"),
                                                    fixturePath(
                                                        QStringLiteral("bench/captured-vllm-0.25.1-all-failed.json")),
                                                    QStringLiteral("--project"), QStringLiteral("PROJECT")}
                                    << QStringLiteral("captured-vllm-0.25.1-all-failed.json: no request");
        QTest::newRow("unknown deployment")
            << QStringList {QStringLiteral("--calibrate"), QStringLiteral("RESULT"),       QStringLiteral("--project"),
                            QStringLiteral("PROJECT"),     QStringLiteral("--deployment"), QStringLiteral("nope")}
            << QStringLiteral("no deployment named 'nope'");
        QTest::newRow("workload given") << QStringList {QStringLiteral("--calibrate"),   QStringLiteral("RESULT"),
                                                        QStringLiteral("--project"),     QStringLiteral("PROJECT"),
                                                        QStringLiteral("--concurrency"), QStringLiteral("4")}
                                        << QStringLiteral("--concurrency");
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("RESULT"), m_result);
        args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
        const CliRun r = plan(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("calibration:")); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestCliCalibrate)
#include "tst_cli_calibrate.moc"
