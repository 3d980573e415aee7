// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The --shm-size, CANN and version checks as pure functions of recorded answers.
#include <QTest>

#include "core/checks/ClusterChecks.h"
#include "core/checks/HostFactParsers.h"
#include "core/checks/NodeChecks.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::checks;
using npufleet::test::fixtureBody;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

CommandOutput answer(const QByteArray& out, int exitStatus = 0)
{
    CommandOutput o;
    o.status = remote::ExecStatus::Ok;
    o.exitStatus = exitStatus;
    o.standardOutput = out;
    return o;
}

// `free -b` as procps-ng 3.3 prints it.
QByteArray freeBytes(qint64 total, qint64 available)
{
    return "               total        used        free      shared  buff/cache   available\n"
           "Mem:     "
        + QByteArray::number(total) + "  " + QByteArray::number(total - available) + "  "
        + QByteArray::number(available / 2) + "   1048576  " + QByteArray::number(available / 2) + "  "
        + QByteArray::number(available) + "\nSwap:              0           0           0\n";
}

// ascend_toolkit_install.info as CANN's installer writes it (quoted so in vllm-ascend bug reports).
QByteArray cannInfo(const QByteArray& version, const QByteArray& arch = "aarch64")
{
    return "package_name=Ascend-cann-toolkit\nversion=" + version
        + "\ninnerversion=V100R001C21SPC001B238\n"
          "compatible_version=[V100R001C15],[V100R001C18],[V100R001C19],[V100R001C20],[V100R001C21]\narch="
        + arch + "\nos=linux\npath=/usr/local/Ascend/ascend-toolkit/" + version + '/' + arch + "-linux\n";
}

PreflightPlan twoNodes()
{
    PreflightPlan plan;
    plan.deployment = QStringLiteral("d");
    plan.multiNode = true;
    for (const char* name : {"a", "b"}) {
        PlannedNode pn;
        pn.node.name = QLatin1String(name);
        pn.devices = {0, 1};
        plan.nodes << pn;
    }
    plan.nodes.first().head = true;
    return plan;
}

