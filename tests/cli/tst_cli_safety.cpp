// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, the CLI side: `exec --timeout` kills what the command started on the node (real sshd);
// text from servers, nodes and logs reaches the terminal with its control characters escaped unless
// --raw; `chat --deadline` ends a trickling reply; `bench` counts cut-off streams as failures.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/util/TerminalText.h"

#include "CliRun.h"
#include "HttpFixture.h"
#include "Processes.h"
#include "SshdFixture.h"

using npufleet::test::CliRun;
using npufleet::test::HttpFixture;
using npufleet::test::HttpResponse;
using npufleet::test::processesWith;
using npufleet::test::runCli;
using npufleet::test::runCliServing;
using npufleet::test::SshdFixture;

namespace {

QByteArray contentChunk(const QString& text, const char* finish = nullptr)
{
    QJsonObject choice {{QStringLiteral("index"), 0},
                        {QStringLiteral("delta"), QJsonObject {{QStringLiteral("content"), text}}},
                        {QStringLiteral("text"), text}};
    choice.insert(QStringLiteral("finish_reason"), finish ? QJsonValue(QLatin1String(finish)) : QJsonValue());
    const QJsonObject obj {{QStringLiteral("id"), QStringLiteral("c")},
                           {QStringLiteral("choices"), QJsonArray {choice}}};
    return "data: " + QJsonDocument(obj).toJson(QJsonDocument::Compact) + "\n\n";
}

const QString kHostile = QStringLiteral("A\x1b]0;pwned\x07\x1b[2J\rB\u202Eevil\u0085\x7f");

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT

    SshdFixture m_cluster {1};
    HttpFixture m_server;

    QStringList execArgs() const
    {
        return {QStringLiteral("exec"),
                QStringLiteral("--hosts"),
                QStringLiteral("root@%1:%2").arg(m_cluster.address(0)).arg(m_cluster.port()),
                QStringLiteral("--identity"),
                m_cluster.clientKey(),
                QStringLiteral("--known-hosts"),
                m_cluster.knownHostsFile()};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY(m_server.start());
    }
    void cleanupTestCase() { m_cluster.stop(); }
    void init() { m_server.clear(); }

