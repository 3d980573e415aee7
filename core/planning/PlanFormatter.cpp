// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/PlanFormatter.h"

#include <QJsonArray>
#include <cmath>

#include "core/planning/Units.h"
#include "core/util/TextWidth.h"

namespace npufleet::planning {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString billions(qint64 params)
{
    return QString::number(static_cast<double>(params) / 1e9, 'f', 2) + QStringLiteral(" B");
}

QJsonValue predictedJson(const Prediction& p)
{
    if (!p.valid)
        return QJsonValue::Null;
    return QJsonObject {
        {QStringLiteral("output_tok_s"), rounded(p.outputTokS, 1)},
        {QStringLiteral("per_user_tok_s"), rounded(p.perUserTokS, 2)},
        {QStringLiteral("ttft_ms"), rounded(p.ttftMs, 1)},
        {QStringLiteral("tpot_ms"), rounded(p.tpotMs, 2)},
        {QStringLiteral("concurrency"), p.concurrency},
        {QStringLiteral("limit"), p.limitText},
    };
}

} // namespace

QJsonObject PlanFormatter::toJson(const PlanReport& report)
{
    const ModelSummary& m = report.model;
    QJsonObject model {
        {QStringLiteral("name"), m.name},
        {QStringLiteral("params_total"), static_cast<double>(m.paramsTotal)},
        {QStringLiteral("params_active"), static_cast<double>(m.paramsActive)},
        {QStringLiteral("params_mtp"), static_cast<double>(m.paramsMtp)},
        {QStringLiteral("quant"), m.quant},
        {QStringLiteral("bytes_per_param"), rounded(m.bytesPerParam, 4)},
        {QStringLiteral("kv_bytes_per_token"), rounded(m.kvBytesPerToken, 0)},
        {QStringLiteral("max_model_len"), m.maxModelLen},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(m.warnings)},
    };
    if (!m.hubId.isEmpty())
        model.insert(QStringLiteral("hub_id"), m.hubId);

    QJsonArray plans;
    for (const PlanResult& p : report.plans) {
        plans.append(QJsonObject {
            {QStringLiteral("tp"), p.layout.tp},
            {QStringLiteral("pp"), p.layout.pp},
            {QStringLiteral("dp"), p.layout.dp},
            {QStringLiteral("ep"), p.layout.ep},
            {QStringLiteral("npus"), p.npus},
            {QStringLiteral("nodes"), p.nodes},
            {QStringLiteral("weights_gib_per_npu"), rounded(p.weightsGib(), 3)},
            {QStringLiteral("kv_cache_gib_per_npu"), rounded(p.kvCacheGib(), 3)},
            {QStringLiteral("kv_cache_tokens"), static_cast<double>(p.memory.kvTokens)},
            {QStringLiteral("max_concurrency"), rounded(p.memory.maxConcurrency, 2)},
            {QStringLiteral("fits"), p.fits()},
            {QStringLiteral("short_gib_per_npu"), rounded(p.shortGib(), 3)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
            {QStringLiteral("reason"), p.reason},
            {QStringLiteral("predicted"), predictedJson(p.predicted)},
        });
    }
    const PlanOptions& o = report.options;
    const QJsonObject cluster {
        {QStringLiteral("nodes"), o.nodes},
        {QStringLiteral("npus_per_node"), o.npusPerNode},
        {QStringLiteral("hbm_gib"), o.hbmGib},
        {QStringLiteral("gpu_memory_utilization"), o.gpuMemoryUtilization},
        {QStringLiteral("block_size"), o.effectiveBlockSize()},
        {QStringLiteral("chip"), report.chip},
    };
    const QJsonObject workload {
        {QStringLiteral("concurrency"), o.workload.concurrency},
        {QStringLiteral("input_len"), o.workload.inputLen},
        {QStringLiteral("output_len"), o.workload.outputLen},
        {QStringLiteral("max_num_seqs"), o.workload.maxNumSeqs},
        {QStringLiteral("objective"), objectiveKey(o.objective)},
        {QStringLiteral("speed_correction"), o.speedCorrection},
    };
    return QJsonObject {{QStringLiteral("model"), model},
                        {QStringLiteral("cluster"), cluster},
                        {QStringLiteral("workload"), workload},
                        {QStringLiteral("plans"), plans}};
}

