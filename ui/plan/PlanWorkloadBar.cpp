// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanWorkloadBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include "core/util/InputLimits.h"

namespace npufleet::ui {

namespace {
QSpinBox* spinBox(QWidget* parent, const char* name, int value, int maximum)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(1, maximum);
    box->setValue(value);
    box->setAccelerated(true);
    box->setKeyboardTracking(false); // one re-plan per number typed, not per digit
    // Its size hint fits the largest number allowed; the numbers people plan with are shorter, so the bar may
    // give up that room in a small window rather than widen it.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return box;
}
} // namespace

PlanWorkloadBar::PlanWorkloadBar(QWidget* parent)
    : QWidget(parent)
    , m_objectiveLabel(new QLabel(this))
    , m_objective(new QComboBox(this))
    , m_concurrencyLabel(new QLabel(this))
    , m_concurrency(spinBox(this, "planConcurrency", planning::Workload::kDefaultConcurrency, 100'000))
    , m_inputLabel(new QLabel(this))
    , m_input(spinBox(this, "planInputLen", planning::Workload::kDefaultInputLen, limits::kMaxModelLen))
    , m_outputLabel(new QLabel(this))
    , m_output(spinBox(this, "planOutputLen", planning::Workload::kDefaultOutputLen, limits::kMaxModelLen))
{
    m_objective->setObjectName(QStringLiteral("planObjective"));
    for (int i = 0; i < 3; ++i)
        m_objective->addItem(QString());
    m_objectiveLabel->setBuddy(m_objective);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_inputLabel->setBuddy(m_input);
    m_outputLabel->setBuddy(m_output);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_objectiveLabel);
    layout->addWidget(m_objective);
    layout->addSpacing(12);
    layout->addWidget(m_concurrencyLabel);
    layout->addWidget(m_concurrency);
    layout->addWidget(m_inputLabel);
    layout->addWidget(m_input);
    layout->addWidget(m_outputLabel);
    layout->addWidget(m_output);
    layout->addStretch(1);

    connect(m_objective, &QComboBox::currentIndexChanged, this, &PlanWorkloadBar::changed);
    for (QSpinBox* box : {m_concurrency, m_input, m_output})
        connect(box, &QSpinBox::valueChanged, this, &PlanWorkloadBar::changed);
    retranslate();
}

void PlanWorkloadBar::retranslate()
{
    m_objectiveLabel->setText(tr("&Rank by:"));
    m_objective->setItemText(0, tr("Throughput"));
    m_objective->setItemText(1, tr("Latency"));
    m_objective->setItemText(2, tr("Balanced"));
    m_objective->setToolTip(tr("Throughput: output tokens/s of the deployment. Latency: the time of one request "
                               "(TTFT + output × TPOT). Balanced: both, total and per user."));
    m_concurrencyLabel->setText(tr("U&sers:"));
    m_concurrency->setToolTip(tr("Users sending requests at once (closed loop, as vllm bench serve "
                                 "--max-concurrency)"));
    m_inputLabel->setText(tr("&Input:"));
    m_input->setSuffix(tr(" tokens"));
    m_input->setToolTip(tr("Prompt tokens per request"));
    m_outputLabel->setText(tr("&Output:"));
    m_output->setSuffix(tr(" tokens"));
    m_output->setToolTip(tr("Output tokens per request"));
    // Room for five digits and the unit, the arrows and the frame (QSpinBox's own hint is for the largest).
    for (QSpinBox* box : {m_concurrency, m_input, m_output})
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("00000") + box->suffix()) + 32);
}

void PlanWorkloadBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

planning::Objective PlanWorkloadBar::objective() const
{
    switch (m_objective->currentIndex()) {
    case 1:
        return planning::Objective::Latency;
    case 2:
        return planning::Objective::Balanced;
    default:
        return planning::Objective::Throughput;
    }
}

void PlanWorkloadBar::setObjective(planning::Objective objective)
{
    m_objective->setCurrentIndex(objective == planning::Objective::Latency        ? 1
                                     : objective == planning::Objective::Balanced ? 2
                                                                                  : 0);
}

planning::Workload PlanWorkloadBar::workload() const
{
    planning::Workload w;
    w.concurrency = m_concurrency->value();
    w.inputLen = m_input->value();
    w.outputLen = m_output->value();
    return w;
}

void PlanWorkloadBar::setWorkload(const planning::Workload& workload)
{
    const QSignalBlocker a(m_concurrency);
    const QSignalBlocker b(m_input);
    const QSignalBlocker c(m_output);
    m_concurrency->setValue(workload.concurrency);
    m_input->setValue(workload.inputLen);
    m_output->setValue(workload.outputLen);
}

void PlanWorkloadBar::applyTo(planning::PlanOptions& options) const
{
    const planning::Workload w = workload();
    options.workload.concurrency = w.concurrency;
    options.workload.inputLen = w.inputLen;
    options.workload.outputLen = w.outputLen;
    options.objective = objective();
}

} // namespace npufleet::ui
