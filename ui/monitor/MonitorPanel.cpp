// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/MonitorPanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include "core/monitoring/MetricsPoller.h"
#include "core/project/Project.h"

#include "ui/charts/ChartStyle.h"
#include "ui/common/DeploymentEndpoints.h"

namespace npufleet::ui {

MonitorPanel::MonitorPanel(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_thread(new QThread(this))
    , m_poller(new monitoring::MetricsPoller)
    , m_deployment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_watch(new QPushButton(tr("Watch"), this))
    , m_status(new QLabel(this))
{
    m_thread->setObjectName(QStringLiteral("metrics-poller"));
    m_deployment->setObjectName(QStringLiteral("deploymentBox"));
    m_url->setObjectName(QStringLiteral("metricsUrl"));
    m_poller->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &monitoring::MetricsPoller::sampled, this, &MonitorPanel::onSample);
    connect(m_poller, &monitoring::MetricsPoller::failed, this,
            [this](const QString& url, const QString& message) { m_status->setText(tr("%1: %2").arg(url, message)); });
    m_thread->start();

    m_url->setPlaceholderText(QStringLiteral("http://10.0.0.11:8000/metrics"));
    m_interval->setRange(1, 600);
    m_interval->setValue(5);
    m_interval->setSuffix(tr(" s"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Deployment:"), this));
    top->addWidget(m_deployment);
    top->addWidget(m_url, 1);
    top->addWidget(new QLabel(tr("every"), this));
    top->addWidget(m_interval);
    top->addWidget(m_watch);

    m_requests = makeTimePlot(tr("Requests"), tr("requests"), {tr("running"), tr("waiting")});
    m_kv = makeTimePlot(tr("KV-cache usage"), tr("%"), {tr("KV cache")});
    m_kv.y->setRange(0, 100);
    m_tokens = makeTimePlot(tr("Tokens per second"), tr("tokens/s"), {tr("prompt"), tr("generation")});
    m_ttft = makeHistogram(tr("TTFT since watching began"));
    m_e2e = makeHistogram(tr("E2E latency since watching began"));
    auto* grid = new QGridLayout;
    grid->addWidget(m_requests.view, 0, 0);
    grid->addWidget(m_kv.view, 0, 1);
    grid->addWidget(m_tokens.view, 0, 2);
    grid->addWidget(m_ttft, 1, 0, 1, 2);
    grid->addWidget(m_e2e, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(m_status);

    connect(m_watch, &QPushButton::clicked, this, [this] { m_watching ? stop() : start(); });
    connect(m_deployment, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i > 0)
            m_url->setText(monitoring::metricsUrl(m_deployment->itemData(i).toUrl()).toString());
    });
    onEndpointsChanged(m_project, this, [this] { reloadDeployments(); });
    reloadDeployments();
    followSession(m_deployment, m_project);
}

MonitorPanel::~MonitorPanel()
{
    m_thread->quit();
    m_thread->wait();
}

MonitorPanel::TimePlot MonitorPanel::makeTimePlot(const QString& title, const QString& yTitle, const QStringList& names)
{
    TimePlot p;
    p.view = makeChartView(title, this);
    p.x = addValueAxis(p.view->chart(), Qt::AlignBottom, tr("seconds"));
    p.y = addValueAxis(p.view->chart(), Qt::AlignLeft, yTitle);
    static const QColor colors[] = {QColor(0x1f77b4), QColor(0xff7f0e)};
    for (int i = 0; i < names.size(); ++i) {
        auto* s = new QLineSeries;
        s->setName(names.at(i));
        s->setPen(QPen(colors[i % 2], 2));
        p.view->chart()->addSeries(s);
        s->attachAxis(p.x);
        s->attachAxis(p.y);
        p.series.append(s);
    }
    if (names.size() > 1)
        p.view->chart()->legend()->show();
    m_views.append(p.view);
    return p;
}

QChartView* MonitorPanel::makeHistogram(const QString& title)
{
    QChartView* view = makeChartView(title, this);
    m_views.append(view);
    return view;
}

void MonitorPanel::reloadDeployments()
{
    fillDeploymentBox(m_deployment, m_project ? &m_project->data() : nullptr, tr("Custom URL"));
}

void MonitorPanel::setUrl(const QUrl& baseUrl)
{
    m_deployment->setCurrentIndex(0);
    m_url->setText(baseUrl.path().endsWith(QLatin1String("/metrics")) ? baseUrl.toString()
                                                                      : monitoring::metricsUrl(baseUrl).toString());
}

void MonitorPanel::setIntervalSeconds(int seconds)
{
    m_interval->setValue(seconds);
}

void MonitorPanel::start()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!url.isValid() || url.host().isEmpty()) {
        m_status->setText(tr("Give the server's /metrics URL."));
        return;
    }
    m_first.reset();
    m_last.reset();
    m_samples = 0;
    for (const TimePlot* p : {&m_requests, &m_kv, &m_tokens})
        for (QLineSeries* s : p->series)
            s->clear();
    const int ms = m_interval->value() * 1000;
    QMetaObject::invokeMethod(
        m_poller, [poller = m_poller, url, ms] { poller->start(url, ms); }, Qt::QueuedConnection);
    m_watching = true;
    m_watch->setText(tr("Stop"));
    m_status->setText(tr("Watching %1").arg(url.toString()));
}

