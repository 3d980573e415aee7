// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

#include "core/bench/BenchOptions.h"
#include "core/bench/BenchRunner.h"
#include "core/bench/Dataset.h"
#include "core/bench/SummaryTable.h"

#include "app/cli/CliEndpoint.h"
#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::cli::BenchCommand)
};

EndpointOptions addOptions(QCommandLineParser& p)
{
    const auto value = [&p](const char* name, const QString& help, const char* valueName, const char* def = nullptr) {
        QCommandLineOption o(QLatin1String(name), help, QLatin1String(valueName));
        if (def)
            o.setDefaultValue(QLatin1String(def));
        p.addOption(o);
    };
    value("base-url", Text::tr("The server, e.g. http://10.0.0.11:8000 (with or without /v1)."), "URL");
    value("host", Text::tr("Server host when --base-url is not given."), "HOST", "127.0.0.1");
    value("port", Text::tr("Server port when --base-url is not given."), "PORT", "8000");
    const EndpointOptions endpoint = addEndpointOptions(p);
    value("model", Text::tr("Model name as the server serves it (with --project: the deployment's)."), "M");
    value("tokenizer", Text::tr("Tokenizer name, recorded in the result."), "T");
    value("endpoint", Text::tr("/v1/completions or /v1/chat/completions."), "PATH", "/v1/completions");
    value("backend", Text::tr("openai (completions) or openai-chat; sets --endpoint."), "B");
    value("dataset-name", Text::tr("random, sharegpt or custom (a prompts file: lines or JSONL)."), "NAME", "random");
    value("dataset-path", Text::tr("The ShareGPT JSON or prompts file."), "F");
    value("random-input-len", Text::tr("Prompt tokens per request (random dataset)."), "I", "1024");
    value("random-output-len", Text::tr("Output tokens per request (random and custom datasets)."), "O", "128");
    value("random-range-ratio", Text::tr("Lengths vary within ±ratio."), "R", "0.0");
    value("random-prefix-len", Text::tr("Tokens shared at the start of every prompt."), "P", "0");
    value("sharegpt-output-len", Text::tr("Fixed output length for ShareGPT."), "O");
    value("custom-output-len", Text::tr("Fixed output length for a prompts file."), "O");
    value("num-prompts", Text::tr("Requests to send."), "N", "1000");
    value("request-rate", Text::tr("Requests per second, inf, or a sweep such as 1,2,4,inf."), "R", "inf");
    value("burstiness", Text::tr("Gamma shape of the arrivals: 1 Poisson, <1 burstier, >1 steadier."), "B", "1.0");
    value("max-concurrency", Text::tr("Most requests in flight, or a sweep such as 1,8,64."), "C");
    value("num-warmups", Text::tr("Warm-up requests before the measured run."), "N", "0");
    value("seed", Text::tr("Seed of the dataset and arrivals."), "S", "0");
    value("goodput", Text::tr("SLOs for goodput, e.g. \"ttft:200 tpot:50\" (ms)."), "SLO");
    value("percentile-metrics",
          Text::tr("Metrics in the table and the result: ttft,tpot,itl,e2el,client_queue_time,"
                   "e2el_including_client_queue."),
          "LIST", "ttft,tpot,itl");
    value("metric-percentiles", Text::tr("Percentiles in the table and the result, e.g. 50,90,99."), "LIST", "99");
    value("save-result", Text::tr("Save the result JSON (vLLM's fields); one file per point of a sweep."), "FILE");
    p.addOption(QCommandLineOption(
        QStringLiteral("save-detailed"),
        Text::tr("Also save the per-request lists (input_lens, output_lens, start_times, ttfts, itls, "
                 "generated_texts, errors), as vLLM's --save-detailed.")));
    p.addOption(QCommandLineOption(QStringLiteral("append-result"),
                                   Text::tr("Add the result to the --save-result file as one more line, as vLLM's "
                                            "--append-result, instead of replacing it.")));
    value("temperature", Text::tr("Sampling temperature sent with every request (default: the server's)."), "T");
    value("top-p", Text::tr("top_p sent with every request."), "P");
    value("top-k", Text::tr("top_k sent with every request."), "K");
    value("min-p", Text::tr("min_p sent with every request."), "P");
    value("frequency-penalty", Text::tr("frequency_penalty sent with every request."), "F");
    value("presence-penalty", Text::tr("presence_penalty sent with every request."), "P");
    value("repetition-penalty", Text::tr("repetition_penalty sent with every request."), "R");
    value("extra-body", Text::tr("A JSON object added to every request body, as vLLM's --extra-body."), "JSON");
    value("label", Text::tr("Name of the run in the result."), "L");
    value("metadata", Text::tr("KEY=VALUE pairs saved as fields of the result, as vLLM's --metadata."), "KV");
    value("api-key-env", Text::tr("Environment variable that holds the API key."), "VAR");
    value("timeout",
          Text::tr("Seconds without progress (the response head, then each complete event) before a stream fails "
                   "(default 600)."),
          "SEC", "600");
    value("request-timeout",
          Text::tr("Seconds one request may take from send to end (default 21600, as vLLM's client)."), "SEC", "21600");
    value("deadline", Text::tr("Seconds the whole run may take; requests unfinished then fail (default 0: no limit)."),
          "SEC", "0");
    value("format", Text::tr("table (as vLLM prints) or json."), "F", "table");
    p.addOption(rawOption());
    p.addOption(QCommandLineOption(QStringLiteral("ignore-eos"),
                                   Text::tr("Ask the server to ignore EOS (always so with the random dataset, as in "
                                            "vLLM).")));
    return endpoint;
}

