// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/CliRun.h"
#include "tests/support/Fixtures.h"

using npufleet::test::CliRun;

class TestCliPlan : public QObject
{
    Q_OBJECT

private:
    static CliRun plan(const QStringList& args)
    {
        return npufleet::test::runCli(QStringList {QStringLiteral("plan")} + args);
    }

    static QStringList cluster(int nodes, int perNode, int hbm)
    {
        return {QStringLiteral("--nodes"), QString::number(nodes),      QStringLiteral("--npus-per-node"),
                QString::number(perNode),  QStringLiteral("--hbm-gib"), QString::number(hbm)};
    }

private slots:
    void jsonFields()
    {
        const CliRun r = plan(QStringList {QStringLiteral("--model"), QStringLiteral("Qwen/Qwen3-30B-A3B")}
                              + cluster(1, 8, 64) + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError pe;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const QJsonObject model = json.value(QStringLiteral("model")).toObject();
        QCOMPARE(model.value(QStringLiteral("name")).toString(), QStringLiteral("Qwen3-30B-A3B"));
        QCOMPARE(model.value(QStringLiteral("params_total")).toDouble(), 30532122624.0);
        for (const char* key : {"params_active", "params_mtp", "quant", "bytes_per_param", "kv_bytes_per_token"})
            QVERIFY2(model.contains(QLatin1String(key)), key);
        const QJsonArray plans = json.value(QStringLiteral("plans")).toArray();
        QVERIFY(!plans.isEmpty());
        for (const QJsonValue& v : plans) {
            const QJsonObject p = v.toObject();
            for (const char* key : {"tp", "pp", "dp", "ep", "npus", "nodes", "weights_gib_per_npu",
                                    "kv_cache_gib_per_npu", "kv_cache_tokens", "max_concurrency", "fits", "warnings"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
        }
        QVERIFY(plans.first().toObject().value(QStringLiteral("fits")).toBool());
    }

    void predictedSpeeds()
    {
        const CliRun r
            = plan(QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-32B"), QStringLiteral("--concurrency"),
                                QStringLiteral("32"), QStringLiteral("--input-len"), QStringLiteral("2000"),
                                QStringLiteral("--output-len"), QStringLiteral("300"), QStringLiteral("--objective"),
                                QStringLiteral("latency"), QStringLiteral("--chip"), QStringLiteral("910B2"),
                                QStringLiteral("--format"), QStringLiteral("json")}
                   + cluster(1, 8, 32));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonObject workload = json.value(QStringLiteral("workload")).toObject();
        QCOMPARE(workload.value(QStringLiteral("concurrency")).toInt(), 32);
        QCOMPARE(workload.value(QStringLiteral("input_len")).toInt(), 2000);
        QCOMPARE(workload.value(QStringLiteral("output_len")).toInt(), 300);
        QCOMPARE(workload.value(QStringLiteral("objective")).toString(), QStringLiteral("latency"));
        QCOMPARE(json.value(QStringLiteral("cluster")).toObject().value(QStringLiteral("chip")).toString(),
                 QStringLiteral("910B2"));
        bool sawNull = false;
        double previousE2e = 0;
        for (const QJsonValue& v : json.value(QStringLiteral("plans")).toArray()) {
            const QJsonObject plan = v.toObject();
            const QJsonValue predicted = plan.value(QStringLiteral("predicted"));
            if (!plan.value(QStringLiteral("fits")).toBool()) {
                QVERIFY(predicted.isNull()); // nothing to predict for a layout that does not fit
                sawNull = true;
                continue;
            }
            const QJsonObject p = predicted.toObject();
            for (const char* key : {"output_tok_s", "per_user_tok_s", "ttft_ms", "tpot_ms", "concurrency", "limit"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QVERIFY(p.value(QStringLiteral("output_tok_s")).toDouble() > 0);
            QVERIFY(!p.value(QStringLiteral("limit")).toString().isEmpty());
            QCOMPARE(p.value(QStringLiteral("concurrency")).toInt(), 32);
            // Ranked by latency: the time of one request (TTFT + output x TPOT) grows down the list,
            // ties within 2 % aside.
            const double e2e
                = p.value(QStringLiteral("ttft_ms")).toDouble() + 299 * p.value(QStringLiteral("tpot_ms")).toDouble();
            QVERIFY(e2e >= previousE2e * 0.97);
            previousE2e = e2e;
        }
        QVERIFY(sawNull); // TP1 cannot hold Qwen3-32B in 32 GiB
        const CliRun table
            = plan(QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-32B")} + cluster(1, 8, 32));
        QVERIFY(table.out.contains("TTFT"));
        QVERIFY(table.out.contains("limit:"));
    }

    void givenLayoutAndConfigFile()
    {
        const CliRun r
            = plan(QStringList {QStringLiteral("--model"),
                                npufleet::test::fixturePath(QStringLiteral("models/Llama-3.1-8B.config.json"))}
                   + cluster(1, 8, 64)
                   + QStringList {QStringLiteral("--tp"), QStringLiteral("2"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--max-model-len"), QStringLiteral("8192")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray plans = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("plans")).toArray();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().toObject().value(QStringLiteral("tp")).toInt(), 2);
        QCOMPARE(plans.first().toObject().value(QStringLiteral("npus")).toInt(), 2);
    }

    void tableByDefault()
    {
        const CliRun r = plan(QStringList {QStringLiteral("--model"), QStringLiteral("qwen3-8b")} + cluster(1, 8, 64));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("TP"));
        QVERIFY(r.out.contains("Qwen3-8B"));
    }

    void nothingFitsExitsOne()
    {
        const CliRun r = plan(QStringList {QStringLiteral("--model"), QStringLiteral("DeepSeek-R1-0528"),
                                           QStringLiteral("--quant"), QStringLiteral("bf16"),
                                           QStringLiteral("--format"), QStringLiteral("json")}
                              + cluster(1, 8, 64));
        QCOMPARE(r.exitCode, 1);
        const QJsonArray plans = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("plans")).toArray();
        QVERIFY(!plans.isEmpty());
        QVERIFY(!plans.first().toObject().value(QStringLiteral("fits")).toBool());
        QVERIFY(plans.first().toObject().value(QStringLiteral("short_gib_per_npu")).toDouble() > 50);
    }

    void givenLayoutDoesNotFitExitsOne()
    {
        const CliRun r = plan(QStringList {QStringLiteral("--model"), QStringLiteral("Qwen2.5-72B-Instruct"),
                                           QStringLiteral("--tp"), QStringLiteral("1")}
                              + cluster(1, 8, 64));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("GiB short per NPU"));
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no model") << cluster(1, 8, 64) << "--model";
        QTest::newRow("no hbm") << QStringList {QStringLiteral("--model"),         QStringLiteral("Qwen3-8B"),
                                                QStringLiteral("--nodes"),         QStringLiteral("1"),
                                                QStringLiteral("--npus-per-node"), QStringLiteral("8")}
                                << "--hbm-gib";
        QTest::newRow("bad quant") << QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-8B"),
                                                   QStringLiteral("--quant"), QStringLiteral("int3")}
                + cluster(1, 8, 64) << "int3";
        QTest::newRow("bad nodes") << QStringList {QStringLiteral("--model"),         QStringLiteral("Qwen3-8B"),
                                                   QStringLiteral("--nodes"),         QStringLiteral("two"),
                                                   QStringLiteral("--npus-per-node"), QStringLiteral("8"),
                                                   QStringLiteral("--hbm-gib"),       QStringLiteral("64")}
                                   << "--nodes";
        QTest::newRow("unknown model") << QStringList {QStringLiteral("--model"), QStringLiteral("NoSuchModel-9B")}
                + cluster(1, 8, 64) << "NoSuchModel-9B";
        QTest::newRow("layout too big") << QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-8B"),
                                                        QStringLiteral("--tp"), QStringLiteral("16")}
                + cluster(1, 8, 64) << "16 NPUs";
        QTest::newRow("bad format") << QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-8B"),
                                                    QStringLiteral("--format"), QStringLiteral("xml")}
                + cluster(1, 8, 64) << "xml";
        QTest::newRow("bad objective") << QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-8B"),
                                                       QStringLiteral("--objective"), QStringLiteral("cost")}
                + cluster(1, 8, 64) << "cost";
        QTest::newRow("unknown chip") << QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-8B"),
                                                      QStringLiteral("--chip"), QStringLiteral("TPUv9")}
                + cluster(1, 8, 64) << "910B3";
        QTest::newRow("zero users") << QStringList {QStringLiteral("--model"), QStringLiteral("Qwen3-8B"),
                                                    QStringLiteral("--concurrency"), QStringLiteral("0")}
                + cluster(1, 8, 64) << "--concurrency";
    }
    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliRun r = plan(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void brokenConfigNamesFileLine()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"hidden_size\": 4096,\n  \"num_hidden_layers\": 32,\n  \"num_attention_heads\": 32,,\n}\n");
        f.close();
        const CliRun r = plan(QStringList {QStringLiteral("--model"), dir.path()} + cluster(1, 8, 64));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("config.json:4:"))), qPrintable(r.err));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"hidden_size\": 4096, \"num_hidden_layers\": 32, \"vocab_size\": 1000}");
        f.close();
        const CliRun missing = plan(QStringList {QStringLiteral("--model"), dir.path()} + cluster(1, 8, 64));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("num_attention_heads")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
