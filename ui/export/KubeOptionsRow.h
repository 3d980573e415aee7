// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace npufleet::recipes {
struct RecipeOptions;
}

namespace npufleet::ui {

// The two choices a Kubernetes export needs that the project does not hold: the device plugin's NPU
// resource name (Huawei's by default, HAMi's or another's on some clusters) and an existing PVC that holds
// the model. The same as `npufleet export --npu-resource --model-claim`.
class KubeOptionsRow : public QWidget
{
    Q_OBJECT
public:
    explicit KubeOptionsRow(QWidget* parent = nullptr);

    void applyTo(recipes::RecipeOptions& options) const; // empty fields keep the recipe's defaults
    void retranslate();

signals:
    void edited();

private:
    QLabel* m_resourceLabel;
    QLineEdit* m_resource;
    QLabel* m_claimLabel;
    QLineEdit* m_claim;
};

} // namespace npufleet::ui
