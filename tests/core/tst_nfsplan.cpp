// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/storage/NfsExport.h"
#include "core/storage/NfsPlan.h"
#include "core/storage/NfsScripts.h"

using namespace npufleet;
using namespace npufleet::storage;

class TestNfsPlan : public QObject
{
    Q_OBJECT

private slots:
    void osFamily_data();
    void osFamily();
    void networkFromAddresses_data();
    void networkFromAddresses();
    void atlasLabPlan();
    void debianNodesGetDebianPackages();
    void invalidStorageIsRefused();
    void valuesAreQuoted();
    void exportWritesServerClientAndUndoScripts();
};

void TestNfsPlan::osFamily_data()
{
    QTest::addColumn<QByteArray>("osRelease");
    QTest::addColumn<int>("family");
    QTest::newRow("openEuler") << QByteArray("NAME=\"openEuler\"\nVERSION=\"22.03 (LTS-SP4)\"\nID=\"openEuler\"\n")
                               << int(OsFamily::RedHat);
    QTest::newRow("kylin server") << QByteArray(
        "NAME=\"Kylin Linux Advanced Server\"\nID=\"kylin\"\nVERSION_ID=\"V10\"\n")
                                  << int(OsFamily::RedHat);
    QTest::newRow("kylin desktop, debian-like")
        << QByteArray("NAME=\"Kylin\"\nID=kylin\nID_LIKE=debian\n") << int(OsFamily::Debian);
    QTest::newRow("centos") << QByteArray("NAME=\"CentOS Linux\"\nID=\"centos\"\nID_LIKE=\"rhel fedora\"\n")
                            << int(OsFamily::RedHat);
    QTest::newRow("rocky") << QByteArray("NAME=\"Rocky Linux\"\nID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\n")
                           << int(OsFamily::RedHat);
    QTest::newRow("ubuntu") << QByteArray("NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"22.04\"\n")
                            << int(OsFamily::Debian);
    QTest::newRow("debian") << QByteArray("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n")
                            << int(OsFamily::Debian);
    QTest::newRow("arch") << QByteArray("NAME=\"Arch Linux\"\nID=arch\n") << int(OsFamily::Unknown);
}

void TestNfsPlan::osFamily()
{
    QFETCH(QByteArray, osRelease);
    QFETCH(int, family);
    QCOMPARE(int(osFamilyFromOsRelease(osRelease)), family);
}

void TestNfsPlan::networkFromAddresses_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("network");
    QTest::newRow("lab") << QStringList {QStringLiteral("172.16.33.106"), QStringLiteral("172.16.33.110")} << 24
                         << QStringLiteral("172.16.33.0/24");
    QTest::newRow("two subnets widen") << QStringList {QStringLiteral("10.0.1.5"), QStringLiteral("10.0.2.9")} << 24
                                       << QStringLiteral("10.0.0.0/22");
    QTest::newRow("narrow prefix kept") << QStringList {QStringLiteral("192.168.1.10"), QStringLiteral("192.168.1.20")}
                                        << 27 << QStringLiteral("192.168.1.0/27");
    QTest::newRow("hostnames only") << QStringList {QStringLiteral("node-a")} << 24 << QString();
}

void TestNfsPlan::networkFromAddresses()
{
    QFETCH(QStringList, addresses);
    QFETCH(int, prefix);
    QFETCH(QString, network);
    QCOMPARE(NfsPlanner::networkFor(addresses, prefix), network);
}

