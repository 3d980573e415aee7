// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/planning/Conflicts.h"
#include "core/project/DemoProjects.h"

using namespace npufleet;
using namespace npufleet::planning;

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void demoIsClean();
    void conflicts_data();
    void conflicts();
    void usesCarryMemory();

private:
    static project::ProjectData lab()
    {
        Result<project::ProjectData> data = project::loadDemo(QStringLiteral("atlas-lab"));
        return data ? *data : project::ProjectData {};
    }
};

void TestConflicts::demoIsClean()
{
    const ConflictReport r = ConflictDetector::check(lab());
    QCOMPARE(r.count(Severity::Error), 0);
    QCOMPARE(r.count(Severity::Warning), 0);
    QCOMPARE(r.uses.size(), 8);
}

void TestConflicts::conflicts_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("severity");
    QTest::newRow("used twice") << "twice"
                                << "npu-used-twice" << int(Severity::Error);
    QTest::newRow("unknown device") << "device9"
                                    << "unknown-device" << int(Severity::Error);
    QTest::newRow("over budget") << "tp1"
                                 << "hbm-over-budget" << int(Severity::Error);
    QTest::newRow("heads") << "tp3"
                           << "tp-indivisible-heads" << int(Severity::Error);
    QTest::newRow("crosses nodes") << "cross"
                                   << "tp-crosses-nodes" << int(Severity::Warning);
    QTest::newRow("not contiguous") << "scatter"
                                    << "not-contiguous" << int(Severity::Warning);
    QTest::newRow("straddles halves") << "straddle"
                                      << "not-contiguous" << int(Severity::Warning);
    QTest::newRow("layout mismatch") << "mismatch"
                                     << "layout-mismatch" << int(Severity::Error);
    QTest::newRow("unplaced") << "unplaced"
                              << "unplaced" << int(Severity::Info);
    QTest::newRow("model missing") << "nomodel"
                                   << "model-unavailable" << int(Severity::Warning);
}

void TestConflicts::conflicts()
{
    QFETCH(QString, change);
    QFETCH(QString, kind);
    QFETCH(int, severity);
    project::ProjectData data = lab();
    project::Deployment& d = data.deployments[1]; // Qwen2.5-Coder-32B: 40 heads, TP4 on atlas-106 4-7
    const QString a106 = QStringLiteral("atlas-106");
    const QString a107 = QStringLiteral("atlas-107");
    if (change == QLatin1String("twice"))
        d.placement = {{a106, {2, 3, 4, 5}}};
    else if (change == QLatin1String("device9"))
        d.placement = {{a106, {4, 5, 6, 9}}};
    else if (change == QLatin1String("tp1"))
        d.placement = {{a106, {4}}}, d.layout = {1, 1, 1, false};
    else if (change == QLatin1String("tp3"))
        d.placement = {{a107, {0, 1, 2}}}, d.layout = {3, 1, 1, false};
    else if (change == QLatin1String("cross"))
        d.placement = {{a107, {0, 1}}, {QStringLiteral("atlas-108"), {0, 1}}};
    else if (change == QLatin1String("scatter"))
        d.placement = {{a107, {0, 2, 4, 6}}};
    else if (change == QLatin1String("straddle"))
        d.placement = {{a107, {2, 3, 4, 5}}};
    else if (change == QLatin1String("mismatch"))
        d.layout = {8, 1, 1, false};
    else if (change == QLatin1String("unplaced"))
        d.placement.clear();
    else if (change == QLatin1String("nomodel"))
        d.model = QStringLiteral("nowhere");
    const ConflictReport r = ConflictDetector::check(data);
    QStringList kinds;
    for (const Conflict& c : r.conflicts) {
        kinds << ConflictDetector::kindKey(c.kind);
        if (ConflictDetector::kindKey(c.kind) == kind) {
            QCOMPARE(int(c.severity), severity);
            QVERIFY(!c.message.isEmpty());
        }
    }
    QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(QLatin1Char(','))));
    if (change == QLatin1String("twice")) {
        QList<Conflict> here = r.at(a106, 3);
        here.removeIf([](const Conflict& c) { return c.kind != ConflictKind::NpuUsedTwice; });
        QCOMPARE(here.size(), 1);
        QCOMPARE(here.first().other, QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(r.at(a106, 6).isEmpty() || r.at(a106, 6).first().kind != ConflictKind::NpuUsedTwice);
        QCOMPARE(r.usesAt(a106, 3).size(), 2);
    }
}

void TestConflicts::usesCarryMemory()
{
    const ConflictReport r = ConflictDetector::check(lab());
    const QList<NpuUse> u = r.usesAt(QStringLiteral("atlas-106"), 6);
    QCOMPARE(u.size(), 1);
    QCOMPARE(u.first().deployment, QStringLiteral("qwen25-coder-32b"));
    QVERIFY(u.first().estimated);
    // 32 GB 910B4 at TP4: ~16 GiB of weights and a KV cache filling the 0.9 cap.
    QVERIFY(u.first().weightBytes > 14.0 * 1024 * 1024 * 1024 && u.first().weightBytes < 17.0 * 1024 * 1024 * 1024);
    QVERIFY(u.first().kvBytes > 0);
    QVERIFY(u.first().usedBytes() < u.first().totalBytes);
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
