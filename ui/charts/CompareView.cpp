// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/CompareView.h"

#include <QComboBox>
#include <QEvent>
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
    , m_listLabel(new QLabel(this))
    , m_view(makeChartView(QString(), this))
{
    for (const char* key : {"ttft", "tpot", "itl", "e2el"})
        m_metric->addItem(QString(), QLatin1String(key));
    for (const char* key : {"mean", "median", "p99"})
        m_statistic->addItem(QString(), QLatin1String(key));
    m_metric->setCurrentIndex(1);
    m_statistic->setCurrentIndex(1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(m_statistic, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(m_list, &QListWidget::itemChanged, this, &CompareView::redraw);
    m_view->chart()->legend()->show();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listLabel);
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
    retranslate();
}

void CompareView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompareView::retranslate()
{
    const QSignalBlocker metricBlock(m_metric);
    const QSignalBlocker statisticBlock(m_statistic);
    const QStringList metrics = {tr("TTFT"), tr("TPOT"), tr("ITL"), tr("E2E latency")};
    const QStringList statistics = {tr("mean"), tr("median"), tr("P99")};
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemText(i, metrics.value(i));
    for (int i = 0; i < m_statistic->count(); ++i)
        m_statistic->setItemText(i, statistics.value(i));
    m_listLabel->setText(tr("Runs to compare:"));
    retip();
    redraw();
}

// A run's summary figures on its row: those the chart does not plot.
void CompareView::retip()
{
    for (int i = 0; i < m_list->count() && i < m_runs.size(); ++i) {
        const bench::BenchResult& r = m_runs.at(i);
        QString tip = tr("%1 req/s, %2 output tok/s, %3 tok/s in all; %4 of %5 completed, %6 failed, in %7 s")
                          .arg(r.requestThroughput, 0, 'f', 2)
                          .arg(r.outputThroughput, 0, 'f', 1)
                          .arg(r.totalTokenThroughput, 0, 'f', 1)
                          .arg(r.completed)
                          .arg(r.numPrompts)
                          .arg(r.failed)
                          .arg(r.duration, 0, 'f', 2);
        if (r.requestGoodput)
            tip += tr("; goodput %1 req/s").arg(*r.requestGoodput, 0, 'f', 2);
        m_list->item(i)->setToolTip(tip);
    }
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
    }
    retip();
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
