// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

#include "core/monitoring/MetricsPoller.h"
#include "core/monitoring/MetricsReport.h"

#include "app/cli/CliEndpoint.h"
#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::cli::MonitorCommand)
};

} // namespace

int runMonitor(const QStringList& args)
{
    const QString verb = QStringLiteral("monitor");
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("base-url"),
                                   Text::tr("The server, e.g. http://10.0.0.11:8000, or its /metrics URL."),
                                   QStringLiteral("URL")));
    const EndpointOptions endpointOptions = addEndpointOptions(p);
    const QCommandLineOption once(QStringLiteral("once"), Text::tr("Read /metrics once, print it and exit."));
    const QCommandLineOption interval(QStringLiteral("interval"), Text::tr("Seconds between reads (default 5)."),
                                      QStringLiteral("SEC"), QStringLiteral("5"));
    const QCommandLineOption count(QStringLiteral("count"), Text::tr("Stop after this many reads (default: never)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("table, or json (one object; one line per read when watching)."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    p.addOptions({once, interval, count, format, rawOption()});
    if (const int early = parseArguments(
            p, verb, Text::tr("Read a vLLM server's /metrics: requests, KV cache, token rates, latencies."), args);
        early >= 0)
        return early;
    if (const int code = checkTableOrJson(p, format, verb); code >= 0)
        return code;
    setRawOutput(p.isSet(QStringLiteral("raw")));

    int code = -1;
    const std::optional<serving::DeploymentEndpoint> deployment = resolveEndpoint(p, endpointOptions, verb, &code);
    if (code >= 0)
        return code;
    QUrl url = deployment ? deployment->baseUrl : QUrl(p.value(QStringLiteral("base-url")));
    if (!deployment
        && (!p.isSet(QStringLiteral("base-url")) || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))))
        return usageError(verb, Text::tr("give --base-url URL (http:// or https://) or --project P"));
    if (!url.path().endsWith(QLatin1String("/metrics")))
        url = monitoring::metricsUrl(url);
    bool ok = false;
    const double seconds = p.value(interval).toDouble(&ok);
    if (!ok || seconds < 0.2)
        return usageError(verb, Text::tr("--interval needs at least 0.2 seconds"));
    const int reads = p.isSet(once) ? 1 : p.value(count).toInt(&ok);
    if (!ok || reads < 0)
        return usageError(verb, Text::tr("--count needs a whole number, 0 or more"));
    const bool json = p.value(format) == QLatin1String("json");

    // The CLI has no GUI to keep alive: an event loop here until the reads are done.
    monitoring::MetricsPoller poller;
    QEventLoop loop;
    int done = 0;
    int exitCode = 0;
    QObject::connect(&poller, &monitoring::MetricsPoller::sampled, &loop, [&](const monitoring::ServerMetrics& m) {
        if (json)
            out() << QJsonDocument(monitoring::metricsJson(m, url))
                         .toJson(reads == 1 ? QJsonDocument::Indented : QJsonDocument::Compact);
        else
            // Label values (model names) are the server's text.
            out() << shown(reads == 1 ? monitoring::metricsTable(m, url)
                                      : monitoring::metricsLine(m) + QLatin1Char('\n'));
        out().flush();
        if (!m.hasAny())
            exitCode = 1;
        if (reads > 0 && ++done >= reads)
            loop.quit();
    });
    QObject::connect(&poller, &monitoring::MetricsPoller::failed, &loop,
                     [&](const QString& where, const QString& message) {
                         err() << QStringLiteral("npufleet monitor: %1: %2").arg(where, shown(message)) << Qt::endl;
                         exitCode = 1;
                         if (reads > 0 && ++done >= reads)
                             loop.quit();
                     });
    poller.start(url, int(seconds * 1000));
    loop.exec();
    return exitCode;
}

} // namespace npufleet::cli
