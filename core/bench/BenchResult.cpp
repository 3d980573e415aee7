// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/BenchResult.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

#include "core/bench/BenchError.h"
#include "core/bench/BenchText.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

namespace npufleet::bench {

namespace {

// Keys this struct models; everything else goes to `extra`.
const QStringList& knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("date"),
        QStringLiteral("backend"),
        QStringLiteral("endpoint_type"),
        QStringLiteral("label"),
        QStringLiteral("model_id"),
        QStringLiteral("tokenizer_id"),
        QStringLiteral("num_prompts"),
        QStringLiteral("request_rate"),
        QStringLiteral("burstiness"),
        QStringLiteral("max_concurrency"),
        QStringLiteral("duration"),
        QStringLiteral("completed"),
        QStringLiteral("failed"),
        QStringLiteral("total_input_tokens"),
        QStringLiteral("total_output_tokens"),
        QStringLiteral("request_throughput"),
        QStringLiteral("request_goodput"),
        QStringLiteral("request_goodput:"),
        QStringLiteral("output_throughput"),
        QStringLiteral("total_token_throughput"),
        QStringLiteral("max_output_tokens_per_s"),
        QStringLiteral("max_concurrent_requests"),
        QStringLiteral("input_lens"),
        QStringLiteral("output_lens"),
        QStringLiteral("ttfts"),
        QStringLiteral("itls"),
        QStringLiteral("generated_texts"),
        QStringLiteral("errors"),
        QStringLiteral("latencies"),
        QStringLiteral("start_times"),
        QStringLiteral("queue_times"),
        QStringLiteral("rtfx"),
    };
    return keys;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QStringLiteral("inf"));
}

template<typename T>
QJsonArray array(const QList<T>& list)
{
    QJsonArray a;
    for (const T& v : list)
        a.append(v);
    return a;
}

QList<double> doubles(const QJsonValue& v)
{
    QList<double> out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toDouble());
    return out;
}

} // namespace

std::optional<double> MetricSummary::percentile(double p) const
{
    for (const auto& [q, v] : percentiles)
        if (qFuzzyCompare(q + 1, p + 1))
            return v;
    return std::nullopt;
}

QList<double> BenchResult::successfulTtfts() const
{
    QList<double> out;
    for (qsizetype i = 0; i < ttfts.size(); ++i)
        if (errors.value(i).isEmpty() && outputLens.value(i) > 0)
            out.append(ttfts.at(i));
    return out;
}

QList<double> BenchResult::tpots() const
{
    QList<double> out;
    for (qsizetype i = 0; i < ttfts.size(); ++i) {
        const int n = outputLens.value(i);
        if (!errors.value(i).isEmpty() || n <= 1)
            continue;
        out.append((e2el(i) - ttfts.at(i)) / (n - 1));
    }
    return out;
}

QList<double> BenchResult::allItls() const
{
    QList<double> out;
    for (qsizetype i = 0; i < itls.size(); ++i)
        if (errors.value(i).isEmpty())
            out += itls.at(i);
    return out;
}

QList<double> BenchResult::e2els() const
{
    QList<double> out;
    for (qsizetype i = 0; i < ttfts.size(); ++i) {
        if (errors.value(i).isEmpty() && outputLens.value(i) > 0)
            out.append(e2el(i));
    }
    return out;
}

// The request's own latency where the file has it (what the summary figures were computed from);
// else TTFT plus the gaps that followed, for files that kept only those.
double BenchResult::e2el(qsizetype i) const
{
    if (latencies.size() == ttfts.size())
        return latencies.at(i);
    double t = ttfts.at(i);
    for (double g : itls.value(i))
        t += g;
    return t;
}

QMap<QString, int> BenchResult::errorCounts() const
{
    QMap<QString, int> out;
    for (const QString& e : errors)
        if (!e.isEmpty())
            ++out[e.left(200)];
    return out;
}

QString BenchResult::displayName() const
{
    if (!label.isEmpty())
        return label;
    const QString rate = std::isfinite(requestRate) ? QString::number(requestRate) : QStringLiteral("inf");
    QString name = BenchText::tr("%1, rate %2").arg(modelId, rate);
    if (maxConcurrency)
        name += BenchText::tr(", concurrency %1").arg(*maxConcurrency);
    if (!date.isEmpty())
        name += QStringLiteral(" (") + date + QLatin1Char(')');
    return name;
}

QString percentileKey(double p)
{
    // Python's str(int(p)) if int(p) == p else str(p): the shortest text that reads back as p.
    return QLatin1Char('p')
        + (std::floor(p) == p ? QString::number(qint64(p)) : QString::number(p, 'g', QLocale::FloatingPointShortest));
}

