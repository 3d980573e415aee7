// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include "core/cluster/NpuSmiParser.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::cluster;
using npufleet::test::fixtureBody;
using npufleet::test::fixtureFiles;
using npufleet::test::fixtureHeader;

namespace {

QStringList tableFixtures()
{
    QStringList files;
    for (const QString& f : fixtureFiles(QStringLiteral("npu-smi"), QStringLiteral("info-*.txt"))) {
        if (!fixtureHeader(f, QStringLiteral("expect-npus")).isEmpty())
            files << f;
    }
    return files;
}

QString fixture(const char* name)
{
    return QStringLiteral("npu-smi/") + QLatin1String(name);
}

NpuSmiReport parsed(const QByteArray& text)
{
    auto r = parseNpuSmiInfo(text);
    if (!r)
        qWarning() << r.error().toString();
    return r ? r.value() : NpuSmiReport {};
}

int processCount(const NpuSmiReport& report)
{
    int n = 0;
    for (const Accelerator& a : report.accelerators)
        n += int(a.processes.size());
    return n;
}

// A layout not in the fixtures: npu-smi 26.x (116 columns) with "Process id in container".
const char* const kLayout116
    = R"(+------------------------------------------------------------------------------------------------------------------+
| npu-smi 26.0.rc1                 Version: 26.0.rc1                                                               |
+---------------------------+---------------+----------------------------------------------------------------------+
| NPU   Name                | Health        | Power(W)             Temp(C)                 Hugepages-Usage(page)   |
| Chip                      | Bus-Id        | AICore(%)            Memory-Usage(MB)        HBM-Usage(MB)           |
+===========================+===============+======================================================================+
| 0     910B4               | OK            | 82.6                 32                      0    / 0                |
| 0                         | 0000:C1:00.0  | 12                   0    / 0                2871 / 32768            |
+===========================+===============+======================================================================+
| 1     910B4               | Alarm         | NA                   33                      0    / 0                |
| 0                         | 0000:C2:00.0  | 0                    0    / 0                NA   / 32768            |
+===========================+===============+======================================================================+
+---------------------------+---------------+----------------------------------------------------------------------+
| NPU     Chip              | Process id    | Process name       | Process memory(MB)    | Process id in container |
+===========================+===============+======================================================================+
| 0       0                 | 485946        | python3 worker     | 5175                  | 1201                    |
+===========================+===============+======================================================================+
| No running processes found in NPU 1                                                                              |
+===========================+===============+======================================================================+
)";

// An old Ascend 310 card (npu-smi 20.x): DDR only, chip and device ids, no hugepages column.
const char* const kLayout310 = R"(+------------------------------------------------------------------------------+
| npu-smi 20.2.0                       Version: 20.2.0                         |
+-------------------+-----------------+----------------------------------------+
| NPU     Name      | Health          | Power(W)          Temp(C)              |
| Chip    Device    | Bus-Id          | AICore(%)         Memory-Usage(MB)     |
+===================+=================+========================================+
| 0       310       | OK              | 12.8              45                   |
| 0       0         | 0000:05:00.0    | 0                 2621 / 8192          |
+===================+=================+========================================+
| 0       310       | OK              | 12.8              46                   |
| 1       1         | 0000:06:00.0    | 0                 2622 / 8192          |
+===================+=================+========================================+
)";

} // namespace

