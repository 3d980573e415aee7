// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The NFS wizard's apply, verify and undo over real OpenSSH servers (127.0.0.2-4), with stand-in
// storage tools that record their calls and each node's /etc in its own sandbox folder.
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

#include "core/remote/SshTransport.h"
#include "core/storage/NfsRunner.h"

#include "Fixtures.h"
#include "SshdFixture.h"
#include "SshdStorageTools.h"

using namespace npufleet;
using namespace npufleet::storage;
using npufleet::test::SshdFixture;

namespace {
constexpr int kNodes = 3; // node1 serves, node2 (Ubuntu) and node3 (openEuler) mount
const QString kRoot = test::storageSandboxRoot();
const QString kShare = kRoot + QStringLiteral("/data/models");
const QString kOptions = QStringLiteral("vers=3,hard,timeo=600,retrans=3,_netdev");
const char* const kFiles[] = {"exports", "fstab"};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// The file after apply: the original, then the marked block (a missing final newline stays missing).
QByteArray withBlock(const QByteArray& original, const QByteArray& line)
{
    const bool nl = original.isEmpty() || original.endsWith('\n');
    return original + (nl ? "" : "\n") + "# npufleet begin\n# shared model folder, kept by the NPU Fleet NFS wizard\n"
        + line + "\n# npufleet end" + (nl ? "\n" : "");
}
} // namespace

class TestNfsSshd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void applyVerifyTwiceThenUndo();
    void clientDown();
    void stepTimeout();
    void cancelBetweenSteps();
    void changedOptionsRemount();
    void verifyChecksClientsAtOnceAndStops();