const CheckResult* find(const QList<CheckResult>& results, const QString& id, const QString& node)
{
    for (const CheckResult& r : results) {
        if (r.id == id && r.node == node)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestChecksHost : public QObject
{
    Q_OBJECT

private slots:
    void dockerSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::newRow("16g") << "16g" << 16 * kGiB;
        QTest::newRow("16G") << "16G" << 16 * kGiB;
        QTest::newRow("16gb") << "16gb" << 16 * kGiB;
        QTest::newRow("16GiB") << "16GiB" << 16 * kGiB;
        QTest::newRow("1.5g") << "1.5g" << qint64(1.5 * double(kGiB));
        QTest::newRow("512m") << "512m" << 512LL * 1024 * 1024;
        QTest::newRow("64k") << "64k" << 64LL * 1024;
        QTest::newRow("bytes") << "1073741824" << kGiB;
        QTest::newRow("1t") << "1t" << 1024 * kGiB;
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("unit only") << "g" << qint64(-1);
        QTest::newRow("unknown unit") << "16x" << qint64(-1);
        QTest::newRow("negative") << "-1g" << qint64(-1);
        QTest::newRow("words") << "16 gigs" << qint64(-1);
    }
    void dockerSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(parseDockerSize(text).value_or(-1), bytes);
    }

    void cannVersions_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("version");
        QTest::newRow("8.1.RC1 x86") << cannInfo("8.1.RC1", "x86_64") << "8.1.RC1";
        QTest::newRow("8.3.RC2") << cannInfo("8.3.RC2") << "8.3.RC2";
        QTest::newRow("8.0.0") << cannInfo("8.0.0") << "8.0.0";
        QTest::newRow("9.x beta") << cannInfo("9.2.0-beta.2") << "9.2.0-beta.2";
        // Both install places answer (an upgrade from ascend-toolkit/ to cann/): the first one counts.
        QTest::newRow("two files") << cannInfo("8.3.RC1") + cannInfo("8.5.0") << "8.3.RC1";
        QTest::newRow("innerversion only") << QByteArray("innerversion=V100R001C21\n") << "";
        QTest::newRow("nothing") << QByteArray() << "";
    }
    void cannVersions()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, version);
        QCOMPARE(cannVersion(text).value_or(QString()), version);
    }

    void shmSizeAgainstMemory_data()
    {
        QTest::addColumn<QString>("shm");
        QTest::addColumn<QByteArray>("free");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<QString>("severity");
        QTest::newRow("fits") << "16g" << freeBytes(1536 * kGiB, 1400 * kGiB) << 0 << "pass";
        QTest::newRow("half of available") << "32g" << freeBytes(128 * kGiB, 60 * kGiB) << 0 << "warning";
        QTest::newRow("more than all memory") << "16g" << freeBytes(12 * kGiB, 9 * kGiB) << 0 << "error";
        QTest::newRow("not a size") << "16 gigs" << freeBytes(1536 * kGiB, 1400 * kGiB) << 0 << "error";
        QTest::newRow("free missing") << "16g" << QByteArray("bash: free: command not found\n") << 127 << "warning";
    }
    void shmSizeAgainstMemory()
    {
        QFETCH(QString, shm);
        QFETCH(QByteArray, free);
        QFETCH(int, exitStatus);
        QFETCH(QString, severity);
        PreflightPlan plan = twoNodes();
        plan.shmSize = shm;
        NodeFacts facts;
        facts.node = QStringLiteral("a");
        facts.outputs.insert(QStringLiteral("free"), answer(free, exitStatus));
        const QList<CheckResult> results = checkHost(plan, plan.nodes.first(), facts);
        const CheckResult* r = find(results, QStringLiteral("shm-size"), QStringLiteral("a"));
        QVERIFY(r);
        QCOMPARE(severityKey(r->severity), severity);
        QVERIFY(!r->summary.isEmpty());
        QCOMPARE(r->fix.isEmpty(), severity == QLatin1String("pass"));
        QCOMPARE(results.size(), 1); // nothing else was asked
    }

    void noShmCheckWithoutAContainer()
    {
        PreflightPlan plan = twoNodes();
        NodeFacts facts;
        facts.outputs.insert(QStringLiteral("free"), answer(freeBytes(kGiB, kGiB)));
        QVERIFY(!find(checkHost(plan, plan.nodes.first(), facts), QStringLiteral("shm-size"), QStringLiteral("a")));
        const QList<ProbeCommand> probes = probeCommands(plan, plan.nodes.first());
        QVERIFY(std::none_of(probes.cbegin(), probes.cend(),
                             [](const ProbeCommand& c) { return c.key == QLatin1String("free"); }));
    }

    void probesReadTheNodesOwnPaths()
    {
        PreflightPlan plan = twoNodes();
        plan.shmSize = QStringLiteral("16g");
        PlannedNode pn = plan.nodes.first();
        pn.hccnConf = QStringLiteral("/srv/node a/hccn.conf");
        pn.ascendRoot = QStringLiteral("/opt/Ascend");
        QHash<QString, QString> byKey;
        for (const ProbeCommand& c : probeCommands(plan, pn))
            byKey.insert(c.key, c.command);
        QCOMPARE(byKey.value(QStringLiteral("hccn-conf")), QStringLiteral("cat -- '/srv/node a/hccn.conf'"));
        QVERIFY(byKey.value(QStringLiteral("cann"))
                    .contains(QLatin1String("/opt/Ascend/ascend-toolkit/latest/*-linux/ascend_toolkit_install.info")));
        QVERIFY(byKey.value(QStringLiteral("cann")).contains(QLatin1String("/opt/Ascend/cann/*-linux/")));
        QCOMPARE(byKey.value(QStringLiteral("free")), QStringLiteral("free -b"));
        // The defaults are the vendor's.
        QCOMPARE(PlannedNode().hccnConf, QStringLiteral("/etc/hccn.conf"));
        QCOMPARE(PlannedNode().ascendRoot, QStringLiteral("/usr/local/Ascend"));
    }

    // Driver from two real npu-smi tables, CANN from the installer's file: what differs from the head is named.
    void versionsDifferAcrossNodes_data()
    {
        QTest::addColumn<QString>("tableB");
        QTest::addColumn<QByteArray>("cannB");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QStringList>("named");
        const QString same = QStringLiteral("npu-smi/info-910B4-32G-8npu-idle-24.1.rc3.txt");
        QTest::newRow("same") << same << cannInfo("8.1.RC1") << "pass" << QStringList();
        QTest::newRow("cann differs") << same << cannInfo("8.0.RC3") << "warning"
                                      << QStringList {QStringLiteral("CANN"), QStringLiteral("8.0.RC3"),
                                                      QStringLiteral("8.1.RC1")};
        QTest::newRow("driver differs") << QStringLiteral("npu-smi/info-910B3-64G-8npu-processes-23.0.7.txt")
                                        << cannInfo("8.1.RC1") << "warning"
                                        << QStringList {QStringLiteral("driver"), QStringLiteral("23.0.7"),
                                                        QStringLiteral("24.1.rc3")};
        // A node without a host CANN (containers bring theirs) is not a difference.
        QTest::newRow("no cann on b") << same << QByteArray() << "pass" << QStringList();
    }
    void versionsDifferAcrossNodes()
    {
        QFETCH(QString, tableB);
        QFETCH(QByteArray, cannB);
        QFETCH(QString, severity);
        QFETCH(QStringList, named);
        const PreflightPlan plan = twoNodes();
        QList<NodeFacts> facts;
        for (const char* name : {"a", "b"}) {
            NodeFacts f;
            f.node = QLatin1String(name);
            const bool b = f.node == QLatin1String("b");
            f.outputs.insert(
                QStringLiteral("npu-smi"),
                answer(fixtureBody(b ? tableB : QStringLiteral("npu-smi/info-910B4-32G-8npu-idle-24.1.rc3.txt"))));
            f.outputs.insert(QStringLiteral("cann"), answer(b ? cannB : cannInfo("8.1.RC1"), b && cannB.isEmpty()));
            f.outputs.insert(QStringLiteral("docker"), answer("24.0.7\n"));
            f.outputs.insert(QStringLiteral("image"), answer("sha256:0123\n"));
            facts << f;
        }
        const QList<CheckResult> results = evaluateCluster(plan, facts);
        const CheckResult* head = find(results, QStringLiteral("versions"), QStringLiteral("a"));
        const CheckResult* other = find(results, QStringLiteral("versions"), QStringLiteral("b"));
        QVERIFY(head && other);
        QCOMPARE(head->severity, Severity::Pass);
        QCOMPARE(severityKey(other->severity), severity);
        for (const QString& word : std::as_const(named)) {
            QVERIFY2(other->summary.contains(word), qPrintable(other->summary));
            QVERIFY2(other->evidence.contains(word), qPrintable(other->evidence));
        }
    }

    // /etc/hccn.conf keeps what comes back after a reboot: a netmask or gateway unlike the device's is an error.
    void hccnConfNetmaskAndGateway()
    {
        PlannedNode pn;
        pn.node.name = QStringLiteral("a");
        pn.devices = {3};
        NodeFacts facts;
        const QByteArray liveIp = fixtureBody(QStringLiteral("hccn/ip-1.txt")); // 29.1.112.213/255.255.0.0
        facts.outputs.insert(npuKey("link", 3), answer(fixtureBody(QStringLiteral("hccn/link-1.txt"))));
        facts.outputs.insert(npuKey("ip", 3), answer(liveIp));
        facts.outputs.insert(npuKey("gateway", 3), answer("default gateway:29.1.0.1, Iface:eth3\n"));
        const QByteArray good = "address_3=29.1.112.213\nnetmask_3=255.255.0.0\ngateway_3=29.1.0.1\n";
        facts.outputs.insert(QStringLiteral("hccn-conf"), answer(good));
        const auto conf = [&] { return *find(checkNpuNetwork(pn, facts), QStringLiteral("hccn-conf"), pn.node.name); };
        QCOMPARE(conf().severity, Severity::Pass);
        facts.outputs.insert(QStringLiteral("hccn-conf"),
                             answer(QByteArray(good).replace("netmask_3=255.255.0.0", "netmask_3=255.255.255.0")));
        QCOMPARE(conf().severity, Severity::Error);
        QVERIFY(conf().summary.contains(QLatin1String("netmask 255.255.255.0")));
        facts.outputs.insert(QStringLiteral("hccn-conf"),
                             answer(QByteArray(good).replace("gateway_3=29.1.0.1", "gateway_3=29.1.0.254")));
        QCOMPARE(conf().severity, Severity::Error);
        QVERIFY(conf().summary.contains(QLatin1String("gateway 29.1.0.254")));
    }
};

QTEST_GUILESS_MAIN(TestChecksHost)
#include "tst_checkshost.moc"
