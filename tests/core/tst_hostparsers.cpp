// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/cluster/HostParsers.h"

using namespace npufleet;
using namespace npufleet::cluster;

namespace {

const char* const kIpAddr
    = "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n"
      "2: enp189s0f0    inet 10.20.0.11/24 brd 10.20.0.255 scope global enp189s0f0\\       valid_lft forever "
      "preferred_lft forever\n"
      "2: enp189s0f0    inet 10.20.0.99/32 scope global secondary enp189s0f0\\       valid_lft forever preferred_lft "
      "forever\n"
      "5: docker0    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\\       valid_lft forever "
      "preferred_lft forever\n"
      "9: eth0@if10    inet 192.168.1.5/24 brd 192.168.1.255 scope global eth0\\       valid_lft forever\n";

} // namespace

class TestHostParsers : public QObject
{
    Q_OBJECT

private slots:
    void ipAddr()
    {
        const auto r = parseIpAddr(kIpAddr);
        QVERIFY(r.hasValue());
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(0), (NetworkInterface {QStringLiteral("enp189s0f0"), QStringLiteral("10.20.0.11"), 24}));
        QCOMPARE(r->at(1).prefixLength, 32);
        QCOMPARE(r->at(3).name, QStringLiteral("eth0"));
        const auto withLo = parseIpAddr(kIpAddr, true);
        QCOMPARE(withLo->size(), 5);
        QCOMPARE(withLo->at(0).name, QStringLiteral("lo"));
        // Loopback only: a valid, empty answer.
        const auto onlyLo = parseIpAddr("1: lo    inet 127.0.0.1/8 scope host lo\n");
        QVERIFY(onlyLo.hasValue());
        QVERIFY(onlyLo->isEmpty());
        // inet6 lines (ip -o addr without -4) are skipped.
        const auto six = parseIpAddr("2: eth0    inet6 fe80::1/64 scope link \\       valid_lft forever\n");
        QVERIFY(six.hasValue());
    }

    void ipAddrErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray("") << 0;
        QTest::newRow("not found") << QByteArray("bash: ip: command not found") << 1;
        QTest::newRow("ifconfig") << QByteArray(
            "1: lo    inet 127.0.0.1/8 scope host lo\neth0: flags=4163<UP>  mtu 1500\n")
                                  << 2;
        QTest::newRow("bad address") << QByteArray("2: eth0    inet 10.0.0.300/24 brd x\n") << 1;
        QTest::newRow("bad prefix") << QByteArray("2: eth0    inet 10.0.0.3/40 brd x\n") << 1;
    }

    void ipAddrErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const auto r = parseIpAddr(text);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().line, line);
    }

    void osRelease()
    {
        const auto euler = parseOsRelease("NAME=\"openEuler\"\nVERSION=\"22.03 (LTS-SP4)\"\nID=\"openEuler\"\n"
                                          "VERSION_ID=\"22.03\"\nPRETTY_NAME=\"openEuler 22.03 (LTS-SP4)\"\n"
                                          "ANSI_COLOR=\"0;31\"\n\n");
        QVERIFY(euler.hasValue());
        QCOMPARE(euler->id, QStringLiteral("openEuler"));
        QCOMPARE(euler->versionId, QStringLiteral("22.03"));
        QCOMPARE(euler->prettyName, QStringLiteral("openEuler 22.03 (LTS-SP4)"));

        const auto ubuntu = parseOsRelease("# comment\r\nID=ubuntu\r\nNAME='Ubuntu'\r\nVERSION=\"22.04.4 LTS "
                                           "(Jammy \\\"Jellyfish\\\")\"\r\nVERSION_ID=22.04\r\n");
        QVERIFY(ubuntu.hasValue());
        QCOMPARE(ubuntu->id, QStringLiteral("ubuntu"));
        QCOMPARE(ubuntu->name, QStringLiteral("Ubuntu"));
        QCOMPARE(ubuntu->version, QStringLiteral("22.04.4 LTS (Jammy \"Jellyfish\")"));
        QCOMPARE(ubuntu->prettyName, QStringLiteral("Ubuntu 22.04.4 LTS (Jammy \"Jellyfish\")"));

        QVERIFY(!parseOsRelease("cat: /etc/os-release: No such file or directory").hasValue());
        QVERIFY(!parseOsRelease("").hasValue());
        QVERIFY(!parseOsRelease("ID=\"broken\n").hasValue());
        QCOMPARE(parseOsRelease("ID=x\nthis is not it\n").error().line, 2);
    }

    void freeBytes()
    {
        const auto r
            = parseFreeBytes("               total        used        free      shared  buff/cache   available\n"
                             "Mem:    1621498306560 73029894144 1402130644992  104333312 146337767424 "
                             "1548468412416\n"
                             "Swap:              0           0           0\n");
        QVERIFY(r.hasValue());
        QCOMPARE(r->totalBytes, Q_INT64_C(1621498306560));
        QCOMPARE(r->availableBytes, Q_INT64_C(1548468412416));
        // Old procps: no "available" column, "free" instead.
        const auto old = parseFreeBytes("             total       used       free     shared    buffers     cached\n"
                                        "Mem:    8254103552 7123456000 1130647552          0  123456789 2345678901\n"
                                        "-/+ buffers/cache: 4654320310 3599783242\n");
        QVERIFY(old.hasValue());
        QCOMPARE(old->availableBytes, Q_INT64_C(1130647552));
        QVERIFY(!parseFreeBytes("free: command not found").hasValue());
        QVERIFY(!parseFreeBytes("").hasValue());
        QVERIFY(!parseFreeBytes("   total used\nMem: lots some\n").hasValue());
    }

    void dfBytes()
    {
        const auto r = parseDfBytes("Filesystem          1B-blocks         Used    Available Use% Mounted on\n"
                                    "/dev/mapper/root 1967317549056 528280096768 1339041153024  29% /data models\n");
        QVERIFY(r.hasValue());
        QCOMPARE(r->filesystem, QStringLiteral("/dev/mapper/root"));
        QCOMPARE(r->sizeBytes, Q_INT64_C(1967317549056));
        QCOMPARE(r->usedBytes, Q_INT64_C(528280096768));
        QCOMPARE(r->availableBytes, Q_INT64_C(1339041153024));
        QCOMPARE(r->mountPoint, QStringLiteral("/data models"));
        // POSIX df wraps a long file system name onto its own line.
        const auto wrapped = parseDfBytes("Filesystem     1B-blocks  Used Available Use% Mounted on\n"
                                          "10.0.0.5:/export/very/long/path/to/the/models\n"
                                          "               1000000000 400000000 600000000  40% /mnt/models\n");
        QVERIFY(wrapped.hasValue());
        QCOMPARE(wrapped->mountPoint, QStringLiteral("/mnt/models"));
        QCOMPARE(wrapped->availableBytes, 600000000);
        QVERIFY(!parseDfBytes("df: /nope: No such file or directory\n").hasValue());
        QVERIFY(!parseDfBytes("Filesystem Size Used Avail Use% Mounted on\n/dev/sda1 50G 20G 30G 40% /\n").hasValue());
        QVERIFY(!parseDfBytes("Filesystem 1B-blocks Used Available Use% Mounted on\n").hasValue());
    }
};

QTEST_GUILESS_MAIN(TestHostParsers)
#include "tst_hostparsers.moc"
