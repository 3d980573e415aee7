// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "core/bench/BenchResult.h"
#include "core/bench/Dataset.h"
#include "core/checks/Diagnosis.h"
#include "core/checks/HccnParsers.h"
#include "core/checks/HostFactParsers.h"
#include "core/cluster/HostParsers.h"
#include "core/cluster/NpuSmiParser.h"
#include "core/cluster/NvidiaSmiParser.h"
#include "core/model/ConfigReader.h"
#include "core/model/ModelLoader.h"
#include "core/monitoring/PrometheusText.h"
#include "core/planning/Planner.h"
#include "core/project/ProjectFile.h"
#include "core/serving/OpenAiJson.h"
#include "core/serving/SseParser.h"

#include "tests/support/Fixtures.h"

namespace npufleet::test {

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QByteArray> files(const QString& folder, const QString& glob)
{
    QList<QByteArray> out;
    for (const QString& relative : fixtureFiles(folder, glob))
        out << readFile(fixturePath(relative));
    return out;
}

QList<QByteArray> resources(const QString& folder, const QString& glob)
{
    QList<QByteArray> out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({glob}, QDir::Files, QDir::Name))
        out << readFile(dir.filePath(name));
    return out;
}

QList<QByteArray> tokens(std::initializer_list<const char*> list)
{
    QList<QByteArray> out;
    for (const char* t : list)
        out << QByteArray(t);
    return out;
}

// The streams of the SSE conformance vectors, as the bytes a server sent.
QList<QByteArray> sseStreams()
{
    QList<QByteArray> out;
    for (const QByteArray& file : files(QStringLiteral("conformance/sse"), QStringLiteral("*.json"))) {
        const QJsonArray vectors = QJsonDocument::fromJson(file).object().value(QLatin1String("vectors")).toArray();
        for (const QJsonValue& v : vectors) {
            QByteArray stream;
            for (const QJsonValue& chunk : v.toObject().value(QLatin1String("chunks_hex")).toArray())
                stream += QByteArray::fromHex(chunk.toString().toLatin1());
            for (const QJsonValue& chunk : v.toObject().value(QLatin1String("chunks")).toArray())
                stream += chunk.toString().toUtf8();
            if (!stream.isEmpty())
                out << stream;
        }
    }
    return out;
}

// Writes the input to a file that a reader takes by path.
QString scratchFile(const QString& name, const QByteArray& bytes)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

void readProject(const QByteArray& bytes)
{
    QStringList warnings;
    const Result<project::ProjectData> data = project::parseProject(bytes, QStringLiteral("fuzz.yaml"), &warnings);
    if (!data)
        return;
    // What was accepted is saved and read again, as the editor does.
    const QByteArray saved = project::serializeProject(*data);
    (void)project::parseProject(saved, QStringLiteral("fuzz-saved.yaml"));
}

void readConfig(const QByteArray& bytes)
{
    const Result<model::ModelSpec> spec = model::ConfigReader::parse(bytes, QStringLiteral("config.json"));
    if (!spec)
        return;
    // What was accepted is planned, where division by zero and overflow used to hide.
    const model::LoadedModel loaded = model::ModelLoader::fromSpec(*spec);
    planning::PlanOptions options;
    options.nodes = 2;
    options.npusPerNode = 8;
    (void)planning::Planner(loaded, options).run();
}

void readSmi(const QByteArray& bytes)
{
    (void)cluster::parseNpuSmiInfo(bytes);
    (void)cluster::parseNpuSmiKeyValues(bytes);
    (void)cluster::parseNvidiaSmiQuery(bytes);
}

void readHostOutputs(const QByteArray& bytes)
{
    (void)cluster::parseIpAddr(bytes, true);
    (void)cluster::parseOsRelease(bytes);
    (void)cluster::parseFreeBytes(bytes);
    (void)cluster::parseDfBytes(bytes);
    (void)checks::parseListeningPorts(bytes);
    (void)checks::parseFileListing(bytes);
    (void)checks::cannVersion(bytes);
    (void)checks::parseDockerSize(QString::fromUtf8(bytes.left(256)));
    using namespace checks::hccn;
    (void)linkStatus(bytes);
    (void)netHealth(bytes);
    (void)ipConfig(bytes);
    (void)gateway(bytes);
    (void)netdetect(bytes);
    (void)lldpPort(bytes);
    (void)ping(bytes);
    (void)parseHccnConf(bytes);
}

