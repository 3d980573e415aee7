// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "core/remote/Transport.h"
#include "core/storage/NfsRunner.h"
#include "core/storage/NfsScripts.h"

using namespace npufleet;
using namespace npufleet::storage;

namespace {

// The Transport seam, run locally: each node is a sandbox folder named after its address, commands
// run there with bash, and stand-ins for the system tools (first on PATH) record their calls.
class SandboxTransport final : public remote::Transport
{
public:
    explicit SandboxTransport(QString root)
        : m_root(std::move(root))
    {
    }
    std::function<void(const QString& command)> afterCommand; // test hook, called on the worker thread

    remote::ExecResult execute(const cluster::Node& node,
                               const remote::ExecRequest& request,
                               const std::atomic_bool& cancel,
                               const remote::OutputSink& sink) override
    {
        remote::ExecResult r;
        if (cancel.load()) {
            r.status = remote::ExecStatus::Cancelled;
            return r;
        }
        QProcess p;
        p.setWorkingDirectory(m_root + QStringLiteral("/nodes/") + node.host);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_root + QStringLiteral("/bin:") + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("NPF_NODES"), m_root + QStringLiteral("/nodes"));
        env.insert(QStringLiteral("NPF_NODE_ROOT"), p.workingDirectory());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), request.command});
        p.write(request.standardInput);
        p.closeWriteChannel();
        if (!p.waitForFinished(request.timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.status = remote::ExecStatus::TimedOut;
            r.message = QStringLiteral("timed out");
            return r;
        }
        r.status = remote::ExecStatus::Ok;
        r.exitStatus = p.exitCode();
        r.standardOutput = p.readAllStandardOutput();
        r.standardError = p.readAllStandardError();
        if (sink && !r.standardOutput.isEmpty())
            sink(remote::Stream::Stdout, r.standardOutput);
        if (sink && !r.standardError.isEmpty())
            sink(remote::Stream::Stderr, r.standardError);
        if (afterCommand)
            afterCommand(request.command);
        return r;
    }
    bool isSimulated() const override { return true; }

private:
    QString m_root;
};

// Stand-ins: record "tool args" in the node's calls.log; mounts live in the node's mounts file.
const char* const kStandIns[][2] = {
    {"systemctl", "[ \"$1\" = is-active ] && exit 3; exit 0"},
    {"exportfs", "exit 0"},
    {"firewall-cmd", "exit 0"},
    {"rpm", "exit 0"},
    {"dnf", "exit 0"},
    {"showmount",
     "echo \"Export list for $2:\"; f=\"$NPF_NODES/$2/etc/exports\"; [ -e \"$f\" ] || exit 0; "
     "grep -v '^[[:space:]]*#' \"$f\" | grep -v '^[[:space:]]*$' | sed 's/(.*//'"},
    {"mount", "mp=\"${*: -1}\"; echo \"$mp\" >> \"$NPF_NODE_ROOT/mounts\""},
    {"umount",
     "grep -vxF -- \"${*: -1}\" \"$NPF_NODE_ROOT/mounts\" > \"$NPF_NODE_ROOT/mounts.new\" || true; "
     "mv \"$NPF_NODE_ROOT/mounts.new\" \"$NPF_NODE_ROOT/mounts\""},
    {"mountpoint", "[ -e \"$NPF_NODE_ROOT/mounts\" ] && grep -qxF -- \"${*: -1}\" \"$NPF_NODE_ROOT/mounts\""},
};

const QByteArray kExports = "# /etc/exports: the access control list for filesystems which may be exported\n"
                            "#\t\tto NFS clients.  See exports(5).\n"
                            "/srv/backup\t10.0.0.0/8(ro,sync,no_subtree_check)\n";
const QByteArray kFstabA = "# /etc/fstab\n/dev/mapper/openeuler-root /   ext4    defaults        1 1\n"
                           "10.0.0.5:/srv/backup\t/mnt/backup\tnfs\tdefaults\t0 0";
