// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting and logging in against real OpenSSH servers: cancel while the server is silent, sessions
// kept for the next call (also from another thread), a session whose server went away, and what a
// refused login tells the UI to ask for.

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <thread>

#include "core/remote/SshCredentials.h"
#include "core/remote/SshSession.h"
#include "core/remote/SshTransport.h"

#include "SshdFixture.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace npufleet;
using namespace npufleet::remote;
using npufleet::test::SshdFixture;

namespace {

// A TCP port that completes the handshake (the kernel's backlog) but never says a word: a hung
// sshd, or a firewall that lets SYNs through to a dead service.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), length) != 0 || ::listen(m_fd, 8) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentPort(const SilentPort&) = delete;
    SilentPort& operator=(const SilentPort&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TestSshConnect : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_cluster {2}; // node 1 is restarted under a pooled session
    std::atomic_bool m_noCancel {false};

    SshEndpoint endpoint(int i) const { return m_cluster.endpoint(i); }
    static SshSessionOptions options(int connectTimeoutMs = 5'000)
    {
        SshSessionOptions o;
        o.connectTimeoutMs = connectTimeoutMs;
        o.useAgent = false;
        return o;
    }
    SshTransportOptions transportOptions() const { return m_cluster.transportOptions(); }
    // The client side of the connection a command ran on: the same text means the same session.
    static QByteArray clientEnd(const ExecResult& r) { return r.standardOutput.split(' ').value(1); }

private slots:
    void initTestCase()
    {
        m_cluster.setPasswordAuthentication(true);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void cancelWhileTheServerIsSilent()
    {
        SilentPort silent;
        QVERIFY(silent.port() > 0);
        SshEndpoint ep = endpoint(0);
        ep.host = QStringLiteral("127.0.0.1");
        ep.port = silent.port();
        std::atomic_bool cancel {false};
        ExecResult result;
        QElapsedTimer timer;
        timer.start();
        std::thread worker([&] {
            SshSession session(ep, options(30'000));
            result = session.connect(cancel);
        });
        QThread::msleep(200);
        cancel = true;
        worker.join();
        QCOMPARE(result.status, ExecStatus::Cancelled);
        QVERIFY2(timer.elapsed() < 1'500, qPrintable(QString::number(timer.elapsed())));
    }

    void silentServerTimesOut()
    {
        SilentPort silent;
        SshEndpoint ep = endpoint(0);
        ep.host = QStringLiteral("127.0.0.1");
        ep.port = silent.port();
        QElapsedTimer timer;
        timer.start();
        SshSession session(ep, options(600));
        const ExecResult r = session.connect(m_noCancel);
        QCOMPARE(r.status, ExecStatus::Unreachable);
        QVERIFY2(r.message.contains(QLatin1String("no answer")), qPrintable(r.message));
        QVERIFY2(timer.elapsed() >= 500 && timer.elapsed() < 3'000, qPrintable(QString::number(timer.elapsed())));
    }

    void transportKeepsSessionsForAnyThread()
    {
        SshTransport transport(transportOptions());
        const ExecRequest request {QStringLiteral("echo $SSH_CONNECTION"), 20'000, {}};
        const ExecResult first = transport.execute(m_cluster.node(0), request, m_noCancel);
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        ExecResult second;
        std::thread other([&] { second = transport.execute(m_cluster.node(0), request, m_noCancel); });
        other.join();
        QVERIFY2(second.succeeded(), qPrintable(second.message));
        QCOMPARE(clientEnd(second), clientEnd(first));

        // Two calls at once never share a session: the second gets a connection of its own.
        ExecResult slow, fast;
        std::thread busy([&] {
            slow = transport.execute(m_cluster.node(0), {QStringLiteral("sleep 1; echo $SSH_CONNECTION"), 20'000, {}},
                                     m_noCancel);
        });
        QThread::msleep(300);
        fast = transport.execute(m_cluster.node(0), request, m_noCancel);
        busy.join();
        QVERIFY(slow.succeeded() && fast.succeeded());
        QVERIFY(clientEnd(slow) != clientEnd(fast));
    }

    void idleSessionOfARestartedServerIsReplaced()
    {
        SshTransport transport(transportOptions());
        const ExecRequest request {QStringLiteral("echo $SSH_CONNECTION"), 20'000, {}};
        const ExecResult before = transport.execute(m_cluster.node(1), request, m_noCancel);
        QVERIFY2(before.succeeded(), qPrintable(before.message));
        m_cluster.killNode(1);
        QString error;
        QVERIFY2(m_cluster.restartNode(1, false, &error), qPrintable(error));
        const ExecResult after = transport.execute(m_cluster.node(1), request, m_noCancel);
        QVERIFY2(after.succeeded(), qPrintable(after.message));
        QVERIFY(clientEnd(after) != clientEnd(before));
    }

    void refusedLoginSaysWhatIsMissing()
    {
        SshTransport transport(transportOptions());
        cluster::Node locked = m_cluster.node(0);
        locked.identityFile = m_cluster.encryptedClientKey();
        QCOMPARE(transport.execute(locked, {QStringLiteral("true"), 20'000, {}}, m_noCancel).status,
                 ExecStatus::AuthFailed);
        const std::optional<AuthNeed> need = transport.authNeed(locked);
        QVERIFY(need.has_value());
        QCOMPARE(need->passphraseKeyFile, m_cluster.encryptedClientKey());
        QCOMPARE(need->user, QStringLiteral("root"));
        QVERIFY(!need->passwordRefused);

        QString why;
        if (!SshdFixture::ensurePasswordUser(&why))
            QSKIP(qPrintable(why));
        auto credentials = std::make_shared<InMemoryCredentials>();
        SshTransportOptions o = transportOptions();
        o.credentials = credentials;
        o.identityFile = QStringLiteral("/nonexistent/key");
        SshTransport withPassword(o);
        cluster::Node node = m_cluster.node(0);
        node.user = SshdFixture::passwordUser();
        node.identityFile.clear();
        QCOMPARE(withPassword.execute(node, {QStringLiteral("true"), 20'000, {}}, m_noCancel).status,
                 ExecStatus::AuthFailed);
        QVERIFY(withPassword.authNeed(node)->password);
        QVERIFY(!withPassword.authNeed(node)->passwordRefused);

        credentials->setPassword(SshdFixture::passwordUser(), node.host, "wrong");
        QCOMPARE(withPassword.execute(node, {QStringLiteral("true"), 20'000, {}}, m_noCancel).status,
                 ExecStatus::AuthFailed);
        QVERIFY(withPassword.authNeed(node)->passwordRefused);

        credentials->setPassword(SshdFixture::passwordUser(), node.host, SshdFixture::password());
        QVERIFY(withPassword.execute(node, {QStringLiteral("true"), 20'000, {}}, m_noCancel).succeeded());
        QVERIFY(!withPassword.authNeed(node).has_value());
    }

    void keyboardInteractivePassword()
    {
        QString why;
        if (!SshdFixture::ensurePasswordUser(&why))
            QSKIP(qPrintable(why));
        SshdFixture pam(1);
        pam.setKeyboardInteractiveOnly(true);
        QVERIFY2(pam.start(&why), qPrintable(why));
        SshEndpoint ep;
        ep.host = pam.address(0);
        ep.port = pam.port();
        ep.user = SshdFixture::passwordUser();
        ep.knownHostsFile = pam.knownHostsFile();
        auto credentials = std::make_shared<InMemoryCredentials>();
        SshSessionOptions o = options();
        o.credentials = credentials;

        credentials->setPassword(SshdFixture::passwordUser(), ep.host, "wrong");
        SshSession refused(ep, o);
        const ExecResult r = refused.connect(m_noCancel);
        QCOMPARE(r.status, ExecStatus::AuthFailed);
        QVERIFY2(r.message.contains(QLatin1String("keyboard-interactive")), qPrintable(r.message));
        QVERIFY(refused.authNeed() && refused.authNeed()->passwordRefused);

        credentials->setPassword(SshdFixture::passwordUser(), ep.host, SshdFixture::password());
        SshSession session(ep, o);
        const ExecResult ok = session.execute({QStringLiteral("id -un"), 20'000, {}}, m_noCancel);
        QVERIFY2(ok.succeeded(), qPrintable(ok.message + QString::fromUtf8(ok.standardError)));
        QCOMPARE(ok.standardOutput, SshdFixture::passwordUser().toUtf8() + '\n');
    }
};

QTEST_GUILESS_MAIN(TestSshConnect)
#include "tst_sshconnect.moc"
