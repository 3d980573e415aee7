// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/DistributionView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include "ui/charts/ChartStyle.h"

namespace npufleet::ui {

namespace {

// The chart's title names the metric and the labels say ms: the x title would only repeat it, in the little
// height the summary and the table leave (the CSV export keeps the value axis's own title).
void hideXTitle(QChart* chart)
{
    for (QAbstractAxis* a : chart->axes(Qt::Horizontal)) {
        if (qobject_cast<QCategoryAxis*>(a))
            a->setTitleVisible(false);
    }
}

const char* const s_keys[] = {"ttft", "tpot", "itl", "e2el"};

QString metricTitle(const QString& key)
{
    if (key == QLatin1String("ttft"))
        return DistributionView::tr("TTFT");
    if (key == QLatin1String("tpot"))
        return DistributionView::tr("TPOT");
    if (key == QLatin1String("itl"))
        return DistributionView::tr("ITL");
    return DistributionView::tr("E2E latency");
}

} // namespace

DistributionView::DistributionView(QWidget* parent)
    : QWidget(parent)
    , m_metric(new QComboBox(this))
    , m_metricLabel(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_histogram(makeChartView(QString(), this))
    , m_cdf(makeChartView(QString(), this))
    , m_table(new QTableWidget(this))
{
    for (const char* k : s_keys)
        m_metric->addItem(metricTitle(QLatin1String(k)), QLatin1String(k));
    connect(m_metric, &QComboBox::currentIndexChanged, this, &DistributionView::redraw);
    m_headline->setObjectName(QStringLiteral("benchHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_metricLabel);
    top->addWidget(m_metric);
    top->addWidget(m_summary, 1);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_histogram);
    charts->addWidget(m_cdf);
    // Below the summary and above the table, a 1024×700 window leaves the charts about 120 px: a smaller
    // minimum lets the charts draw their axes inside that, instead of the table covering their labels.
    for (QWidget* chart : {static_cast<QWidget*>(m_histogram), static_cast<QWidget*>(m_cdf)})
        chart->setMinimumHeight(110);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMaximumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    layout->addWidget(m_table);
    retranslate();
}

void DistributionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DistributionView::retranslate()
{
    m_metricLabel->setText(tr("Metric:"));
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemText(i, metricTitle(m_metric->itemData(i).toString()));
    fillHeadline();
    fillTable();
    redraw();
}

void DistributionView::setResult(const bench::BenchResult& result)
{
    m_result = result;
    fillHeadline();
    fillTable();
    redraw();
}

// Every summary figure the result file holds, in the words of vllm bench serve's report.
void DistributionView::fillHeadline()
{
    const bench::BenchResult& r = m_result;
    if (r.numPrompts == 0 && r.completed == 0 && r.failed == 0) {
        m_headline->setText(tr("No run yet: run a benchmark, or open a result file."));
        return;
    }
    const QLocale locale;
    const auto number = [&locale](double v, int decimals) { return locale.toString(v, 'f', decimals); };
    QStringList parts;
    parts << tr("<b>%1</b>: %2 of %3 request(s) completed, <b>%4 failed</b>, in %5 s")
                 .arg(r.displayName().toHtmlEscaped())
                 .arg(r.completed)
                 .arg(r.numPrompts)
                 .arg(r.failed)
                 .arg(number(r.duration, 2));
    QString throughput = tr("Request throughput <b>%1 req/s</b>").arg(number(r.requestThroughput, 2));
    if (r.requestGoodput)
        throughput += tr(", goodput <b>%1 req/s</b>").arg(number(*r.requestGoodput, 2));
    parts << throughput;
    parts << tr("Output <b>%1 tok/s</b>, total <b>%2 tok/s</b>, peak output %3 tok/s, peak concurrency %4")
                 .arg(number(r.outputThroughput, 1), number(r.totalTokenThroughput, 1),
                      number(r.maxOutputTokensPerS, 1), number(r.maxConcurrentRequests, 0));
    parts << tr("Tokens in %1, out %2").arg(locale.toString(r.totalInputTokens), locale.toString(r.totalOutputTokens));
    m_headline->setText(parts.join(QStringLiteral(" · ")));
}

void DistributionView::setMetric(const QString& key)
{
    m_metric->setCurrentIndex(m_metric->findData(key));
}

QList<double> DistributionView::valuesMs(const QString& key) const
{
    QList<double> v;
    if (key == QLatin1String("ttft"))
        v = m_result.successfulTtfts();
    else if (key == QLatin1String("tpot"))
        v = m_result.tpots();
    else if (key == QLatin1String("itl"))
        v = m_result.allItls();
    else
        v = m_result.e2els();
    for (double& x : v)
        x *= 1000;
    std::sort(v.begin(), v.end());
    return v;
}

void DistributionView::redraw()
{
    const QString key = m_metric->currentData().toString();
    const QList<double> v = valuesMs(key);
    QChart* h = m_histogram->chart();
    QChart* c = m_cdf->chart();
    clearChart(h);
    clearChart(c);
    h->setTitle(tr("%1 histogram").arg(metricTitle(key)));
    c->setTitle(tr("%1 CDF").arg(metricTitle(key)));
    if (v.isEmpty()) {
        m_summary->setText(m_result.hasDetails() || m_result.completed == 0
                               ? tr("No values.")
                               : tr("This result has summary figures only (saved without --save-detailed)."));
        // Axes and a word rather than a blank box.
        addValueAxis(h, Qt::AlignBottom, tr("%1 (ms)").arg(metricTitle(key)), AxisUnit::Milliseconds);
        addValueAxis(h, Qt::AlignLeft, tr("requests"));
        addValueAxis(c, Qt::AlignBottom, tr("%1 (ms)").arg(metricTitle(key)), AxisUnit::Milliseconds);
        addValueAxis(c, Qt::AlignLeft, tr("share"));
        return;
    }
    const double low = v.first();
    const double high = v.last() > low ? v.last() : low + 1;
    const int bins = std::clamp(int(std::sqrt(double(v.size()))), 5, 40);
    const double width = (high - low) / bins;
    QList<int> counts(bins, 0);
    for (double x : v)
        ++counts[std::min(bins - 1, int((x - low) / width))];
    // A step outline over the bins, filled below: a histogram on a true numeric axis.
    auto* upper = new QLineSeries;
    int tallest = 1;
    for (int b = 0; b < bins; ++b) {
        upper->append(low + b * width, counts.at(b));
        upper->append(low + (b + 1) * width, counts.at(b));
        tallest = std::max(tallest, counts.at(b));
    }
    auto* area = new QAreaSeries(upper);
    area->setName(metricTitle(key));
    area->setColor(QColor(0x4c72b0));
    area->setBorderColor(QColor(0x2a4d80));
    h->addSeries(area);
    QValueAxis* hx = addValueAxis(h, Qt::AlignBottom, tr("%1 (ms)").arg(metricTitle(key)), AxisUnit::Milliseconds);
    QValueAxis* hy = addValueAxis(h, Qt::AlignLeft, key == QLatin1String("itl") ? tr("gaps") : tr("requests"));
    hx->setRange(low, high);
    hx->applyNiceNumbers();
    setCountRange(hy, tallest);
    area->attachAxis(hx);
    area->attachAxis(hy);

    auto* cdf = new QLineSeries;
    cdf->setName(metricTitle(key));
    const qsizetype step = std::max<qsizetype>(1, v.size() / 2000); // enough points to look smooth
    for (qsizetype i = 0; i < v.size(); i += step)
        cdf->append(v.at(i), double(i + 1) / double(v.size()));
    cdf->append(v.last(), 1.0);
    cdf->setPen(QPen(QColor(0xdd8452), 2));
    c->addSeries(cdf);
    QValueAxis* cx = addValueAxis(c, Qt::AlignBottom, tr("%1 (ms)").arg(metricTitle(key)), AxisUnit::Milliseconds);
    QValueAxis* cy = addValueAxis(c, Qt::AlignLeft, tr("share"));
    cx->setRange(low, high);
    cx->applyNiceNumbers();
    cy->setRange(0, 1);
    cdf->attachAxis(cx);
    cdf->attachAxis(cy);
    hideXTitle(h);
    hideXTitle(c);
    const auto& s = m_result.metrics.value(key);
    m_summary->setText(tr("%n value(s); mean %1 ms, median %2 ms, p99 %3 ms", nullptr, int(v.size()))
                           .arg(s.mean, 0, 'f', 2)
                           .arg(s.median, 0, 'f', 2)
                           .arg(s.percentile(99).value_or(std::nan("")), 0, 'f', 2));
}

void DistributionView::fillTable()
{
    QList<double> ps;
    for (const bench::MetricSummary& s : std::as_const(m_result.metrics))
        for (const auto& [p, value] : s.percentiles)
            if (!ps.contains(p))
                ps.append(p);
    std::sort(ps.begin(), ps.end());
    QStringList columns = {tr("mean"), tr("median"), tr("std")};
    for (double p : ps)
        columns.append(bench::percentileKey(p).toUpper());
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (const char* k : s_keys)
        if (m_result.metrics.contains(QLatin1String(k)))
            rows.append(QLatin1String(k));
    m_table->setRowCount(int(rows.size()));
    QStringList rowTitles;
    for (int r = 0; r < rows.size(); ++r) {
        const bench::MetricSummary& s = m_result.metrics.value(rows.at(r));
        rowTitles.append(tr("%1 (ms)").arg(metricTitle(rows.at(r))));
        QList<double> values = {s.mean, s.median, s.std};
        for (double p : ps)
            values.append(s.percentile(p).value_or(std::nan("")));
        for (int col = 0; col < values.size(); ++col) {
            auto* item = new QTableWidgetItem(std::isnan(values.at(col)) ? QStringLiteral("–")
                                                                         : QString::number(values.at(col), 'f', 2));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
    }
    m_table->setVerticalHeaderLabels(rowTitles);
}

} // namespace npufleet::ui
