// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory and `exec` on a fleet of real OpenSSH servers on loopback (default 256 nodes; `bench_sshfleet 8`
// in CI): `npufleet exec` and `npufleet inventory` with their bounded SSH handshakes, timed as whole
// processes with their peak memory, against pdsh on the same nodes in the same run (when installed).
// With --serve FILE it starts the fleet, writes its hosts, port, key and known-hosts file to FILE as shell
// variables and keeps the servers up until FILE is deleted, for timing the tools by hand.
// Prints figures, the headline last; asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "SshdFixture.h"
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

using namespace npufleet;

namespace {

struct Run
{
    double ms = -1;
    double peakMib = 0;
    int exitCode = -1;
};

// Runs program to its end; wall time, and the peak memory of the process (wait4's own accounting).
Run timed(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    Run run;
    QList<QByteArray> argBytes {program.toLocal8Bit()};
    for (const QString& a : args)
        argBytes << a.toLocal8Bit();
    QList<QByteArray> envBytes;
    for (const QString& e : env.toStringList())
        envBytes << e.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (QByteArray& e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &files, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) == pid) {
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        run.peakMib = double(usage.ru_maxrss) / 1024.0;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

Run median(QList<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.ms < b.ms; });
    return runs.at(runs.size() / 2);
}

QString hostNames(const test::SshdFixture& fleet)
{
    QStringList hosts;
    for (int i = 0; i < fleet.count(); ++i)
        hosts << fleet.address(i);
    return hosts.join(QLatin1Char(','));
}

int serve(const test::SshdFixture& fleet, const QString& file)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return 2;
    out.write(QStringLiteral("NODES=%1\nPORT=%2\nKEY=%3\nKNOWN_HOSTS=%4\nHOSTS=%5\nHOSTS_WITH_PORT=%6\n")
                  .arg(fleet.count())
                  .arg(fleet.port())
                  .arg(fleet.clientKey(), fleet.knownHostsFile(), hostNames(fleet), fleet.hostsList())
                  .toUtf8());
    out.close();
    std::printf("serving %d nodes on port %d until %s is deleted\n", fleet.count(), fleet.port(), qPrintable(file));
    std::fflush(stdout);
    for (int i = 0; i < 2 * 3600 * 2 && QFile::exists(file); ++i) // two hours at most
        QThread::msleep(500);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int serveAt = int(args.indexOf(QStringLiteral("--serve")));
    const int nodes = !args.isEmpty() && serveAt != 0 ? qBound(1, args.first().toInt(), 1000) : 256;
    const int rounds = args.size() > 1 && serveAt < 0 ? qBound(1, args.at(1).toInt(), 50) : 3;

    test::SshdFixture fleet(nodes);
    QString error;
    QElapsedTimer startTimer;
    startTimer.start();
    if (!fleet.start(&error)) {
        std::fprintf(stderr, "cannot start %d sshd: %s\n", nodes, qPrintable(error));
        return 1;
    }
    std::printf("%d sshd on loopback started in %.1f s\n", nodes, double(startTimer.elapsed()) / 1000.0);
    if (serveAt >= 0)
        return serve(fleet, args.value(serveAt + 1));

    const QString npufleet = QStringLiteral(NPUFLEET_BINARY);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QStringList ssh {QStringLiteral("--hosts"),       fleet.hostsList(),
                           QStringLiteral("--identity"),    fleet.clientKey(),
                           QStringLiteral("--known-hosts"), fleet.knownHostsFile()};
    const QStringList exec = QStringList {QStringLiteral("exec")} + ssh
        + QStringList {QStringLiteral("--"), QStringLiteral("npu-smi"), QStringLiteral("info")};
    const QStringList inventory = QStringList {QStringLiteral("inventory")} + ssh
        + QStringList {QStringLiteral("--format"), QStringLiteral("json")};
    const QString pdsh = QStandardPaths::findExecutable(QStringLiteral("pdsh"));
    QProcessEnvironment pdshEnv = env;
    pdshEnv.insert(QStringLiteral("PDSH_SSH_ARGS_APPEND"),
                   QStringLiteral("-p %1 -i %2 -o UserKnownHostsFile=%3 -o StrictHostKeyChecking=yes -o BatchMode=yes")
                       .arg(fleet.port())
                       .arg(fleet.clientKey(), fleet.knownHostsFile()));
    const QStringList pdshArgs {QStringLiteral("-R"),          QStringLiteral("ssh"), QStringLiteral("-l"),
                                QStringLiteral("root"),        QStringLiteral("-w"),  hostNames(fleet),
                                QStringLiteral("npu-smi info")};

    timed(npufleet, exec, env); // warm-up: page cache, sshd's first forks
    QList<Run> execRuns, inventoryRuns, pdshRuns;
    for (int r = 0; r < rounds; ++r) {
        execRuns << timed(npufleet, exec, env);
        inventoryRuns << timed(npufleet, inventory, env);
        if (!pdsh.isEmpty())
            pdshRuns << timed(pdsh, pdshArgs, pdshEnv);
    }
    const Run e = median(execRuns);
    const Run i = median(inventoryRuns);
    std::printf("%d nodes, median of %d rounds, %d cores\n", nodes, rounds, QThread::idealThreadCount());
    std::printf("  npufleet exec -- npu-smi info   %8.0f ms  peak %6.1f MiB  exit %d\n", e.ms, e.peakMib, e.exitCode);
    std::printf("  npufleet inventory (6 commands) %8.0f ms  peak %6.1f MiB  exit %d\n", i.ms, i.peakMib, i.exitCode);
    if (pdshRuns.isEmpty()) {
        std::printf("  pdsh not installed (Debian package pdsh): no comparison\n");
        std::printf("ssh %dx exec: %.0f ms, peak %.1f MiB\n", nodes, e.ms, e.peakMib);
        return 0;
    }
    const Run p = median(pdshRuns);
    std::printf("  pdsh -R ssh npu-smi info        %8.0f ms  peak %6.1f MiB  exit %d (fanout 32)\n", p.ms, p.peakMib,
                p.exitCode);
    std::printf("ssh %d nodes exec: %.0f ms (pdsh %.0f ms, ratio %.2f), peak %.1f MiB\n", nodes, e.ms, p.ms,
                e.ms / p.ms, e.peakMib);
    return 0;
}