QJsonObject toJson(const BenchResult& r)
{
    QJsonObject o = r.extra;
    o.insert(QStringLiteral("date"), r.date);
    o.insert(QStringLiteral("backend"), r.backend);
    o.insert(QStringLiteral("endpoint_type"), r.backend);
    o.insert(QStringLiteral("label"), r.label.isEmpty() ? QJsonValue() : QJsonValue(r.label));
    o.insert(QStringLiteral("model_id"), r.modelId);
    o.insert(QStringLiteral("tokenizer_id"), r.tokenizerId.isEmpty() ? r.modelId : r.tokenizerId);
    o.insert(QStringLiteral("num_prompts"), r.numPrompts);
    o.insert(QStringLiteral("request_rate"), number(r.requestRate));
    o.insert(QStringLiteral("burstiness"), r.burstiness);
    o.insert(QStringLiteral("max_concurrency"), r.maxConcurrency ? QJsonValue(*r.maxConcurrency) : QJsonValue());
    o.insert(QStringLiteral("duration"), r.duration);
    o.insert(QStringLiteral("completed"), r.completed);
    o.insert(QStringLiteral("failed"), r.failed);
    o.insert(QStringLiteral("total_input_tokens"), r.totalInputTokens);
    o.insert(QStringLiteral("total_output_tokens"), r.totalOutputTokens);
    o.insert(QStringLiteral("request_throughput"), r.requestThroughput);
    o.insert(QStringLiteral("request_goodput"), r.requestGoodput ? QJsonValue(*r.requestGoodput) : QJsonValue());
    o.insert(QStringLiteral("output_throughput"), r.outputThroughput);
    o.insert(QStringLiteral("total_token_throughput"), r.totalTokenThroughput);
    o.insert(QStringLiteral("max_output_tokens_per_s"), r.maxOutputTokensPerS);
    o.insert(QStringLiteral("max_concurrent_requests"), r.maxConcurrentRequests);
    if (r.detailed) {
        o.insert(QStringLiteral("input_lens"), array(r.inputLens));
        o.insert(QStringLiteral("output_lens"), array(r.outputLens));
        o.insert(QStringLiteral("ttfts"), array(r.ttfts));
        QJsonArray itls;
        for (const QList<double>& list : r.itls)
            itls.append(array(list));
        o.insert(QStringLiteral("itls"), itls);
        o.insert(QStringLiteral("generated_texts"), QJsonArray::fromStringList(r.generatedTexts));
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(r.errors));
        o.insert(QStringLiteral("start_times"), array(r.startTimes));
    }
    o.insert(QStringLiteral("latencies"), array(r.latencies));
    o.insert(QStringLiteral("queue_times"), array(r.queueTimes));
    o.insert(QStringLiteral("rtfx"), r.rtfx);
    for (auto it = r.metrics.begin(); it != r.metrics.end(); ++it) {
        const QString& m = it.key();
        o.insert(QStringLiteral("mean_") + m + QStringLiteral("_ms"), it->mean);
        o.insert(QStringLiteral("median_") + m + QStringLiteral("_ms"), it->median);
        o.insert(QStringLiteral("std_") + m + QStringLiteral("_ms"), it->std);
        for (const auto& [p, v] : it->percentiles)
            o.insert(percentileKey(p) + QLatin1Char('_') + m + QStringLiteral("_ms"), v);
    }
    return o;
}

