// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>
#include <optional>

#include "core/model/ModelLoader.h"
#include "core/planning/Calibrate.h"
#include "core/planning/ChipSpecs.h"
#include "core/planning/PlanFormatter.h"
#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"
#include "core/project/DemoProjects.h"
#include "core/util/InputLimits.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/PlanCalibrate.h"

namespace npufleet::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::cli::PlanCommand)
};

// Reads an option as a number from minimum to maximum; nullopt with *error set when it is not one.
// NaN, infinities and fractions for whole numbers are refused before any cast.
template<typename T>
std::optional<T> number(const QCommandLineParser& parser, const QString& name, T minimum, T maximum, QString* error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < static_cast<double>(minimum) || value > static_cast<double>(maximum)
        || (std::is_integral_v<T> && value != std::floor(value))) {
        if (error->isEmpty())
            *error = Text::tr("--%1 must be a number from %2 to %3, not '%4'")
                         .arg(name)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(parser.value(name));
        return std::nullopt;
    }
    return static_cast<T>(value);
}

// --project P [--deployment D]: the deployment's model, NPUs, HBM, chip, --max-num-seqs and the project's speed
// correction, as the Plan panel takes them. Prints the error and returns nothing on bad input.
std::optional<planning::PlanInput> projectInput(const QCommandLineParser& parser, const QString& verb)
{
    QStringList warnings;
    const Result<project::ProjectData> data
        = project::openProjectSpec(parser.value(QStringLiteral("project")), &warnings);
    if (!data) {
        inputError(data.error().toString());
        return std::nullopt;
    }
    for (const QString& w : std::as_const(warnings))
        err() << QStringLiteral("npufleet %1: ").arg(verb) << CliText::tr("warning: %1").arg(w) << Qt::endl;
    QString deployment = parser.value(QStringLiteral("deployment"));
    if (deployment.isEmpty() && data->deployments.size() == 1)
        deployment = data->deployments.first().name;
    if (deployment.isEmpty()) {
        QStringList names;
        for (const project::Deployment& d : data->deployments)
            names << d.name;
        usageError(verb,
                   names.isEmpty() ? Text::tr("the project has no deployments to plan")
                                   : Text::tr("choose the deployment with --deployment (the project has: %1)")
                                         .arg(names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    planning::PlanInput in = planning::PlanInputResolver::resolve(*data, deployment, false);
    if (!in.error.isEmpty()) {
        Error e;
        e.file = parser.value(QStringLiteral("project"));
        e.message = in.error;
        inputError(e.toString());
        return std::nullopt;
    }
    // --chip plans the deployment on another chip: with that chip's stored correction, or none.
    if (const planning::ChipSpec* chip = planning::findChip(parser.value(QStringLiteral("chip")))) {
        const project::Engine engine = data->deployments.at(data->deploymentIndex(deployment)).engine;
        in.options.chip = chip->key;
        in.calibration = planning::Calibrator::find(data->calibrations, chip->key, engine);
        in.options.speedCorrection = in.calibration ? in.calibration->speedCorrection : 1.0;
    }
    return in;
}

} // namespace

int runPlan(const QStringList& args)
{
    const QString verb = QStringLiteral("plan");
    QCommandLineParser parser;
    auto valueOption = [&parser](const char* name, const QString& help, const char* valueName) {
        parser.addOption(QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName)));
    };
    valueOption("model", Text::tr("Model folder, its config.json, or a catalog name (e.g. Qwen3-32B)."), "PATH|NAME");
    valueOption("nodes", Text::tr("Number of nodes."), "N");
    valueOption("npus-per-node", Text::tr("NPUs per node."), "K");
    valueOption("hbm-gib", Text::tr("Memory per NPU in GiB, as the runtime reports it (a 64 GB 910B shows ~61.3)."),
                "G");
    valueOption("quant", Text::tr("Weight format: auto|bf16|fp16|fp8|w8a8|w4a8|w4a16 (default auto: from the model)."),
                "Q");
    valueOption("max-model-len", Text::tr("Context length per request (default: min(max_position_embeddings, 32768))."),
                "L");
    valueOption("gpu-memory-utilization", Text::tr("Share of the memory the engine may use (default 0.9)."), "U");
    valueOption("tp", Text::tr("Evaluate only this tensor-parallel size."), "T");
    valueOption("pp", Text::tr("Evaluate only this pipeline-parallel size."), "P");
    valueOption("dp", Text::tr("Evaluate only this data-parallel size."), "D");
    parser.addOption(QCommandLineOption(QStringLiteral("ep"),
                                        Text::tr("Expert parallel on (only EP layouts without --tp/--pp/--dp).")));
    valueOption("block-size", Text::tr("KV cache block size in tokens (default 128 on Ascend, 16 on CUDA)."), "B");
    valueOption("kv-cache-dtype", Text::tr("KV cache dtype: auto|bf16|fp8 (default auto)."), "DTYPE");
    valueOption("kv-cache-memory-gib", Text::tr("KV cache budget per NPU in GiB, as vLLM's --kv-cache-memory."), "X");
    valueOption("max-num-batched-tokens",
                Text::tr("Tokens of the profiling pass that sets the activation peak (default 8192)."), "N");
    valueOption("platform", Text::tr("ascend|cuda (default ascend)."), "P");
    parser.addOption(
        QCommandLineOption(QStringLiteral("mtp"), Text::tr("MTP speculative decoding on: count the MTP layers.")));
    valueOption("chip",
                Text::tr("Chip the speeds are predicted for: %1 (default 910B3; 910B4 for NPUs of 40 GiB "
                         "or less; H100 with --platform cuda).")
                    .arg(planning::chipKeys().join(QStringLiteral(", "))),
                "NAME");
    valueOption("concurrency",
                Text::tr("Users sending requests at once, for the speed prediction (default %1).")
                    .arg(planning::Workload::kDefaultConcurrency),
                "N");
    valueOption("input-len",
                Text::tr("Prompt tokens per request (default %1).").arg(planning::Workload::kDefaultInputLen), "N");
    valueOption("output-len",
                Text::tr("Output tokens per request (default %1).").arg(planning::Workload::kDefaultOutputLen), "N");
    valueOption("max-num-seqs",
                Text::tr("Requests one DP rank runs at once, as vLLM's --max-num-seqs (default %1).")
                    .arg(planning::Workload::kDefaultMaxNumSeqs),
                "N");
    valueOption("objective",
                Text::tr("Rank by throughput (output tokens/s), latency (time of one request) or balanced "
                         "(default throughput)."),
                "O");
    valueOption("project",
                Text::tr("Plan a deployment of this project (a YAML file, or demo:NAME): its model, NPUs, chip and "
                         "speed correction; the options above override them."),
                "P.yaml");
    valueOption("deployment", Text::tr("The deployment of --project (default: its only one)."), "NAME");
    valueOption("calibrate",
                Text::tr("Compare a benchmark result (npufleet bench or vllm bench serve --save-result) with the "
                         "prediction for the deployment's layout and store the speed correction in --project."),
                "RESULT.json");
    valueOption("format", Text::tr("Output: table|json (default table)."), "F");
    const int early = parseArguments(parser, verb, Text::tr("Plan how a model fits on a cluster of NPUs."), args);
    if (early >= 0)
        return early;
    if (!parser.positionalArguments().isEmpty())
        return usageError(verb, Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(verb, Text::tr("unknown --format '%1'").arg(format));
    if (parser.isSet(QStringLiteral("calibrate")))
        return runPlanCalibrate(parser, verb);
    if (parser.isSet(QStringLiteral("deployment")) && !parser.isSet(QStringLiteral("project")))
        return usageError(verb, Text::tr("--deployment needs --project"));

    planning::PlanOptions options;
    std::optional<model::LoadedModel> projectModel;
    if (parser.isSet(QStringLiteral("project"))) {
        std::optional<planning::PlanInput> in = projectInput(parser, verb);
        if (!in)
            return 2;
        options = in->options;
        projectModel = std::move(in->model);
    } else {
        for (const char* required : {"model", "nodes", "npus-per-node", "hbm-gib"}) {
            if (!parser.isSet(QLatin1String(required)))
                return usageError(verb, Text::tr("--%1 is required").arg(QLatin1String(required)));
        }
    }
    QString error;
    using namespace limits;
    options.nodes = number<int>(parser, QStringLiteral("nodes"), 1, kMaxNodes, &error).value_or(options.nodes);
    options.npusPerNode = number<int>(parser, QStringLiteral("npus-per-node"), 1, kMaxNpusPerNode, &error)
                              .value_or(options.npusPerNode);
    options.hbmGib
        = number<double>(parser, QStringLiteral("hbm-gib"), 0.001, kMaxHbmGib, &error).value_or(options.hbmGib);
    options.maxModelLen
        = number<int>(parser, QStringLiteral("max-model-len"), 1, kMaxModelLen, &error).value_or(options.maxModelLen);
    options.gpuMemoryUtilization = number<double>(parser, QStringLiteral("gpu-memory-utilization"), 0.001, 1.0, &error)
                                       .value_or(options.gpuMemoryUtilization);
    const int totalNpus = kMaxNodes * kMaxNpusPerNode;
    options.tp = number<int>(parser, QStringLiteral("tp"), 1, totalNpus, &error);
    options.pp = number<int>(parser, QStringLiteral("pp"), 1, totalNpus, &error);
    options.dp = number<int>(parser, QStringLiteral("dp"), 1, totalNpus, &error);
    options.ep = parser.isSet(QStringLiteral("ep"));
    options.blockSize
        = number<int>(parser, QStringLiteral("block-size"), 1, kMaxBlockSize, &error).value_or(options.blockSize);
    options.kvCacheMemoryGib = number<double>(parser, QStringLiteral("kv-cache-memory-gib"), 0.001, kMaxHbmGib, &error);
    options.maxNumBatchedTokens = number<int>(parser, QStringLiteral("max-num-batched-tokens"), 1, kMaxModelLen, &error)
                                      .value_or(options.maxNumBatchedTokens);
    options.loadMtp = options.loadMtp || parser.isSet(QStringLiteral("mtp"));
    planning::Workload& workload = options.workload;
    workload.concurrency
        = number<int>(parser, QStringLiteral("concurrency"), 1, kMaxConcurrency, &error).value_or(workload.concurrency);
    workload.inputLen
        = number<int>(parser, QStringLiteral("input-len"), 1, kMaxModelLen, &error).value_or(workload.inputLen);
    workload.outputLen
        = number<int>(parser, QStringLiteral("output-len"), 1, kMaxModelLen, &error).value_or(workload.outputLen);
    workload.maxNumSeqs
        = number<int>(parser, QStringLiteral("max-num-seqs"), 1, kMaxConcurrency, &error).value_or(workload.maxNumSeqs);
    if (!error.isEmpty())
        return usageError(verb, error);
    if (parser.isSet(QStringLiteral("quant"))) {
        const std::optional<model::QuantScheme> quant
            = model::quantSchemeFromKey(parser.value(QStringLiteral("quant")));
        if (!quant)
            return usageError(verb, Text::tr("unknown --quant '%1'").arg(parser.value(QStringLiteral("quant"))));
        options.quant = *quant;
    }
    const QString kvDtype = parser.value(QStringLiteral("kv-cache-dtype"));
    if (kvDtype == QLatin1String("fp8"))
        options.kvCacheDtype = planning::KvCacheDtype::Fp8;
    else if (kvDtype == QLatin1String("bf16"))
        options.kvCacheDtype = planning::KvCacheDtype::Bf16;
    else if (!kvDtype.isEmpty() && kvDtype != QLatin1String("auto"))
        return usageError(verb, Text::tr("unknown --kv-cache-dtype '%1'").arg(kvDtype));
    const QString platform = parser.value(QStringLiteral("platform"));
    if (platform == QLatin1String("cuda"))
        options.platform = planning::Platform::Cuda;
    else if (platform == QLatin1String("ascend"))
        options.platform = planning::Platform::Ascend;
    else if (!platform.isEmpty() && platform != QLatin1String("ascend"))
        return usageError(verb, Text::tr("unknown --platform '%1'").arg(platform));
    if (parser.isSet(QStringLiteral("chip"))) {
        const planning::ChipSpec* chip = planning::findChip(parser.value(QStringLiteral("chip")));
        if (!chip)
            return usageError(
                verb,
                Text::tr("unknown --chip '%1' (known: %2)")
                    .arg(parser.value(QStringLiteral("chip")), planning::chipKeys().join(QStringLiteral(", "))));
        options.chip = chip->key;
    }
    if (parser.isSet(QStringLiteral("objective"))) {
        const std::optional<planning::Objective> objective
            = planning::objectiveFromKey(parser.value(QStringLiteral("objective")));
        if (!objective)
            return usageError(verb,
                              Text::tr("unknown --objective '%1'").arg(parser.value(QStringLiteral("objective"))));
        options.objective = *objective;
    }

    if (parser.isSet(QStringLiteral("model")) || !projectModel) {
        Result<model::LoadedModel> loaded = model::ModelLoader::load(parser.value(QStringLiteral("model")));
        if (!loaded)
            return inputError(loaded.error().toString());
        projectModel = std::move(*loaded);
    }
    const planning::Planner planner(*projectModel, options);
    const Result<planning::PlanReport> report = planner.run();
    if (!report)
        return usageError(verb, report.error().toString());

    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(
            QJsonDocument(planning::PlanFormatter::toJson(*report)).toJson(QJsonDocument::Indented));
    else
        out() << planning::PlanFormatter::toTable(*report, 20);
    out().flush();
    if (!report->anyFits()) {
        err() << (options.layoutGiven() ? Text::tr("npufleet plan: the given layout does not fit")
                                        : Text::tr("npufleet plan: no layout fits this cluster"))
              << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace npufleet::cli
