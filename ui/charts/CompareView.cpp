// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/CompareView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include "ui/charts/ChartStyle.h"

namespace npufleet::ui {

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_metric(new QComboBox(this))
    , m_statistic(new QComboBox(this))
    , m_view(makeChartView(tr("Latency vs throughput"), this))
{
    m_metric->addItem(tr("TTFT"), QStringLiteral("ttft"));
    m_metric->addItem(tr("TPOT"), QStringLiteral("tpot"));
    m_metric->addItem(tr("ITL"), QStringLiteral("itl"));
    m_metric->addItem(tr("E2E latency"), QStringLiteral("e2el"));
    m_statistic->addItem(tr("mean"), QStringLiteral("mean"));
    m_statistic->addItem(tr("median"), QStringLiteral("median"));
    m_statistic->addItem(tr("P99"), QStringLiteral("p99"));
    m_metric->setCurrentIndex(1);
    m_statistic->setCurrentIndex(1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(m_statistic, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(m_list, &QListWidget::itemChanged, this, &CompareView::redraw);
    m_view->chart()->legend()->show();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Runs to compare:"), left));
    leftLayout->addWidget(m_list, 1);
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_statistic);
    pick->addWidget(m_metric);
    leftLayout->addLayout(pick);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void CompareView::setRuns(const QList<bench::BenchResult>& runs)
{
    // New runs come ticked; runs already listed keep their tick.
    QSet<QString> known, wasChecked;
    for (int i = 0; i < m_list->count(); ++i) {
        known.insert(m_list->item(i)->text());
        if (m_list->item(i)->checkState() == Qt::Checked)
            wasChecked.insert(m_list->item(i)->text());
    }
    m_runs = runs;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const bench::BenchResult& r : runs) {
        auto* item = new QListWidgetItem(r.displayName(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool tick = !known.contains(item->text()) || wasChecked.contains(item->text());
        item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("%1 req/s, %2 output tok/s, %3 completed")
                             .arg(r.requestThroughput, 0, 'f', 2)
                             .arg(r.outputThroughput, 0, 'f', 1)
                             .arg(r.completed));
    }
    redraw();
}

void CompareView::setChecked(int row, bool checked)
{
    if (QListWidgetItem* item = m_list->item(row))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CompareView::setLatency(const QString& metric, const QString& statistic)
{
    m_metric->setCurrentIndex(m_metric->findData(metric));
    m_statistic->setCurrentIndex(m_statistic->findData(statistic));
}

int CompareView::pointCount() const
{
    int n = 0;
    const QList<QAbstractSeries*> all = m_view->chart()->series();
    for (const QAbstractSeries* s : all)
        if (const auto* scatter = qobject_cast<const QScatterSeries*>(s))
            n += int(scatter->count());
    return n;
}

void CompareView::redraw()
{
    QChart* chart = m_view->chart();
    clearChart(chart);
    const QString metric = m_metric->currentData().toString();
    const QString stat = m_statistic->currentData().toString();
    const QString yTitle = tr("%1 %2 (ms)").arg(m_statistic->currentText(), m_metric->currentText());
    chart->setTitle(tr("%1 vs output throughput").arg(yTitle));
    // One curve per model and label prefix: the points of a sweep join up.
    QMap<QString, QList<QPointF>> curves;
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const bench::BenchResult& r = m_runs.at(i);
        const bench::MetricSummary s = r.metrics.value(metric);
        const double y = stat == QLatin1String("mean") ? s.mean
            : stat == QLatin1String("median")          ? s.median
                                                       : s.percentile(99).value_or(std::nan(""));
        if (!std::isfinite(y))
            continue;
        const QString curve = r.label.isEmpty() ? r.modelId : r.label.section(QLatin1Char(' '), 0, 0);
        curves[curve].append({r.outputThroughput, y});
    }
    QValueAxis* x = addValueAxis(chart, Qt::AlignBottom, tr("output throughput (tok/s)"));
    QValueAxis* yAxis = addValueAxis(chart, Qt::AlignLeft, yTitle);
    x->setMin(0);
    yAxis->setMin(0);
    for (auto it = curves.begin(); it != curves.end(); ++it) {
        QList<QPointF> points = *it;
        std::sort(points.begin(), points.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
        auto* line = new QLineSeries;
        line->setName(it.key());
        line->append(points);
        chart->addSeries(line); // the theme gives it its colour here
        line->setPen(QPen(line->color(), 2.5));
        auto* dots = new QScatterSeries;
        dots->setName(it.key());
        dots->setMarkerSize(9);
        dots->append(points);
        chart->addSeries(dots);
        dots->setColor(line->color());
        dots->setBorderColor(line->color());
        chart->legend()->markers(dots).value(0)->setVisible(false);
        for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(dots)}) {
            s->attachAxis(x);
            s->attachAxis(yAxis);
        }
        for (const QPointF& p : points) {
            growAxis(x, p.x());
            growAxis(yAxis, p.y());
        }
    }
}

} // namespace npufleet::ui
