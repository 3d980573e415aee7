// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>
#include <algorithm>

#include "core/serving/ChatCall.h"
#include "core/serving/OpenAiClient.h"
#include "core/serving/ReplyStats.h"

#include "app/cli/CliEndpoint.h"
#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::cli::ChatCommand)
};

} // namespace

int runChat(const QStringList& args)
{
    const QString verb = QStringLiteral("chat");
    QCommandLineParser parser;
    auto valueOption = [&parser](const char* name, const QString& help, const char* valueName) {
        parser.addOption(QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName)));
    };
    valueOption("base-url", Text::tr("The server's OpenAI API, e.g. http://10.0.0.11:8000/v1 (with or without /v1)."),
                "URL");
    const EndpointOptions endpointOptions = addEndpointOptions(parser);
    valueOption("model",
                Text::tr("Model name as the server serves it (see /v1/models; with --project: the deployment's)."),
                "M");
    valueOption("api-key-env", Text::tr("Name of the environment variable that holds the API key."), "VAR");
    valueOption("system", Text::tr("System prompt."), "S");
    valueOption("temperature", Text::tr("Sampling temperature."), "T");
    valueOption("max-tokens", Text::tr("Longest reply in tokens."), "N");
    valueOption("seed", Text::tr("Sampling seed."), "S");
    valueOption("timeout",
                Text::tr("Seconds without progress (the response head, then each complete event) before giving up "
                         "(default 300)."),
                "SEC");
    valueOption("deadline", Text::tr("Seconds the whole reply may take (default 3600; 0: no limit)."), "SEC");
    parser.addOption(rawOption());
    parser.addOption(
        QCommandLineOption(QStringLiteral("no-stream"), Text::tr("Ask for one JSON answer, not a stream.")));
    parser.addOption(QCommandLineOption(QStringLiteral("stats"),
                                        Text::tr("Print time to first token, tokens/s and token counts on stderr.")));
    parser.addPositionalArgument(QStringLiteral("PROMPT"), Text::tr("What to ask."));
    const int early = parseArguments(
        parser, verb, Text::tr("Stream one reply from an OpenAI-compatible server (thinking goes to stderr)."), args);
    if (early >= 0)
        return early;
    setRawOutput(parser.isSet(QStringLiteral("raw")));

    int code = -1;
    const std::optional<serving::DeploymentEndpoint> deployment = resolveEndpoint(parser, endpointOptions, verb, &code);
    if (code >= 0)
        return code;
    const QUrl base = deployment ? deployment->baseUrl : QUrl(parser.value(QStringLiteral("base-url")));
    if (!deployment
        && (!parser.isSet(QStringLiteral("base-url")) || !base.isValid() || base.host().isEmpty()
            || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))))
        return usageError(verb, Text::tr("--base-url needs an http:// or https:// URL"));
    const QString model = parser.isSet(QStringLiteral("model")) || !deployment ? parser.value(QStringLiteral("model"))
                                                                               : deployment->model;
    if (model.isEmpty())
        return usageError(verb, Text::tr("--model is required"));
    const QString prompt = parser.positionalArguments().join(QLatin1Char(' '));
    if (prompt.trimmed().isEmpty())
        return usageError(verb, Text::tr("no PROMPT given"));

    serving::ChatRequest request;
    request.endpoint.baseUrl = base;
    if (parser.isSet(QStringLiteral("api-key-env"))) {
        const QString var = parser.value(QStringLiteral("api-key-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            return usageError(verb, Text::tr("the environment variable %1 is not set").arg(var));
        request.endpoint.apiKey = qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    request.model = model;
    if (parser.isSet(QStringLiteral("system")))
        request.messages.append({QStringLiteral("system"), parser.value(QStringLiteral("system"))});
    request.messages.append({QStringLiteral("user"), prompt});
    request.stream = !parser.isSet(QStringLiteral("no-stream"));
    const auto number = [&](const char* name, double minimum, bool* ok) {
        const QString text = parser.value(QLatin1String(name));
        const double v = text.toDouble(ok);
        *ok = *ok && v >= minimum;
        return v;
    };
    bool ok = true;
    if (parser.isSet(QStringLiteral("temperature")))
        request.sampling.temperature = number("temperature", 0, &ok);
    if (ok && parser.isSet(QStringLiteral("max-tokens")))
        request.sampling.maxTokens = int(number("max-tokens", 1, &ok));
    if (ok && parser.isSet(QStringLiteral("seed")))
        request.sampling.seed = qint64(number("seed", 0, &ok));
    if (ok && parser.isSet(QStringLiteral("timeout")))
        request.timeouts.readMs = int(std::min(number("timeout", 0.001, &ok) * 1000, 2e9));
    if (ok && parser.isSet(QStringLiteral("deadline")))
        request.timeouts.totalMs = int(std::min(number("deadline", 0, &ok) * 1000, 2e9));
    if (!ok)
        return usageError(
            verb, Text::tr("--temperature, --max-tokens, --seed, --timeout and --deadline need non-negative numbers"));

    // The CLI has no GUI to keep alive: a local event loop until the reply is done is fine here.
    serving::OpenAiClient client;
    serving::ChatCall* call = client.chat(request);
    QEventLoop loop;
    serving::ChatResult result;
    bool thinking = false;
    QObject::connect(call, &serving::ChatCall::deltaReceived, &loop, [&](const serving::ChatDelta& delta) {
        if (!delta.reasoning.isEmpty()) {
            thinking = true;
            err() << shown(delta.reasoning);
            err().flush();
        }
        if (!delta.content.isEmpty()) {
            if (thinking) {
                err() << Qt::endl;
                thinking = false;
            }
            out() << shown(delta.content);
            out().flush();
        }
    });
    QObject::connect(call, &serving::ChatCall::finished, &loop, [&](const serving::ChatResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();

    if (thinking)
        err() << Qt::endl;
    if (!result.content.isEmpty() && !result.content.endsWith(QLatin1Char('\n')))
        out() << Qt::endl;
    out().flush();
    if (parser.isSet(QStringLiteral("stats")))
        err() << serving::ReplyStats::from(result).summary() << Qt::endl;
    if (!result.ok()) {
        err() << QStringLiteral("npufleet chat: ") << shown(result.error.toString()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace npufleet::cli