void readLog(const QByteArray& bytes)
{
    (void)checks::diagnoseLog(bytes, checks::Language::English);
}

void readMetrics(const QByteArray& bytes)
{
    (void)monitoring::parsePrometheusText(bytes);
}

void readStream(const QByteArray& bytes)
{
    // Fed in uneven pieces, as reads arrive.
    serving::SseParser parser;
    qsizetype at = 0;
    qsizetype step = 1;
    while (at < bytes.size()) {
        for (const serving::SseEvent& e : parser.feed(bytes.mid(at, step)))
            (void)serving::readStreamEvent(e);
        at += step;
        step = step * 3 % 61 + 1;
    }
    parser.finish();
    (void)serving::parseChunk(bytes);
    (void)serving::parseModels(bytes);
    (void)serving::parseErrorBody(400, bytes);
}

void readDataset(const QByteArray& bytes)
{
    bench::DatasetConfig config;
    config.numPrompts = 8;
    config.path = scratchFile(QStringLiteral("dataset"), bytes);
    config.kind = bench::DatasetConfig::Kind::Custom;
    (void)bench::makeDataset(config);
    config.kind = bench::DatasetConfig::Kind::ShareGpt;
    (void)bench::makeDataset(config);
}

void readResult(const QByteArray& bytes)
{
    (void)bench::loadResults(scratchFile(QStringLiteral("result.json"), bytes));
}

} // namespace