const QByteArray kFstabB = "UUID=0a3b77f2\t/\text4\terrors=remount-ro\t0\t1\n";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestNfsApply : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void applyVerifyTwiceThenUndo();
    void cancelBetweenSteps();
    void timeoutStopsTheNode();
    void changedOptionsRemount();
    void scriptsDoTheSame();

private:
    QString node(const QString& host) const { return m_dir->path() + QStringLiteral("/nodes/") + host; }
    QStringList calls(const QString& host) const
    {
        const QString log = node(host) + QStringLiteral("/calls.log");
        if (!QFile::exists(log))
            return {};
        return QString::fromUtf8(readAll(log)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QStringList backups(const QString& host) const
    {
        return QDir(node(host) + QStringLiteral("/etc")).entryList({QStringLiteral("*.npufleet-*")}, QDir::Files);
    }
    bool run(NfsRunner& runner, const std::function<void()>& start);
    NfsPlan makePlan(const QString& etcRoot = QStringLiteral("etc"));

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_share;
    QList<cluster::Node> m_nodes;
};

void TestNfsApply::init()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("needs bash");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const auto& standIn : kStandIns) {
        const QString path = m_dir->path() + QStringLiteral("/bin/") + QLatin1String(standIn[0]);
        writeFile(path,
                  QByteArray("#!/usr/bin/env bash\necho \"") + standIn[0] + " $*\" >> \"$NPF_NODE_ROOT/calls.log\"\n"
                      + standIn[1] + "\n");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_nodes.clear();
    const QStringList names {QStringLiteral("srv"), QStringLiteral("c1"), QStringLiteral("c2")};
    for (int i = 0; i < names.size(); ++i) {
        cluster::Node n;
        n.name = names.at(i);
        n.host = QStringLiteral("127.0.0.%1").arg(i + 2);
        n.user = QStringLiteral("tester");
        n.hardware.os = QStringLiteral("openEuler 22.03 (LTS-SP4)");
        m_nodes << n;
        writeFile(node(n.host) + QStringLiteral("/etc/exports"), kExports);
        writeFile(node(n.host) + QStringLiteral("/etc/fstab"), i == 1 ? kFstabA : kFstabB);
    }
    // One folder stands for the share: the server exports it and, in this sandbox, clients see it at the same path.
    m_share = m_dir->path() + QStringLiteral("/share/models");
    writeFile(m_share + QStringLiteral("/Qwen3-30B-A3B/config.json"), "{\"model_type\": \"qwen3_moe\"}\n");
    writeFile(m_share + QStringLiteral("/Qwen3-30B-A3B/model-00001-of-00016.safetensors"), QByteArray(4096, 'w'));
}

NfsPlan TestNfsApply::makePlan(const QString& etcRoot)
{
    project::SharedStorage storage;
    storage.serverNode = QStringLiteral("srv");
    storage.exportPath = m_share;
    storage.mountPoint = m_share;
    storage.cacheDir = m_share + QStringLiteral("/gpustack-cache");
    NfsPlanOptions options;
    options.etcRoot = etcRoot;
    options.sudo = NfsPlanOptions::Sudo::Never;
    const Result<NfsPlan> plan = NfsPlanner::plan(storage, m_nodes, options);
    if (!plan)
        qWarning() << plan.error().toString();
    return plan.valueOr(NfsPlan());
}

bool TestNfsApply::run(NfsRunner& runner, const std::function<void()>& start)
{
    QSignalSpy finished(&runner, &NfsRunner::finished);
    start();
    if (!finished.wait(60000) && finished.isEmpty())
        return false;
    return finished.first().first().toBool();
}

