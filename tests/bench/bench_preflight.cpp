// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pre-flight of one deployment spanning a fleet of real OpenSSH servers on loopback (default 256 nodes;
// `bench_preflight 8` in CI): the DeepSeek demo as DP N x TP8 over every node, every probe over SSH with the
// bounded handshakes, then the NPU pings (a ring and its chords beyond 8 nodes). Prints the time, the peak
// memory of this process and what was found; the headline last. Asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>

#include "core/checks/PreflightRunner.h"
#include "core/project/DemoProjects.h"
#include "core/remote/SshTransport.h"

#include "SshdFixture.h"
#include "SshdPreflightTools.h"
#include <sys/resource.h>

using namespace npufleet;

namespace {

double peakMib()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The two-node demo's deployment stretched over every node of the fleet: node i of the fleet is a copy of
// the demo's worker (the first one the head), DP grows with the nodes.
std::optional<checks::PreflightPlan> stretchedPlan(const test::SshdFixture& fleet, const QString& modelDir)
{
    auto data = project::loadDemo(QStringLiteral("deepseek-2node"));
    if (!data)
        return std::nullopt;
    data->demo = false;
    const cluster::Node head = data->nodes.at(0), worker = data->nodes.at(1);
    project::Deployment& d = data->deployments.first();
    data->nodes.clear();
    d.placement.clear();
    for (int i = 0; i < fleet.count(); ++i) {
        cluster::Node n = i == 0 ? head : worker;
        const cluster::Node live = fleet.node(i);
        test::moveOntoStandIn(n, live, i);
        n.npuAddresses.clear();
        data->nodes << n;
        d.placement << project::Placement {n.name, {0, 1, 2, 3, 4, 5, 6, 7}};
    }
    d.layout.dp = fleet.count();
    data->models.first().path = modelDir;
    auto plan = checks::makePreflightPlan(*data, {});
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().toString()));
        return std::nullopt;
    }
    for (int i = 0; i < plan->nodes.size(); ++i) {
        plan->nodes[i].hccnConf = test::standInHccnConf(fleet.storageDir(i));
        plan->nodes[i].ascendRoot = test::standInAscendRoot(fleet.storageDir(i));
    }
    return *plan;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = argc > 1 ? qBound(2, QByteArray(argv[1]).toInt(), 1000) : 256;
    test::SshdFixture fleet(nodes);
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!fleet.start(&error)) {
        std::fprintf(stderr, "cannot start %d sshd: %s\n", nodes, qPrintable(error));
        return 1;
    }
    std::printf("%d sshd on loopback started in %.1f s\n", nodes, double(timer.elapsed()) / 1000.0);
    QTemporaryDir models;
    QDir(models.path()).mkpath(QStringLiteral("DeepSeek-R1-0528-W8A8"));
    const auto plan = stretchedPlan(fleet, models.filePath(QStringLiteral("DeepSeek-R1-0528-W8A8")));
    if (!plan)
        return 2;

    const double baseMib = peakMib();
    remote::SshTransportOptions o;
    o.knownHostsFile = fleet.knownHostsFile();
    o.sshConfigFile = QStringLiteral("none");
    o.useAgent = false;
    checks::PreflightRunner runner(std::make_shared<remote::SshTransport>(o));
    runner.setStepTimeoutMs(60'000);
    QEventLoop loop;
    QObject::connect(&runner, &checks::PreflightRunner::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30 * 60'000, &loop, &QEventLoop::quit); // a hang shows as a report cut short
    timer.restart();
    if (!runner.start(*plan))
        return 3;
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const checks::PreflightReport& report = runner.report();
    std::printf("%d nodes x 8 NPUs, %d cores, %d handshakes at once\n", nodes, QThread::idealThreadCount(),
                remote::SshTransport::defaultMaxHandshakes());
    std::printf("  results %lld (errors %d, warnings %d), pings %lld, nodes not answering %lld\n",
                qlonglong(report.results.size()), report.count(checks::Severity::Error),
                report.count(checks::Severity::Warning), qlonglong(report.pings.size()),
                qlonglong(report.unansweredNodes().size()));
    std::printf("  peak memory %.1f MiB (%.1f MiB before the run)\n", peakMib(), baseMib);
    std::printf("preflight %dx8 over ssh: %.0f ms, peak %.1f MiB\n", nodes, ms, peakMib());
    return runner.isRunning() ? 4 : 0;
}
