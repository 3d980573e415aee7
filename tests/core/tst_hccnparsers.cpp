// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/checks/HccnParsers.h"
#include "core/checks/HostFactParsers.h"

#include "Fixtures.h"

using namespace npufleet::checks;
using npufleet::test::fixtureBody;

class TestHccnParsers : public QObject
{
    Q_OBJECT

private slots:
    void link()
    {
        QCOMPARE(hccn::linkStatus(fixtureBody(QStringLiteral("hccn/link-1.txt"))).value_or(QString()),
                 QStringLiteral("UP"));
        QCOMPARE(hccn::linkStatus(fixtureBody(QStringLiteral("hccn/link-2-down.txt"))).value_or(QString()),
                 QStringLiteral("DOWN"));
        QCOMPARE(hccn::linkStatus("    link status:UP\r\n").value_or(QString()), QStringLiteral("UP"));
        QVERIFY(!hccn::linkStatus("hccn_tool: command not found"));
    }

    void netHealth()
    {
        const auto ok = hccn::netHealth(fixtureBody(QStringLiteral("hccn/net-health-1.txt")));
        QCOMPARE(ok.value_or(QString()), QStringLiteral("Success"));
        QVERIFY(hccn::isHealthyNetHealth(*ok));
        QVERIFY(hccn::isHealthyNetHealth(QStringLiteral("Init")));
        for (const char* bad :
             {"Socket fail", "Socket failed", "Receive timeout", "Fault", "Detect ip set", "Unknown"}) {
            const auto status = hccn::netHealth(QByteArray(QByteArray("net health status: ") + bad + "\n"));
            QCOMPARE(status.value_or(QString()), QString::fromLatin1(bad));
            QVERIFY2(!hccn::isHealthyNetHealth(*status), bad);
        }
    }

    void ip()
    {
        const auto ip = hccn::ipConfig(fixtureBody(QStringLiteral("hccn/ip-1.txt")));
        QVERIFY(ip);
        QCOMPARE(ip->address, QStringLiteral("29.1.112.213"));
        QCOMPARE(ip->netmask, QStringLiteral("255.255.0.0"));
        QVERIFY(!hccn::ipConfig(fixtureBody(QStringLiteral("hccn/ip-3-fail-no-ip.txt"))));
        QVERIFY(!hccn::ipConfig("ipaddr:not-an-ip\n"));
        QCOMPARE(hccn::prefixLength(QStringLiteral("255.255.0.0")), 16);
        QCOMPARE(hccn::prefixLength(QStringLiteral("255.255.255.0")), 24);
        QCOMPARE(hccn::prefixLength(QStringLiteral("255.0.255.0")), -1);
    }

    void gatewayNetdetectLldp()
    {
        const auto gw = hccn::gateway(fixtureBody(QStringLiteral("hccn/gateway-1.txt")));
        QVERIFY(gw);
        QCOMPARE(gw->address, QStringLiteral("11.12.165.1"));
        QCOMPARE(gw->interface, QStringLiteral("eth0"));
        QCOMPARE(hccn::gateway("    default gateway:10.0.0.1, Iface:eth3").value_or(hccn::Gateway {}).interface,
                 QStringLiteral("eth3")); // gpustack's indented form
        QCOMPARE(hccn::netdetect(fixtureBody(QStringLiteral("hccn/netdetect-1.txt"))).value_or(QString()),
                 QStringLiteral("11.12.165.1"));
        QCOMPARE(hccn::netdetect("netdetect addr: 10.1.1.1\n").value_or(QString()), QStringLiteral("10.1.1.1"));
        QVERIFY(!hccn::gateway("Get gateway failed, because no gateway was preset there!"));
        QCOMPARE(hccn::lldpPort(fixtureBody(QStringLiteral("hccn/lldp-1.txt"))).value_or(QString()),
                 QStringLiteral("400GE1/1/20:2"));
        QVERIFY(!hccn::lldpPort(""));
    }

    void ping()
    {
        const auto ok = hccn::ping(fixtureBody(QStringLiteral("hccn/ping-1.txt")));
        QVERIFY(ok);
        QCOMPARE(ok->transmitted, 3);
        QCOMPARE(ok->received, 3);
        QCOMPARE(ok->lossPercent, 0.0);
        const auto lost = hccn::ping("device 0 PING 1.2.3.4\n3 packets transmitted, 0 received, 100.00% packet loss\n");
        QVERIFY(lost);
        QCOMPARE(lost->received, 0);
        QCOMPARE(lost->lossPercent, 100.0);
        QVERIFY(!hccn::ping("ping inner error."));
    }

    void conf()
    {
        const auto conf = hccn::parseHccnConf(fixtureBody(QStringLiteral("hccn/conf-1.txt")));
        QCOMPARE(conf.keys(), (QList<int> {0, 7})); // the author elided 1-6
        QCOMPARE(conf.value(0).value(QStringLiteral("address")), QStringLiteral("29.1.137.205"));
        QCOMPARE(conf.value(7).value(QStringLiteral("netdetect")), QStringLiteral("29.1.0.1"));
        QCOMPARE(conf.value(7).value(QStringLiteral("send_arp_status")), QStringLiteral("1"));
        QVERIFY(hccn::parseHccnConf("# nothing\n").isEmpty());
    }

    void listeningPorts()
    {
        const auto ports
            = parseListeningPorts("State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n"
                                  "LISTEN 0 4096 0.0.0.0:8000 0.0.0.0:* users:((\"python3\",pid=77,fd=12))\n"
                                  "LISTEN 0 128 [::]:22 [::]:*\n"
                                  "LISTEN 0 4096 *:2377 *:* users:((\"dockerd\",pid=9,fd=30))\n"
                                  "LISTEN 0 128 127.0.0.53%lo:53 0.0.0.0:*\n");
        QCOMPARE(ports.size(), 4);
        QCOMPARE(ports.at(0).port, 8000);
        QCOMPARE(ports.at(0).process, QStringLiteral("python3"));
        QCOMPARE(ports.at(1).port, 22);
        QCOMPARE(ports.at(2).process, QStringLiteral("dockerd"));
        QCOMPARE(ports.at(3).port, 53);
    }

    void fileListing()
    {
        const auto files = parseFileListing("config.json\t1403\nsub dir/model-00001.safetensors\t3966717552\nbad\n");
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.value(QStringLiteral("sub dir/model-00001.safetensors")), 3966717552LL);
    }
};

QTEST_GUILESS_MAIN(TestHccnParsers)
#include "tst_hccnparsers.moc"