QList<FuzzTarget> fuzzTargets()
{
    const QList<QByteArray> jsonTokens
        = tokens({"{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e999", "-0", "\\u0000", "\\ud800",
                  "\"num_hidden_layers\": ", "\"moe_layer_freq\": ", "\"num_experts\": ", "\"num_attention_heads\": "});
    QList<FuzzTarget> out;

    QList<QByteArray> projects = resources(QStringLiteral(":/demo"), QStringLiteral("*.yaml"));
    out << FuzzTarget {QStringLiteral("project-yaml"),
                       projects,
                       tokens({"&a ",
                               "*a",
                               "&b [*a, *a, *a]",
                               "<<: ",
                               "- ",
                               ": ",
                               "? ",
                               "[",
                               "]",
                               "{",
                               "}",
                               "---\n",
                               "...\n",
                               "%YAML 1.2\n",
                               "!!binary ",
                               "!!str ",
                               "'",
                               "\"",
                               "|\n",
                               ">-\n",
                               "\t",
                               "#",
                               "version: 1\n",
                               "serving:\n  ",
                               "name: x\n",
                               "\xff\xfe",
                               "${HF_TOKEN}"}),
                       readProject,
                       {QStringLiteral("export"), QStringLiteral("--project"), QStringLiteral("%1"),
                        QStringLiteral("--format"), QStringLiteral("all"), QStringLiteral("--deployment"),
                        QStringLiteral("qwen3-30b-a3b"), QStringLiteral("--out"), QStringLiteral("%2")},
                       QStringLiteral("project.yaml")};
    out << FuzzTarget {QStringLiteral("config-json"),
                       files(QStringLiteral("models"), QStringLiteral("*.config.json")),
                       jsonTokens,
                       readConfig,
                       {QStringLiteral("plan"), QStringLiteral("--model"), QStringLiteral("%1"),
                        QStringLiteral("--nodes"), QStringLiteral("2"), QStringLiteral("--npus-per-node"),
                        QStringLiteral("8"), QStringLiteral("--hbm-gib"), QStringLiteral("64")},
                       QStringLiteral("config.json")};
    QList<QByteArray> smi = files(QStringLiteral("npu-smi"), QStringLiteral("*.txt"));
    smi << resources(QStringLiteral(":/demo/sim"), QStringLiteral("npu-smi-*.txt"));
    smi << QByteArray("0, NVIDIA A100-SXM4-80GB, 1000, 81920, 31, 61.27, 10\n"
                      "1, NVIDIA A100-SXM4-80GB, 2000, 81920, 32, 61.27, 20\n");
    out << FuzzTarget {QStringLiteral("smi-text"),
                       smi,
                       tokens({"|", "+", "=", "NA", "-", "/", " OK ", "Warning", "Process id", "NPU", "Chip", "\n",
                               "0000:C1:00.0", "65536 / 65536", "910B3", "310P3"}),
                       readSmi,
                       {QStringLiteral("inventory"), QStringLiteral("--parse-npu-smi"), QStringLiteral("%1"),
                        QStringLiteral("--format"), QStringLiteral("json")},
                       QStringLiteral("npu-smi.txt")};
    QList<QByteArray> host = files(QStringLiteral("hccn"), QStringLiteral("*.txt"));
    host << resources(QStringLiteral(":/demo/sim"), QStringLiteral("*.txt"));
    out << FuzzTarget {QStringLiteral("host-outputs"),
                       host,
                       tokens({"=", ":", "/", "inet ", "address_0=", "netmask_0=", "UP", "DOWN", "LISTEN", "\t",
                               "PRETTY_NAME=", "Mem:", "ms", "%", "0.0.0.0:8000", "\n"}),
                       readHostOutputs,
                       {},
                       {}};
    out << FuzzTarget {QStringLiteral("logs"),
                       files(QStringLiteral("errors"), QStringLiteral("*.txt")),
                       tokens({"ERROR", "Traceback", "EI0006", "EJ0002", "out of memory", "\x1b[31m", "\r", "\n",
                               "GLOO_SOCKET_IFNAME", "HCCL"}),
                       readLog,
                       {QStringLiteral("diagnose"), QStringLiteral("%1")},
                       QStringLiteral("engine.log")};
    QList<QByteArray> metrics = files(QStringLiteral("conformance/prometheus/expfmt"), QStringLiteral("*"));
    metrics << files(QStringLiteral("bench"), QStringLiteral("*.txt"));
    out << FuzzTarget {QStringLiteral("prometheus"),
                       metrics,
                       tokens({"# TYPE ", "# HELP ", " counter\n", " histogram\n", "{", "}", "le=\"+Inf\"",
                               "quantile=\"0.5\"", "_bucket", "_sum", "_count", "NaN", "+Inf", "\\\"", "\n"}),
                       readMetrics,
                       {},
                       {}};
    out << FuzzTarget {
        QStringLiteral("sse"),
        sseStreams(),
        tokens({"data: ", "data:", "event: ", "id: ", "retry: ", ": keep-alive", "\n\n", "\r\n", "\r", "[DONE]",
                "{\"choices\":[{\"delta\":{\"content\":\"x\"}}]}", "{\"error\":{}}", "\xef\xbb\xbf"}),
        readStream,
        {},
        {}};
    QList<QByteArray> datasets;
    datasets << QByteArray("[{\"id\":\"a\",\"conversations\":[{\"from\":\"human\",\"value\":\"What is the capital of "
                           "France and why?\"},{\"from\":\"gpt\",\"value\":\"Paris, the seat of the government.\"}]}]")
             << QByteArray("{\"prompt\": \"Summarize the plot of Hamlet\", \"output_len\": 64}\n"
                           "{\"text\": \"Translate to French: good morning\"}\nPlain prompt line\n");
    datasets << files(QStringLiteral("bench"), QStringLiteral("*.json"));
    out << FuzzTarget {
        QStringLiteral("bench-files"),
        datasets,
        jsonTokens + tokens({"\"conversations\":", "\"prompt\":", "\"output_len\": ", "\"max_tokens\": ", "\n"}),
        [](const QByteArray& bytes) {
            readDataset(bytes);
            readResult(bytes);
        },
        {QStringLiteral("bench"), QStringLiteral("--dataset-name"), QStringLiteral("custom"),
         QStringLiteral("--dataset-path"), QStringLiteral("%1"), QStringLiteral("--num-prompts"), QStringLiteral("2"),
         QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--base-url"),
         QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--timeout"), QStringLiteral("5")},
        QStringLiteral("prompts.jsonl")};
    return out;
}

} // namespace npufleet::test
