// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/SpeedChart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include "ui/charts/ChartStyle.h"
#include "ui/plan/PlanTableModel.h"

namespace npufleet::ui {

namespace {
// One colour per layout, the same in all three charts (the first three of the charts' palette).
const QColor kColors[] = {QColor(0x1f77b4), QColor(0xdd8452), QColor(0x2ca02c)};
} // namespace

SpeedChart::SpeedChart(QWidget* parent)
    : QWidget(parent)
    , m_limits(new QLabel(this))
    , m_placeholder(new QLabel(this))
{
    auto* charts = new QHBoxLayout;
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(4);
    for (const char* name : {"planChartThroughput", "planChartTtft", "planChartTpot"}) {
        QChartView* view = makeChartView(QString(), this);
        view->setObjectName(QLatin1String(name));
        view->setMinimumSize(200, 160);
        charts->addWidget(view, 1);
        m_views << view;
    }
    m_limits->setObjectName(QStringLiteral("planChartLimits"));
    m_limits->setTextFormat(Qt::RichText);
    m_limits->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    QPalette muted = m_placeholder->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(muted);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(charts, 1);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_limits);
    redraw();
}

void SpeedChart::setCurves(const QList<planning::SpeedCurve>& curves, int workloadConcurrency)
{
    m_curves = curves;
    m_workloadConcurrency = workloadConcurrency;
    redraw();
}

int SpeedChart::seriesCount() const
{
    int n = 0;
    for (const QChartView* view : m_views)
        n += int(view->chart()->series().size());
    return n;
}

QString SpeedChart::limitsText() const
{
    return m_limits->text();
}

void SpeedChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QWidget::changeEvent(event);
}

void SpeedChart::redraw()
{
    const QString titles[]
        = {tr("Output tokens/s"), tr("TTFT (time to first token)"), tr("TPOT (time per output token)")};

    const AxisUnit units[] = {AxisUnit::Count, AxisUnit::Milliseconds, AxisUnit::Milliseconds};
    for (int c = 0; c < m_views.size(); ++c) {
        QChart* chart = m_views[c]->chart();
        clearChart(chart);
        chart->setTitle(titles[c]);
        QValueAxis* x = addValueAxis(chart, Qt::AlignBottom, tr("users at once"));
        QValueAxis* y = addValueAxis(chart, Qt::AlignLeft, QString(), units[c]); // the chart's title says what
        x->setRange(0, 1);
        y->setRange(0, 1);
        for (int i = 0; i < m_curves.size() && i < 3; ++i) {
            const planning::SpeedCurve& curve = m_curves.at(i);
            auto* line = new QLineSeries;
            line->setName(PlanTableModel::layoutText(curve.layout));
            for (const planning::SpeedPoint& p : curve.points) {
                const double value = c == 0 ? p.outputTokS : c == 1 ? p.ttftMs : p.tpotMs;
                line->append(p.concurrency, value);
                growAxis(x, p.concurrency);
                growAxis(y, value);
            }
            chart->addSeries(line);
            // Dashes keep a curve seen where an equal one lies over it (EP on and off often predict alike).
            QPen pen(kColors[i], 2.5);
            pen.setStyle(i == 0 ? Qt::SolidLine : i == 1 ? Qt::DashLine : Qt::DotLine);
            line->setPen(pen);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        x->setMin(0);
        y->setMin(0);
    }
    m_placeholder->setText(m_curves.isEmpty() ? tr("No layout fits: nothing to predict") : QString());
    m_placeholder->setVisible(m_curves.isEmpty());
    QStringList rows;
    for (int i = 0; i < m_curves.size() && i < 3; ++i) {
        const planning::SpeedCurve& curve = m_curves.at(i);
        rows << tr("<span style='color:%1'>■</span> <b>%2</b>: serves up to %3 users at once; at %4 users: %5")
                    .arg(kColors[i].name(), PlanTableModel::layoutText(curve.layout).toHtmlEscaped())
                    .arg(curve.maxConcurrency)
                    .arg(m_workloadConcurrency)
                    .arg(curve.atWorkload.limitText.toHtmlEscaped());
    }
    m_limits->setText(rows.join(QStringLiteral("<br>")));
}

} // namespace npufleet::ui