void TestNfsPlan::atlasLabPlan()
{
    Result<project::ProjectData> lab = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(lab);
    // The lab's real storage, as the demo carries it.
    QCOMPARE(lab->storage.serverNode, QStringLiteral("atlas-106"));
    QCOMPARE(lab->storage.network, QStringLiteral("172.16.33.0/24"));
    QCOMPARE(lab->storage.cacheDir, QStringLiteral("/data/models/gpustack-cache"));

    // Network and clients computed when left empty.
    project::SharedStorage storage = lab->storage;
    storage.network.clear();
    storage.clients.clear();
    QCOMPARE(NfsPlanner::suggestedNetwork(storage, lab->nodes), QStringLiteral("172.16.33.0/24"));
    const Result<NfsPlan> plan = NfsPlanner::plan(storage, lab->nodes);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->storage.network, QStringLiteral("172.16.33.0/24"));
    QCOMPARE(plan->serverAddress, QStringLiteral("172.16.33.106"));
    QCOMPARE(plan->clients.size(), 4);
    QCOMPARE(plan->server.family, OsFamily::RedHat);
    QVERIFY(!plan->server.sudo); // root
    QStringList ids;
    for (const NfsStep& s : plan->server.apply)
        ids << s.id;
    QCOMPARE(ids,
             QStringList({QStringLiteral("install"), QStringLiteral("folder"), QStringLiteral("exports"),
                          QStringLiteral("firewall"), QStringLiteral("service"), QStringLiteral("exportfs")}));
    QVERIFY(plan->server.apply.at(0).command.contains(QLatin1String("nfs-utils")));
    QCOMPARE(plan->server.apply.at(1).command, QStringLiteral("mkdir -p -- /data/models /data/models/gpustack-cache"));
    QCOMPARE(plan->server.apply.at(2).edit.path, QStringLiteral("/etc/exports"));
    QCOMPARE(plan->server.apply.at(2).edit.exportEntry.line(),
             QByteArray("/data/models 172.16.33.0/24(rw,sync,no_root_squash,no_subtree_check)"));
    const NfsNodePlan& client = plan->clients.first();
    QCOMPARE(client.node.name, QStringLiteral("atlas-107"));
    QStringList clientIds;
    for (const NfsStep& s : client.apply)
        clientIds << s.id;
    // The unmount of changed settings comes before the fstab edit: when it fails, the old entry stays and
    // the next run tries again.
    QCOMPARE(clientIds,
             QStringList({QStringLiteral("install"), QStringLiteral("folder"), QStringLiteral("remount"),
                          QStringLiteral("fstab"), QStringLiteral("mount")}));
    QCOMPARE(client.apply.at(2).kind, StepKind::UnmountIfChanged);
    QCOMPARE(client.apply.at(2).edit.mountEntry, client.apply.at(3).edit.mountEntry);
    QCOMPARE(client.apply.at(3).edit.mountEntry.line(),
             QByteArray("172.16.33.106:/data/models /data/models nfs vers=3,hard,timeo=600,retrans=3,_netdev 0 0"));
    QCOMPARE(
        client.apply.at(4).command,
        QStringLiteral("mountpoint -q -- /data/models || mount -t nfs -o vers=3,hard,timeo=600,retrans=3,_netdev -- "
                       "172.16.33.106:/data/models /data/models"));
    QCOMPARE(client.undo.first().id, QStringLiteral("unmount"));
    QVERIFY(plan->warnings.isEmpty());

    const QString preview = NfsPlanner::describe(plan->server);
    QVERIFY(preview.contains(QLatin1String("atlas-106 (172.16.33.106)")));
    QVERIFY(preview.contains(QLatin1String("# npufleet begin")));
    QVERIFY(preview.contains(QLatin1String("$ exportfs -ra")));

    // A change of the recorded settings is explained: mounted clients are unmounted and mounted again.
    NfsPlanOptions changed;
    changed.applied = storage;
    QVERIFY(NfsPlanner::plan(storage, lab->nodes, changed)->warnings.isEmpty());
    project::SharedStorage vers4 = storage;
    vers4.mountOptions = QStringLiteral("vers=4.1,hard,timeo=600,retrans=3,_netdev");
    const Result<NfsPlan> remount = NfsPlanner::plan(vers4, lab->nodes, changed);
    QVERIFY(remount);
    QCOMPARE(remount->warnings.size(), 1);
    QVERIFY(remount->warnings.first().contains(QLatin1String("vers=4.1")));
    const QString clientPreview = NfsPlanner::describe(remount->clients.first());
    QVERIFY(clientPreview.contains(QLatin1String("$ ! mountpoint -q -- /data/models || umount -- /data/models")));
    QVERIFY(clientPreview.contains(QLatin1String("nfs vers=4.1,hard")));

    storage.mountOptions += QStringLiteral(",intr");
    const Result<NfsPlan> withIntr = NfsPlanner::plan(storage, lab->nodes);
    QVERIFY(withIntr);
    QCOMPARE(withIntr->warnings.size(), 1);
    QVERIFY(withIntr->warnings.first().contains(QLatin1String("intr")));
}

