// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `npu-smi info` on 32 simulated sshd nodes vs 1 node, with NPU Fleet's fan-out and, when installed,
// with pdsh and ansible. Prints the times and ratios; asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include "core/remote/FanOut.h"
#include "core/remote/SshTransport.h"

#include "SshdFixture.h"
#include <sys/resource.h>
#include <unistd.h>

using namespace npufleet;
using namespace npufleet::remote;

namespace {

constexpr int kNodes = 32;
constexpr int kRounds = 3;

// CPU time used by this process (the client side) so far, in ms.
double clientCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
        + (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

// CPU time used by every process on the machine so far (client, sshd servers, remote shells), in ms.
double machineCpuMs()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    double ticks = 0;
    for (int i : {1, 2, 3, 6, 7, 8}) // user nice system irq softirq steal (not idle, not iowait)
        ticks += fields.value(i).toDouble();
    return ticks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

SshTransportOptions benchOptions(const test::SshdFixture& cluster)
{
    SshTransportOptions o;
    o.knownHostsFile = cluster.knownHostsFile();
    o.sshConfigFile = QStringLiteral("none");
    o.useAgent = false;
    return o;
}

// One fan-out on a transport that keeps its sessions, as the GUI's refresh does after the first one.
double timeWarmFanOut(SshTransport& transport, const QList<cluster::Node>& nodes, int* failures)
{
    std::atomic_bool cancel {false};
    QElapsedTimer timer;
    timer.start();
    const auto results = FanOut::run(transport, nodes, {QStringLiteral("npu-smi info"), 60'000, {}}, cancel);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    for (const FanOutResult& r : results)
        *failures += r.result.succeeded() ? 0 : 1;
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One fan-out from a fresh transport, so every round pays for its connections as a CLI call would.
double timeFanOut(const test::SshdFixture& cluster, const QList<cluster::Node>& nodes, int* failures)
{
    SshTransport transport(benchOptions(cluster));
    return timeWarmFanOut(transport, nodes, failures);
}

// Runs an external tool and returns its wall time in ms, or -1 with a note.
double timeTool(const QString& program, const QStringList& args, const QProcessEnvironment& env, QString* note)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(300'000) || process.exitCode() != 0) {
        *note = QString::fromLocal8Bit(process.readAll()).left(400);
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

QString hostList(const test::SshdFixture& cluster, int count)
{
    QStringList hosts;
    for (int i = 0; i < count; ++i)
        hosts << cluster.address(i);
    return hosts.join(QLatin1Char(','));
}

// N plain OpenSSH clients started at once: what pdsh -R ssh does, without pdsh.
double timeOpenSsh(const test::SshdFixture& cluster, int count, const QString& ssh, int* failures)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(ssh,
                       {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
                        QString::number(cluster.port()), QStringLiteral("-i"), cluster.clientKey(),
                        QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + cluster.knownHostsFile(),
                        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                        QStringLiteral("BatchMode=yes"), QStringLiteral("-l"), QStringLiteral("root"),
                        cluster.address(i), QStringLiteral("npu-smi info")});
        processes.push_back(std::move(process));
    }
    for (const auto& process : processes) {
        if (!process->waitForFinished(60'000) || process->exitCode() != 0)
            ++*failures;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

void reportTool(const char* name, double one, double all)
{
    if (one < 0 || all < 0)
        return;
    std::printf("%-10s 1 node %8.1f ms   %d nodes %8.1f ms   ratio %.2fx\n", name, one, kNodes, all, all / one);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    test::SshdFixture cluster(kNodes);
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "cannot start the sshd cluster: %s\n", qPrintable(error));
        return 1;
    }
    const QList<cluster::Node> all = cluster.nodes();
    const QList<cluster::Node> one = all.mid(0, 1);
    int failures = 0;
    timeFanOut(cluster, one, &failures); // warm-up: page cache, sshd's first fork
    QList<double> oneTimes, allTimes, allCpu, allMachineCpu;
    for (int round = 0; round < kRounds; ++round) {
        oneTimes << timeFanOut(cluster, one, &failures);
        const double cpuBefore = clientCpuMs(), machineBefore = machineCpuMs();
        allTimes << timeFanOut(cluster, all, &failures);
        allCpu << clientCpuMs() - cpuBefore;
        allMachineCpu << machineCpuMs() - machineBefore;
    }
    const double npOne = median(oneTimes), npAll = median(allTimes);
    const int cores = QThread::idealThreadCount();
    std::printf("npu-smi info over SSH, median of %d rounds, %d CPU cores\n", kRounds, cores);
    std::printf("-- new connections (a CLI call: handshake + login + command per node)\n");
    reportTool("npufleet", npOne, npAll);
    const double floorMs = median(allMachineCpu) / cores;
    std::printf("           CPU work for %d nodes: client %.0f ms, whole machine %.0f ms (client, %d sshd, shells);\n"
                "           on %d cores nothing can finish it in under %.0f ms = %.1fx one node\n",
                kNodes, median(allCpu), median(allMachineCpu), kNodes, cores, floorMs, floorMs / npOne);

    // Sessions kept open: what the GUI's refresh and auto-refresh do after their first round.
    {
        SshTransport warmOne(benchOptions(cluster)), warmAll(benchOptions(cluster));
        timeWarmFanOut(warmOne, one, &failures);
        timeWarmFanOut(warmAll, all, &failures);
        QList<double> warmOneTimes, warmAllTimes, warmMachineCpu;
        for (int round = 0; round < kRounds; ++round) {
            warmOneTimes << timeWarmFanOut(warmOne, one, &failures);
            const double machineBefore = machineCpuMs();
            warmAllTimes << timeWarmFanOut(warmAll, all, &failures);
            warmMachineCpu << machineCpuMs() - machineBefore;
        }
        const double warmFloor = median(warmMachineCpu) / cores;
        std::printf("-- sessions kept open (GUI refresh after the first)\n");
        reportTool("npufleet", median(warmOneTimes), median(warmAllTimes));
        std::printf("           whole-machine CPU %.0f ms: on %d cores at least %.0f ms = %.1fx one node\n",
                    median(warmMachineCpu), cores, warmFloor, warmFloor / median(warmOneTimes));
    }
    std::printf("-- other tools (new connections each)\n");
    if (failures)
        std::printf("(%d node runs failed)\n", failures);

    if (const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh")); !ssh.isEmpty()) {
        int sshFailures = 0;
        QList<double> sshOne, sshAll;
        for (int round = 0; round < kRounds; ++round) {
            sshOne << timeOpenSsh(cluster, 1, ssh, &sshFailures);
            sshAll << timeOpenSsh(cluster, kNodes, ssh, &sshFailures);
        }
        reportTool("ssh x N", median(sshOne), median(sshAll));
        if (sshFailures)
            std::printf("(%d ssh runs failed)\n", sshFailures);
    }

    // pdsh and ansible, driven with the same key, known-hosts file and port.
    const QString sshOptions = QStringLiteral("-p %1 -i %2 -o UserKnownHostsFile=%3 -o StrictHostKeyChecking=yes "
                                              "-o BatchMode=yes")
                                   .arg(cluster.port())
                                   .arg(cluster.clientKey(), cluster.knownHostsFile());
    double pdshOne = -1, pdshAll = -1;
    if (const QString pdsh = QStandardPaths::findExecutable(QStringLiteral("pdsh")); !pdsh.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PDSH_SSH_ARGS_APPEND"), sshOptions);
        QString note;
        const auto args = [&](int n) {
            return QStringList {QStringLiteral("-R"),   QStringLiteral("ssh"), QStringLiteral("-l"),
                                QStringLiteral("root"), QStringLiteral("-f"),  QString::number(kNodes),
                                QStringLiteral("-w"),   hostList(cluster, n),  QStringLiteral("npu-smi info")};
        };
        pdshOne = timeTool(pdsh, args(1), env, &note);
        pdshAll = timeTool(pdsh, args(kNodes), env, &note);
        if (!note.isEmpty())
            std::printf("pdsh failed: %s\n", qPrintable(note));
        reportTool("pdsh", pdshOne, pdshAll);
    } else {
        std::printf("pdsh       not installed (Debian package pdsh; scripts/setup-deps): skipped\n");
    }
    double ansibleOne = -1, ansibleAll = -1;
    if (const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible")); !ansible.isEmpty()) {
        const QString inventory = cluster.dir() + QStringLiteral("/ansible-hosts.ini");
        QFile file(inventory);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("[nodes]\n");
            for (int i = 0; i < kNodes; ++i)
                file.write(cluster.address(i).toUtf8() + '\n');
            file.write(
                QStringLiteral("[nodes:vars]\nansible_user=root\nansible_port=%1\nansible_ssh_private_key_file=%2\n"
                               "ansible_ssh_common_args=-o UserKnownHostsFile=%3 -o StrictHostKeyChecking=yes\n")
                    .arg(cluster.port())
                    .arg(cluster.clientKey(), cluster.knownHostsFile())
                    .toUtf8());
            file.close();
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANSIBLE_HOST_KEY_CHECKING"), QStringLiteral("True"));
        QString note;
        const auto args = [&](const QString& pattern) {
            return QStringList {pattern,
                                QStringLiteral("-i"),
                                inventory,
                                QStringLiteral("-f"),
                                QString::number(kNodes),
                                QStringLiteral("-m"),
                                QStringLiteral("shell"),
                                QStringLiteral("-a"),
                                QStringLiteral("npu-smi info")};
        };
        ansibleOne = timeTool(ansible, args(cluster.address(0)), env, &note);
        ansibleAll = timeTool(ansible, args(QStringLiteral("all")), env, &note);
        if (!note.isEmpty())
            std::printf("ansible failed: %s\n", qPrintable(note));
        reportTool("ansible", ansibleOne, ansibleAll);
    } else {
        std::printf("ansible    not installed (Debian package ansible-core; scripts/setup-deps): skipped\n");
    }
    if (pdshAll > 0)
        std::printf("npufleet vs pdsh on %d nodes: %.2fx the time\n", kNodes, npAll / pdshAll);
    if (ansibleAll > 0)
        std::printf("npufleet vs ansible on %d nodes: %.2fx the time\n", kNodes, npAll / ansibleAll);
    return 0;
}
