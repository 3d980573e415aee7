// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <csignal>

#include "SshdFixtureTools.h"
#include "SshdStorageTools.h"
#include "StandInFiles.h"
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace npufleet::test {

namespace {

const QString kSshd = QStringLiteral("/usr/sbin/sshd"); // sshd insists on an absolute path

// Runs a short helper program to its end; false with its output on failure.
bool runTool(const QString& program, const QStringList& args, QString* error, QByteArray* output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    if (output)
        *output = process.readAll();
    return true;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every live descendant of pid, from /proc (sshd forks one process per connection and more).
QList<pid_t> descendants(pid_t root)
{
    QHash<pid_t, pid_t> parent;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const pid_t pid = pid_t(entry.toInt(&ok));
        if (!ok)
            continue;
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(entry));
        const qsizetype close = stat.lastIndexOf(')'); // the command name may hold spaces
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (close > 0 && fields.size() > 1)
            parent.insert(pid, pid_t(fields.at(1).toInt()));
    }
    QList<pid_t> found {root};
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
            if (it.value() == found.at(i))
                found.append(it.key());
        }
    }
    found.removeFirst();
    return found;
}

bool portFree(const QString& address, int port)
{
    QTcpServer server;
    return server.listen(QHostAddress(address), quint16(port));
}

} // namespace

SshdFixture::SshdFixture(int nodes)
    : m_nodes(size_t(qMax(1, nodes)))
{
}

SshdFixture::~SshdFixture()
{
    stop();
}

void SshdFixture::setDown(int i)
{
    m_nodes.at(size_t(i)).down = true;
}

QString SshdFixture::address(int i) const
{
    // 127.0.0.2 … 127.0.0.251, then 127.0.1.2 …: a fleet of 256 nodes stays in 127.0.0.0/8.
    return QStringLiteral("127.0.%1.%2").arg(i / 250).arg(2 + i % 250);
}

QString SshdFixture::nodeName(int i) const
{
    return QStringLiteral("node%1").arg(i + 1);
}

QString SshdFixture::npuSmiFixture(int i) const
{
    return standInNpuSmiFixture(i);
}

bool SshdFixture::isBroken(int i) const
{
    return standInIsBroken(i);
}

QString SshdFixture::clientKey() const
{
    return m_dir.filePath(QStringLiteral("client_ed25519"));
}

QString SshdFixture::encryptedClientKey() const
{
    return m_dir.filePath(QStringLiteral("client_encrypted_ed25519"));
}

QString SshdFixture::knownHostsFile() const
{
    return m_dir.filePath(QStringLiteral("known_hosts"));
}

remote::SshTransportOptions SshdFixture::transportOptions() const
{
    remote::SshTransportOptions o;
    o.knownHostsFile = knownHostsFile();
    o.sshConfigFile = QStringLiteral("none");
    o.useAgent = false;
    return o;
}

QString SshdFixture::hostFingerprint(int i) const
{
    QString error;
    QByteArray output;
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                  m_nodes.at(size_t(i)).dir + QStringLiteral("/hostkey_ed25519.pub")},
                 &error, &output))
        return {};
    return QString::fromLatin1(output.split(' ').value(1));
}

QString SshdFixture::hostsList() const
{
    QStringList hosts;
    for (int i = 0; i < count(); ++i)
        hosts << QStringLiteral("%1:%2").arg(address(i)).arg(m_port);
    return hosts.join(QLatin1Char(','));
}

cluster::Node SshdFixture::node(int i) const
{
    cluster::Node n;
    n.name = nodeName(i);
    n.host = address(i);
    n.port = m_port;
    n.user = QStringLiteral("root");
    n.identityFile = clientKey();
    return n;
}

remote::SshEndpoint SshdFixture::endpoint(int i, const QString& knownHosts) const
{
    remote::SshEndpoint ep;
    ep.host = address(i);
    ep.port = m_port;
    ep.user = QStringLiteral("root");
    ep.identityFiles = {clientKey()};
    ep.knownHostsFile = knownHosts.isEmpty() ? knownHostsFile() : knownHosts;
    return ep;
}

QList<cluster::Node> SshdFixture::nodes() const
{
    QList<cluster::Node> all;
    for (int i = 0; i < count(); ++i)
        all << node(i);
    return all;
}

