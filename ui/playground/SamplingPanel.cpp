// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playground/SamplingPanel.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace npufleet::ui {

SamplingPanel::SamplingPanel(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_system(new QPlainTextEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_topP(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_stop(new QLineEdit(this))
{
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setTabChangesFocus(true);
    m_system->setMaximumHeight(120);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setRange(-0.1, 2.0); // the bottom step means "server default"
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(-0.1);
    m_topP->setObjectName(QStringLiteral("topP"));
    m_topP->setRange(-0.05, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setValue(-0.05);
    m_maxTokens->setObjectName(QStringLiteral("maxTokens"));
    m_maxTokens->setRange(0, 1 << 20);
    m_maxTokens->setSingleStep(256);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(-1, std::numeric_limits<int>::max());
    m_seed->setValue(-1);
    m_stop->setObjectName(QStringLiteral("stopSequences"));

    m_form->setContentsMargins(0, 0, 0, 0);
    for (QWidget* field :
         {static_cast<QWidget*>(m_system), static_cast<QWidget*>(m_temperature), static_cast<QWidget*>(m_topP),
          static_cast<QWidget*>(m_maxTokens), static_cast<QWidget*>(m_seed), static_cast<QWidget*>(m_stop)})
        m_form->addRow(new QLabel(this), field);
    retranslate();
}

QString SamplingPanel::systemPrompt() const
{
    return m_system->toPlainText();
}

void SamplingPanel::setSystemPrompt(const QString& text)
{
    m_system->setPlainText(text);
}

serving::SamplingParams SamplingPanel::params() const
{
    serving::SamplingParams p;
    if (m_temperature->value() >= 0)
        p.temperature = m_temperature->value();
    if (m_topP->value() >= 0)
        p.topP = m_topP->value();
    if (m_maxTokens->value() > 0)
        p.maxTokens = m_maxTokens->value();
    if (m_seed->value() >= 0)
        p.seed = m_seed->value();
    // Stop sequences are separated by "|": commas and spaces are common inside them.
    const QStringList stops = m_stop->text().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString& s : stops)
        if (!s.trimmed().isEmpty())
            p.stop.append(s.trimmed());
    return p;
}

void SamplingPanel::setParams(const serving::SamplingParams& p)
{
    m_temperature->setValue(p.temperature.value_or(m_temperature->minimum()));
    m_topP->setValue(p.topP.value_or(m_topP->minimum()));
    m_maxTokens->setValue(p.maxTokens.value_or(0));
    m_seed->setValue(int(p.seed.value_or(-1)));
    m_stop->setText(p.stop.join(QLatin1Char('|')));
}

void SamplingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SamplingPanel::retranslate()
{
    const QString labels[]
        = {tr("System prompt"), tr("Temperature"), tr("Top p"), tr("Max tokens"), tr("Seed"), tr("Stop")};
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(labels[row]);
    m_system->setPlaceholderText(tr("You are a helpful assistant."));
    const QString serverDefault = tr("server default");
    m_temperature->setSpecialValueText(serverDefault);
    m_topP->setSpecialValueText(serverDefault);
    m_maxTokens->setSpecialValueText(serverDefault);
    m_seed->setSpecialValueText(tr("random"));
    m_stop->setPlaceholderText(tr("e.g. </answer>|Observation:"));
    m_stop->setToolTip(tr("Stop sequences, separated by |"));
}

} // namespace npufleet::ui
