// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/project/Deployment.h"

class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace npufleet::ui {

// The serving options of a deployment, shared by the wizard and the properties editor. Options the
// project keeps as engine flags (block size, KV-cache dtype, prefix caching, graph mode, quantization)
// are read out of the extra arguments and written back there, so a project stays as the CLI writes it.
class ServingOptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ServingOptionsForm(QWidget* parent = nullptr);

    // Shows these options; emits nothing.
    void setOptions(const project::ServingOptions& options);
    // The options as the form shows them, unknown keys of `base` kept.
    project::ServingOptions options(const project::ServingOptions& base) const;

    QSpinBox* maxModelLen() const { return m_maxModelLen; }
    QSpinBox* maxNumSeqs() const { return m_maxNumSeqs; }
    QDoubleSpinBox* memoryUtilization() const { return m_memory; }
    QSpinBox* blockSize() const { return m_blockSize; }
    QComboBox* kvCacheDtype() const { return m_kvDtype; }
    QComboBox* prefixCaching() const { return m_prefix; }
    QComboBox* graphMode() const { return m_graph; }
    QComboBox* quantization() const { return m_quant; }
    QLineEdit* servedModelName() const { return m_served; }
    QLineEdit* additionalConfig() const { return m_additional; }
    QLineEdit* extraFlags() const { return m_extra; }

signals:
    // The user finished changing one field.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_loading = false;
    QSpinBox* m_maxModelLen;
    QSpinBox* m_maxNumSeqs;
    QDoubleSpinBox* m_memory;
    QSpinBox* m_blockSize;
    QComboBox* m_kvDtype;
    QComboBox* m_prefix;
    QComboBox* m_graph;
    QComboBox* m_quant;
    QLineEdit* m_served;
    QLineEdit* m_additional;
    QLineEdit* m_extra;
    QList<QLabel*> m_labels;
};

} // namespace npufleet::ui