bool SshdFixture::makeHostKey(int i, QString* error)
{
    const QString key = m_nodes.at(size_t(i)).dir + QStringLiteral("/hostkey_ed25519");
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    return runTool(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                    QString(), QStringLiteral("-f"), key},
                   error);
}

// Keyboard-interactive passwords need PAM (OpenSSH has no other source of prompts on Linux).
QString SshdFixture::passwordMethods() const
{
    if (m_keyboardInteractive)
        return QStringLiteral("PasswordAuthentication no\nKbdInteractiveAuthentication yes\nUsePAM yes\n");
    return QStringLiteral("PasswordAuthentication %1\nKbdInteractiveAuthentication no\nUsePAM no\n")
        .arg(m_passwordAuth ? QStringLiteral("yes") : QStringLiteral("no"));
}

bool SshdFixture::writeNode(int i, QString* error)
{
    NodeState& state = m_nodes.at(size_t(i));
    state.dir = m_dir.filePath(nodeName(i));
    if (!QDir().mkpath(state.dir) || !makeHostKey(i, error))
        return false;
    if (!writeStandInTools(state.dir, {nodeName(i), i, npuSmiFixture(i), isBroken(i)}, error))
        return false;
    if (m_faults.contains(i) && !writePreflightStandIns({state.dir, i, count(), m_faults.value(i)}, error))
        return false;
    if (m_storageSandbox && !writeStorageSandbox({m_dir.path(), state.dir, nodeName(i), address(i), i}, error))
        return false;
    const QString d = state.dir;
    // HOME is the node's folder so that the login shell does not source the real user's ~/.bashrc
    // (bash does so over SSH; a slow one costs every command hundreds of milliseconds).
    const QString config
        = QStringLiteral("ListenAddress %1\nPort %2\nHostKey %3/hostkey_ed25519\nPidFile %3/sshd.pid\n"
                         "AuthorizedKeysFile %4\nPubkeyAuthentication yes\n%5"
                         "StrictModes no\n"
                         "PermitRootLogin yes\nLogLevel VERBOSE\nMaxStartups 100:30:200\n"
                         "Subsystem sftp internal-sftp\n"
                         "SetEnv PATH=%3/bin:/usr/bin:/bin:/usr/sbin:/sbin NODE_NAME=%6 HOME=%3\n")
              .arg(address(i))
              .arg(m_port)
              .arg(d, m_dir.filePath(QStringLiteral("authorized_keys")), passwordMethods(), nodeName(i));
    // sshd takes the first ForceCommand: the log's, which then runs the command as the sandbox would. One
    // printf per record, so that commands of parallel sessions do not interleave.
    QString force;
    if (m_commandLog)
        force = QStringLiteral(
                    "ForceCommand printf '%s\\n' \"$(printf '%s' \"$SSH_ORIGINAL_COMMAND\" | base64 -w0)\" >> %1; %2\n")
                    .arg(QString::fromUtf8(shellQuotedPath(receivedLog(i))),
                         m_storageSandbox ? storageForceCommand(d)
                                          : QStringLiteral("exec /bin/bash -c \"$SSH_ORIGINAL_COMMAND\""));
    else if (m_storageSandbox)
        force = storageSshdConfig(d);
    QFile file(d + QStringLiteral("/sshd_config"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0
        || file.write(force.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool SshdFixture::launch(int i, QString* error)
{
    NodeState& state = m_nodes.at(size_t(i));
    QFile::remove(state.dir + QStringLiteral("/sshd.pid"));
    // waitListening() looks for the ready line in this log: a previous run's must not count.
    const QString log = state.dir + QStringLiteral("/sshd.log");
    QFile::remove(log + QStringLiteral(".old"));
    QFile::rename(log, log + QStringLiteral(".old"));
    state.process = std::make_unique<QProcess>();
    state.process->setProcessChannelMode(QProcess::MergedChannels);
    state.process->setStandardOutputFile(log);
    // Should the test process crash, its servers go with it (destructors do not run then).
    state.process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    state.process->start(
        kSshd,
        {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), state.dir + QStringLiteral("/sshd_config")});
    if (!state.process->waitForStarted(10'000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(kSshd, state.process->errorString());
        return false;
    }
    return true;
}

bool SshdFixture::waitListening(int i, QString* error)
{
    NodeState& state = m_nodes.at(size_t(i));
    const QString log = state.dir + QStringLiteral("/sshd.log");
    const QByteArray ready = "Server listening on " + address(i).toLatin1();
    // A readiness poll of sshd's own log line (sshd gives no other signal); ~30 ms in practice.
    const QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (readFile(log).contains(ready))
            return true;
        if (state.process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(2);
    }
    *error = QStringLiteral("sshd for %1 did not start listening:\n%2")
                 .arg(nodeName(i), QString::fromLocal8Bit(readFile(log)));
    return false;
}

bool SshdFixture::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation folder
    // One port free on every address; random so that parallel test runs do not collide.
    for (int attempt = 0; attempt < 50 && m_port == 0; ++attempt) {
        const int candidate = 20000 + int(QRandomGenerator::global()->bounded(30000));
        bool free = true;
        for (int i = 0; i < count() && free; ++i)
            free = portFree(address(i), candidate);
        if (free)
            m_port = candidate;
    }
    if (m_port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.2..");
        return false;
    }
    const QString client = clientKey();
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-f"), client},
                 error)
        || !runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                     QString::fromLatin1(passphrase()), QStringLiteral("-f"), encryptedClientKey()},
                    error))
        return false;
    QFile authorized(m_dir.filePath(QStringLiteral("authorized_keys")));
    if (!authorized.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    authorized.write(readFile(client + QStringLiteral(".pub"))
                     + readFile(encryptedClientKey() + QStringLiteral(".pub")));
    authorized.close();

    QFile knownHosts(knownHostsFile());
    if (!knownHosts.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write known_hosts");
        return false;
    }
    for (int i = 0; i < count(); ++i) {
        if (!writeNode(i, error))
            return false;
        const QList<QByteArray> key
            = readFile(m_nodes.at(size_t(i)).dir + QStringLiteral("/hostkey_ed25519.pub")).split(' ');
        knownHosts.write(QStringLiteral("[%1]:%2 ").arg(address(i)).arg(m_port).toLatin1() + key.value(0) + ' '
                         + key.value(1).trimmed() + '\n');
    }
    knownHosts.close();
    for (int i = 0; i < count(); ++i) {
        if (!m_nodes.at(size_t(i)).down && !launch(i, error))
            return false;
    }
    for (int i = 0; i < count(); ++i) {
        if (!m_nodes.at(size_t(i)).down && !waitListening(i, error))
            return false;
    }
    return true;
}

