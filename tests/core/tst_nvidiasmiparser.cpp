// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/cluster/InventoryJson.h"
#include "core/cluster/InventoryTable.h"
#include "core/cluster/NvidiaSmiParser.h"

using namespace npufleet;
using namespace npufleet::cluster;

class TestNvidiaSmiParser : public QObject
{
    Q_OBJECT

private slots:
    void eightA100()
    {
        QByteArray text;
        for (int i = 0; i < 8; ++i)
            text += QByteArray::number(i) + ", NVIDIA A100-SXM4-80GB, " + QByteArray::number(1000 * i) + ", 81920, "
                + QByteArray::number(30 + i) + ", 61.27, " + QByteArray::number(i * 10) + "\n";
        const auto r = parseNvidiaSmiQuery(text);
        QVERIFY(r.hasValue());
        QCOMPARE(r->size(), 8);
        const Accelerator& g = r->at(3);
        QCOMPARE(g.vendor, Vendor::Nvidia);
        QCOMPARE(g.index, 3);
        QCOMPARE(g.chip, 0);
        QCOMPARE(g.name, QStringLiteral("NVIDIA A100-SXM4-80GB"));
        QCOMPARE(g.hbmUsedMib, std::optional<qint64>(3000));
        QCOMPARE(g.hbmTotalMib, std::optional<qint64>(81920));
        QCOMPARE(g.tempC, std::optional<double>(33));
        QCOMPARE(g.powerW, std::optional<double>(61.27));
        QCOMPARE(g.aicorePct, std::optional<double>(30));
        QVERIFY(g.health.isEmpty());
    }

    void missingValues()
    {
        const QByteArray text = "0, NVIDIA H100 80GB HBM3, 71234, 81559, 54, 412.83, 98\r\n"
                                "1, NVIDIA GeForce RTX 4090, 1, 24564, [N/A], [Not Supported], [N/A]\r\n"
                                "\n"
                                "2, NVIDIA L40S, [Unknown Error], 46068, 38, N/A, 0\n";
        const auto r = parseNvidiaSmiQuery(text);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(0).powerW, std::optional<double>(412.83));
        QCOMPARE(r->at(1).name, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QVERIFY(!r->at(1).tempC.has_value());
        QVERIFY(!r->at(1).powerW.has_value());
        QVERIFY(!r->at(1).aicorePct.has_value());
        QCOMPARE(r->at(1).hbmTotalMib, std::optional<qint64>(24564));
        QVERIFY(!r->at(2).hbmUsedMib.has_value());
        QVERIFY(!r->at(2).powerW.has_value());
    }

    void headerLineSkipped()
    {
        const QByteArray text = "index, name, memory.used [MiB], memory.total [MiB], temperature.gpu, power.draw [W], "
                                "utilization.gpu [%]\n0, Tesla V100-SXM2-32GB, 0, 32768, 31, 42.1, 0\n";
        const auto r = parseNvidiaSmiQuery(text);
        QVERIFY(r.hasValue());
        QCOMPARE(r->size(), 1);
    }

    // The inventory renderers: nulls (JSON) and '-' (table) for what nvidia-smi did not give.
    void renderers()
    {
        const auto gpus = parseNvidiaSmiQuery("0, NVIDIA GeForce RTX 4090, 1, 24564, [N/A], [Not Supported], 7\n");
        QVERIFY(gpus.hasValue());
        Node node;
        node.name = QStringLiteral("desk");
        node.host = QStringLiteral("10.0.0.9");
        node.live.accelerators = gpus.value();
        const QJsonObject json = inventoryToJson({node});
        const QJsonObject n = json.value(QStringLiteral("nodes")).toArray().at(0).toObject();
        QCOMPARE(n.value(QStringLiteral("host")).toString(), QStringLiteral("10.0.0.9"));
        const QJsonObject g = n.value(QStringLiteral("accelerators")).toArray().at(0).toObject();
        QCOMPARE(g.value(QStringLiteral("vendor")).toString(), QStringLiteral("nvidia"));
        QVERIFY(g.value(QStringLiteral("health")).isNull());
        QVERIFY(g.value(QStringLiteral("bus_id")).isNull());
        QVERIFY(g.value(QStringLiteral("power_w")).isNull());
        QVERIFY(g.value(QStringLiteral("temp_c")).isNull());
        QCOMPARE(g.value(QStringLiteral("hbm_total_mib")).toInt(), 24564);
        QCOMPARE(g.value(QStringLiteral("aicore_pct")).toInt(), 7);
        QCOMPARE(g.value(QStringLiteral("processes")).toArray().size(), 0);

        const QString table = renderInventoryTable({node});
        const QStringList lines = table.split(QLatin1Char('\n'));
        QVERIFY(lines.at(0).startsWith(QLatin1String("NODE")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("desk")));
        QVERIFY(lines.at(1).contains(QLatin1String("1 / 24564")));
        QVERIFY(table.contains(QLatin1String("0 not OK"))); // unknown health is not counted as bad

        // A node without live data shows what its hardware declares.
        Node declared;
        declared.name = QStringLiteral("planned");
        declared.hardware.acceleratorCount = 8;
        declared.hardware.chip = QStringLiteral("910B4");
        declared.hardware.memoryMibPerAccelerator = 32768;
        const QJsonArray list = inventoryToJson({declared})
                                    .value(QStringLiteral("nodes"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("accelerators"))
                                    .toArray();
        QCOMPARE(list.size(), 8);
        QVERIFY(list.at(0).toObject().value(QStringLiteral("hbm_used_mib")).isNull());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("driver failure") << QByteArray("NVIDIA-SMI has failed because it couldn't communicate with the "
                                                      "NVIDIA driver. Make sure that the latest NVIDIA driver is "
                                                      "installed and running.\n")
                                        << 1;
        QTest::newRow("not found") << QByteArray("bash: nvidia-smi: command not found\n") << 1;
        QTest::newRow("bad index") << QByteArray("x, B, 1, 2, 3, 4, 5\n") << 1;
        QTest::newRow("too few") << QByteArray("0, NVIDIA A100, 1, 2\n") << 1;
        QTest::newRow("nothing readable") << QByteArray("header garbage\n0, A\n") << 1;
    }

    // A line that cannot be read costs that line (or that value) only, with a warning.
    void damagedLinesWarn()
    {
        QStringList warnings;
        const auto r = parseNvidiaSmiQuery("0, A, 1, 2, 3, 4, 5\nx, B, 1, 2, 3, 4, 5\n1, C, 1, lots, 3, 4, 5\n"
                                           "2, D, 1, 2\n3, E, 1, 2, 3, 4, 5\n",
                                           &warnings);
        QVERIFY(r.hasValue());
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(1).name, QStringLiteral("C"));
        QVERIFY(!r->at(1).hbmTotalMib.has_value());
        QCOMPARE(r->at(2).index, 3);
        QCOMPARE(warnings.size(), 3);
        QVERIFY(warnings.at(0).startsWith(QLatin1String("line 2:")));
        QVERIFY(warnings.at(1).startsWith(QLatin1String("line 3:")));
        QVERIFY(warnings.at(2).startsWith(QLatin1String("line 4:")));
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const auto r = parseNvidiaSmiQuery(text);
        QVERIFY(!r.hasValue());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(r.error().line, line);
    }
};

QTEST_GUILESS_MAIN(TestNvidiaSmiParser)
#include "tst_nvidiasmiparser.moc"