void TestNfsApply::applyVerifyTwiceThenUndo()
{
    const NfsPlan plan = makePlan();
    QCOMPARE(plan.storage.network, QStringLiteral("127.0.0.0/24"));
    auto transport = std::make_shared<SandboxTransport>(m_dir->path());
    NfsRunner runner(transport);
    QSignalSpy output(&runner, &NfsRunner::outputReceived);
    QSignalSpy steps(&runner, &NfsRunner::stepFinished);

    QVERIFY(run(runner, [&] { runner.apply(plan); }));
    QCOMPARE(steps.size(), 6 + 2 * 5);
    QVERIFY(!output.isEmpty());
    const QByteArray exportsAfter = readAll(node(QStringLiteral("127.0.0.2")) + QStringLiteral("/etc/exports"));
    QCOMPARE(exportsAfter,
             kExports + "# npufleet begin\n# shared model folder, kept by the NPU Fleet NFS wizard\n" + m_share.toUtf8()
                 + " 127.0.0.0/24(rw,sync,no_root_squash,no_subtree_check)\n# npufleet end\n");
    const QByteArray fstabA = readAll(node(QStringLiteral("127.0.0.3")) + QStringLiteral("/etc/fstab"));
    QVERIFY(fstabA.startsWith(QByteArray(kFstabA + "\n# npufleet begin\n")));
    const QByteArray entry = "127.0.0.2:" + m_share.toUtf8() + " " + m_share.toUtf8()
        + " nfs vers=3,hard,timeo=600,retrans=3,_netdev 0 0\n# npufleet end";
    QVERIFY(fstabA.endsWith(entry)); // still no final newline
    QCOMPARE(backups(QStringLiteral("127.0.0.2")).size(), 1);
    QCOMPARE(backups(QStringLiteral("127.0.0.3")).size(), 1);
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.3")) + QStringLiteral("/etc/")
                     + backups(QStringLiteral("127.0.0.3")).first()),
             kFstabA);
    QVERIFY(QFileInfo(m_share + QStringLiteral("/gpustack-cache")).isDir());
    const QStringList expectedServer {
        QStringLiteral("rpm -q nfs-utils"), QStringLiteral("systemctl is-active --quiet firewalld"),
        QStringLiteral("systemctl enable --now rpcbind nfs-server"), QStringLiteral("exportfs -ra")};
    QCOMPARE(calls(QStringLiteral("127.0.0.2")), expectedServer);
    const QStringList expectedClient {
        QStringLiteral("rpm -q nfs-utils"), QStringLiteral("mountpoint -q -- %1").arg(m_share),
        QStringLiteral("mount -t nfs -o vers=3,hard,timeo=600,retrans=3,_netdev -- 127.0.0.2:%1 %1").arg(m_share)};
    QCOMPARE(calls(QStringLiteral("127.0.0.3")), expectedClient);

    QVERIFY(run(runner, [&] { runner.verify(plan); }));
    QCOMPARE(runner.checks().size(), 8);
    for (const CheckReport& c : runner.checks())
        QVERIFY2(c.passed, qPrintable(c.node + QLatin1Char(' ') + c.checkId + QStringLiteral(": ") + c.detail));
    QVERIFY(QDir(m_share).entryList({QStringLiteral(".npufleet-probe-*")}, QDir::Files | QDir::Hidden).isEmpty());

    // Twice in a row: the same calls but no mount, no file written, no new backup.
    QVERIFY(run(runner, [&] { runner.apply(plan); }));
    for (const StepReport& r : runner.reports()) {
        if (r.stepId == QLatin1String("exports") || r.stepId == QLatin1String("fstab"))
            QCOMPARE(r.status, StepStatus::Unchanged);
    }
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.2")) + QStringLiteral("/etc/exports")), exportsAfter);
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.3")) + QStringLiteral("/etc/fstab")), fstabA);
    QCOMPARE(backups(QStringLiteral("127.0.0.2")).size(), 1);
    QCOMPARE(calls(QStringLiteral("127.0.0.2")), expectedServer + expectedServer);
    QCOMPARE(calls(QStringLiteral("127.0.0.3")).mid(expectedClient.size()),
             QStringList({QStringLiteral("showmount -e 127.0.0.2"), QStringLiteral("mountpoint -q -- %1").arg(m_share),
                          QStringLiteral("rpm -q nfs-utils"), QStringLiteral("mountpoint -q -- %1").arg(m_share)}));
    QVERIFY(run(runner, [&] { runner.verify(plan); }));

    // Undo: unmounted, the original files back byte for byte.
    QVERIFY(run(runner, [&] { runner.undo(plan); }));
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.2")) + QStringLiteral("/etc/exports")), kExports);
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.3")) + QStringLiteral("/etc/fstab")), kFstabA);
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.4")) + QStringLiteral("/etc/fstab")), kFstabB);
    QVERIFY(calls(QStringLiteral("127.0.0.3")).contains(QStringLiteral("umount -- %1").arg(m_share)));
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.3")) + QStringLiteral("/mounts")), QByteArray());

    // And the checks now say so.
    QVERIFY(!run(runner, [&] { runner.verify(plan); }));
    for (const CheckReport& c : runner.checks()) {
        if (c.checkId == QLatin1String("mounted") || c.checkId == QLatin1String("showmount"))
            QVERIFY(!c.passed);
    }
}

