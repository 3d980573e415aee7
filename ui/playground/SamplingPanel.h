// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/serving/ChatTypes.h"

class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace npufleet::ui {

// System prompt and sampling parameters. Each number has a "server default" setting at its
// bottom end, so that only what the user set is sent.
class SamplingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SamplingPanel(QWidget* parent = nullptr);

    QString systemPrompt() const;
    void setSystemPrompt(const QString& text);
    serving::SamplingParams params() const;
    void setParams(const serving::SamplingParams& params);

    QPlainTextEdit* systemEdit() const { return m_system; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QFormLayout* m_form;
    QPlainTextEdit* m_system;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_topP;
    QSpinBox* m_maxTokens;
    QSpinBox* m_seed;
    QLineEdit* m_stop;
};

} // namespace npufleet::ui