// False for text that is not a number, NaN, infinities and values past what T holds (never cast those).
template<typename T>
bool number(const QCommandLineParser& p, const char* name, T minimum, T* out)
{
    bool ok = false;
    const double v = p.value(QLatin1String(name)).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < double(minimum))
        return false;
    if (std::is_integral_v<T> && v >= std::ldexp(1.0, std::numeric_limits<T>::digits))
        return false;
    *out = T(v);
    return true;
}

} // namespace

int runBench(const QStringList& args)
{
    const QString verb = QStringLiteral("bench");
    QCommandLineParser p;
    const EndpointOptions endpointOptions = addOptions(p);
    const int early = parseArguments(
        p, verb, Text::tr("Measure an OpenAI-compatible server as vllm bench serve does, and print its table."), args);
    if (early >= 0)
        return early;
    setRawOutput(p.isSet(QStringLiteral("raw")));

    bench::BenchConfig config;
    int code = -1;
    const std::optional<serving::DeploymentEndpoint> deployment = resolveEndpoint(p, endpointOptions, verb, &code);
    if (code >= 0)
        return code;
    QUrl base(p.value(QStringLiteral("base-url")));
    if (deployment)
        base = deployment->baseUrl;
    else if (!p.isSet(QStringLiteral("base-url")))
        base = QUrl(
            QStringLiteral("http://%1:%2").arg(p.value(QStringLiteral("host")), p.value(QStringLiteral("port"))));
    if (!deployment
        && (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))))
        return usageError(verb, Text::tr("--base-url needs an http:// or https:// URL"));
    config.baseUrl = base;
    config.model
        = p.isSet(QStringLiteral("model")) || !deployment ? p.value(QStringLiteral("model")) : deployment->model;
    if (config.model.isEmpty())
        return usageError(verb, Text::tr("--model is required"));
    config.tokenizer = p.value(QStringLiteral("tokenizer"));
    QString endpoint = p.value(QStringLiteral("endpoint"));
    const QString backend = p.value(QStringLiteral("backend"));
    if (backend == QLatin1String("openai-chat"))
        endpoint = QStringLiteral("/v1/chat/completions");
    else if (!backend.isEmpty() && backend != QLatin1String("openai") && backend != QLatin1String("vllm"))
        return usageError(verb, Text::tr("--backend is openai, vllm or openai-chat"));
    if (endpoint == QLatin1String("/v1/chat/completions"))
        config.endpoint = serving::ApiKind::Chat;
    else if (endpoint != QLatin1String("/v1/completions"))
        return usageError(verb, Text::tr("--endpoint is /v1/completions or /v1/chat/completions"));

    bench::DatasetConfig data;
    const auto kind = bench::datasetKindFromName(p.value(QStringLiteral("dataset-name")));
    if (!kind)
        return usageError(verb, Text::tr("--dataset-name is random, sharegpt or custom"));
    data.kind = *kind;
    data.path = p.value(QStringLiteral("dataset-path"));
    if (data.kind != bench::DatasetConfig::Kind::Random && data.path.isEmpty())
        return usageError(verb, Text::tr("--dataset-path is required for this dataset"));
    int warmups = 0;
    double timeout = 0;
    double requestTimeout = 0;
    double deadline = 0;
    if (!number(p, "random-input-len", 1, &data.inputLen) || !number(p, "random-output-len", 1, &data.outputLen)
        || !number(p, "random-range-ratio", 0.0, &data.rangeRatio)
        || !number(p, "random-prefix-len", 0, &data.prefixLen) || !number(p, "num-prompts", 1, &data.numPrompts)
        || !number(p, "burstiness", 0.0, &config.burstiness) || !number(p, "num-warmups", 0, &warmups)
        || !number(p, "seed", quint64(0), &data.seed) || !number(p, "timeout", 0.001, &timeout)
        || !number(p, "request-timeout", 0.0, &requestTimeout) || !number(p, "deadline", 0.0, &deadline)
        || config.burstiness <= 0)
        return usageError(verb, Text::tr("a numeric option has a bad value"));
    for (const char* name : {"sharegpt-output-len", "custom-output-len"}) {
        int fixed = 0;
        if (p.isSet(QLatin1String(name))) {
            if (!number(p, name, 1, &fixed))
                return usageError(verb, Text::tr("--%1 must be at least 1").arg(QLatin1String(name)));
            data.fixedOutputLen = fixed;
        }
    }
    config.warmups = warmups;
    config.seed = data.seed;
    config.timeoutMs = int(std::min(timeout * 1000.0, 2e9));
    config.requestTimeoutMs = int(std::min(requestTimeout * 1000.0, 2e9));
    config.deadlineMs = int(std::min(deadline * 1000.0, 2e9));
    // vLLM sets ignore_eos for its random dataset so that every reply runs to the asked length.
    config.ignoreEos = p.isSet(QStringLiteral("ignore-eos")) || data.kind == bench::DatasetConfig::Kind::Random;
    for (const char* name :
         {"temperature", "top-p", "top-k", "min-p", "frequency-penalty", "presence-penalty", "repetition-penalty"}) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        bool ok = false;
        const double v = p.value(QLatin1String(name)).toDouble(&ok);
        if (!ok)
            return usageError(verb, Text::tr("--%1 wants a number").arg(QLatin1String(name)));
        const QString key = QLatin1String(name).toString().replace(QLatin1Char('-'), QLatin1Char('_'));
        config.extraBody.insert(key, key == QLatin1String("top_k") ? QJsonValue(qint64(v)) : QJsonValue(v));
    }
    if (p.isSet(QStringLiteral("extra-body"))) {
        QJsonParseError e;
        const QJsonDocument extra = QJsonDocument::fromJson(p.value(QStringLiteral("extra-body")).toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !extra.isObject())
            return usageError(verb, Text::tr("--extra-body wants a JSON object"));
        const QJsonObject o = extra.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            config.extraBody.insert(it.key(), it.value());
    }
    config.label = p.value(QStringLiteral("label"));
    if (deployment && config.label.isEmpty())
        config.label = deployment->deployment;
    if (p.isSet(QStringLiteral("api-key-env"))) {
        const QByteArray var = p.value(QStringLiteral("api-key-env")).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(var.constData()))
            return usageError(verb,
                              Text::tr("the environment variable %1 is not set").arg(QString::fromLocal8Bit(var)));
        config.apiKey = qEnvironmentVariable(var.constData());
    }
    const auto goodput = bench::parseGoodput(p.values(QStringLiteral("goodput")));
    const auto metadata = bench::parseMetadata(p.values(QStringLiteral("metadata")));
    const auto rates = bench::parseRates(p.value(QStringLiteral("request-rate")));
    const auto concurrencies = bench::parseConcurrencies(p.value(QStringLiteral("max-concurrency")));
    const auto percentiles = bench::parsePercentiles(p.value(QStringLiteral("metric-percentiles")));
    const auto metrics = bench::parseMetricNames(p.value(QStringLiteral("percentile-metrics")));
    for (const Error* e : {goodput ? nullptr : &goodput.error(), metadata ? nullptr : &metadata.error(),
                           rates ? nullptr : &rates.error(), concurrencies ? nullptr : &concurrencies.error(),
                           percentiles ? nullptr : &percentiles.error(), metrics ? nullptr : &metrics.error()})
        if (e)
            return usageError(verb, e->message);
    config.goodput = *goodput;
    config.metadata = *metadata;
    config.percentiles = *percentiles;
    config.percentileMetrics = *metrics;
    const bool detailed = p.isSet(QStringLiteral("save-detailed"));
    const bool append = p.isSet(QStringLiteral("append-result"));
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(verb, Text::tr("--format is table or json"));

    const Result<QList<bench::BenchRequest>> requests = bench::makeDataset(data);
    if (!requests)
        return inputError(requests.error().toString());

    const QList<bench::SweepPoint> points = bench::sweepPoints(*rates, *concurrencies);
    const bool sweep = points.size() > 1;
    const QString saveTo = p.value(QStringLiteral("save-result"));
    bench::BenchRunner runner;
    QEventLoop loop;
    QList<bench::BenchResult> results;
    int exitCode = 0;
    QObject::connect(&runner, &bench::BenchRunner::runStarted, &loop, [&](int point, int count) {
        const bench::SweepPoint& at = points.at(point);
        err() << Text::tr("Traffic request rate: %1\n")
                     .arg(std::isfinite(at.requestRate) ? QString::number(at.requestRate) : QStringLiteral("inf"))
              << Text::tr("Burstiness factor: %1\n").arg(config.burstiness)
              << Text::tr("Maximum request concurrency: %1\n")
                     .arg(at.maxConcurrency > 0 ? QString::number(at.maxConcurrency) : QStringLiteral("None"))
              << Text::tr("Sending %n request(s) to %1", nullptr, count).arg(config.baseUrl.toString()) << Qt::endl;
    });
    QObject::connect(&runner, &bench::BenchRunner::runFinished, &loop, [&](int point, bench::BenchResult r) {
        if (r.completed == 0)
            exitCode = 1;
        r.detailed = detailed;
        if (format == QLatin1String("table"))
            out() << shown(bench::summaryTable(r, *metrics, *percentiles)); // error reasons are the servers' words
        if (!saveTo.isEmpty()) {
            const QString file = bench::sweepFileName(saveTo, points.at(point), sweep);
            if (const Result<void> saved = append ? bench::appendResult(r, file) : bench::saveResult(r, file); !saved) {
                err() << saved.error().toString() << Qt::endl;
                exitCode = 2;
            }
        }
        out().flush();
        results.append(r);
    });
    QObject::connect(&runner, &bench::BenchRunner::allFinished, &loop, &QEventLoop::quit);
    runner.startSweep(config, *requests, points);
    loop.exec();
    if (format == QLatin1String("json")) {
        QJsonArray all;
        for (const bench::BenchResult& r : std::as_const(results))
            all.append(bench::toJson(r));
        out() << shown(QJsonDocument(sweep ? QJsonDocument(all) : QJsonDocument(all.first().toObject()))
                           .toJson(QJsonDocument::Indented));
        out().flush();
    }
    return exitCode;
}

} // namespace npufleet::cli
