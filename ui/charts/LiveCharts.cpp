// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/LiveCharts.h"

#include <QEvent>
#include <QGridLayout>
#include <QTimer>
#include <cmath>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include "ui/charts/ChartStyle.h"

namespace npufleet::ui {

namespace {

constexpr double s_bucket = 0.5; // seconds per output-throughput point

template<typename S>
S* attach(QChart* chart, QValueAxis* x, QValueAxis* y, const QColor& color)
{
    auto* s = new S;
    s->setColor(color);
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    return s;
}

} // namespace

LiveCharts::LiveCharts(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    m_done = makePlot(QString(), QString());
    m_tokens = makePlot(QString(), QString());
    m_ttft = makePlot(QString(), QString(), AxisUnit::Milliseconds);
    m_itl = makePlot(QString(), QString(), AxisUnit::Milliseconds);
    m_doneSeries = attach<QLineSeries>(m_done.view->chart(), m_done.x, m_done.y, QColor(0x1f77b4));
    m_tokenSeries = attach<QLineSeries>(m_tokens.view->chart(), m_tokens.x, m_tokens.y, QColor(0x2ca02c));
    m_ttftSeries = attach<QScatterSeries>(m_ttft.view->chart(), m_ttft.x, m_ttft.y, QColor(0xd62728));
    m_itlSeries = attach<QScatterSeries>(m_itl.view->chart(), m_itl.x, m_itl.y, QColor(0x9467bd));
    for (QScatterSeries* s : {m_ttftSeries, m_itlSeries}) {
        s->setMarkerSize(5);
        s->setBorderColor(Qt::transparent);
    }
    QPen pen = m_doneSeries->pen();
    pen.setWidthF(2);
    m_doneSeries->setPen(pen);
    m_tokenSeries->setPen(QPen(QColor(0x2ca02c), 2));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_done.view, 0, 0);
    grid->addWidget(m_tokens.view, 0, 1);
    grid->addWidget(m_ttft.view, 1, 0);
    grid->addWidget(m_itl.view, 1, 1);
    // Two rows of charts under the Benchmark form: lower than the others, so a 700 px window keeps its size.
    for (QChartView* view : {m_done.view, m_tokens.view, m_ttft.view, m_itl.view})
        view->setMinimumHeight(120);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &LiveCharts::flush);
    retranslate();
}

void LiveCharts::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LiveCharts::retranslate()
{
    for (const Plot* p : {&m_done, &m_tokens, &m_ttft, &m_itl})
        p->x->setTitleText(tr("seconds into the run"));
    m_done.y->setTitleText(tr("requests"));
    m_tokens.view->chart()->setTitle(tr("Output tokens/s"));
    m_tokens.y->setTitleText(tr("tokens/s"));
    m_ttft.view->chart()->setTitle(tr("TTFT per request"));
    m_ttft.y->setTitleText(tr("TTFT"));
    m_itl.view->chart()->setTitle(tr("Mean ITL per request"));
    m_itl.y->setTitleText(tr("ITL"));
    retitle();
}

LiveCharts::Plot LiveCharts::makePlot(const QString& title, const QString& yTitle, AxisUnit unit)
{
    Plot p;
    p.view = makeChartView(title, this);
    p.x = addValueAxis(p.view->chart(), Qt::AlignBottom, QString());
    p.y = addValueAxis(p.view->chart(), Qt::AlignLeft, yTitle, unit);
    m_views.append(p.view);
    return p;
}

void LiveCharts::clear()
{
    m_pending.clear();
    m_tokenBuckets.clear();
    m_completed = 0;
    m_failed = 0;
    for (QXYSeries* s : {static_cast<QXYSeries*>(m_doneSeries), static_cast<QXYSeries*>(m_tokenSeries),
                         static_cast<QXYSeries*>(m_ttftSeries), static_cast<QXYSeries*>(m_itlSeries)})
        s->clear();
    for (const Plot* p : {&m_done, &m_tokens, &m_ttft, &m_itl}) {
        p->x->setRange(0, 1);
        p->y->setRange(0, 1);
    }
    m_doneSeries->append(0, 0);
    retitle();
}

void LiveCharts::addSample(const bench::LiveSample& sample)
{
    m_pending.append(sample);
    if (!m_timer->isActive())
        m_timer->start();
}

void LiveCharts::flush()
{
    if (m_pending.isEmpty()) {
        m_timer->stop();
        return;
    }
    QList<QPointF> done, ttft, itl;
    double latest = 0;
    for (const bench::LiveSample& s : std::as_const(m_pending)) {
        latest = std::max(latest, s.finishedAt);
        if (!s.output.success) {
            ++m_failed;
            continue;
        }
        ++m_completed;
        done.append({s.finishedAt, double(m_completed)});
        const double firstAt = s.output.startTime + s.output.ttft;
        ttft.append({firstAt, s.output.ttft * 1000});
        growAxis(m_ttft.y, s.output.ttft * 1000);
        double t = firstAt;
        const auto bucket = [this](double at) {
            const auto b = qsizetype(at / s_bucket);
            if (b >= m_tokenBuckets.size())
                m_tokenBuckets.resize(b + 1, 0.0);
            m_tokenBuckets[b] += 1;
        };
        bucket(t);
        double sum = 0;
        for (double g : s.output.itl) {
            t += g;
            sum += g;
            bucket(t);
        }
        if (!s.output.itl.isEmpty()) {
            const double mean = sum / double(s.output.itl.size()) * 1000;
            itl.append({s.finishedAt, mean});
            growAxis(m_itl.y, mean);
        }
    }
    m_pending.clear();
    m_doneSeries->append(done);
    m_ttftSeries->append(ttft);
    m_itlSeries->append(itl);
    // Whole buckets only, except at the end: the one still filling would dip.
    QList<QPointF> tokens;
    for (qsizetype b = 0; b < m_tokenBuckets.size(); ++b) {
        tokens.append({(double(b) + 0.5) * s_bucket, m_tokenBuckets.at(b) / s_bucket});
        growAxis(m_tokens.y, m_tokenBuckets.at(b) / s_bucket);
    }
    m_tokenSeries->replace(tokens);
    for (const Plot* p : {&m_done, &m_tokens, &m_ttft, &m_itl})
        growAxis(p->x, latest);
    growAxis(m_done.y, m_completed);
    retitle();
}

void LiveCharts::retitle()
{
    QString title = tr("Requests completed: %1").arg(m_completed);
    if (m_failed > 0)
        title += tr(" (%1 failed)").arg(m_failed);
    m_done.view->chart()->setTitle(title);
}

} // namespace npufleet::ui
