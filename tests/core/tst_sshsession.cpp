// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SshSession and SshTransport against real OpenSSH servers on 127.0.0.x (tests/support/SshdFixture).
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/remote/LineSplitter.h"
#include "core/remote/SshCredentials.h"
#include "core/remote/SshSession.h"
#include "core/remote/SshSudo.h"
#include "core/remote/SshTransport.h"

#include "SshdFixture.h"

using namespace npufleet;
using namespace npufleet::remote;
using npufleet::test::SshdFixture;

class TestSshSession : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_cluster {3}; // node 0: general, node 1: killed mid-command, node 2: host key replaced
    QTemporaryDir m_scratch;
    std::atomic_bool m_noCancel {false};

    SshEndpoint endpoint(int i, const QString& knownHosts = {}) const { return m_cluster.endpoint(i, knownHosts); }
    static SshSessionOptions options(bool acceptNew = false)
    {
        SshSessionOptions o;
        o.connectTimeoutMs = 5'000;
        o.acceptNewHostKeys = acceptNew;
        o.useAgent = false;
        return o;
    }
    ExecResult run(int node, const QString& command, int timeoutMs = 20'000)
    {
        SshSession session(endpoint(node), options());
        return session.execute({command, timeoutMs, {}}, m_noCancel);
    }

private slots:
    void initTestCase()
    {
        m_cluster.setPasswordAuthentication(true);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void executesWithExitStatusAndStreams()
    {
        const ExecResult r = run(0, QStringLiteral("echo hello; echo oops >&2; exit 3"));
        QCOMPARE(r.status, ExecStatus::Ok);
        QCOMPARE(r.exitStatus, 3);
        QCOMPARE(r.standardOutput, QByteArray("hello\n"));
        QCOMPARE(r.standardError, QByteArray("oops\n"));
        QVERIFY(!r.succeeded());
    }

    void runsOnTheNodesOwnPath()
    {
        const ExecResult r = run(0, QStringLiteral("hostname; echo $NODE_NAME"));
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(r.standardOutput, QByteArray("node1\nnode1\n"));
    }

    void feedsStandardInput()
    {
        SshSession session(endpoint(0), options());
        const ExecResult r = session.execute({QStringLiteral("cat; echo ."), 20'000, "line one\nline two"}, m_noCancel);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(r.standardOutput, QByteArray("line one\nline two.\n"));
        // The same session serves a second command.
        QVERIFY(session.isConnected());
        QCOMPARE(session.execute({QStringLiteral("echo again"), 20'000, {}}, m_noCancel).standardOutput, "again\n");
    }

    void unknownHostKeyNeedsConsent()
    {
        const QString knownHosts = m_scratch.filePath(QStringLiteral("unknown/known_hosts"));
        {
            SshSession session(endpoint(0, knownHosts), options());
            const ExecResult r = session.execute({QStringLiteral("true"), 20'000, {}}, m_noCancel);
            QCOMPARE(r.status, ExecStatus::HostKeyUnknown);
            QCOMPARE(r.hostFingerprint, m_cluster.hostFingerprint(0));
            QVERIFY(r.hostFingerprint.startsWith(QLatin1String("SHA256:")));
            QVERIFY(!QFile::exists(knownHosts));
        }
        {
            SshSession session(endpoint(0, knownHosts), options(true));
            const ExecResult r = session.execute({QStringLiteral("true"), 20'000, {}}, m_noCancel);
            QVERIFY2(r.succeeded(), qPrintable(r.message));
        }
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(
            QStringLiteral("[%1]:%2 ssh-ed25519 ").arg(m_cluster.address(0)).arg(m_cluster.port()).toLatin1()));
        SshSession again(endpoint(0, knownHosts), options());
        QVERIFY(again.execute({QStringLiteral("true"), 20'000, {}}, m_noCancel).succeeded());
    }

    void transportRemembersTheUnknownKeyUntilAccepted()
    {
        SshTransportOptions o;
        o.knownHostsFile = m_scratch.filePath(QStringLiteral("transport_known_hosts"));
        o.sshConfigFile = QStringLiteral("none");
        o.useAgent = false;
        SshTransport transport(o);
        const cluster::Node node = m_cluster.node(0);
        QCOMPARE(transport.execute(node, {QStringLiteral("true"), 20'000, {}}, m_noCancel).status,
                 ExecStatus::HostKeyUnknown);
        const auto key = transport.unverifiedHostKey(node);
        QVERIFY(key.has_value());
        QCOMPARE(key->fingerprint, m_cluster.hostFingerprint(0));
        QString error;
        QVERIFY2(transport.acceptHostKey(node, &error), qPrintable(error));
        QVERIFY(transport.execute(node, {QStringLiteral("true"), 20'000, {}}, m_noCancel).succeeded());
        QVERIFY(!transport.unverifiedHostKey(node).has_value());
    }

    void refusedPortIsUnreachableQuickly()
    {
        SshEndpoint ep = endpoint(0);
        ep.host = QStringLiteral("127.0.0.250"); // nothing listens there
        QElapsedTimer timer;
        timer.start();
        SshSession session(ep, options());
        const ExecResult r = session.execute({QStringLiteral("true"), 20'000, {}}, m_noCancel);
        QCOMPARE(r.status, ExecStatus::Unreachable);
        QVERIFY(!r.message.isEmpty());
        QVERIFY2(timer.elapsed() < 3'000, qPrintable(QString::number(timer.elapsed())));
    }

    void passphraseProtectedKey()
    {
        SshEndpoint ep = endpoint(0);
        ep.identityFiles = {m_cluster.encryptedClientKey()};
        {
            SshSession session(ep, options());
            const ExecResult r = session.connect(m_noCancel);
            QCOMPARE(r.status, ExecStatus::AuthFailed);
            QVERIFY2(r.message.contains(QLatin1String("passphrase")), qPrintable(r.message));
        }
        auto credentials = std::make_shared<InMemoryCredentials>();
        credentials->setPassphrase(m_cluster.encryptedClientKey(), SshdFixture::passphrase());
        SshSessionOptions o = options();
        o.credentials = credentials;
        SshSession session(ep, o);
        QCOMPARE(session.connect(m_noCancel).status, ExecStatus::Ok);
    }

    void passwordLogin()
    {
        QString why;
        if (!SshdFixture::ensurePasswordUser(&why))
            QSKIP(qPrintable(why));
        SshEndpoint ep = endpoint(0);
        ep.user = SshdFixture::passwordUser();
        ep.identityFiles.clear();
        auto credentials = std::make_shared<InMemoryCredentials>();
        SshSessionOptions o = options();
        o.credentials = credentials;

        credentials->setPassword(SshdFixture::passwordUser(), ep.host, "wrong-password");
        {
            SshSession session(ep, o);
            const ExecResult r = session.execute({QStringLiteral("true"), 20'000, {}}, m_noCancel);
            QCOMPARE(r.status, ExecStatus::AuthFailed);
            QVERIFY2(r.message.contains(QLatin1String("password")), qPrintable(r.message));
        }
        credentials->setPassword(SshdFixture::passwordUser(), ep.host, SshdFixture::password());
        SshSession session(ep, o);
        const ExecResult r = session.execute({QStringLiteral("id -un"), 20'000, {}}, m_noCancel);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(r.standardOutput, SshdFixture::passwordUser().toUtf8() + '\n');
    }

    void sudoPasswordGoesToStdinOnly()
    {
        const ExecRequest plain {QStringLiteral("systemctl restart docker"), 1000, {}};
        QCOMPARE(withSudo(plain, QStringLiteral("root"), "secret").command, plain.command);
        const ExecRequest wrapped = withSudo(plain, QStringLiteral("alice"), "secret");
        QVERIFY(wrapped.command.startsWith(QLatin1String("sudo -S -p '' ")));
        QVERIFY(!wrapped.command.contains(QLatin1String("secret")));
        QCOMPARE(wrapped.standardInput, QByteArray("secret\n"));
        // The wrapped command reaches a shell intact; a stand-in sudo reads the password line as sudo -S does.
        ExecRequest viaStandIn = withSudo({QStringLiteral("echo 'a b'"), 20'000, {}}, QStringLiteral("alice"), "pw1");
        viaStandIn.command
            = QStringLiteral("sudo() { read -r pw; shift 3; \"$@\"; echo \"pw=$pw\"; }; ") + viaStandIn.command;
        SshSession session(endpoint(0), options());
        const ExecResult r = session.execute(viaStandIn, m_noCancel);
        QCOMPARE(r.standardOutput, QByteArray("a b\npw=pw1\n"));
    }

    void stepTimesOut()
    {
        QElapsedTimer timer;
        timer.start();
        const ExecResult r = run(0, QStringLiteral("echo begun; sleep 30"), 700);
        QCOMPARE(r.status, ExecStatus::TimedOut);
        QCOMPARE(r.standardOutput, QByteArray("begun\n"));
        QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
    }

    void cancelStopsTheCommand()
    {
        std::atomic_bool cancel {false};
        SshSession session(endpoint(0), options());
        QElapsedTimer timer;
        timer.start();
        const ExecResult r = session.execute({QStringLiteral("echo started; sleep 30"), 60'000, {}}, cancel,
                                             [&](Stream, const QByteArray& chunk) {
                                                 if (chunk.contains("started"))
                                                     cancel = true;
                                             });
        QCOMPARE(r.status, ExecStatus::Cancelled);
        QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
    }

    void tenMegabytesOfOutput()
    {
        const qint64 size = 10 * 1024 * 1024 + 7;
        const ExecResult r = run(0, QStringLiteral("head -c %1 /dev/zero | tr '\\0' x; echo done >&2").arg(size));
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(r.standardOutput.size(), size);
        QCOMPARE(r.standardOutput.count('x'), size);
        QCOMPARE(r.standardError, QByteArray("done\n"));

        qint64 streamed = 0;
        int lines = 0;
        LineSplitter splitter([&](const QByteArray&) { ++lines; }, 64 * 1024);
        SshSession session(endpoint(0), options());
        const ExecResult s = session.execute({QStringLiteral("seq 1 1500000"), 20'000, {}}, m_noCancel,
                                             [&](Stream, const QByteArray& chunk) {
                                                 streamed += chunk.size();
                                                 splitter.feed(chunk);
                                             });
        splitter.finish();
        QVERIFY(s.succeeded());
        QCOMPARE(lines, 1'500'000);
        QVERIFY(streamed > 10'000'000);
        QVERIFY(s.standardOutput.size() <= 64 * 1024); // with a sink only the tail is kept
    }

    void nonUtf8Output()
    {
        const ExecResult r = run(0, QStringLiteral("printf '\\377\\376caf\\351\\000end\\n'"));
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(r.standardOutput,
                 QByteArray("\xff\xfe"
                            "caf\xe9\0end\n",
                            11));
        QList<QByteArray> lines;
        LineSplitter splitter([&](const QByteArray& line) { lines << line; });
        splitter.feed(r.standardOutput);
        QCOMPARE(lines.size(), 1);
        QVERIFY(QString::fromUtf8(lines.constFirst()).contains(QChar::ReplacementCharacter));
    }

    void sftpUploadKeepsModeBits()
    {
        const QString script = m_scratch.filePath(QStringLiteral("uploaded.sh"));
        const QString config = m_scratch.filePath(QStringLiteral("secret.conf"));
        SshSession session(endpoint(0), options());
        QCOMPARE(session.upload("#!/bin/sh\necho uploaded \"$1\"\n", script, 0755, m_noCancel).status, ExecStatus::Ok);
        QCOMPARE(session.upload(QByteArray(100'000, 'c'), config, 0600, m_noCancel).status, ExecStatus::Ok);
        // Same machine: the files can be checked directly, and run remotely.
        QCOMPARE(QFileInfo(script).permissions() & 0x0777, QFileDevice::Permissions(0x0755));
        QCOMPARE(QFileInfo(config).permissions() & 0x0777, QFileDevice::Permissions(0x0600));
        QCOMPARE(QFileInfo(config).size(), 100'000);
        const ExecResult r = session.execute({script + QStringLiteral(" ok"), 20'000, {}}, m_noCancel);
        QCOMPARE(r.standardOutput, QByteArray("uploaded ok\n"));
        const ExecResult bad = session.upload("x", QStringLiteral("/nonexistent-dir/x"), 0644, m_noCancel);
        QCOMPARE(bad.status, ExecStatus::Failed);
    }

    void sshdKilledMidCommand()
    {
        SshSession session(endpoint(1), options());
        QElapsedTimer timer;
        timer.start();
        const ExecResult r = session.execute({QStringLiteral("echo started; sleep 30"), 60'000, {}}, m_noCancel,
                                             [&](Stream, const QByteArray& chunk) {
                                                 if (chunk.contains("started"))
                                                     m_cluster.killNode(1);
                                             });
        QCOMPARE(r.status, ExecStatus::Unreachable);
        QVERIFY2(r.message.contains(QLatin1String("lost")), qPrintable(r.message));
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!session.isConnected());
    }

    void changedHostKeyIsRefused()
    {
        QString error;
        QVERIFY2(m_cluster.restartNode(2, true, &error), qPrintable(error));
        const QByteArray before = [&] {
            QFile f(m_cluster.knownHostsFile());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (const bool acceptNew : {false, true}) {
            SshSession session(endpoint(2), options(acceptNew));
            const ExecResult r = session.execute({QStringLiteral("true"), 20'000, {}}, m_noCancel);
            QCOMPARE(r.status, ExecStatus::HostKeyChanged);
            QCOMPARE(r.hostFingerprint, m_cluster.hostFingerprint(2));
            QVERIFY2(r.message.contains(QLatin1String("CHANGED")), qPrintable(r.message));
        }
        QFile after(m_cluster.knownHostsFile());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);

        SshTransportOptions o;
        o.knownHostsFile = m_cluster.knownHostsFile();
        o.sshConfigFile = QStringLiteral("none");
        o.acceptNewHostKeys = true;
        SshTransport transport(o);
        QCOMPARE(transport.execute(m_cluster.node(2), {QStringLiteral("true"), 20'000, {}}, m_noCancel).status,
                 ExecStatus::HostKeyChanged);
        QVERIFY(!transport.acceptHostKey(m_cluster.node(2), &error));
        QVERIFY(error.contains(QLatin1String("changed")));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