    void terminalSafe()
    {
        using npufleet::util::terminalSafe;
        QCOMPARE(terminalSafe(kHostile), QStringLiteral("A\\e]0;pwned\\x07\\e[2J\\rB\\u202eevil\\u0085\\u007f"));
        QCOMPARE(terminalSafe(QStringLiteral("line\r\nnext\ttab 中文 ✅\n")),
                 QStringLiteral("line\nnext\ttab 中文 ✅\n"));
        QCOMPARE(terminalSafe(QByteArray("\x1b[31mred\x1b[0m")), QStringLiteral("\\e[31mred\\e[0m"));
        // JSON output stays valid JSON with the same strings.
        const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("s"), kHostile}}).toJson();
        const QJsonDocument back = QJsonDocument::fromJson(terminalSafe(json).toUtf8());
        QCOMPARE(back.object().value(QStringLiteral("s")).toString(), kHostile);
    }

    // Issue #16: `exec --timeout` said "stopped" while the remote commands ran on.
    void execTimeoutKillsEverythingTheCommandStarted()
    {
        // Background, setsid'd and foreground children; each with a mark to find it by.
        const QString command = QStringLiteral("sleep 61.016 & setsid sleep 62.016 & (sleep 63.016; "
                                               "touch %1/late) & sleep 64.016; touch %1/late")
                                    .arg(m_cluster.dir());
        QElapsedTimer clock;
        clock.start();
        const CliRun r = runCli(
            execArgs() + QStringList {QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--"), command});
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("stopped")), qPrintable(r.err));
        QVERIFY(clock.elapsed() < 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(processesWith(".016").isEmpty(),
                                  qPrintable(processesWith(".016").join(QLatin1Char(' '))), 5000);
        QVERIFY(!QFile::exists(m_cluster.dir() + QStringLiteral("/late")));
    }

    void execOutputIsEscaped()
    {
        const QString command = QStringLiteral("printf 'A\\033]0;pwned\\007\\033[2J\\rB\\342\\200\\256evil\\n'; "
                                               "printf 'E\\033[31m\\n' >&2");
        CliRun r = runCli(execArgs() + QStringList {QStringLiteral("--"), command});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QLatin1String("A\\e]0;pwned\\x07\\e[2J\\rB\\u202eevil")), r.out.constData());
        QVERIFY(!r.out.contains('\x1b'));
        QVERIFY(!r.out.contains('\r'));
        QVERIFY(r.err.contains(QLatin1String("E\\e[31m")));
        r = runCli(execArgs() + QStringList {QStringLiteral("--raw"), QStringLiteral("--"), command});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("A\x1b]0;pwned\x07\x1b[2J\rB\u202e"));
    }

    void chatOutputIsEscaped()
    {
        const QStringList args {QStringLiteral("chat"),    QStringLiteral("--base-url"), m_server.url().toString(),
                                QStringLiteral("--model"), QStringLiteral("m"),          QStringLiteral("hi")};
        for (bool raw : {false, true}) {
            m_server.enqueue(HttpResponse::sse({contentChunk(kHostile), contentChunk({}, "stop"), "data: [DONE]\n\n"}));
            const CliRun r = runCliServing(raw ? args + QStringList {QStringLiteral("--raw")} : args);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.contains('\x1b'), raw);
            if (!raw)
                QVERIFY2(r.outText().startsWith(npufleet::util::terminalSafe(kHostile)), r.out.constData());
        }
        // A server's error message is the server's text too.
        m_server.enqueue(HttpResponse::json(400, "{\"error\":{\"message\":\"bad \\u001b[2J request\"}}"));
        const CliRun r = runCliServing(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad \\e[2J request")), qPrintable(r.err));
    }

    void diagnoseOutputIsEscaped()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath(QStringLiteral("vllm.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("INFO start\n\x1b]0;pwned\x07RuntimeError: NPU out of memory. Tried to allocate 2.00 GiB "
                  "\x1b[8m(hidden)\x1b[0m\n");
        log.close();
        const CliRun r = runCli({QStringLiteral("diagnose"), log.fileName()});
        QVERIFY(!r.out.contains('\x1b'));
        const CliRun json
            = runCli({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json"), log.fileName()});
        QVERIFY(!json.out.contains('\x1b'));
        QVERIFY(QJsonDocument::fromJson(json.out).isObject());
    }

    // The exposition is the server's text: errors quote it Go-style (%q), so even --raw prints no escape.
    void monitorOutputIsEscaped()
    {
        HttpResponse metrics
            = HttpResponse::json(200, "vllm:num_requests_running 1\nbad\x1b]0;pwned\x07\x1b[2J line\n");
        metrics.headers = {{"Content-Type", "text/plain; version=0.0.4"}};
        m_server.setRoute("/metrics", metrics);
        const QStringList args {QStringLiteral("monitor"), QStringLiteral("--once"), QStringLiteral("--base-url"),
                                m_server.url().toString()};
        for (bool raw : {false, true}) {
            const CliRun r = runCliServing(raw ? args + QStringList {QStringLiteral("--raw")} : args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("Requests running"), r.out.constData());
            QVERIFY2(r.out.contains("error in the exposition"), r.out.constData());
            QVERIFY(!r.out.contains('\x1b'));
        }
    }

    // Issue #16: no overall deadline; a server that trickles bytes kept chat alive for ever.
    void chatDeadline()
    {
        QList<QByteArray> pieces;
        for (int i = 0; i < 1000; ++i)
            pieces << contentChunk(QStringLiteral("x"));
        HttpResponse slow = HttpResponse::sse(pieces, 30);
        slow.ending = HttpResponse::Ending::Hang;
        m_server.enqueue(slow);
        QElapsedTimer clock;
        clock.start();
        const CliRun r = runCliServing({QStringLiteral("chat"), QStringLiteral("--base-url"), m_server.url().toString(),
                                        QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--deadline"),
                                        QStringLiteral("1"), QStringLiteral("hi")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no complete reply within 1 s")), qPrintable(r.err));
        QVERIFY(clock.elapsed() < 10000);
    }

    // Issue #16: bench counted cut-off streams as successful.
    void benchCountsCutOffStreamsAsFailed()
    {
        HttpResponse cut = HttpResponse::sse({contentChunk(QStringLiteral("a")), contentChunk(QStringLiteral("b"))});
        cut.framing = HttpResponse::Framing::Close;
        m_server.setRoute("/v1/completions", cut);
        const CliRun r
            = runCliServing({QStringLiteral("bench"), QStringLiteral("--base-url"), m_server.url().toString(),
                             QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--num-prompts"),
                             QStringLiteral("3"), QStringLiteral("--random-input-len"), QStringLiteral("8"),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("completed")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("failed")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