void MonitorPanel::stop()
{
    QMetaObject::invokeMethod(m_poller, &monitoring::MetricsPoller::stop, Qt::QueuedConnection);
    m_watching = false;
    m_watch->setText(tr("Watch"));
}

void MonitorPanel::onSample(const monitoring::ServerMetrics& m)
{
    if (!m_watching)
        return;
    ++m_samples;
    if (!m_first)
        m_first = m;
    m_last = m;
    const double t = m.atSeconds;
    const auto add = [t](const TimePlot& p, int i, std::optional<double> v) {
        if (!v)
            return;
        p.series.at(i)->append(t, *v);
        growAxis(p.y, *v);
        growAxis(p.x, t);
    };
    add(m_requests, 0, m.running);
    add(m_requests, 1, m.waiting);
    add(m_kv, 0, m.kvCacheUsage ? std::optional<double>(*m.kvCacheUsage * 100) : std::nullopt);
    add(m_tokens, 0, m.promptTokensPerS);
    add(m_tokens, 1, m.generationTokensPerS);
    drawHistogram(m_ttft, m.ttft.since(m_first->ttft), tr("TTFT"));
    drawHistogram(m_e2e, m.e2e.since(m_first->e2e), tr("E2E latency"));
    QString status = tr("%1 sample(s); last at %2 s").arg(m_samples).arg(t, 0, 'f', 1);
    if (!m.hasAny())
        status += tr(" — no vLLM metrics found at this URL");
    if (!m.parseErrors.isEmpty())
        status += tr(" — %n error(s) in the exposition, their metrics left out; first: %1", nullptr,
                     int(m.parseErrors.size()))
                      .arg(m.parseErrors.first());
    m_status->setText(status);
    emit sampled(m);
}

void MonitorPanel::drawHistogram(QChartView* view, const monitoring::PromHistogram& h, const QString& name)
{
    QChart* chart = view->chart();
    clearChart(chart);
    if (h.isEmpty())
        return;
    // Per-bucket counts (Prometheus keeps them cumulative), labelled by upper bound in seconds.
    auto* set = new QBarSet(name);
    set->setColor(QColor(0x4c72b0));
    QStringList labels;
    double below = 0;
    double tallest = 1;
    for (const auto& [le, cumulative] : h.buckets) {
        set->append(cumulative - below);
        tallest = std::max(tallest, cumulative - below);
        below = cumulative;
        labels.append(std::isinf(le) ? QStringLiteral("+Inf") : QStringLiteral("≤") + QString::number(le));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(labels);
    x->setTitleText(tr("bucket upper bound (s)"));
    x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = addValueAxis(chart, Qt::AlignLeft, tr("requests"));
    y->setRange(0, tallest * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    series->attachAxis(x);
    series->attachAxis(y);
    // histogram_quantile's NaN (no +Inf bucket, no observations) shows as a dash.
    const auto seconds = [](double v) { return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'g', 3); };
    chart->setTitle(tr("%1 since watching began: %n request(s), p50 %2 s, p99 %3 s", nullptr, int(h.count))
                        .arg(name, seconds(h.quantile(0.5)), seconds(h.quantile(0.99))));
}

} // namespace npufleet::ui
