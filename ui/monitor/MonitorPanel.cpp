// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/MonitorPanel.h"

#include <QComboBox>
#include <QEvent>
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
#include "ui/main/Settings.h"

namespace npufleet::ui {

MonitorPanel::MonitorPanel(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_thread(new QThread(this))
    , m_poller(new monitoring::MetricsPoller)
    , m_deployment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_watch(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_deploymentLabel(new QLabel(this))
    , m_everyLabel(new QLabel(this))
{
    m_thread->setObjectName(QStringLiteral("metrics-poller"));
    m_deployment->setObjectName(QStringLiteral("deploymentBox"));
    m_deployment->setMinimumContentsLength(14); // a deployment's name, not "qwen3-30b-a"
    m_url->setObjectName(QStringLiteral("metricsUrl"));
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setWordWrap(true);
    m_poller->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &monitoring::MetricsPoller::sampled, this, &MonitorPanel::onSample);
    connect(m_poller, &monitoring::MetricsPoller::failed, this, [this](const QString& url, const QString& message) {
        if (!m_watching)
            return;
        m_failure = url + QStringLiteral(": ") + message;
        updateStatus();
    });
    m_thread->start();

    m_url->setPlaceholderText(QStringLiteral("http://10.0.0.11:8000/metrics"));
    m_interval->setRange(1, 600);
    m_interval->setValue(settings::monitorIntervalSeconds.value());
    auto* top = new QHBoxLayout;
    top->addWidget(m_deploymentLabel);
    top->addWidget(m_deployment);
    top->addWidget(m_url, 1);
    top->addWidget(m_everyLabel);
    top->addWidget(m_interval);
    top->addWidget(m_watch);

    m_requests = makeTimePlot(2);
    m_kv = makeTimePlot(1);
    m_kv.y->setRange(0, 100);
    m_tokens = makeTimePlot(2);
    m_ttft = makeHistogram();
    m_e2e = makeHistogram();
    auto* grid = new QGridLayout;
    grid->addWidget(m_requests.view, 0, 0);
    grid->addWidget(m_kv.view, 0, 1);
    grid->addWidget(m_tokens.view, 0, 2);
    // The two histograms share their row equally: a third of 1024 px cut the E2E chart's title.
    auto* latency = new QHBoxLayout;
    latency->addWidget(m_ttft, 1);
    latency->addWidget(m_e2e, 1);
    grid->addLayout(latency, 1, 0, 1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(m_status);

    connect(m_watch, &QPushButton::clicked, this, [this] { m_watching ? stop() : start(); });
    connect(m_deployment, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i > 0)
            m_url->setText(monitoring::metricsUrl(m_deployment->itemData(i).toUrl()).toString());
    });
    // Another project: the last one's server, figures and errors go with it.
    if (m_project)
        connect(m_project, &project::Project::aboutToReset, this, &MonitorPanel::clear);
    onEndpointsChanged(m_project, this, [this] { reloadDeployments(); });
    reloadDeployments();
    followSession(m_deployment, m_project);
    retranslate();
}

MonitorPanel::~MonitorPanel()
{
    m_thread->quit();
    m_thread->wait();
}

MonitorPanel::TimePlot MonitorPanel::makeTimePlot(int lines)
{
    TimePlot p;
    p.view = makeChartView(QString(), this);
    // Seconds in the tick labels, not in a title: in Chinese the legend left a title no room but "…".
    p.x = addValueAxis(p.view->chart(), Qt::AlignBottom, QString(), AxisUnit::Seconds);
    p.y = addValueAxis(p.view->chart(), Qt::AlignLeft, QString());
    static const QColor colors[] = {QColor(0x1f77b4), QColor(0xff7f0e)};
    for (int i = 0; i < lines; ++i) {
        auto* s = new QLineSeries;
        s->setPen(QPen(colors[i % 2], 2));
        p.view->chart()->addSeries(s);
        s->attachAxis(p.x);
        s->attachAxis(p.y);
        p.series.append(s);
    }
    if (lines > 1)
        p.view->chart()->legend()->show();
    m_views.append(p.view);
    return p;
}

QChartView* MonitorPanel::makeHistogram()
{
    QChartView* view = makeChartView(QString(), this);
    m_views.append(view);
    return view;
}

void MonitorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MonitorPanel::retranslate()
{
    m_deploymentLabel->setText(tr("Deployment:"));
    m_everyLabel->setText(tr("every"));
    m_interval->setSuffix(tr(" s"));
    m_watch->setText(m_watching ? tr("Stop") : tr("Watch"));
    m_deployment->setItemText(0, tr("Custom URL"));
    const auto title = [](const TimePlot& p, const QString& text, const QString& y, const QStringList& names) {
        p.view->chart()->setTitle(text);
        p.y->setTitleText(y);
        for (int i = 0; i < p.series.size(); ++i)
            p.series.at(i)->setName(names.value(i));
    };
    // No y title where the chart's title says it: a short chart had room only for "⋮" in Chinese.
    title(m_requests, tr("Requests"), QString(), {tr("running"), tr("waiting")});
    title(m_kv, tr("KV-cache usage"), tr("%"), {tr("KV cache")});
    title(m_tokens, tr("Tokens per second"), tr("tokens/s"), {tr("prompt"), tr("generation")});
    drawHistograms();
    updateStatus();
}

void MonitorPanel::clear()
{
    if (m_watching)
        stop();
    m_first.reset();
    m_last.reset();
    m_samples = 0;
    m_failure.clear();
    m_ttftShown = {};
    m_e2eShown = {};
    for (const TimePlot* p : {&m_requests, &m_kv, &m_tokens}) {
        for (QLineSeries* s : p->series)
            s->clear();
        p->x->setRange(0, 1);
    }
    m_requests.y->setRange(0, 1);
    m_tokens.y->setRange(0, 1);
    if (m_deployment->currentIndex() <= 0)
        m_url->clear(); // an address typed for the last project is not this one's
    drawHistograms();
    updateStatus();
}

void MonitorPanel::updateStatus()
{
    QString status;
    if (m_samples > 0 && m_last) {
        status = tr("%1 sample(s); last at %2 s").arg(m_samples).arg(m_last->atSeconds, 0, 'f', 1);
        if (!m_last->hasAny())
            status += tr(" — no vLLM metrics found at this URL");
        if (!m_last->parseErrors.isEmpty())
            status += tr(" — %n error(s) in the exposition, their metrics left out; first: %1", nullptr,
                         int(m_last->parseErrors.size()))
                          .arg(m_last->parseErrors.first());
    } else if (m_watching) {
        status = tr("Watching %1").arg(QUrl::fromUserInput(m_url->text().trimmed()).toString());
    } else {
        status = tr("Choose a deployment or give a server's /metrics URL, then Watch.");
    }
    if (!m_failure.isEmpty())
        status += QLatin1Char('\n') + m_failure;
    m_status->setText(status);
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
    m_failure.clear();
    m_ttftShown = {};
    m_e2eShown = {};
    for (const TimePlot* p : {&m_requests, &m_kv, &m_tokens})
        for (QLineSeries* s : p->series)
            s->clear();
    drawHistograms();
    const int ms = m_interval->value() * 1000;
    QMetaObject::invokeMethod(
        m_poller, [poller = m_poller, url, ms] { poller->start(url, ms); }, Qt::QueuedConnection);
    m_watching = true;
    m_watch->setText(tr("Stop"));
    updateStatus();
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
    m_ttftShown = m.ttft.since(m_first->ttft);
    m_e2eShown = m.e2e.since(m_first->e2e);
    drawHistograms();
    m_failure.clear();
    updateStatus();
    emit sampled(m);
}

void MonitorPanel::drawHistograms()
{
    drawHistogram(m_ttft, m_ttftShown, tr("TTFT"));
    drawHistogram(m_e2e, m_e2eShown, tr("E2E latency"));
}

void MonitorPanel::drawHistogram(QChartView* view, const monitoring::PromHistogram& h, const QString& name)
{
    QChart* chart = view->chart();
    clearChart(chart);
    if (h.isEmpty() || h.count <= 0) {
        // Axes and a word rather than a blank box: the chart is there, its data is not yet.
        addValueAxis(chart, Qt::AlignBottom, tr("bucket upper bound (s)"));
        addValueAxis(chart, Qt::AlignLeft, tr("requests"));
        chart->setTitle(m_watching || m_samples > 0 ? tr("%1 since watching began: no requests yet").arg(name)
                                                    : tr("%1: no data yet (Watch a server)").arg(name));
        view->setToolTip(chart->title()); // a narrow chart cuts its title short
        return;
    }
    // Per-bucket counts (Prometheus keeps them cumulative), labelled by upper bound in seconds.
    auto* set = new QBarSet(name);
    set->setColor(QColor(0x4c72b0));
    QList<double> counts;
    double below = 0;
    for (const auto& [le, cumulative] : h.buckets) {
        counts.append(cumulative - below);
        below = cumulative;
    }
    // The buckets around the requests, one empty bucket either side: twenty tilted labels in a third of the
    // panel's width would overlap.
    qsizetype first = 0;
    while (first + 1 < counts.size() && counts.at(first) <= 0)
        ++first;
    qsizetype last = counts.size() - 1;
    while (last > first && counts.at(last) <= 0)
        --last;
    first = std::max<qsizetype>(0, first - 1);
    last = std::min<qsizetype>(counts.size() - 1, last + 1);
    QStringList labels;
    double tallest = 1;
    for (qsizetype i = first; i <= last; ++i) {
        const double le = h.buckets.at(i).first;
        set->append(counts.at(i));
        tallest = std::max(tallest, counts.at(i));
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
    x->setTruncateLabels(false); // "≤0.005" whole, never "..."
    chart->addAxis(x, Qt::AlignBottom);
    // No title beside the counts: the chart's title says "n request(s)", and under the tilted bucket labels a
    // short chart had room only for "⋮".
    QValueAxis* y = addValueAxis(chart, Qt::AlignLeft, QString());
    setCountRange(y, tallest);
    series->attachAxis(x);
    series->attachAxis(y);
    // histogram_quantile's NaN (no +Inf bucket, no observations) shows as a dash.
    const auto seconds = [](double v) { return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'g', 3); };
    // Two lines: a narrow chart (the E2E one at 1024 px) would cut one long line short.
    const QString figures = tr("%n request(s), p50 %1 s, p99 %2 s", nullptr, int(h.count))
                                .arg(seconds(h.quantile(0.5)), seconds(h.quantile(0.99)));
    chart->setTitle(name + QStringLiteral("<br>") + figures);
    // A narrow chart cuts its title short; the tooltip also says what the counts are.
    view->setToolTip(name + QLatin1Char('\n') + figures + QLatin1Char('\n') + tr("Counted since watching began."));
}

} // namespace npufleet::ui