void TestNfsPlan::debianNodesGetDebianPackages()
{
    Result<project::ProjectData> lab = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(lab);
    NfsPlanOptions options;
    options.detected.insert(QStringLiteral("atlas-106"), OsFamily::Debian);
    options.detected.insert(QStringLiteral("atlas-107"), OsFamily::Debian);
    lab->nodes[2].user = QStringLiteral("ubuntu");
    lab->nodes[2].hardware.os = QStringLiteral("Ubuntu 22.04");
    const Result<NfsPlan> plan = NfsPlanner::plan(*lab, options);
    QVERIFY(plan);
    QVERIFY(plan->server.apply.first().command.contains(QLatin1String("nfs-kernel-server")));
    QVERIFY(plan->server.apply.first().command.contains(QLatin1String("apt-get install -y")));
    QVERIFY(!plan->server.apply.first().command.contains(QLatin1String("dnf")));
    for (const NfsStep& s : plan->server.apply)
        QVERIFY(s.id != QLatin1String("firewall"));
    QVERIFY(plan->clients.at(0).apply.first().command.contains(QLatin1String("nfs-common")));
    QVERIFY(plan->clients.at(1).apply.first().command.contains(QLatin1String("nfs-common")));
    QVERIFY(plan->clients.at(1).sudo);
    QVERIFY(plan->clients.at(2).apply.first().command.contains(QLatin1String("nfs-utils")));
}

void TestNfsPlan::invalidStorageIsRefused()
{
    Result<project::ProjectData> lab = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(lab);
    project::SharedStorage s = lab->storage;
    s.serverNode = QStringLiteral("nowhere");
    QVERIFY(!NfsPlanner::plan(s, lab->nodes));
    s = lab->storage;
    s.exportPath = QStringLiteral("data/models");
    QVERIFY(!NfsPlanner::plan(s, lab->nodes));
    s = lab->storage;
    s.clients << s.serverNode;
    QVERIFY(!NfsPlanner::plan(s, lab->nodes));
    s = lab->storage;
    s.mountOptions = QStringLiteral("vers=3, hard");
    QVERIFY(!NfsPlanner::plan(s, lab->nodes));
    lab->storage = {};
    QVERIFY(!NfsPlanner::plan(*lab));
}

void TestNfsPlan::valuesAreQuoted()
{
    Result<project::ProjectData> lab = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(lab);
    lab->storage.mountPoint = QStringLiteral("/data/m o$(reboot)");
    const Result<NfsPlan> plan = NfsPlanner::plan(*lab);
    QVERIFY(plan);
    const QString mount = plan->clients.first().apply.at(4).command;
    QVERIFY2(mount.contains(QLatin1String("'/data/m o$(reboot)'")), qPrintable(mount));
    QVERIFY(plan->clients.first().apply.at(3).edit.mountEntry.line().contains("/data/m\\040o$(reboot)"));
    QVERIFY(NfsPlanner::describe(plan->clients.first().apply.at(2)).contains(QLatin1String("'/data/m o$(reboot)'")));
}

void TestNfsPlan::exportWritesServerClientAndUndoScripts()
{
    Result<project::ProjectData> lab = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(lab);
    QTemporaryDir dir;
    const Result<QStringList> written = exportNfsScripts(*lab, dir.path());
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QStringList names;
    for (const QString& path : *written)
        names << QFileInfo(path).fileName();
    QCOMPARE(names.size(), 10);
    QCOMPARE(names.first(), QStringLiteral("nfs-server-atlas-106.sh"));
    QVERIFY(names.contains(QStringLiteral("nfs-client-atlas-110.sh")));
    QVERIFY(names.contains(QStringLiteral("nfs-undo-client-atlas-107.sh")));
    QCOMPARE(names.last(), QStringLiteral("nfs-undo-server-atlas-106.sh"));
    const bool haveBash = !QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty();
    for (const QString& path : *written) {
        QVERIFY(QFileInfo(path).isExecutable());
        QVERIFY(QFileInfo(path).absolutePath().endsWith(QLatin1String("/nfs")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("#!/usr/bin/env bash\n"));
        QVERIFY(text.contains("\nset -euo pipefail\n"));
        if (haveBash) {
            QProcess bash;
            bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), path});
            QVERIFY(bash.waitForFinished(10000));
            QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        }
    }
    QFile server(written->first());
    QVERIFY(server.open(QIODevice::ReadOnly));
    const QByteArray s = server.readAll();
    QVERIFY(s.contains("npufleet_edit_block set \"$ETC_ROOT\"/exports exports /data/models 172.16.33.0/24"));
    QVERIFY(s.contains("/data/models 172.16.33.0/24(rw,sync,no_root_squash,no_subtree_check)\nNPUFLEET_BLOCK\n"));
    QVERIFY(s.contains("exportfs -ra"));

    lab->storage = {};
    QVERIFY(!exportNfsScripts(*lab, dir.path()));
}

QTEST_GUILESS_MAIN(TestNfsPlan)
#include "tst_nfsplan.moc"
