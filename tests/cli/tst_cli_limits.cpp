// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16's reproducers through the command line: bad input exits 2 with a message, never a signal.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "SshdFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/Fixtures.h"

using npufleet::test::CliRun;
using npufleet::test::runCli;

namespace {

QStringList
planArgs(const QString& model, const QString& nodes, const QString& perNode, const QString& hbm = QStringLiteral("64"))
{
    return {QStringLiteral("plan"),
            QStringLiteral("--model"),
            model,
            QStringLiteral("--nodes"),
            nodes,
            QStringLiteral("--npus-per-node"),
            perNode,
            QStringLiteral("--hbm-gib"),
            hbm};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliLimits : public QObject
{
    Q_OBJECT

private slots:
    void planRefusesHugeClusters_data()
    {
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("perNode");
        QTest::addColumn<QString>("hbm");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nodes INT_MAX") << QStringLiteral("2147483647") << QStringLiteral("8") << QStringLiteral("64")
                                       << QStringLiteral("--nodes must be a number from 1 to 4096");
        QTest::newRow("npus-per-node INT_MAX")
            << QStringLiteral("1") << QStringLiteral("2147483647") << QStringLiteral("64")
            << QStringLiteral("--npus-per-node must be a number from 1 to 64");
        QTest::newRow("nodes 1e30") << QStringLiteral("1e30") << QStringLiteral("8") << QStringLiteral("64")
                                    << QStringLiteral("--nodes must be a number from 1 to 4096");
        QTest::newRow("hbm nan") << QStringLiteral("1") << QStringLiteral("8") << QStringLiteral("nan")
                                 << QStringLiteral("--hbm-gib must be a number from");
        QTest::newRow("hbm inf") << QStringLiteral("1") << QStringLiteral("8") << QStringLiteral("inf")
                                 << QStringLiteral("--hbm-gib must be a number from");
        QTest::newRow("negative nodes") << QStringLiteral("-2") << QStringLiteral("8") << QStringLiteral("64")
                                        << QStringLiteral("--nodes must be a number from 1 to 4096");
    }

    void planRefusesHugeClusters()
    {
        QFETCH(QString, nodes);
        QFETCH(QString, perNode);
        QFETCH(QString, hbm);
        QFETCH(QString, expected);
        const CliRun r = runCli(planArgs(QStringLiteral("Qwen3-32B"), nodes, perNode, hbm));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void planRefusesOutOfRangeConfig()
    {
        QTemporaryDir dir;
        QFile f(npufleet::test::fixturePath(QStringLiteral("models/DeepSeek-R1.config.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        QVERIFY(text.contains("\"moe_layer_freq\": 1"));
        text.replace("\"moe_layer_freq\": 1", "\"moe_layer_freq\": 4294967296");
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(writeFile(path, text));
        const CliRun r = runCli(planArgs(path, QStringLiteral("2"), QStringLiteral("8")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("'moe_layer_freq' must be a whole number from 1 to 4096")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QLatin1Char(':')), qPrintable(r.err)); // file:line:column
    }

    void projectVerbsRefuseHostileYaml_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cycle") << QByteArray("version: 1\nx: &a [*a]\n") << QStringLiteral(":2:8: the alias *a");
        QTest::newRow("duplicate key") << QByteArray("version: 1\nname: a\nname: b\n")
                                       << QStringLiteral(":3:1: the key 'name' is given twice");
        QTest::newRow("latin-1") << QByteArray("version: 1\nname: caf\xe9\n")
                                 << QStringLiteral(":2:10: the text is not valid UTF-8");
    }

    void projectVerbsRefuseHostileYaml()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        QVERIFY(writeFile(path, yaml));
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--project"), path,
                                 QStringLiteral("--format"), QStringLiteral("all"), QStringLiteral("--deployment"),
                                 QStringLiteral("d"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + expected), qPrintable(r.err));
    }

    // A node printing 20 MiB of npu-smi output is stopped at 16 MiB; one printing nonsense is not
    // understood; the third is listed; inventory exits 1.
    void inventoryBoundsEachNodesOutput()
    {
        npufleet::test::SshdFixture cluster(3);
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        const auto replaceOutput = [&](int i, const QByteArray& bytes) {
            return writeFile(cluster.storageDir(i) + QStringLiteral("/data/npu-smi-info.txt"), bytes);
        };
        QVERIFY(replaceOutput(0, QByteArray(20 * 1024 * 1024, '|')));
        QVERIFY(replaceOutput(1, "this is not npu-smi output\n"));
        QStringList hosts;
        for (int i = 0; i < cluster.count(); ++i)
            hosts << QStringLiteral("root@%1:%2").arg(cluster.address(i)).arg(cluster.port());
        const CliRun r = runCli({QStringLiteral("inventory"), QStringLiteral("--hosts"), hosts.join(QLatin1Char(',')),
                                 QStringLiteral("--identity"), cluster.clientKey(), QStringLiteral("--known-hosts"),
                                 cluster.knownHostsFile(), QStringLiteral("--format"), QStringLiteral("json")});
        cluster.stop();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("printed more than 16 MiB")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("npu-smi output not understood")), qPrintable(r.err));
        const QJsonArray nodes = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 3);
        QVERIFY(nodes.at(0).toObject().value(QStringLiteral("accelerators")).toArray().isEmpty());
        QVERIFY(!nodes.at(2).toObject().value(QStringLiteral("accelerators")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