QString PlanFormatter::toTable(const PlanReport& report, int maxRows)
{
    const ModelSummary& m = report.model;
    const PlanOptions& o = report.options;
    QString out;
    out += tr("Model %1: %2 parameters (%3 active per token)")
               .arg(m.name, billions(m.paramsTotal), billions(m.paramsActive));
    if (m.paramsMtp > 0)
        out += tr(", MTP %1 apart").arg(billions(m.paramsMtp));
    out += QLatin1Char('\n');
    out += tr("Weights %1, %2 bytes/parameter; KV cache %3 bytes/token (whole model); max-model-len %4\n")
               .arg(m.quant, QString::number(m.bytesPerParam, 'f', 3),
                    groupedNumber(static_cast<qint64>(m.kvBytesPerToken)), groupedNumber(m.maxModelLen));
    out += tr("Cluster: %1 node(s) x %2 NPUs, %3 GiB each, utilization %4, block size %5\n")
               .arg(o.nodes)
               .arg(o.npusPerNode)
               .arg(o.hbmGib)
               .arg(o.gpuMemoryUtilization)
               .arg(o.effectiveBlockSize());
    out += tr("Speed on %1 for %2 users, %3 tokens in, %4 out (max-num-seqs %5), ranked by %6\n")
               .arg(report.chip)
               .arg(o.workload.concurrency)
               .arg(o.workload.inputLen)
               .arg(o.workload.outputLen)
               .arg(o.workload.maxNumSeqs)
               .arg(objectiveKey(o.objective));
    if (o.speedCorrection != 1.0)
        out += tr("Speeds scaled by %1, the correction measured on this chip and engine\n")
                   .arg(QString::number(o.speedCorrection, 'f', 3));
    for (const QString& w : m.warnings)
        out += QStringLiteral("  ! ") + w + QLatin1Char('\n');
    out += QLatin1Char('\n');
    // Columns are as wide as their widest cell (a translated header may be wider than any number).
    const QStringList header {
        QStringLiteral("#"), QStringLiteral("TP"), QStringLiteral("PP"), QStringLiteral("DP"), QStringLiteral("EP"),
        tr("NPUs"),          tr("Nodes"),          tr("Weights/NPU"),    tr("KV/NPU"),         tr("KV tokens"),
        tr("Concurrency"),   tr("Tok/s"),          tr("TTFT"),           tr("TPOT"),           tr("Fits")};
    QList<QStringList> rows {header};
    QList<QStringList> warnings {{}};
    for (const PlanResult& p : report.plans) {
        if (maxRows > 0 && rows.size() > maxRows)
            break;
        rows.append({QString::number(rows.size()), QString::number(p.layout.tp), QString::number(p.layout.pp),
                     QString::number(p.layout.dp), p.layout.ep ? tr("on") : QStringLiteral("-"),
                     QString::number(p.npus), QString::number(p.nodes),
                     QString::number(p.weightsGib(), 'f', 2) + QStringLiteral(" GiB"),
                     QString::number(p.kvCacheGib(), 'f', 2) + QStringLiteral(" GiB"), groupedNumber(p.memory.kvTokens),
                     QString::number(p.memory.maxConcurrency, 'f', 2) + QLatin1Char('x'),
                     p.predicted.valid ? groupedNumber(qRound64(p.predicted.outputTokS)) : QStringLiteral("-"),
                     p.predicted.valid ? QString::number(p.predicted.ttftMs, 'f', 0) + QStringLiteral(" ms")
                                       : QStringLiteral("-"),
                     p.predicted.valid ? QString::number(p.predicted.tpotMs, 'f', 1) + QStringLiteral(" ms")
                                       : QStringLiteral("-"),
                     p.fits() ? tr("yes") : tr("no")});
        QStringList own;
        for (const QString& w : p.warnings) {
            if (!m.warnings.contains(w))
                own << w;
        }
        warnings.append(own);
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList& cells : rows) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = qMax(widths.at(c), util::displayWidth(cells.at(c)));
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString line;
        const qsizetype last = header.size() - 1; // "Fits", left-aligned, then the reason
        for (qsizetype c = 0; c < last; ++c)
            line += util::padToWidth(rows.at(r).at(c), widths.at(c) + (c ? 2 : 1), false);
        line += QStringLiteral("  ") + util::padToWidth(rows.at(r).at(last), widths.at(last), true) + QLatin1Char(' ')
            + (r == 0 ? tr("Reason") : report.plans.at(r - 1).reason);
        out += line + QLatin1Char('\n');
        for (const QString& w : warnings.at(r))
            out += QStringLiteral("       ! ") + w + QLatin1Char('\n');
    }
    if (maxRows > 0 && report.plans.size() > maxRows)
        out += tr("… %1 more layouts (use --format json to see all)\n").arg(report.plans.size() - maxRows);
    return out;
}

} // namespace npufleet::planning