void TestNfsApply::cancelBetweenSteps()
{
    const NfsPlan plan = makePlan();
    auto transport = std::make_shared<SandboxTransport>(m_dir->path());
    NfsRunner runner(transport);
    // The user presses Cancel while the server creates its folder.
    transport->afterCommand = [&runner](const QString& command) {
        if (command.startsWith(QLatin1String("mkdir")))
            runner.cancel();
    };
    QSignalSpy finished(&runner, &NfsRunner::finished);
    runner.apply(plan);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("cancelled")));
    QCOMPARE(runner.reports().size(), 6 + 2 * 5);
    QCOMPARE(runner.reports().at(0).status, StepStatus::Done);
    QCOMPARE(runner.reports().at(1).status, StepStatus::Done);
    for (int i = 2; i < runner.reports().size(); ++i)
        QCOMPARE(runner.reports().at(i).status, StepStatus::Cancelled);
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.2")) + QStringLiteral("/etc/exports")), kExports);
    QVERIFY(calls(QStringLiteral("127.0.0.3")).isEmpty());
}

void TestNfsApply::timeoutStopsTheNode()
{
    NfsPlan plan = makePlan();
    plan.server.apply[0].command = QStringLiteral("exec tail -f /dev/null");
    plan.server.apply[0].timeoutMs = 300;
    auto transport = std::make_shared<SandboxTransport>(m_dir->path());
    NfsRunner runner(transport);
    QVERIFY(!run(runner, [&] { runner.apply(plan); }));
    QCOMPARE(runner.reports().at(0).status, StepStatus::TimedOut);
    QCOMPARE(runner.reports().at(1).status, StepStatus::NotRun);
    QCOMPARE(runner.reports().last().status, StepStatus::NotRun); // clients never started
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.2")) + QStringLiteral("/etc/exports")), kExports);
}

