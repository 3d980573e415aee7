// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ChartsPanel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <QtCharts/QChartView>

#include "core/bench/BenchOptions.h"
#include "core/bench/BenchRunner.h"
#include "core/project/Project.h"

#include "ui/charts/ChartExport.h"
#include "ui/charts/CompareView.h"
#include "ui/charts/DistributionView.h"
#include "ui/charts/LiveCharts.h"
#include "ui/common/DeploymentEndpoints.h"
#include "ui/common/ProjectSession.h"
#include "ui/main/Settings.h"

namespace npufleet::ui {

namespace {

QSpinBox* spin(int low, int high, int value, QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setRange(low, high);
    s->setValue(value);
    return s;
}

} // namespace

ChartsPanel::ChartsPanel(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_runner(new bench::BenchRunner(this))
    , m_tabs(new QTabWidget(this))
    , m_live(new LiveCharts(this))
    , m_distribution(new DistributionView(this))
    , m_compare(new CompareView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeForm());
    m_tabs->addTab(m_live, QString());
    m_tabs->addTab(m_distribution, QString());
    m_tabs->addTab(m_compare, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_runner, &bench::BenchRunner::runStarted, this, [this](int point, int requests) {
        m_live->clear();
        m_tabs->setCurrentWidget(m_live);
        setStatus([this, point, requests, points = m_points] {
            return tr("Point %1 of %2: %n request(s)…", nullptr, requests).arg(point + 1).arg(points);
        });
    });
    connect(m_runner, &bench::BenchRunner::requestFinished, m_live, &LiveCharts::addSample);
    connect(m_runner, &bench::BenchRunner::runFinished, this, &ChartsPanel::onRunFinished);
    connect(m_runner, &bench::BenchRunner::allFinished, this, [this] {
        updateState();
        emit allFinished();
    });
    // Another project: the last one's runs, addresses and messages go with it.
    if (m_project)
        connect(m_project, &project::Project::aboutToReset, this, &ChartsPanel::clear);
    onEndpointsChanged(m_project, this, [this] { reloadDeployments(); });
    reloadDeployments();
    followSession(m_deployment, m_project);
    // Earlier runs are read when the panel is first shown, not while the window starts.
    m_runsDir = settings::resultsFolderPath(); // Preferences › Charts and results
    m_live->clear();
    updateState();
    retranslate();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslate()
{
    for (const auto& [label, source] : std::as_const(m_labels))
        label->setText(tr(source));
    m_deployment->setItemText(0, tr("Custom URL"));
    m_rates->setToolTip(tr("Requests per second, or several for a sweep: 1,2,4,inf"));
    m_concurrency->setPlaceholderText(tr("no limit"));
    m_concurrency->setToolTip(tr("Most requests in flight, or several for a sweep: 1,8,64"));
    m_goodput->setToolTip(tr("Goodput SLOs in milliseconds, as vLLM's --goodput: ttft, tpot, e2el. "
                             "The goodput (requests per second that met every SLO) shows with the run's figures."));
    m_run->setText(tr("Run"));
    m_stop->setText(tr("Stop"));
    m_openButton->setText(tr("Open…"));
    m_openButton->setToolTip(tr("Open result files saved by npufleet bench or vllm bench serve"));
    m_pngButton->setText(tr("PNG…"));
    m_pngButton->setToolTip(tr("Save the chart on show as a PNG image"));
    m_csvButton->setText(tr("CSV…"));
    m_csvButton->setToolTip(tr("Save the data of the chart on show as CSV"));
    m_tabs->setTabText(m_tabs->indexOf(m_live), tr("Live"));
    m_tabs->setTabText(m_tabs->indexOf(m_distribution), tr("Results"));
    m_tabs->setTabText(m_tabs->indexOf(m_compare), tr("Compare runs"));
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void ChartsPanel::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void ChartsPanel::clear()
{
    m_runner->cancel();
    m_results.clear();
    if (m_project)
        ProjectSession::of(m_project)->clearBenchRuns();
    m_live->clear();
    m_distribution->setResult({});
    m_compare->setRuns({});
    setStatus({});
    if (m_deployment->currentIndex() <= 0) {
        m_url->clear(); // an address typed for the last project is not this one's
        m_model->clear();
    }
    updateState();
}

QWidget* ChartsPanel::makeForm()
{
    auto* form = new QWidget(this);
    auto* grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    m_deployment = new QComboBox(form);
    m_deployment->setObjectName(QStringLiteral("deploymentBox"));
    m_url = new QLineEdit(form);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://10.0.0.11:8000"));
    m_model = new QLineEdit(form);
    m_model->setObjectName(QStringLiteral("modelName"));
    m_endpoint = new QComboBox(form);
    m_endpoint->addItem(QStringLiteral("/v1/completions"));
    m_endpoint->addItem(QStringLiteral("/v1/chat/completions"));
    m_prompts = spin(1, 100000, settings::benchPrompts.value(), form);
    m_inputLen = spin(1, 1000000, settings::benchInputLen.value(), form);
    m_outputLen = spin(1, 1000000, settings::benchOutputLen.value(), form);
    m_rates = new QLineEdit(QStringLiteral("inf"), form);
    m_concurrency = new QLineEdit(form);
    m_goodput = new QLineEdit(form);
    m_goodput->setObjectName(QStringLiteral("goodputSlo"));
    m_goodput->setPlaceholderText(QStringLiteral("ttft:500 tpot:50"));
    m_run = new QPushButton(form);
    m_stop = new QPushButton(form);
    auto* open = m_openButton = new QToolButton(form);
    auto* png = m_pngButton = new QToolButton(form);
    auto* csv = m_csvButton = new QToolButton(form);
    m_status = new QLabel(form);
    m_status->setObjectName(QStringLiteral("benchStatus"));

    const auto label = [this, form](const char* source) {
        auto* l = new QLabel(form);
        m_labels.append({l, source});
        return l;
    };
    // Four short rows rather than two long ones: the panel fits a 1024 px window beside the docks.
    grid->addWidget(label(QT_TR_NOOP("Target:")), 0, 0);
    grid->addWidget(m_deployment, 0, 1, 1, 2); // a deployment's name, not "qwen3-30b-a"
    grid->addWidget(m_url, 0, 3, 1, 3);
    grid->addWidget(label(QT_TR_NOOP("Model:")), 1, 0);
    grid->addWidget(m_model, 1, 1, 1, 4);
    grid->addWidget(m_endpoint, 1, 5);
    grid->addWidget(label(QT_TR_NOOP("Prompts:")), 2, 0);
    grid->addWidget(m_prompts, 2, 1);
    grid->addWidget(label(QT_TR_NOOP("In/out tokens:")), 2, 2);
    grid->addWidget(m_inputLen, 2, 3);
    grid->addWidget(m_outputLen, 2, 4);
    grid->addWidget(label(QT_TR_NOOP("Rate (req/s):")), 3, 0);
    grid->addWidget(m_rates, 3, 1);
    grid->addWidget(label(QT_TR_NOOP("Concurrency:")), 3, 2);
    grid->addWidget(m_concurrency, 3, 3);
    grid->addWidget(m_run, 3, 4);
    grid->addWidget(m_stop, 3, 5);
    auto* tools = new QHBoxLayout;
    tools->addWidget(label(QT_TR_NOOP("Goodput SLO:")));
    tools->addWidget(m_goodput);
    tools->addWidget(m_status, 1);
    tools->addWidget(open);
    tools->addWidget(png);
    tools->addWidget(csv);
    grid->addLayout(tools, 4, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_status->setWordWrap(true); // a long message wraps instead of widening the panel

    connect(m_deployment, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i <= 0)
            return;
        m_url->setText(m_deployment->itemData(i).toUrl().toString());
        m_model->setText(m_deployment->itemData(i, Qt::UserRole + 1).toString());
    });
    connect(m_run, &QPushButton::clicked, this, &ChartsPanel::startRun);
    connect(m_stop, &QPushButton::clicked, this, &ChartsPanel::stop);
    connect(open, &QToolButton::clicked, this, &ChartsPanel::openDialog);
    connect(png, &QToolButton::clicked, this, [this] { exportDialog(true); });
    connect(csv, &QToolButton::clicked, this, [this] { exportDialog(false); });
    return form;
}

void ChartsPanel::reloadDeployments()
{
    fillDeploymentBox(m_deployment, m_project ? &m_project->data() : nullptr, tr("Custom URL"));
}

void ChartsPanel::setRunsDirectory(const QString& dir)
{
    m_runsDir = dir;
    m_results.clear();
    loadRunsDirectory();
}

void ChartsPanel::loadRunsDirectory()
{
    m_runsLoaded = true;
    QList<bench::BenchResult> found;
    const QStringList files = QDir(m_runsDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        if (const Result<QList<bench::BenchResult>> runs = bench::loadResults(QDir(m_runsDir).filePath(f)))
            found << *runs;
    addResults(found);
}

void ChartsPanel::showEvent(QShowEvent* event)
{
    if (!m_runsLoaded)
        loadRunsDirectory();
    QWidget::showEvent(event);
}

void ChartsPanel::setTarget(const QUrl& baseUrl, const QString& model)
{
    m_deployment->setCurrentIndex(0);
    m_url->setText(baseUrl.toString());
    m_model->setText(model);
}

void ChartsPanel::setLoad(int prompts, int inputLen, int outputLen, const QString& rates, const QString& concurrencies)
{
    m_prompts->setValue(prompts);
    m_inputLen->setValue(inputLen);
    m_outputLen->setValue(outputLen);
    m_rates->setText(rates);
    m_concurrency->setText(concurrencies);
}

bool ChartsPanel::startRun()
{
    if (isRunning())
        return false;
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    const auto rates = bench::parseRates(m_rates->text());
    const auto concurrencies = bench::parseConcurrencies(m_concurrency->text());
    const auto goodput = bench::parseGoodput({m_goodput->text()});
    QString problem;
    if (!url.isValid() || url.host().isEmpty())
        problem = tr("Give the server's URL.");
    else if (m_model->text().trimmed().isEmpty())
        problem = tr("Give the model name the server serves.");
    else if (!rates)
        problem = rates.error().message;
    else if (!concurrencies)
        problem = concurrencies.error().message;
    else if (!goodput)
        problem = goodput.error().message;
    if (!problem.isEmpty()) {
        setStatus([problem] { return problem; });
        return false;
    }
    bench::DatasetConfig dataset;
    dataset.numPrompts = m_prompts->value();
    dataset.inputLen = m_inputLen->value();
    dataset.outputLen = m_outputLen->value();
    bench::BenchConfig config;
    config.baseUrl = url;
    config.model = m_model->text().trimmed();
    config.endpoint = m_endpoint->currentIndex() == 1 ? serving::ApiKind::Chat : serving::ApiKind::Completion;
    config.ignoreEos = true; // the random dataset: vLLM sets ignore_eos for it
    // The charts draw all four latencies at p50..p99; the saved runs keep their per-request lists
    // (as vllm bench serve --save-detailed --percentile-metrics ttft,tpot,itl,e2el
    // --metric-percentiles 50,90,95,99 would write them).
    config.percentileMetrics
        = {QStringLiteral("ttft"), QStringLiteral("tpot"), QStringLiteral("itl"), QStringLiteral("e2el")};
    config.percentiles = {50, 90, 95, 99};
    config.goodput = *goodput;
    if (m_deployment->currentIndex() > 0)
        config.label = m_deployment->currentText();
    const QList<bench::SweepPoint> points = bench::sweepPoints(*rates, *concurrencies);
    m_points = int(points.size());
    m_runner->startSweep(config, *bench::makeDataset(dataset), points);
    updateState();
    return true;
}

void ChartsPanel::stop()
{
    m_runner->cancel();
}

bool ChartsPanel::isRunning() const
{
    return m_runner->isRunning();
}

void ChartsPanel::onRunFinished(int point, const bench::BenchResult& result)
{
    m_live->flush();
    addResult(result, true);
    setStatus([point, points = m_points, result] {
        return tr("Point %1 of %2 done: %3 of %4 requests, %5 output tok/s, median TTFT %6 ms")
            .arg(point + 1)
            .arg(points)
            .arg(result.completed)
            .arg(result.numPrompts)
            .arg(result.outputThroughput, 0, 'f', 1)
            .arg(result.metrics.value(QStringLiteral("ttft")).median, 0, 'f', 1);
    });
    emit runFinished(result);
}

void ChartsPanel::addResult(const bench::BenchResult& result, bool save)
{
    if (save && !m_runsDir.isEmpty() && QDir().mkpath(m_runsDir)) {
        const QString name
            = result.date + QLatin1Char('-') + QString::number(m_results.size()) + QStringLiteral(".json");
        (void)bench::saveResult(result, QDir(m_runsDir).filePath(name));
    }
    addResults({result});
}

// The charts are drawn once for a batch (a folder, an --append-result file), not once per run.
void ChartsPanel::addResults(const QList<bench::BenchResult>& results)
{
    if (results.isEmpty())
        return;
    m_results << results;
    if (m_project) // the Plan panel compares them with its prediction
        ProjectSession::of(m_project)->addBenchRuns(results);
    m_distribution->setResult(m_results.constLast());
    m_compare->setRuns(m_results);
}

bool ChartsPanel::openResult(const QString& path)
{
    // A file that vLLM's --append-result grew holds one run per line: each becomes a point.
    const Result<QList<bench::BenchResult>> runs = bench::loadResults(path);
    if (!runs) {
        setStatus([message = runs.error().toString()] { return message; });
        return false;
    }
    addResults(*runs);
    m_tabs->setCurrentWidget(m_distribution);
    setStatus([path] { return tr("Opened %1").arg(path); });
    return true;
}

QChartView* ChartsPanel::currentChart() const
{
    if (m_tabs->currentWidget() == m_compare)
        return m_compare->view();
    if (m_tabs->currentWidget() == m_distribution)
        return m_distribution->cdfView()->hasFocus() ? m_distribution->cdfView() : m_distribution->histogramView();
    for (QChartView* v : m_live->views())
        if (v->hasFocus())
            return v;
    return m_live->views().value(1); // output tokens/s
}

bool ChartsPanel::exportPng(const QString& path) const
{
    return saveChartPng(currentChart(), path);
}

bool ChartsPanel::exportCsv(const QString& path) const
{
    return saveChartCsv(currentChart()->chart(), path);
}

void ChartsPanel::openDialog()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Open benchmark results"), m_runsDir, tr("Results (*.json)"));
    for (const QString& f : files)
        openResult(f);
}

void ChartsPanel::exportDialog(bool png)
{
    const QString path
        = QFileDialog::getSaveFileName(this, png ? tr("Save chart as PNG") : tr("Save chart data as CSV"), QString(),
                                       png ? tr("PNG image (*.png)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const bool ok = png ? exportPng(path) : exportCsv(path);
    setStatus([ok, path] { return ok ? tr("Saved %1").arg(path) : tr("Could not save %1").arg(path); });
}

void ChartsPanel::updateState()
{
    const bool running = isRunning();
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
}

} // namespace npufleet::ui
