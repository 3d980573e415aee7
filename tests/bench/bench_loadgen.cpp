// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How many streamed chunks per second the load generator takes at 1000 concurrent streams on
// this machine, and how late its timestamps are: each chunk's arrival as the client recorded it
// minus the moment the scripted server wrote it (same process, same steady clock).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include "core/bench/BenchRunner.h"
#include "core/bench/Dataset.h"
#include "core/bench/FileLimit.h"
#include "core/bench/Stats.h"

#include "ScriptedLlmServer.h"
#include <sys/resource.h>

using namespace npufleet;
using npufleet::test::LlmScript;
using npufleet::test::ScriptedLlmServer;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void runCase(QTextStream& out, int streams, int tokens, int gapMs, double rate)
{
    LlmScript script;
    script.ttftMs = 100;
    script.gapMs = gapMs;
    script.tokens = tokens;
    ScriptedLlmServer server(script);
    if (!server.start()) {
        out << "cannot start the scripted server\n";
        return;
    }
    bench::DatasetConfig data;
    data.numPrompts = streams;
    data.inputLen = 32;
    data.outputLen = tokens;
    bench::BenchConfig config;
    config.baseUrl = server.baseUrl();
    config.model = QStringLiteral("scripted");
    config.maxConcurrency = streams;
    config.requestRate = rate;
    bench::BenchRunner runner;
    QList<bench::LiveSample> samples;
    QEventLoop loop;
    QObject::connect(&runner, &bench::BenchRunner::requestFinished, &loop,
                     [&](const bench::LiveSample& s) { samples.append(s); });
    QObject::connect(&runner, &bench::BenchRunner::allFinished, &loop, &QEventLoop::quit);
    const double cpu0 = cpuSeconds();
    runner.start(config, *bench::makeDataset(data));
    loop.exec();
    const double cpu = cpuSeconds() - cpu0;

    // The chunks of every stream, the client's arrival against the server's write.
    const auto served = server.streamsById();
    QList<double> lateUs;
    QList<double> serverLateUs; // the server's write against its script
    double firstSend = 1e300, lastArrival = 0;
    qint64 chunks = 0;
    for (const bench::LiveSample& s : std::as_const(samples)) {
        const auto it = served.constFind("npufleet-bench-" + QByteArray::number(s.index));
        if (it == served.constEnd() || !s.output.success)
            continue;
        double at = double(s.output.sentNs) / 1e9 + s.output.ttft;
        for (qsizetype k = 0; k < it->sent.size(); ++k) {
            if (k > 0)
                at += s.output.itl.value(k - 1);
            const double sent = std::chrono::duration<double>(it->sent.at(k).time_since_epoch()).count();
            lateUs.append((at - sent) * 1e6);
            if (k < it->due.size())
                serverLateUs.append(std::chrono::duration<double, std::micro>(it->sent.at(k) - it->due.at(k)).count());
            firstSend = std::min(firstSend, sent);
            lastArrival = std::max(lastArrival, at);
            ++chunks;
        }
    }
    std::sort(lateUs.begin(), lateUs.end());
    std::sort(serverLateUs.begin(), serverLateUs.end());
    const double span = lastArrival - firstSend;
    out << QStringLiteral("%1 streams x %2 tokens, %3 ms gaps, rate %4: %5 chunks in %6 s = %7 chunks/s "
                          "(server peak %8 open); client timestamp lateness: mean %9 us, median %10 us, "
                          "p99 %11 us, max %12 us; server lateness against its script: mean %14 us, p99 %15 us; "
                          "process CPU %13 s\n")
               .arg(streams)
               .arg(tokens)
               .arg(gapMs)
               .arg(std::isfinite(rate) ? QString::number(rate) : QStringLiteral("inf"))
               .arg(chunks)
               .arg(span, 0, 'f', 3)
               .arg(double(chunks) / span, 0, 'f', 0)
               .arg(server.peakConcurrency())
               .arg(bench::Stats::mean(lateUs), 0, 'f', 0)
               .arg(bench::Stats::percentileSorted(lateUs, 50), 0, 'f', 0)
               .arg(bench::Stats::percentileSorted(lateUs, 99), 0, 'f', 0)
               .arg(lateUs.isEmpty() ? 0.0 : lateUs.last(), 0, 'f', 0)
               .arg(cpu, 0, 'f', 2)
               .arg(bench::Stats::mean(serverLateUs), 0, 'f', 0)
               .arg(bench::Stats::percentileSorted(serverLateUs, 99), 0, 'f', 0);
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bench::raiseFileLimit(8192);
    QTextStream out(stdout);
    // A busy real server: each of 1000 streams at 20 tokens/s (20k chunks/s in all).
    runCase(out, 1000, 64, 50, 2000);
    // Pushing harder: 10 ms and 5 ms gaps, until the client (or the server beside it) saturates.
    runCase(out, 1000, 128, 10, 2000);
    runCase(out, 1000, 128, 5, 2000);
    return 0;
}