void TestNfsApply::changedOptionsRemount()
{
    NfsPlan plan = makePlan();
    auto transport = std::make_shared<SandboxTransport>(m_dir->path());
    NfsRunner runner(transport);
    QVERIFY(run(runner, [&] { runner.apply(plan); }));
    const QString client = QStringLiteral("127.0.0.3");
    const qsizetype before = calls(client).size();

    // The user edits the mount options and applies again: the mounted share is unmounted, then
    // mounted with the new options (NFS keeps vers= on a remount).
    project::SharedStorage storage = plan.storage;
    storage.mountOptions = QStringLiteral("vers=4.1,hard,timeo=600,retrans=3,_netdev");
    NfsPlanOptions options;
    options.etcRoot = QStringLiteral("etc");
    options.sudo = NfsPlanOptions::Sudo::Never;
    options.applied = plan.storage;
    const Result<NfsPlan> changed = NfsPlanner::plan(storage, m_nodes, options);
    QVERIFY(changed);
    QCOMPARE(changed->warnings.size(), 1); // the preview says so
    QVERIFY(run(runner, [&] { runner.apply(*changed); }));
    QStringList statuses;
    for (const StepReport& r : runner.reports()) {
        if (r.node == QLatin1String("c1")
            && (r.stepId == QLatin1String("remount") || r.stepId == QLatin1String("fstab")))
            statuses << stepStatusText(r.status);
    }
    QCOMPARE(statuses, QStringList({stepStatusText(StepStatus::Done), stepStatusText(StepStatus::Done)}));
    QCOMPARE(
        calls(client).mid(before),
        QStringList({QStringLiteral("rpm -q nfs-utils"), QStringLiteral("mountpoint -q -- %1").arg(m_share),
                     QStringLiteral("umount -- %1").arg(m_share), QStringLiteral("mountpoint -q -- %1").arg(m_share),
                     QStringLiteral("mount -t nfs -o vers=4.1,hard,timeo=600,retrans=3,_netdev -- 127.0.0.2:%1 %1")
                         .arg(m_share)}));
    QVERIFY(readAll(node(client) + QStringLiteral("/etc/fstab")).contains(" nfs vers=4.1,hard,"));
    QCOMPARE(readAll(node(client) + QStringLiteral("/mounts")), m_share.toUtf8() + '\n');

    // Once more: nothing to remount.
    const qsizetype after = calls(client).size();
    QVERIFY(run(runner, [&] { runner.apply(*changed); }));
    QVERIFY(!calls(client).mid(after).contains(QStringLiteral("umount -- %1").arg(m_share)));
}

void TestNfsApply::scriptsDoTheSame()
{
    // The runner's result, as the reference.
    const NfsPlan plan = makePlan();
    auto transport = std::make_shared<SandboxTransport>(m_dir->path());
    NfsRunner runner(transport);
    QVERIFY(run(runner, [&] { runner.apply(plan); }));
    QHash<QString, QByteArray> expected;
    for (const cluster::Node& n : m_nodes) {
        for (const QString& f : {QStringLiteral("exports"), QStringLiteral("fstab")})
            expected.insert(n.host + f, readAll(node(n.host) + QStringLiteral("/etc/") + f));
    }
    QVERIFY(run(runner, [&] { runner.undo(plan); }));

    // The exported scripts, run on the same nodes with ETC_ROOT redirected.
    const NfsPlan scripted = makePlan(QStringLiteral("/etc"));
    const auto runScript = [&](const NfsNodePlan& n, bool undo) {
        const QByteArray script = NfsScripts::script(scripted, n, undo);
        const SandboxTransport local(m_dir->path());
        remote::ExecRequest request;
        request.command = QStringLiteral("NPUFLEET_ETC_ROOT=\"$PWD/etc\" bash -s");
        request.standardInput = script;
        std::atomic_bool cancel(false);
        return const_cast<SandboxTransport&>(local).execute(n.node, request, cancel, {});
    };
    for (int round = 0; round < 2; ++round) {
        for (const NfsNodePlan* n : scripted.nodes()) {
            const remote::ExecResult r = runScript(*n, false);
            QVERIFY2(r.succeeded(), r.standardError.constData());
        }
        for (const cluster::Node& n : m_nodes) {
            for (const QString& f : {QStringLiteral("exports"), QStringLiteral("fstab")})
                QCOMPARE(readAll(node(n.host) + QStringLiteral("/etc/") + f), expected.value(n.host + f));
        }
    }
    for (const NfsNodePlan& c : scripted.clients)
        QVERIFY(runScript(c, true).succeeded());
    QVERIFY(runScript(scripted.server, true).succeeded());
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.2")) + QStringLiteral("/etc/exports")), kExports);
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.3")) + QStringLiteral("/etc/fstab")), kFstabA);
    QCOMPARE(readAll(node(QStringLiteral("127.0.0.4")) + QStringLiteral("/etc/fstab")), kFstabB);
}

QTEST_GUILESS_MAIN(TestNfsApply)
#include "tst_nfsapply.moc"