class TestNpuSmiParser : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = tableFixtures();
        QVERIFY(files.size() >= 6);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        const int npus = fixtureHeader(file, QStringLiteral("expect-npus")).toInt();
        const int notOk = fixtureHeader(file, QStringLiteral("expect-not-ok")).toInt();
        const qint64 hbmTotal = fixtureHeader(file, QStringLiteral("expect-hbm-total-mib")).toLongLong();
        const int processes = fixtureHeader(file, QStringLiteral("expect-processes")).toInt();

        auto result = parseNpuSmiInfo(fixtureBody(file));
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        const NpuSmiReport& report = result.value();
        QCOMPARE(report.accelerators.size(), npus);
        int unhealthy = 0;
        for (const Accelerator& a : report.accelerators) {
            unhealthy += a.isHealthy() ? 0 : 1;
            QVERIFY(!a.name.isEmpty());
            QVERIFY(a.hbmTotalMib.has_value());
            QVERIFY(a.tempC.has_value());
        }
        QCOMPARE(unhealthy, notOk);
        QCOMPARE(report.accelerators.first().hbmTotalMib, std::optional<qint64>(hbmTotal));
        QCOMPARE(processCount(report), processes);
        QVERIFY(!report.version.isEmpty());
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));

        // The raw file, '# ' header lines included, reads the same.
        QFile raw(test::fixturePath(file));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const NpuSmiReport again = parsed(raw.readAll());
        QCOMPARE(again.accelerators.size(), npus);
        QCOMPARE(processCount(again), processes);
    }

    void details910B3()
    {
        const NpuSmiReport r = parsed(fixtureBody(fixture("info-910B3-64G-8npu-processes-23.0.7.txt")));
        QCOMPARE(r.version, QStringLiteral("23.0.7"));
        const Accelerator& a = r.accelerators.at(0);
        QCOMPARE(a.vendor, Vendor::Ascend);
        QCOMPARE(a.index, 0);
        QCOMPARE(a.chip, 0);
        QCOMPARE(a.name, QStringLiteral("910B3"));
        QCOMPARE(a.health, QStringLiteral("OK"));
        QCOMPARE(a.busId, QStringLiteral("0000:C1:00.0"));
        QCOMPARE(a.powerW, std::optional<double>(98.3));
        QCOMPARE(a.tempC, std::optional<double>(43));
        QCOMPARE(a.aicorePct, std::optional<double>(0));
        QCOMPARE(a.hbmUsedMib, std::optional<qint64>(59985));
        QCOMPARE(a.processes.size(), 1);
        QCOMPARE(a.processes.at(0).pid, 49943);
        QCOMPARE(a.processes.at(0).name, QString());
        QCOMPARE(a.processes.at(0).memoryMib, std::optional<qint64>(56681));
        QCOMPARE(r.accelerators.at(7).index, 7);
        QCOMPARE(r.accelerators.at(7).hbmUsedMib, std::optional<qint64>(3350));
        QVERIFY(r.accelerators.at(4).processes.isEmpty());
    }

    void detailsA3()
    {
        const NpuSmiReport r = parsed(fixtureBody(fixture("info-A3-Ascend910-8npu-16chips-25.3.rc1.txt")));
        QCOMPARE(r.accelerators.size(), 16);
        for (int i = 0; i < 16; ++i) {
            const Accelerator& a = r.accelerators.at(i);
            QCOMPARE(a.index, i / 2);
            QCOMPARE(a.chip, i % 2);
            QCOMPARE(a.name, QStringLiteral("Ascend910"));
            QCOMPARE(a.powerW.has_value(), i % 2 == 0); // the second die prints '-'
        }
        QCOMPARE(r.accelerators.at(1).busId, QStringLiteral("0000:9F:00.0"));
        QCOMPARE(r.accelerators.at(12).processes.size(), 2); // NPU 6 chip 0
        QCOMPARE(r.accelerators.at(13).processes.size(), 1);
        QCOMPARE(r.accelerators.at(13).processes.at(0).memoryMib, std::optional<qint64>(54252));
    }

    void details910A()
    {
        const NpuSmiReport r = parsed(fixtureBody(fixture("info-910A-32G-2-warning-24.1.RC2.txt")));
        QCOMPARE(r.version, QStringLiteral("24.1.RC2"));
        QCOMPARE(r.accelerators.at(3).health, QStringLiteral("Warning"));
        QCOMPARE(r.accelerators.at(0).name, QStringLiteral("xxx"));
        // HBM, not the DDR column next to it.
        QCOMPARE(r.accelerators.at(0).hbmUsedMib, std::optional<qint64>(0));
        QCOMPARE(r.accelerators.at(0).hbmTotalMib, std::optional<qint64>(32768));
        QCOMPARE(r.accelerators.at(3).powerW, std::optional<double>(206.9));
        QCOMPARE(r.accelerators.at(5).processes.size(), 4);
        QCOMPARE(r.accelerators.at(5).processes.at(0).name, QStringLiteral("hlt_host_devmm_"));
    }

    void details310P()
    {
        const NpuSmiReport one = parsed(fixtureBody(fixture("info-310P3-1chip-25.5.2.txt")));
        QCOMPARE(one.accelerators.size(), 1);
        QCOMPARE(one.accelerators.at(0).index, 32896);
        QVERIFY(!one.accelerators.at(0).powerW.has_value());
        QCOMPARE(one.accelerators.at(0).hbmUsedMib, std::optional<qint64>(1904));

        const NpuSmiReport duo = parsed(fixtureBody(fixture("info-310P3-duo-2cards-4chips-mindie-24.1.0.1.txt")));
        QCOMPARE(duo.accelerators.size(), 4);
        const QList<QPair<int, int>> ids = {{1, 0}, {1, 1}, {2, 0}, {2, 1}};
        for (int i = 0; i < 4; ++i) {
            const Accelerator& a = duo.accelerators.at(i);
            QCOMPARE(qMakePair(a.index, a.chip), ids.at(i));
            QCOMPARE(a.processes.size(), 1);
            QCOMPARE(a.processes.at(0).name, QStringLiteral("mindie_llm_back"));
        }
        QCOMPARE(duo.accelerators.at(1).hbmUsedMib, std::optional<qint64>(15543));
        QCOMPARE(duo.accelerators.at(1).hbmTotalMib, std::optional<qint64>(43693));
        QCOMPARE(duo.accelerators.at(0).busId, duo.accelerators.at(1).busId);
    }

    void otherLayouts()
    {
        const NpuSmiReport wide = parsed(kLayout116);
        QCOMPARE(wide.version, QStringLiteral("26.0.rc1"));
        QCOMPARE(wide.accelerators.size(), 2);
        QCOMPARE(wide.accelerators.at(0).aicorePct, std::optional<double>(12));
        QCOMPARE(wide.accelerators.at(0).processes.size(), 1);
        QCOMPARE(wide.accelerators.at(0).processes.at(0).pid, 485946);
        QCOMPARE(wide.accelerators.at(0).processes.at(0).name, QStringLiteral("python3 worker"));
        QCOMPARE(wide.accelerators.at(1).health, QStringLiteral("Alarm"));
        QVERIFY(!wide.accelerators.at(1).powerW.has_value());
        QVERIFY(!wide.accelerators.at(1).hbmUsedMib.has_value());
        QCOMPARE(wide.accelerators.at(1).hbmTotalMib, std::optional<qint64>(32768));

        const NpuSmiReport old = parsed(kLayout310);
        QCOMPARE(old.accelerators.size(), 2);
        QCOMPARE(old.accelerators.at(1).chip, 1);
        QCOMPARE(old.accelerators.at(1).hbmTotalMib, std::optional<qint64>(8192));
        QCOMPARE(old.accelerators.at(1).name, QStringLiteral("310"));
    }

    void tolerant_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray body = fixtureBody(fixture("info-910B3-64G-8npu-processes-23.0.7.txt"));
        QByteArray crlf = body;
        crlf.replace("\n", "\r\n");
        QByteArray tabs = body;
        tabs.replace("      ", "\t");
        QByteArray trailing = body;
        trailing.replace("|\n", "|   \n");
        QByteArray indented = body;
        indented.replace("\n", "\n    ");
        QTest::newRow("crlf") << crlf;
        QTest::newRow("tabs") << tabs;
        QTest::newRow("trailing spaces") << trailing;
        QTest::newRow("indented") << QByteArray("    " + indented);
        QTest::newRow("prompt around") << QByteArray("[root@node1 ~]# npu-smi info\n" + body + "[root@node1 ~]# ");
        QTest::newRow("collect_env noise") << QByteArray("PyTorch version: 2.5.1\n| a | b |\nNPU:\n" + body
                                                         + "\nCANN:\npackage_name=Ascend-cann-toolkit\n");
    }

    void tolerant()
    {
        QFETCH(QByteArray, text);
        const NpuSmiReport r = parsed(text);
        QCOMPARE(r.accelerators.size(), 8);
        QCOMPARE(processCount(r), 4);
        QCOMPARE(r.accelerators.at(3).powerW, std::optional<double>(101.8));
        QCOMPARE(r.accelerators.at(3).hbmUsedMib, std::optional<qint64>(59990));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("blank") << QByteArray("\n  \n") << 0;
        QTest::newRow("not installed") << QByteArray("bash: npu-smi: command not found\n") << 1;
        QTest::newRow("board") << fixtureBody(fixture("info-t-board-1-910B-25.5.1.txt")) << 1;
        QTest::newRow("mapping") << fixtureBody(fixture("info-m-910A-8npu.txt")) << 1;
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe|\x7f", 6) << 1;
        const QByteArray body = fixtureBody(fixture("info-910B4-32G-8npu-idle-24.1.rc3.txt"));
        const QList<QByteArray> lines = body.split('\n');
        QTest::newRow("header only") << QByteArray(lines.mid(0, 6).join('\n')) << 4;
        QByteArray allMangled = body;
        allMangled.replace("910B4               | OK ", "910B4               | OK |");
        QTest::newRow("every row mangled") << allMangled << 4;
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const auto r = parseNpuSmiInfo(text);
        QVERIFY(!r.hasValue());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(r.error().line, line);
    }

    // A damaged row costs that row (or that value) only, with a warning naming its line.
    void damagedRows()
    {
        const QByteArray body = fixtureBody(fixture("info-910B4-32G-8npu-idle-24.1.rc3.txt"));
        QByteArray badId = body;
        badId.replace("| 2     910B4", "| x2    910B4");
        NpuSmiReport r = parsed(badId);
        QCOMPARE(r.accelerators.size(), 7);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().startsWith(QLatin1String("line 13:")), qPrintable(r.warnings.first()));

        QByteArray badPower = body;
        badPower.replace("84.5 ", "8x.5 ");
        r = parsed(badPower);
        QCOMPARE(r.accelerators.size(), 8);
        QVERIFY(!r.accelerators.at(2).powerW.has_value());
        QCOMPARE(r.accelerators.at(2).tempC, std::optional<double>(50));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().startsWith(QLatin1String("line 13:")));

        // Cut after the first row of NPU 0: what that row says is kept, the rest is unknown.
        const QList<QByteArray> lines = body.split('\n');
        r = parsed(lines.mid(0, 7).join('\n'));
        QCOMPARE(r.accelerators.size(), 1);
        QCOMPARE(r.accelerators.first().powerW, std::optional<double>(92.1));
        QVERIFY(!r.accelerators.first().hbmTotalMib.has_value());
        QVERIFY(r.warnings.size() >= 2); // no second line; no closing border
    }

    // Tables as people paste them: rows elided with "...", a row broken in two, a note inside the box, a copy
    // cut short, a row lost. Every chip row that is there is read, and each surprise is a warning.
    void damagedTables_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = fixtureFiles(QStringLiteral("npu-smi"), QStringLiteral("variant-*.txt"));
        QVERIFY(files.size() >= 5);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void damagedTables()
    {
        QFETCH(QString, file);
        const auto result = parseNpuSmiInfo(fixtureBody(file));
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        const NpuSmiReport& r = result.value();
        QStringList chips;
        for (const Accelerator& a : r.accelerators)
            chips << QStringLiteral("%1.%2").arg(a.index).arg(a.chip);
        QCOMPARE(chips.join(QLatin1Char(' ')), fixtureHeader(file, QStringLiteral("expect-chips")));
        QVERIFY(!r.warnings.isEmpty());
        for (const QString& w : r.warnings)
            QVERIFY2(w.startsWith(QLatin1String("line ")), qPrintable(w));
        const QString processes = fixtureHeader(file, QStringLiteral("expect-processes"));
        if (!processes.isEmpty())
            QCOMPARE(processCount(r), processes.toInt());
        const QString elisions = fixtureHeader(file, QStringLiteral("expect-elisions"));
        if (!elisions.isEmpty()) {
            int said = 0;
            for (const QString& w : r.warnings)
                said += w.contains(QLatin1String("left out here")) ? 1 : 0;
            QCOMPARE(said, elisions.toInt());
        }
        const QString unknown = fixtureHeader(file, QStringLiteral("expect-unknown-memory"));
        if (!unknown.isEmpty()) {
            const int at = int(chips.indexOf(unknown));
            QVERIFY(at >= 0);
            QVERIFY(!r.accelerators.at(at).hbmTotalMib.has_value());
            QVERIFY(r.accelerators.at(at).tempC.has_value());
        }
    }

    // Truncated or damaged outputs never crash and never invent an NPU.
    void fuzz_data() { fixtures_data(); }

    void fuzz()
    {
        QFETCH(QString, file);
        const QByteArray body = fixtureBody(file);
        const NpuSmiReport full = parsed(body);
        QSet<QPair<int, int>> known;
        for (const Accelerator& a : full.accelerators)
            known.insert({a.index, a.chip});
        for (qsizetype cut = 0; cut <= body.size(); cut += 7) {
            const auto r = parseNpuSmiInfo(body.left(cut));
            if (!r)
                continue;
            QVERIFY(r->accelerators.size() <= full.accelerators.size());
            for (const Accelerator& a : r->accelerators)
                QVERIFY(known.contains({a.index, a.chip}));
        }
        QRandomGenerator rng(42);
        const char noise[] = {'|', '+', '/', ' ', '\n', '-', '9', 'A', '\t', '\0'};
        for (int round = 0; round < 400; ++round) {
            QByteArray damaged = body;
            for (int k = 0; k < 3; ++k) {
                const int at = int(rng.bounded(damaged.size()));
                switch (rng.bounded(3)) {
                case 0:
                    damaged[at] = noise[rng.bounded(int(sizeof noise))];
                    break;
                case 1:
                    damaged.remove(at, int(rng.bounded(40)));
                    break;
                default:
                    damaged.insert(at, damaged.mid(int(rng.bounded(damaged.size())), 30));
                }
            }
            const auto r = parseNpuSmiInfo(damaged);
            if (!r)
                QVERIFY(!r.error().message.isEmpty());
        }
    }

    void keyValues()
    {
        const auto board = parseNpuSmiKeyValues(fixtureBody(fixture("info-t-board-1-910B-25.5.1.txt")));
        QVERIFY(board.hasValue());
        QCOMPARE(board->value(QStringLiteral("PCIe Bus Info")), QStringLiteral("0000:C1:00.0"));
        QCOMPARE(board->value(QStringLiteral("Chip Count")), QStringLiteral("1"));
        const auto common = parseNpuSmiKeyValues(fixtureBody(fixture("info-t-common-1.txt")));
        QVERIFY(common.hasValue());
        QCOMPARE(common->value(QStringLiteral("Temperature(C)")), QStringLiteral("46")); // the chip's, not the MCU's
        QVERIFY(!parseNpuSmiKeyValues("npu-smi: command not found").hasValue());
        QVERIFY(!parseNpuSmiKeyValues("").hasValue());
    }
};

QTEST_GUILESS_MAIN(TestNpuSmiParser)
#include "tst_npusmiparser.moc"