QList<QByteArray> SshdFixture::receivedCommands(int i) const
{
    QList<QByteArray> commands;
    for (const QByteArray& line : readFile(receivedLog(i)).split('\n')) {
        if (!line.isEmpty())
            commands << QByteArray::fromBase64(line);
    }
    return commands;
}

void SshdFixture::killNode(int i)
{
    NodeState& state = m_nodes.at(size_t(i));
    if (!state.process || state.process->state() == QProcess::NotRunning)
        return;
    const pid_t listener = pid_t(state.process->processId());
    const QList<pid_t> children = descendants(listener);
    ::kill(listener, SIGKILL);
    for (const pid_t child : children)
        ::kill(child, SIGKILL);
    state.process->waitForFinished(5'000);
}

bool SshdFixture::restartNode(int i, bool newHostKey, QString* error)
{
    killNode(i);
    if (newHostKey && !makeHostKey(i, error))
        return false;
    m_nodes.at(size_t(i)).down = false;
    return launch(i, error) && waitListening(i, error);
}

void SshdFixture::stop()
{
    for (int i = 0; i < count(); ++i) {
        killNode(i);
        m_nodes.at(size_t(i)).process.reset();
    }
}

bool SshdFixture::ensurePasswordUser(const QString& user, const QByteArray& password, QString* why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("password logins need a local test user, which only root can create");
        return false;
    }
    QString error;
    QByteArray ignored;
    if (!runTool(QStringLiteral("id"), {user}, &error, &ignored)
        && !runTool(QStringLiteral("useradd"),
                    {QStringLiteral("-M"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), user}, &error)) {
        *why = error;
        return false;
    }
    QProcess chpasswd;
    chpasswd.start(QStringLiteral("chpasswd"), QStringList {});
    chpasswd.write(user.toUtf8() + ':' + password + '\n');
    chpasswd.closeWriteChannel();
    if (!chpasswd.waitForFinished(10'000) || chpasswd.exitCode() != 0) {
        *why = QStringLiteral("chpasswd failed: %1").arg(QString::fromLocal8Bit(chpasswd.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace npufleet::test