Result<BenchResult> fromJson(const QJsonObject& o)
{
    if (!o.contains(QStringLiteral("completed")) || !o.contains(QStringLiteral("duration")))
        return inputError(BenchText::tr("not a benchmark result: no \"completed\" or \"duration\""));
    BenchResult r;
    r.date = o.value(QStringLiteral("date")).toString();
    r.backend = o.value(QStringLiteral("backend")).toString(o.value(QStringLiteral("endpoint_type")).toString());
    r.label = o.value(QStringLiteral("label")).toString();
    r.modelId = o.value(QStringLiteral("model_id")).toString();
    r.tokenizerId = o.value(QStringLiteral("tokenizer_id")).toString();
    r.numPrompts = o.value(QStringLiteral("num_prompts")).toInt();
    const QJsonValue rate = o.value(QStringLiteral("request_rate"));
    r.requestRate = rate.isDouble() ? rate.toDouble() : std::numeric_limits<double>::infinity();
    r.burstiness = o.value(QStringLiteral("burstiness")).toDouble(1.0);
    if (o.value(QStringLiteral("max_concurrency")).isDouble())
        r.maxConcurrency = o.value(QStringLiteral("max_concurrency")).toInt();
    r.duration = o.value(QStringLiteral("duration")).toDouble();
    r.completed = o.value(QStringLiteral("completed")).toInt();
    r.totalInputTokens = o.value(QStringLiteral("total_input_tokens")).toInteger();
    r.totalOutputTokens = o.value(QStringLiteral("total_output_tokens")).toInteger();
    r.requestThroughput = o.value(QStringLiteral("request_throughput")).toDouble();
    // Older vLLM wrote the key with a stray colon.
    for (const QString& key : {QStringLiteral("request_goodput"), QStringLiteral("request_goodput:")})
        if (o.value(key).isDouble())
            r.requestGoodput = o.value(key).toDouble();
    r.outputThroughput = o.value(QStringLiteral("output_throughput")).toDouble();
    r.totalTokenThroughput = o.value(QStringLiteral("total_token_throughput")).toDouble();
    r.maxOutputTokensPerS = o.value(QStringLiteral("max_output_tokens_per_s")).toDouble();
    r.maxConcurrentRequests = o.value(QStringLiteral("max_concurrent_requests")).toDouble();
    for (const QJsonValue& v : o.value(QStringLiteral("input_lens")).toArray())
        r.inputLens.append(v.toInt());
    for (const QJsonValue& v : o.value(QStringLiteral("output_lens")).toArray())
        r.outputLens.append(v.toInt());
    r.detailed = o.contains(QStringLiteral("ttfts"));
    r.ttfts = doubles(o.value(QStringLiteral("ttfts")));
    for (const QJsonValue& v : o.value(QStringLiteral("itls")).toArray())
        r.itls.append(doubles(v));
    for (const QJsonValue& v : o.value(QStringLiteral("generated_texts")).toArray())
        r.generatedTexts.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("errors")).toArray())
        r.errors.append(v.toString());
    r.latencies = doubles(o.value(QStringLiteral("latencies")));
    r.startTimes = doubles(o.value(QStringLiteral("start_times")));
    r.queueTimes = doubles(o.value(QStringLiteral("queue_times")));
    r.rtfx = o.value(QStringLiteral("rtfx")).toDouble();
    r.failed = o.contains(QStringLiteral("failed")) ? o.value(QStringLiteral("failed")).toInt()
                                                    : int(r.errors.size() - r.errors.count(QString()));

    static const QRegularExpression metricKey(QStringLiteral("^(mean|median|std|p[0-9.]+)_([a-z0-9_]+)_ms$"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QRegularExpressionMatch m = metricKey.match(it.key());
        if (!m.hasMatch()) {
            if (!knownKeys().contains(it.key()))
                r.extra.insert(it.key(), it.value());
            continue;
        }
        MetricSummary& s = r.metrics[m.captured(2)];
        const QString stat = m.captured(1);
        const double v = it.value().toDouble();
        if (stat == QLatin1String("mean"))
            s.mean = v;
        else if (stat == QLatin1String("median"))
            s.median = v;
        else if (stat == QLatin1String("std"))
            s.std = v;
        else
            s.percentiles.append({stat.mid(1).toDouble(), v});
    }
    for (MetricSummary& s : r.metrics)
        std::sort(s.percentiles.begin(), s.percentiles.end());
    return r;
}

Result<void> saveResult(const BenchResult& result, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return inputError(BenchText::tr("cannot write the result: %1").arg(file.errorString()), path);
    file.write(QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return inputError(BenchText::tr("cannot write the result: %1").arg(file.errorString()), path);
    return {};
}

Result<void> appendResult(const BenchResult& result, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return inputError(BenchText::tr("cannot write the result: %1").arg(file.errorString()), path);
    QByteArray line = QJsonDocument(toJson(result)).toJson(QJsonDocument::Compact);
    if (file.size() > 0)
        line.prepend('\n');
    if (file.write(line) != line.size() || !file.flush())
        return inputError(BenchText::tr("cannot write the result: %1").arg(file.errorString()), path);
    return {};
}

Result<QList<BenchResult>> loadResults(const QString& path)
{
    const Result<QByteArray> read = util::readLimited(path, limits::kResultFileBytes, BenchText::tr("the result"));
    if (!read)
        return read.error();
    const QByteArray& bytes = *read;
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error == QJsonParseError::NoError) {
        Result<BenchResult> r = fromJson(doc.object());
        if (!r)
            return inputError(r.error().message, path);
        return QList<BenchResult> {*r};
    }
    // Not one document: vLLM's --append-result (one object per line), or broken JSON.
    const QList<QByteArray> lines = bytes.split('\n');
    const auto firstLine
        = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray& l) { return !l.trimmed().isEmpty(); });
    if (firstLine == lines.cend() || !QJsonDocument::fromJson(*firstLine).isObject())
        return inputError(BenchText::tr("not JSON: %1").arg(e.errorString()), path,
                          int(bytes.left(e.offset).count('\n')) + 1);
    QList<BenchResult> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonParseError le;
        const QJsonDocument one = QJsonDocument::fromJson(lines.at(i), &le);
        if (le.error != QJsonParseError::NoError || !one.isObject())
            return inputError(BenchText::tr("not JSON: %1").arg(le.errorString()), path, int(i) + 1);
        Result<BenchResult> r = fromJson(one.object());
        if (!r)
            return inputError(r.error().message, path, int(i) + 1);
        out.append(*r);
    }
    return out;
}

Result<BenchResult> loadResult(const QString& path)
{
    Result<QList<BenchResult>> all = loadResults(path);
    if (!all)
        return all.error();
    return all->constLast(); // of an --append-result file, its last run
}

} // namespace npufleet::bench
