// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <cmath>

#include "core/planning/Units.h"

namespace npufleet::ui {

namespace {
const QColor kFitsColor(0x2e, 0x7d, 0x32);
const QColor kShortColor(0xc6, 0x28, 0x28);
const QColor kShortBackground(0xfd, 0xec, 0xec);
const QColor kCurrentBackground(0xe3, 0xf0, 0xfb);
const QColor kNeedsMoreColor(0xb2, 0x6a, 0x00);
} // namespace

PlanTableModel::PlanTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PlanTableModel::setPlans(const QList<planning::PlanResult>& plans, const project::Layout& current, int placedNpus)
{
    beginResetModel();
    m_plans = plans;
    m_current = current;
    m_placedNpus = placedNpus;
    endResetModel();
}

void PlanTableModel::clear()
{
    setPlans({}, {}, 0);
}

int PlanTableModel::rowOf(const project::Layout& layout) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).layout == layout)
            return row;
    }
    return -1;
}

void PlanTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_plans.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::layoutText(const project::Layout& l)
{
    QStringList parts;
    parts << tr("TP%1").arg(l.tp);
    if (l.pp > 1)
        parts << tr("PP%1").arg(l.pp);
    if (l.dp > 1)
        parts << tr("DP%1").arg(l.dp);
    if (l.ep)
        parts << tr("EP");
    return parts.join(QLatin1Char(' '));
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const planning::PlanResult& p = m_plans.at(row);
    const bool current = p.layout == m_current;
    switch (role) {
    case Qt::DisplayRole:
        return display(p, row, column);
    case SortRole:
        return sortValue(p, row, column);
    case FitsRole:
        return p.fits();
    case CurrentRole:
        return current;
    case NeedsMoreNpusRole:
        return needsMoreNpus(row);
    case Qt::ToolTipRole:
        return toolTip(p, row);
    case Qt::TextAlignmentRole:
        return column == FitsColumn || column == LimitColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == FitsColumn)
            return QBrush(p.fits() ? kFitsColor : kShortColor);
        if (column == NpusColumn && needsMoreNpus(row))
            return QBrush(kNeedsMoreColor);
        if (!p.fits())
            return QBrush(kShortColor);
        return {};
    case Qt::BackgroundRole:
        if (current)
            return QBrush(kCurrentBackground);
        if (!p.fits())
            return QBrush(kShortBackground);
        return {};
    case Qt::FontRole:
        if (current || column == FitsColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PlanTableModel::display(const planning::PlanResult& p, int row, int column) const
{
    switch (column) {
    case RankColumn:
        return p.layout == m_current ? tr("● %1").arg(row + 1) : QString::number(row + 1);
    case TpColumn:
        return p.layout.tp;
    case PpColumn:
        return p.layout.pp;
    case DpColumn:
        return p.layout.dp;
    case EpColumn:
        return p.layout.ep ? tr("on") : tr("–");
    case NpusColumn:
        return needsMoreNpus(row) ? tr("%1 ⚠").arg(p.npus) : QString::number(p.npus);
    case NodesColumn:
        return p.nodes;
    case WeightsColumn:
        return QString::number(p.weightsGib(), 'f', 2);
    case KvColumn:
        return QString::number(p.kvCacheGib(), 'f', 2);
    case KvTokensColumn:
        return planning::groupedNumber(p.memory.kvTokens);
    case ConcurrencyColumn:
        return tr("%1×").arg(p.memory.maxConcurrency, 0, 'f', 2);
    case FitsColumn:
        return p.fits() ? tr("✔ fits") : tr("✘ short %1 GiB").arg(p.shortGib(), 0, 'f', 2);
    default:
        return predictedText(p.predicted, column);
    }
}

QVariant PlanTableModel::predictedText(const planning::Prediction& s, int column)
{
    if (!s.valid)
        return column == LimitColumn || column == OutputTokSColumn ? QVariant(tr("–")) : QVariant();
    switch (column) {
    case OutputTokSColumn:
        return planning::groupedNumber(qint64(std::llround(s.outputTokS)));
    case PerUserTokSColumn:
        return QString::number(s.perUserTokS, 'f', 1);
    case TtftColumn:
        return planning::groupedNumber(qint64(std::llround(s.ttftMs)));
    case TpotColumn:
        return QString::number(s.tpotMs, 'f', 1);
    case LimitColumn:
        return limitLabel(s.limit);
    default:
        return {};
    }
}

QString PlanTableModel::limitLabel(planning::Limit limit)
{
    // Short enough for a column; the whole sentence is in the row's tooltip and under the memory bars.
    switch (limit) {
    case planning::Limit::KvCapacity:
        return tr("KV capacity");
    case planning::Limit::MaxNumSeqs:
        return tr("max-num-seqs");
    case planning::Limit::Weights:
        return tr("HBM: weights");
    case planning::Limit::KvRead:
        return tr("HBM: KV cache");
    case planning::Limit::Compute:
        return tr("compute");
    case planning::Limit::TpAllReduce:
        return tr("TP all-reduce");
    case planning::Limit::TpCrossNode:
        return tr("TP across nodes");
    case planning::Limit::EpAllToAll:
        return tr("MoE all-to-all");
    case planning::Limit::PipelineBubble:
        return tr("pipeline bubbles");
    case planning::Limit::PrefillStall:
        return tr("prefill stalls");
    case planning::Limit::Overhead:
        return tr("launch overhead");
    default:
        return tr("–");
    }
}

QVariant PlanTableModel::sortValue(const planning::PlanResult& p, int row, int column) const
{
    switch (column) {
    case RankColumn:
        return row;
    case EpColumn:
        return int(p.layout.ep);
    case NpusColumn:
        return p.npus;
    case WeightsColumn:
        return p.memory.weightBytes;
    case KvColumn:
        return p.memory.kvBudgetBytes;
    case KvTokensColumn:
        return p.memory.kvTokens;
    case ConcurrencyColumn:
        return p.memory.maxConcurrency;
    case FitsColumn:
        return p.fits() ? 1.0 : -p.memory.shortBytes;
    // Layouts without a prediction sort below every real figure, either way round.
    case OutputTokSColumn:
        return p.predicted.valid ? p.predicted.outputTokS : -1.0;
    case PerUserTokSColumn:
        return p.predicted.valid ? p.predicted.perUserTokS : -1.0;
    case TtftColumn:
        return p.predicted.valid ? p.predicted.ttftMs : -1.0;
    case TpotColumn:
        return p.predicted.valid ? p.predicted.tpotMs : -1.0;
    case LimitColumn:
        return p.predicted.valid ? p.predicted.limitText : QString();
    default:
        return display(p, row, column); // TP, PP, DP and nodes sort by the number they show
    }
}

QString PlanTableModel::toolTip(const planning::PlanResult& p, int row) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(layoutText(p.layout).toHtmlEscaped());
    if (p.layout == m_current)
        lines << tr("the deployment's current layout");
    if (!p.reason.isEmpty())
        lines << p.reason.toHtmlEscaped();
    if (needsMoreNpus(row))
        lines << tr("needs %1 NPUs, placement has %2").arg(p.npus).arg(m_placedNpus);
    if (p.layout.dp > 1)
        lines << tr("KV tokens per DP group; %1 over all %2 groups")
                     .arg(planning::groupedNumber(qint64(p.totalKvTokens())))
                     .arg(p.layout.dp);
    if (p.predicted.valid)
        lines << tr("predicted at %1 users served at once: %2 output tokens/s, %3 tokens/s per user, TTFT %4 ms, "
                    "TPOT %5 ms; limit: %6")
                     .arg(p.predicted.concurrency)
                     .arg(p.predicted.outputTokS, 0, 'f', 0)
                     .arg(p.predicted.perUserTokS, 0, 'f', 1)
                     .arg(p.predicted.ttftMs, 0, 'f', 0)
                     .arg(p.predicted.tpotMs, 0, 'f', 1)
                     .arg(p.predicted.limitText.toHtmlEscaped());
    for (const QString& w : p.warnings)
        lines << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WeightsColumn:
            return tr("Weights per NPU (the fullest pipeline stage)");
        case KvColumn:
            return tr("KV cache budget per NPU");
        case KvTokensColumn:
            return tr("Tokens the KV cache holds, per DP group");
        case ConcurrencyColumn:
            return tr("Requests of max-model-len served at once, per DP group");
        case OutputTokSColumn:
            return tr("Predicted output tokens/s of the whole deployment at the workload above");
        case PerUserTokSColumn:
            return tr("Predicted output tokens/s each user sees (1 / TPOT)");
        case TtftColumn:
            return tr("Predicted mean time to first token in ms, waiting in the server's queue included");
        case TpotColumn:
            return tr("Predicted mean time per output token in ms, after the first");
        case LimitColumn:
            return tr("What holds the layout back at the workload: memory bandwidth, compute, links, the KV cache "
                      "or max-num-seqs");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case TpColumn:
        return tr("TP");
    case PpColumn:
        return tr("PP");
    case DpColumn:
        return tr("DP");
    case EpColumn:
        return tr("EP");
    case NpusColumn:
        return tr("NPUs");
    case NodesColumn:
        return tr("Nodes");
    case WeightsColumn:
        return tr("Weights GiB/NPU");
    case KvColumn:
        return tr("KV GiB/NPU");
    case KvTokensColumn:
        return tr("KV tokens");
    case ConcurrencyColumn:
        return tr("Max concurrency");
    case OutputTokSColumn:
        return tr("Tok/s");
    case PerUserTokSColumn:
        return tr("Tok/s per user");
    case TtftColumn:
        return tr("TTFT ms");
    case TpotColumn:
        return tr("TPOT ms");
    case LimitColumn:
        return tr("Limit");
    case FitsColumn:
        return tr("Fits");
    default:
        return {};
    }
}

} // namespace npufleet::ui
