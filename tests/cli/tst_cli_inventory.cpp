// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "Fixtures.h"
#include "StandInFiles.h"

using npufleet::test::CliRun;
using npufleet::test::fixturePath;
using npufleet::test::runCli;

namespace {

QJsonArray accelerators(const QByteArray& json)
{
    const QJsonArray nodes = QJsonDocument::fromJson(json).object().value(QStringLiteral("nodes")).toArray();
    return nodes.size() == 1 ? nodes.at(0).toObject().value(QStringLiteral("accelerators")).toArray() : QJsonArray();
}

} // namespace

class TestCliInventory : public QObject
{
    Q_OBJECT

private slots:
    void json310P()
    {
        const QString file = fixturePath(QStringLiteral("npu-smi/info-310P3-duo-2cards-4chips-mindie-24.1.0.1.txt"));
        const CliRun run = runCli({QStringLiteral("inventory"), QStringLiteral("--parse-npu-smi"), file,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonObject node = doc.value(QStringLiteral("nodes")).toArray().at(0).toObject();
        QCOMPARE(node.value(QStringLiteral("name")).toString(),
                 QStringLiteral("info-310P3-duo-2cards-4chips-mindie-24.1.0.1"));
        QCOMPARE(node.value(QStringLiteral("host")).toString(), QString());
        const QJsonArray list = accelerators(run.out);
        QCOMPARE(list.size(), 4);
        const QJsonObject first = list.at(0).toObject();
        QVERIFY(first.value(QStringLiteral("power_w")).isNull()); // printed as NA
        QCOMPARE(first.value(QStringLiteral("vendor")).toString(), QStringLiteral("ascend"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("310P3"));
        QCOMPARE(first.value(QStringLiteral("health")).toString(), QStringLiteral("OK"));
        QCOMPARE(first.value(QStringLiteral("hbm_total_mib")).toInt(), 44280);
        QCOMPARE(first.value(QStringLiteral("temp_c")).toInt(), 62);
        QCOMPARE(first.value(QStringLiteral("bus_id")).toString(), QStringLiteral("0000:01:00.0"));
        const QJsonArray processes = first.value(QStringLiteral("processes")).toArray();
        QCOMPARE(processes.size(), 1);
        QCOMPARE(processes.at(0).toObject().value(QStringLiteral("pid")).toInteger(), 3277562);
        QCOMPARE(processes.at(0).toObject().value(QStringLiteral("memory_mib")).toInt(), 14513);
        for (const char* key : {"index", "chip", "vendor", "name", "health", "bus_id", "power_w", "temp_c",
                                "hbm_used_mib", "hbm_total_mib", "aicore_pct", "processes"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
    }

    void jsonA3()
    {
        const QString file = fixturePath(QStringLiteral("npu-smi/info-A3-Ascend910-8npu-16chips-25.3.rc1.txt"));
        const CliRun run = runCli(
            {QStringLiteral("inventory"), QStringLiteral("--format=json"), QStringLiteral("--parse-npu-smi"), file});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = accelerators(run.out);
        QCOMPARE(list.size(), 16);
        for (int i = 0; i < 16; ++i) {
            const QJsonObject a = list.at(i).toObject();
            QCOMPARE(a.value(QStringLiteral("index")).toInt(), i / 2);
            QCOMPARE(a.value(QStringLiteral("chip")).toInt(), i % 2);
            QCOMPARE(a.value(QStringLiteral("power_w")).isNull(), i % 2 == 1);
        }
        int processes = 0;
        for (const QJsonValue& a : list)
            processes += int(a.toObject().value(QStringLiteral("processes")).toArray().size());
        QCOMPARE(processes, 10);
    }

    void table()
    {
        const QString file = fixturePath(QStringLiteral("npu-smi/info-910A-32G-2-warning-24.1.RC2.txt"));
        const CliRun run = runCli({QStringLiteral("inventory"), QStringLiteral("--parse-npu-smi"), file});
        QCOMPARE(run.exitCode, 0);
        const QString text = run.outText();
        QVERIFY(text.contains(QLatin1String("Warning")));
        QVERIFY(text.contains(QLatin1String("0 / 32768")));
        QCOMPARE(text.count(QLatin1String("info-910A-32G-2-warning-24.1.RC2 ")), 8);
    }

    void missingFile()
    {
        const CliRun run = runCli(
            {QStringLiteral("inventory"), QStringLiteral("--parse-npu-smi"), QStringLiteral("/nonexistent/npu.txt")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("/nonexistent/npu.txt")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void garbageFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.txt"));
        QString error;
        QVERIFY2(npufleet::test::writeStandInFile(path, "bash: npu-smi: command not found\n", false, &error),
                 qPrintable(error));
        const CliRun run = runCli({QStringLiteral("inventory"), QStringLiteral("--parse-npu-smi"), path,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path + QStringLiteral(":1:")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void badRowNamesLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.txt"));
        QByteArray body = npufleet::test::fixtureBody(QStringLiteral("npu-smi/info-910B4-32G-8npu-idle-24.1.rc3.txt"));
        body.replace("| 2     910B4", "| x2    910B4");
        QString error;
        QVERIFY2(npufleet::test::writeStandInFile(path, body, false, &error), qPrintable(error));
        // The other seven NPUs are still read; the row that makes no sense is named.
        const CliRun run = runCli({QStringLiteral("inventory"), QStringLiteral("--parse-npu-smi"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(path + QStringLiteral(": warning: line 13:")), qPrintable(run.err));
        QCOMPARE(run.outText().count(QLatin1String("broken ")), 7);
    }

    // An elided table (rows replaced by "...") gives every chip row that is there, and says what is missing.
    void elidedTableWarns()
    {
        const QString file = fixturePath(QStringLiteral("npu-smi/variant-elided-dots-910B3-8npu-processes-23.0.7.txt"));
        const CliRun run = runCli(
            {QStringLiteral("inventory"), QStringLiteral("--format=json"), QStringLiteral("--parse-npu-smi"), file});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = accelerators(run.out);
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("index")).toInt(), 6);
        const QJsonObject node
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("nodes")).toArray().at(0).toObject();
        const QJsonArray warnings = node.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(0).toString().contains(QLatin1String("'...'")));
        QVERIFY(run.err.contains(QLatin1String("warning: line ")));

        // A complete table says nothing: the key is there, empty.
        const CliRun whole
            = runCli({QStringLiteral("inventory"), QStringLiteral("--format=json"), QStringLiteral("--parse-npu-smi"),
                      fixturePath(QStringLiteral("npu-smi/info-910B3-64G-8npu-processes-23.0.7.txt"))});
        const QJsonObject wholeNode
            = QJsonDocument::fromJson(whole.out).object().value(QStringLiteral("nodes")).toArray().at(0).toObject();
        QVERIFY(wholeNode.value(QStringLiteral("warnings")).isArray());
        QVERIFY(wholeNode.value(QStringLiteral("warnings")).toArray().isEmpty());
    }

    // The simulated fleet: every node listed, the reached ones with their NPUs, a few NPUs in alarm; the
    // unreachable nodes are named on stderr and make the exit code 1.
    void fleet256()
    {
        const CliRun run = runCli({QStringLiteral("inventory"), QStringLiteral("--project"),
                                   QStringLiteral("demo:fleet-256"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--max-handshakes"), QStringLiteral("8")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray nodes = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 256);
        int withNpus = 0;
        int unhealthy = 0;
        for (const QJsonValue& node : nodes) {
            // An unreachable node lists the NPUs its project declares, with nothing read from them.
            const QJsonArray npus = node.toObject().value(QStringLiteral("accelerators")).toArray();
            QCOMPARE(npus.size(), 8);
            const bool read = !npus.first().toObject().value(QStringLiteral("health")).isNull();
            withNpus += read ? 1 : 0;
            for (const QJsonValue& npu : npus)
                unhealthy += read && npu.toObject().value(QStringLiteral("health")).toString() != QLatin1String("OK");
        }
        QVERIFY2(withNpus >= 250 && withNpus < 256, qPrintable(QString::number(withNpus)));
        QVERIFY(unhealthy >= 3 && unhealthy <= 16);
        QCOMPARE(run.err.count(QStringLiteral("connection refused")), 256 - withNpus);
        QCOMPARE(runCli({QStringLiteral("inventory"), QStringLiteral("--project"), QStringLiteral("demo:fleet-64"),
                         QStringLiteral("--max-handshakes"), QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    void usage()
    {
        QCOMPARE(runCli({QStringLiteral("inventory")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("xml"),
                         QStringLiteral("--parse-npu-smi"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const CliRun help = runCli({QStringLiteral("inventory"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--parse-npu-smi"));
    }
};

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_cli_inventory.moc"