private:
    QString dir(int i) const { return m_cluster->storageDir(i); }
    QString etc(int i, const char* file) const
    {
        return m_cluster->etcRoot(i) + QLatin1Char('/') + QLatin1String(file);
    }
    // The calls recorded on node i since the last look.
    QStringList takeCalls(int i)
    {
        const QStringList calls
            = QString::fromUtf8(readAll(m_cluster->callsLog(i))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QFile::resize(m_cluster->callsLog(i), 0);
        return calls;
    }
    QStringList backups(int i) const
    {
        return QDir(m_cluster->etcRoot(i)).entryList({QStringLiteral("*.npufleet-backup-*")}, QDir::Files);
    }
    bool run(const std::function<void()>& start, int timeoutMs = 60'000);
    NfsPlan makePlan(const QString& mountOptions = kOptions, const project::SharedStorage& applied = {});
    void expectOriginals();

    std::unique_ptr<SshdFixture> m_cluster;
    std::shared_ptr<remote::SshTransport> m_transport;
    std::unique_ptr<NfsRunner> m_runner;
    QHash<QString, OsFamily> m_families;
    QHash<QString, QByteArray> m_originals; // "i/file" → bytes
};

void TestNfsSshd::init()
{
    m_cluster = std::make_unique<SshdFixture>(kNodes);
    m_cluster->enableStorageSandbox();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    remote::SshTransportOptions o = m_cluster->transportOptions();
    o.connectTimeoutMs = 5'000;
    m_transport = std::make_shared<remote::SshTransport>(o);
    m_runner = std::make_unique<NfsRunner>(m_transport);

    // Commands run as root here: before anything changes, prove that every node works in its own
    // folder and that every storage tool it may call is a stand-in.
    const QString tools = QStringLiteral(
        "systemctl exportfs showmount mount umount mountpoint firewall-cmd rpm dnf yum dpkg-query apt-get");
    for (int i = 0; i < kNodes; ++i) {
        remote::ExecRequest request;
        request.command
            = QStringLiteral("pwd -P; cd -- %1 && pwd -P; for t in %2; do command -v \"$t\"; done").arg(kRoot, tools);
        std::atomic_bool cancel(false);
        const remote::ExecResult r = m_transport->execute(m_cluster->node(i), request, cancel);
        QVERIFY2(r.succeeded(), qPrintable(r.message + QString::fromUtf8(r.standardError)));
        const QStringList lines = QString::fromUtf8(r.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2 + int(tools.count(QLatin1Char(' '))) + 1);
        QCOMPARE(lines.at(0), QFileInfo(dir(i)).canonicalFilePath());
        QCOMPARE(lines.at(1), QFileInfo(dir(i)).canonicalFilePath());
        for (const QString& path : lines.mid(2))
            QVERIFY2(path.startsWith(dir(i) + QStringLiteral("/bin/")), qPrintable(path));
    }
    // The model folder on the server: a config and a weights shard.
    const QString models = dir(0) + QStringLiteral("/data/models/Qwen3-30B-A3B/");
    QVERIFY(writeFile(models + QStringLiteral("config.json"),
                      test::fixtureBody(QStringLiteral("models/Qwen3-30B-A3B.config.json"))));
    QVERIFY(writeFile(models + QStringLiteral("model-00001-of-00016.safetensors"), QByteArray(65'536, 'w')));
    m_originals.clear();
    for (int i = 0; i < kNodes; ++i) {
        for (const char* f : kFiles)
            m_originals.insert(QStringLiteral("%1/%2").arg(i).arg(QLatin1String(f)), readAll(etc(i, f)));
        takeCalls(i);
    }
    QVERIFY(m_originals.value(QStringLiteral("0/exports")).isEmpty()); // openEuler ships it empty
    QVERIFY(!m_originals.value(QStringLiteral("1/fstab")).endsWith('\n'));

    QSignalSpy detected(m_runner.get(), &NfsRunner::osDetected);
    m_runner->detectOs(m_cluster->nodes(), kRoot + QStringLiteral("/etc"));
    QVERIFY(detected.wait(30'000));
    m_families = detected.first().first().value<QHash<QString, OsFamily>>();
    QCOMPARE(m_families.value(m_cluster->nodeName(0)), OsFamily::RedHat);
    QCOMPARE(m_families.value(m_cluster->nodeName(1)), OsFamily::Debian);
    QCOMPARE(m_families.value(m_cluster->nodeName(2)), OsFamily::RedHat);
    for (int i = 0; i < kNodes; ++i)
        takeCalls(i);
}

void TestNfsSshd::cleanup()
{
    m_runner.reset();
    m_transport.reset();
    m_cluster.reset();
}

bool TestNfsSshd::run(const std::function<void()>& start, int timeoutMs)
{
    QSignalSpy finished(m_runner.get(), &NfsRunner::finished);
    start();
    if (!finished.wait(timeoutMs) && finished.isEmpty())
        return false;
    for (const StepReport& r : m_runner->reports()) {
        if (r.status == StepStatus::Failed || r.status == StepStatus::TimedOut)
            qInfo().noquote() << r.node << r.stepId << stepStatusText(r.status) << r.message;
    }
    return finished.first().first().toBool();
}

NfsPlan TestNfsSshd::makePlan(const QString& mountOptions, const project::SharedStorage& applied)
{
    project::SharedStorage storage;
    storage.serverNode = m_cluster->nodeName(0);
    storage.exportPath = kShare;
    storage.mountPoint = kShare;
    storage.cacheDir = kShare + QStringLiteral("/gpustack-cache");
    storage.mountOptions = mountOptions;
    NfsPlanOptions options;
    options.etcRoot = kRoot + QStringLiteral("/etc");
    options.detected = m_families;
    options.applied = applied;
    const Result<NfsPlan> plan = NfsPlanner::plan(storage, m_cluster->nodes(), options);
    if (!plan)
        qWarning() << plan.error().toString();
    return plan.valueOr(NfsPlan());
}

void TestNfsSshd::expectOriginals()
{
    for (int i = 0; i < kNodes; ++i) {
        for (const char* f : kFiles)
            QCOMPARE(readAll(etc(i, f)), m_originals.value(QStringLiteral("%1/%2").arg(i).arg(QLatin1String(f))));
    }
}

void TestNfsSshd::applyVerifyTwiceThenUndo()
{
    const NfsPlan plan = makePlan();
    QCOMPARE(plan.storage.network, QStringLiteral("127.0.0.0/24"));
    QVERIFY(!plan.server.sudo);
    QSignalSpy steps(m_runner.get(), &NfsRunner::stepFinished);
    QSignalSpy output(m_runner.get(), &NfsRunner::outputReceived);
    QVERIFY(run([&] { m_runner->apply(plan); }));
    QCOMPARE(steps.size(), 6 + 2 * 5);
    QVERIFY(!output.isEmpty());

    // The calls, in order, per node: packages by OS family, the firewall looked at, the services, the export, the
    // mounts.
    const QString mount = QStringLiteral("mount -t nfs -o %1 -- 127.0.0.2:%2 %2").arg(kOptions, kShare);
    const QString isMounted = QStringLiteral("mountpoint -q -- ") + kShare;
    QCOMPARE(
        takeCalls(0),
        QStringList({QStringLiteral("rpm -q nfs-utils"), QStringLiteral("dnf install -y nfs-utils"),
                     QStringLiteral("systemctl is-active --quiet firewalld"),
                     QStringLiteral("systemctl enable --now rpcbind nfs-server"), QStringLiteral("exportfs -ra")}));
    QCOMPARE(takeCalls(1),
             QStringList({QStringLiteral("dpkg-query -W -f=${Status} nfs-common"), QStringLiteral("apt-get update"),
                          QStringLiteral("apt-get install -y nfs-common"), isMounted, mount}));
    QCOMPARE(takeCalls(2),
             QStringList(
                 {QStringLiteral("rpm -q nfs-utils"), QStringLiteral("dnf install -y nfs-utils"), isMounted, mount}));

    // The files: a block after the original bytes, one timestamped backup of each edited file.
    const QByteArray exportLine = kShare.toUtf8() + " 127.0.0.0/24(rw,sync,no_root_squash,no_subtree_check)";
    const QByteArray fstabLine
        = "127.0.0.2:" + kShare.toUtf8() + ' ' + kShare.toUtf8() + " nfs " + kOptions.toUtf8() + " 0 0";
    QCOMPARE(readAll(etc(0, "exports")), withBlock(m_originals.value(QStringLiteral("0/exports")), exportLine));
    for (int i : {1, 2}) {
        QCOMPARE(readAll(etc(i, "fstab")), withBlock(m_originals.value(QStringLiteral("%1/fstab").arg(i)), fstabLine));
        QCOMPARE(readAll(etc(i, "exports")), m_originals.value(QStringLiteral("%1/exports").arg(i)));
        QCOMPARE(backups(i).size(), 1);
        QCOMPARE(readAll(m_cluster->etcRoot(i) + QLatin1Char('/') + backups(i).first()),
                 m_originals.value(QStringLiteral("%1/fstab").arg(i)));
    }
    QCOMPARE(readAll(etc(0, "fstab")), m_originals.value(QStringLiteral("0/fstab")));
    QCOMPARE(backups(0).size(), 1);
    QVERIFY(QFileInfo(dir(0) + QStringLiteral("/data/models/gpustack-cache")).isDir());
    // The share: each client's mount point leads to the server's folder.
    for (int i : {1, 2}) {
        const QFileInfo mp(dir(i) + QStringLiteral("/data/models"));
        QVERIFY(mp.isSymLink());
        QCOMPARE(mp.canonicalFilePath(), QFileInfo(dir(0) + QStringLiteral("/data/models")).canonicalFilePath());
    }
    const QHash<QString, QByteArray> applied {{QStringLiteral("0"), readAll(etc(0, "exports"))},
                                              {QStringLiteral("1"), readAll(etc(1, "fstab"))},
                                              {QStringLiteral("2"), readAll(etc(2, "fstab"))}};

    QVERIFY(run([&] { m_runner->verify(plan); }));
    QCOMPARE(m_runner->checks().size(), 2 * 4);
    for (const CheckReport& c : m_runner->checks())
        QVERIFY2(c.passed, qPrintable(c.node + QLatin1Char(' ') + c.checkId + QStringLiteral(": ") + c.detail));
    QVERIFY(m_runner->checks().last().detail.startsWith(QLatin1String("2 file")));
    QVERIFY(QDir(dir(0) + QStringLiteral("/data/models"))
                .entryList({QStringLiteral(".npufleet-probe-*")}, QDir::Files | QDir::Hidden)
                .isEmpty());
    for (int i : {1, 2})
        QCOMPARE(takeCalls(i), QStringList({QStringLiteral("showmount -e 127.0.0.2"), isMounted}));

    // Twice in a row: the same checks, nothing installed, written, backed up or mounted again.
    QVERIFY(run([&] { m_runner->apply(plan); }));
    for (const StepReport& r : m_runner->reports()) {
        if (r.stepId == QLatin1String("exports") || r.stepId == QLatin1String("fstab")
            || r.stepId == QLatin1String("remount"))
            QCOMPARE(r.status, StepStatus::Unchanged);
    }
    QCOMPARE(readAll(etc(0, "exports")), applied.value(QStringLiteral("0")));
    for (int i : {1, 2}) {
        QCOMPARE(readAll(etc(i, "fstab")), applied.value(QString::number(i)));
        QCOMPARE(readAll(etc(i, "fstab")).count(fstabLine), 1);
        QCOMPARE(backups(i).size(), 1);
    }
    QCOMPARE(backups(0).size(), 1);
    QCOMPARE(
        takeCalls(0),
        QStringList({QStringLiteral("rpm -q nfs-utils"), QStringLiteral("systemctl is-active --quiet firewalld"),
                     QStringLiteral("systemctl enable --now rpcbind nfs-server"), QStringLiteral("exportfs -ra")}));
    QCOMPARE(takeCalls(1), QStringList({QStringLiteral("dpkg-query -W -f=${Status} nfs-common"), isMounted}));
    QCOMPARE(takeCalls(2), QStringList({QStringLiteral("rpm -q nfs-utils"), isMounted}));
    QVERIFY(run([&] { m_runner->verify(plan); }));

    // Undo: unmounted, then the original files back byte for byte.
    QVERIFY(run([&] { m_runner->undo(plan); }));
    expectOriginals();
    for (int i : {1, 2}) {
        QCOMPARE(takeCalls(i),
                 QStringList({QStringLiteral("showmount -e 127.0.0.2"), isMounted, isMounted,
                              QStringLiteral("umount -- ") + kShare}));
        const QFileInfo mp(dir(i) + QStringLiteral("/data/models"));
        QVERIFY(mp.isDir() && !mp.isSymLink());
    }
    QCOMPARE(takeCalls(0), QStringList({QStringLiteral("exportfs -ra")}));
    QVERIFY(QFileInfo::exists(dir(0) + QStringLiteral("/data/models/Qwen3-30B-A3B/config.json")));

    // And the checks now say so.
    QVERIFY(!run([&] { m_runner->verify(plan); }));
    for (const CheckReport& c : m_runner->checks()) {
        if (c.checkId == QLatin1String("mounted") || c.checkId == QLatin1String("showmount"))
            QVERIFY2(!c.passed, qPrintable(c.node + QLatin1Char(' ') + c.checkId));
    }
}

void TestNfsSshd::clientDown()
{
    const NfsPlan plan = makePlan();
    m_cluster->killNode(2);
    QSignalSpy finished(m_runner.get(), &NfsRunner::finished);
    QVERIFY(!run([&] { m_runner->apply(plan); }));
    const QString summary = finished.first().at(1).toString();
    QVERIFY2(summary.contains(QLatin1String("11 of 16")) && summary.contains(QLatin1String("1 failed")),
             qPrintable(summary));
    QString downReport;
    for (const StepReport& r : m_runner->reports()) {
        if (r.node != m_cluster->nodeName(2)) {
            QVERIFY2(r.ok(), qPrintable(r.node + QLatin1Char(' ') + r.stepId + QStringLiteral(": ") + r.message));
        } else if (r.stepId == QLatin1String("install")) {
            QCOMPARE(r.status, StepStatus::Failed);
            downReport = r.message;
        } else {
            QCOMPARE(r.status, StepStatus::NotRun);
        }
    }
    QVERIFY2(!downReport.isEmpty(), "the down node says why");
    QVERIFY(QFileInfo(dir(1) + QStringLiteral("/data/models")).isSymLink());
    QCOMPARE(readAll(etc(2, "fstab")), m_originals.value(QStringLiteral("2/fstab")));

    // Verify: the live client passes, the down one is reported.
    QVERIFY(!run([&] { m_runner->verify(plan); }));
    for (const CheckReport& c : m_runner->checks())
        QCOMPARE(c.passed, c.node == m_cluster->nodeName(1));

    // Back up, and the same apply finishes the job.
    QString error;
    QVERIFY2(m_cluster->restartNode(2, false, &error), qPrintable(error));
    QVERIFY(run([&] { m_runner->apply(plan); }));
    QVERIFY(run([&] { m_runner->verify(plan); }));
    QVERIFY(run([&] { m_runner->undo(plan); }));
    expectOriginals();
}

void TestNfsSshd::stepTimeout()
{
    NfsPlan plan = makePlan();
    QCOMPARE(plan.server.apply.last().id, QStringLiteral("exportfs"));
    plan.server.apply.last().timeoutMs = 1'500;
    QVERIFY(writeFile(dir(0) + QStringLiteral("/storage/hang-exportfs"), {}));
    QElapsedTimer clock;
    clock.start();
    QSignalSpy finished(m_runner.get(), &NfsRunner::finished);
    QVERIFY(!run([&] { m_runner->apply(plan); }));
    QVERIFY2(clock.elapsed() < 30'000, "the hanging step was stopped at its time limit");
    const QList<StepReport>& reports = m_runner->reports();
    QCOMPARE(reports.at(5).stepId, QStringLiteral("exportfs"));
    QCOMPARE(reports.at(5).status, StepStatus::TimedOut);
    for (int i = 6; i < reports.size(); ++i)
        QCOMPARE(reports.at(i).status, StepStatus::NotRun); // the clients never started
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("1 failed")));
    QVERIFY(takeCalls(1).isEmpty());

    // Once the node answers again, apply picks up where it stopped.
    QVERIFY(QFile::remove(dir(0) + QStringLiteral("/storage/hang-exportfs")));
    QVERIFY(run([&] { m_runner->apply(makePlan()); }));
    QVERIFY(run([&] { m_runner->undo(plan); }));
    expectOriginals();
}

void TestNfsSshd::cancelBetweenSteps()
{
    const NfsPlan plan = makePlan();
    // The firewall check hangs until the user has pressed Cancel: the running step still finishes,
    // and nothing after it starts.
    const QString gate = dir(0) + QStringLiteral("/storage/hang-systemctl");
    QVERIFY(writeFile(gate, {}));
    connect(m_runner.get(), &NfsRunner::stepStarted, this, [&](const QString&, const QString& stepId) {
        if (stepId == QLatin1String("firewall")) {
            m_runner->cancel();
            QFile::remove(gate);
        }
    });
    QSignalSpy finished(m_runner.get(), &NfsRunner::finished);
    QVERIFY(!run([&] { m_runner->apply(plan); }));
    const QString summary = finished.first().at(1).toString();
    QVERIFY2(summary.contains(QLatin1String("4 of 16")) && summary.contains(QLatin1String("cancelled")),
             qPrintable(summary));
    const QList<StepReport>& reports = m_runner->reports();
    QCOMPARE(reports.size(), 16);
    for (int i = 0; i < reports.size(); ++i)
        QCOMPARE(reports.at(i).status, i < 4 ? StepStatus::Done : StepStatus::Cancelled);
    QCOMPARE(takeCalls(0).last(), QStringLiteral("systemctl is-active --quiet firewalld"));
    QVERIFY(takeCalls(1).isEmpty());
    QVERIFY(readAll(etc(0, "exports")).contains("# npufleet begin")); // the state reported: exports done

    QVERIFY(run([&] { m_runner->undo(plan); }));
    expectOriginals();
}

void TestNfsSshd::changedOptionsRemount()
{
    const NfsPlan plan = makePlan();
    QVERIFY(run([&] { m_runner->apply(plan); }));
    for (int i = 0; i < kNodes; ++i)
        takeCalls(i);

    // The user changes vers=3 to vers=4.1 and applies again: NFS keeps vers= on `mount -o remount`,
    // so each client unmounts and mounts afresh.
    const QString v41 = QStringLiteral("vers=4.1,hard,timeo=600,retrans=3,_netdev");
    const NfsPlan changed = makePlan(v41, plan.storage);
    QCOMPARE(changed.warnings.size(), 1);
    QVERIFY(NfsPlanner::describe(changed.clients.first()).contains(QString(QStringLiteral("umount -- ") + kShare)));
    QVERIFY(run([&] { m_runner->apply(changed); }));
    const QString isMounted = QStringLiteral("mountpoint -q -- ") + kShare;
    const QString mount41 = QStringLiteral("mount -t nfs -o %1 -- 127.0.0.2:%2 %2").arg(v41, kShare);
    QCOMPARE(takeCalls(2),
             QStringList({QStringLiteral("rpm -q nfs-utils"), isMounted, QStringLiteral("umount -- ") + kShare,
                          isMounted, mount41}));
    for (int i : {1, 2}) {
        QVERIFY(readAll(etc(i, "fstab")).contains(QByteArray(" nfs " + v41.toUtf8() + " 0 0")));
        QVERIFY(!readAll(etc(i, "fstab")).contains(kOptions.toUtf8()));
        QVERIFY(readAll(dir(i) + QStringLiteral("/storage/mounts")).contains(QByteArray(" nfs " + v41.toUtf8())));
    }
    QVERIFY(run([&] { m_runner->verify(changed); }));

    // Unchanged settings: no unmount.
    takeCalls(1);
    QVERIFY(run([&] { m_runner->apply(changed); }));
    QVERIFY(!takeCalls(1).contains(QString(QStringLiteral("umount -- ") + kShare)));

    // A client whose share is busy keeps its old entry and mount, says why, and the others go on.
    QVERIFY(writeFile(dir(1) + QStringLiteral("/storage/busy"), {}));
    const QByteArray before = readAll(etc(1, "fstab"));
    const NfsPlan back = makePlan(kOptions, changed.storage);
    QVERIFY(!run([&] { m_runner->apply(back); }));
    for (const StepReport& r : m_runner->reports()) {
        if (r.node == m_cluster->nodeName(1) && r.stepId == QLatin1String("remount")) {
            QCOMPARE(r.status, StepStatus::Failed);
            QVERIFY2(r.message.contains(QLatin1String("busy")), qPrintable(r.message));
        } else if (r.node == m_cluster->nodeName(1) && r.stepId != QLatin1String("install")
                   && r.stepId != QLatin1String("folder")) {
            QCOMPARE(r.status, StepStatus::NotRun);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.node + QLatin1Char(' ') + r.stepId + QStringLiteral(": ") + r.message));
        }
    }
    QCOMPARE(readAll(etc(1, "fstab")), before);
    // Freed, the next apply retries the remount, since the old entry is still there.
    QVERIFY(QFile::remove(dir(1) + QStringLiteral("/storage/busy")));
    takeCalls(1);
    QVERIFY(run([&] { m_runner->apply(back); }));
    QVERIFY(takeCalls(1).contains(QString(QStringLiteral("umount -- ") + kShare)));
    QVERIFY(readAll(etc(1, "fstab")).contains(QByteArray(" nfs " + kOptions.toUtf8() + " 0 0")));
    QVERIFY(run([&] { m_runner->verify(back); }));
    QVERIFY(run([&] { m_runner->undo(back); }));
    expectOriginals();
}

QTEST_GUILESS_MAIN(TestNfsSshd)
void TestNfsSshd::verifyChecksClientsAtOnceAndStops()
{
    const NfsPlan plan = makePlan();
    QVERIFY(run([&] { m_runner->apply(plan); }));
    // node2's showmount hangs: node3 is checked meanwhile, then the user stops the checks.
    const QString gate = dir(1) + QStringLiteral("/storage/hang-showmount");
    QVERIFY(writeFile(gate, {}));
    QHash<QString, int> checks;
    int node2ChecksWhenNode3Done = -1;
    connect(m_runner.get(), &NfsRunner::checkFinished, this, [&](const CheckReport& r) {
        ++checks[r.node];
        if (r.node == m_cluster->nodeName(2) && r.checkId == QLatin1String("files")) {
            node2ChecksWhenNode3Done = checks.value(m_cluster->nodeName(1));
            m_runner->cancel();
            QFile::remove(gate);
        }
    });
    QSignalSpy finished(m_runner.get(), &NfsRunner::finished);
    QVERIFY(!run([&] { m_runner->verify(plan); }));
    QCOMPARE(node2ChecksWhenNode3Done, 0);
    QCOMPARE(checks.value(m_cluster->nodeName(2)), 4);
    QCOMPARE(checks.value(m_cluster->nodeName(1)), 1); // the running check ends, nothing after it starts
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("stopped")),
             qPrintable(finished.first().at(1).toString()));
}

#include "tst_nfssshd.moc"
