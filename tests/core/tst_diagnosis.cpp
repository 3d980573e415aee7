// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "core/checks/Diagnosis.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::checks;
using npufleet::test::fixtureBody;
using npufleet::test::fixtureFiles;
using npufleet::test::fixtureHeader;

namespace {

QStringList ids(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    return out;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void builtinSignaturesLoad()
    {
        const QList<Signature>& all = builtinSignatures();
        QVERIFY(all.size() >= 15);
        QSet<QString> seen;
        for (const Signature& s : all) {
            QVERIFY2(!s.title.zh.isEmpty() && !s.explanation.zh.isEmpty() && !s.fix.zh.isEmpty(), qPrintable(s.id));
            seen.insert(s.id);
        }
        // The failures the issue names must all be covered.
        for (const char* id :
             {"npu-out-of-memory", "hccl-socket-timeout", "hccl-transport-init", "hccp-init-failed", "hccl-link-down",
              "npu-no-device-ip", "hccl-port-in-use", "socket-ifname-wrong", "ray-no-npu", "ray-version",
              "graph-capture-streams", "mla-graph-heads", "mindie-rank-table", "swarm-skip-dnat"})
            QVERIFY2(seen.contains(QLatin1String(id)), id);
    }

    // Every real log in the fixtures is recognised, each with the right failures and no others.
    void realLogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QHash<QString, QStringList> expected {
            {QStringLiteral("errors/gloo-socket-ifname.txt"), {QStringLiteral("socket-ifname-wrong")}},
            {QStringLiteral("errors/hccl-EI0006-socket-timeout.txt"), {QStringLiteral("hccl-socket-timeout")}},
            // The listen failure at its end follows from the RDMA init failure: not a port in use.
            {QStringLiteral("errors/hccl-EJ0002-network-port-down.txt"), {QStringLiteral("hccl-link-down")}},
            {QStringLiteral("errors/npu-out-of-memory.txt"),
             {QStringLiteral("npu-out-of-memory"), QStringLiteral("kv-cache-too-small")}},
            {QStringLiteral("errors/ray-version-numpy.txt"), {QStringLiteral("ray-version")}},
            {QStringLiteral("errors/swarm-skip-dnat-firewalld.txt"), {QStringLiteral("swarm-skip-dnat")}},
        };
        const QStringList files = fixtureFiles(QStringLiteral("errors"), QStringLiteral("*.txt"));
        QVERIFY(files.size() >= 15);
        for (const QString& file : files) {
            // Newer fixtures say what they expect in their '# expect:' header.
            const QString header = fixtureHeader(file, QStringLiteral("expect"));
            const QStringList want
                = header.isEmpty() ? expected.value(file) : header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(!want.isEmpty(), qPrintable(QStringLiteral("no expectation for ") + file));
            QTest::newRow(qPrintable(file)) << file << want;
        }
    }
    void realLogs()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const QList<Finding> findings = diagnoseLog(fixtureBody(file), Language::English);
        QStringList got = ids(findings);
        const QString first = fixtureHeader(file, QStringLiteral("expect-first"));
        if (!first.isEmpty())
            QCOMPARE(got.value(0), first);
        const QString code = fixtureHeader(file, QStringLiteral("code"));
        if (!code.isEmpty())
            QCOMPARE(findings.value(0).code, code);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        for (const Finding& f : findings) {
            QVERIFY(f.line > 0);
            QVERIFY(!f.evidence.isEmpty());
            QVERIFY(!f.explanation.isEmpty() && !f.fix.isEmpty());
        }
    }

    // Logs the signatures were not written from (tests/fixtures/errors/unseen): each still gets a finding, and the
    // first one is the root cause, within a few lines of the line its '# expect-root:' header quotes.
    void unseenLogs_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = fixtureFiles(QStringLiteral("errors/unseen"), QStringLiteral("*.txt"));
        QVERIFY(files.size() >= 10);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void unseenLogs()
    {
        QFETCH(QString, file);
        const QByteArray body = fixtureBody(file);
        const QString root = fixtureHeader(file, QStringLiteral("expect-root"));
        QVERIFY(!root.isEmpty());
        const QList<QByteArray> lines = body.split('\n');
        int rootLine = 0;
        for (int i = 0; i < lines.size() && rootLine == 0; ++i) {
            if (QString::fromUtf8(lines.at(i)).contains(root))
                rootLine = i + 1;
        }
        QVERIFY2(rootLine > 0, qPrintable(root));
        const QList<Finding> findings = diagnoseLog(body, Language::English);
        QVERIFY2(!findings.isEmpty(), qPrintable(file));
        const Finding& top = findings.first();
        QVERIFY2(qAbs(top.line - rootLine) <= 3,
                 qPrintable(QStringLiteral("%1: first finding [%2] at line %3, root cause at line %4")
                                .arg(file, top.id)
                                .arg(top.line)
                                .arg(rootLine)));
        const QString code = fixtureHeader(file, QStringLiteral("code"));
        if (!code.isEmpty())
            QCOMPARE(top.code, code);
        QVERIFY(!top.explanation.isEmpty() && !top.fix.isEmpty());
    }

    // A code no signature knows gets its family: which component raised it, the first line that says more than
    // "Inner Error!", what was printed after it, and the family's checks.
    void unknownCodeNamesItsFamily_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("HCCL") << QByteArray("EI0013: [PID: 7] something new in HCCL\n        Solution: check it\n")
                              << QStringLiteral("cann-hccl") << QStringLiteral("EI0013") << 1;
        QTest::newRow("operator, inner error first")
            << QByteArray("RuntimeError: call aclnnFoo failed, detail:EZ1001: Inner Error!\n"
                          "EZ1001: [PID: 9] op[Foo], the shape is not supported\n")
            << QStringLiteral("cann-operator") << QStringLiteral("EZ1001") << 2;
        QTest::newRow("runtime") << QByteArray("x\nEE1001: The argument is invalid.\n")
                                 << QStringLiteral("cann-runtime") << QStringLiteral("EE1001") << 2;
        QTest::newRow("driver") << QByteArray("EL0003: The argument is invalid.\n") << QStringLiteral("cann-driver")
                                << QStringLiteral("EL0003") << 1;
        QTest::newRow("unlisted module") << QByteArray("E69999: op failed\n") << QStringLiteral("cann-other")
                                         << QStringLiteral("E69999") << 1;
        QTest::newRow("torch_npu alone") << QByteArray(
            "[ERROR] 2025-01-01-00:00:00 (PID:1, Device:0, RankID:-1) ERR01001 OPS invalid parameter\n")
                                         << QStringLiteral("torch-npu-error") << QStringLiteral("ERR01001") << 1;
        QTest::newRow("ACL return code") << QByteArray(
            "RuntimeError: ACL stream synchronize failed, error code:507011\n")
                                         << QStringLiteral("acl-return-code") << QStringLiteral("507011") << 1;
        QTest::newRow("HCCL return code")
            << QByteArray("RuntimeError: HCCL function error: HcclCommInitRootInfo(x), error code is 19\n")
            << QStringLiteral("hccl-return-code") << QStringLiteral("HCCL_E_NETWORK") << 1;
    }
    void unknownCodeNamesItsFamily()
    {
        QFETCH(QByteArray, log);
        QFETCH(QString, id);
        QFETCH(QString, code);
        QFETCH(int, line);
        const QList<Finding> findings = diagnoseLog(log, Language::English);
        QCOMPARE(ids(findings), QStringList {id});
        const Finding& f = findings.first();
        QCOMPARE(f.code, code);
        QCOMPARE(f.line, line);
        QVERIFY(f.title.contains(code) || f.title.contains(QLatin1String("19")));
        QVERIFY(!f.fix.isEmpty());
        QVERIFY(!f.explanation.isEmpty());
        const QList<Finding> zh = diagnoseLog(log, Language::Chinese);
        QVERIFY(zh.first().fix != f.fix); // the family's checks are in Chinese too
    }

    // The root cause ranks above the cascade: wrappers printed before it, follow-up timeouts, repeated codes.
    void rootCauseFirst()
    {
        const QByteArray log
            = "[rank3]: EI0006: Getting socket times out. Reason: the remote does not initiate a connect request\n"
              "RuntimeError: HCCL function error: hcclCommInitRootInfoConfig(...), error code is 7\n"
              "[ERROR] 2024-05-21-11:57:54 (PID:927000, Device:3, RankID:3) ERR02200 DIST call hccl api failed.\n"
              "EZ9999: [PID: 1] The error from device(chipId:3, dieId:0), there is an exception of aivec error\n"
              "EI0006: Getting socket times out again\n";
        const QList<Finding> findings = diagnoseLog(log, Language::English);
        // The kernel error is the cause; the socket timeout of the other ranks follows; the wrappers add nothing.
        QCOMPARE(ids(findings),
                 (QStringList {QStringLiteral("npu-kernel-error"), QStringLiteral("hccl-socket-timeout")}));
        QCOMPARE(findings.first().code, QStringLiteral("EZ9999"));
        QCOMPARE(findings.at(1).code, QStringLiteral("EI0006"));
        QCOMPARE(findings.at(1).line, 1);

        // Only wrappers: the most specific (the HCCL return code) first, by line.
        const QList<Finding> wrappers = diagnoseLog(log.split('\n').mid(1, 2).join('\n'), Language::English);
        QCOMPARE(ids(wrappers), (QStringList {QStringLiteral("hccl-return-code"), QStringLiteral("torch-npu-error")}));
    }

    // A traceback escaped into one JSON string: the evidence is the escaped line with the code, the context the
    // escaped lines after it.
    void escapedLinesAreSplitForEvidence()
    {
        const QByteArray log
            = "{\"detail\":\"NPU function error: c10_npu::SetDevice(device_id_), error code is 507033\\n[ERROR] "
              "2025-11-19-11:14:58 (PID:356, Device:0, RankID:-1) ERR00100 PTA call acl api failed\\n"
              "E30006: 2025-11-19-11:14:58.516.606 Failed to verify the OPP\\n        Possible Cause: 1.The "
              "OPP is incorrect.\\n        Solution: 1. Use a correct OPP.\\n\"}";
        const QList<Finding> findings = diagnoseLog(log, Language::English);
        QCOMPARE(ids(findings), QStringList {QStringLiteral("cann-aicpu")});
        QCOMPARE(findings.first().evidence,
                 QStringLiteral("E30006: 2025-11-19-11:14:58.516.606 Failed to verify the OPP"));
        QCOMPARE(findings.first().context.value(0), QStringLiteral("Possible Cause: 1.The OPP is incorrect."));
    }

    void lineAndEvidence()
    {
        const QByteArray log
            = "INFO starting\n"
              "\n"
              "[rank1]: EJ0003: [PID: 159] Failed to bind the IP port. Reason: The IP address and port "
              "have been bound already.\n"
              "[rank1]: host nic listen start failed, port[60000], return[11]\n";
        const QList<Finding> findings = diagnoseLog(log, Language::English);
        QCOMPARE(ids(findings), QStringList {QStringLiteral("hccl-port-in-use")});
        QCOMPARE(findings.first().line, 3);
        QVERIFY(findings.first().evidence.startsWith(QLatin1String("[rank1]: EJ0003")));
    }

    void otherWordingsOfTheSameFailure_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("id");
        QTest::newRow("EI0009") << QByteArray("[rank1]: EI0009: Transport init error. Reason: [Create][DestLink]Create "
                                              "Dest error!")
                                << QStringLiteral("hccl-transport-init");
        QTest::newRow("EJ0001") << QByteArray("EJ0001: [PID: 468348] Failed to initialize the HCCP process. Reason: "
                                              "Maybe the last training process is running.")
                                << QStringLiteral("hccp-init-failed");
        QTest::newRow("EI0019") << QByteArray("Communication_Error_Bind_IP_Port(EI0019) on :60000")
                                << QStringLiteral("hccl-port-in-use");
        QTest::newRow("no ip") << QByteArray("Get ipconf failed, because no ip was preset there!")
                               << QStringLiteral("npu-no-device-ip");
        QTest::newRow("gloo iface") << QByteArray("RuntimeError: [enforce fail at gloo/transport/tcp/device.cc:83] ifa "
                                                  "!= nullptr. Unable to find address for: eth9")
                                    << QStringLiteral("socket-ifname-wrong");
        QTest::newRow("ray npu") << QByteArray("ValueError: Current node has no NPU available. "
                                               "current_node_resource={'CPU': 192.0}")
                                 << QStringLiteral("ray-no-npu");
        QTest::newRow("streams") << QByteArray("[PID: 46706] Insufficient_Stream_Resources(EL0009): The stream "
                                               "resources are insufficient.")
                                 << QStringLiteral("graph-capture-streams");
        QTest::newRow("mla") << QByteArray("AssertionError: The allowed number of queries per kv when enabling both "
                                           "MLA and Graph mode only support {32, 64, 128}")
                             << QStringLiteral("mla-graph-heads");
        QTest::newRow("free memory") << QByteArray("ValueError: Free memory on device (8.0/64.0 GiB) on startup is "
                                                   "less than desired GPU memory utilization (0.9, 57.6 GiB).")
                                     << QStringLiteral("npu-memory-held");
        QTest::newRow("rank table") << QByteArray("[ERROR] check rank_table_file failed: invalid server_count")
                                    << QStringLiteral("mindie-rank-table");
        QTest::newRow("EI0002") << QByteArray("EI0002: The wait execution of the Notify register times out.")
                                << QStringLiteral("hccl-notify-timeout");
    }
    void otherWordingsOfTheSameFailure()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, id);
        QCOMPARE(ids(diagnoseLog(line, Language::English)), QStringList {id});
    }

    // A healthy start-up log names nothing.
    void unrelatedLogIsQuiet()
    {
        const QByteArray log
            = "INFO 07-15 12:40:01 [__init__.py:39] Available plugins for group vllm.platform_plugins:\n"
              "INFO 07-15 12:40:01 [__init__.py:41] - ascend -> vllm_ascend:register\n"
              "INFO 07-15 12:40:05 [api_server.py:1395] vLLM API server version 0.9.2\n"
              "INFO 07-15 12:41:12 [worker_v1.py:181] Available memory: 40238791577, total memory: 65464696832\n"
              "INFO 07-15 12:41:12 [kv_cache_utils.py:716] GPU KV cache size: 1,234,560 tokens\n"
              "INFO 07-15 12:41:40 [launcher.py:28] Route: /v1/chat/completions, Methods: POST\n"
              "INFO:     Started server process [1]\n"
              "INFO:     Application startup complete.\n"
              "INFO:     10.226.72.9:51422 - \"POST /v1/chat/completions HTTP/1.1\" 200 OK\n";
        QVERIFY(diagnoseLog(log, Language::English).isEmpty());
        QVERIFY(diagnoseLog(QByteArray(), Language::English).isEmpty());
    }

    void chineseTexts()
    {
        const QList<Finding> en
            = diagnoseLog(fixtureBody(QStringLiteral("errors/swarm-skip-dnat-firewalld.txt")), Language::English);
        const QList<Finding> zh
            = diagnoseLog(fixtureBody(QStringLiteral("errors/swarm-skip-dnat-firewalld.txt")), Language::Chinese);
        QCOMPARE(zh.size(), 1);
        QCOMPARE(zh.first().id, en.first().id);
        QVERIFY(zh.first().fix.contains(QStringLiteral("在每个节点上")));
        QVERIFY(en.first().fix.contains(QLatin1String("systemctl stop firewalld")));
        QCOMPARE(languageForLocale(QStringLiteral("zh_CN")), Language::Chinese);
        QCOMPARE(languageForLocale(QStringLiteral("en_US")), Language::English);
    }

    void jsonShape()
    {
        const auto findings
            = diagnoseLog(fixtureBody(QStringLiteral("errors/hccl-EI0006-socket-timeout.txt")), Language::English);
        const QJsonObject doc = QJsonDocument::fromJson(renderFindingsJson(findings)).object();
        const QJsonArray list = doc.value(QStringLiteral("findings")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject f = list.first().toObject();
        QCOMPARE(f.keys(),
                 (QStringList {QStringLiteral("code"), QStringLiteral("context"), QStringLiteral("evidence"),
                               QStringLiteral("explanation"), QStringLiteral("fix"), QStringLiteral("id"),
                               QStringLiteral("line"), QStringLiteral("title")}));
        QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("EI0006"));
        QVERIFY(f.value(QStringLiteral("context")).toArray().at(0).toString().startsWith(QLatin1String("Solution:")));
        QCOMPARE(f.value(QStringLiteral("id")).toString(), QStringLiteral("hccl-socket-timeout"));
        QCOMPARE(f.value(QStringLiteral("line")).toInt(), 1);
    }

    void badSignatureFilesAreRejected()
    {
        const QByteArray head = "{\"signatures\":[{\"id\":\"x\",\"title\":\"t\",\"explanation\":\"e\",\"fix\":\"f\"";
        QVERIFY(!parseSignatures("not json"));
        QVERIFY(!parseSignatures(head + ",\"patterns\":[\"(unclosed\"]}]}"));
        QVERIFY(!parseSignatures(head + "}]}"));
        const auto ok = parseSignatures(head + ",\"patterns\":[\"boom\"]}]}");
        QVERIFY(ok);
        QCOMPARE(ids(diagnoseLog("a BOOM here", *ok, Language::Chinese)), QStringList {QStringLiteral("x")});
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
