// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/KubeOptionsRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include "core/recipes/RecipeContext.h"

namespace npufleet::ui {

KubeOptionsRow::KubeOptionsRow(QWidget* parent)
    : QWidget(parent)
    , m_resourceLabel(new QLabel(this))
    , m_resource(new QLineEdit(this))
    , m_claimLabel(new QLabel(this))
    , m_claim(new QLineEdit(this))
{
    m_resource->setObjectName(QStringLiteral("exportNpuResource"));
    m_claim->setObjectName(QStringLiteral("exportModelClaim"));
    m_resource->setPlaceholderText(recipes::RecipeOptions {}.npuResource);
    m_resourceLabel->setBuddy(m_resource);
    m_claimLabel->setBuddy(m_claim);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_resourceLabel);
    row->addWidget(m_resource, 1);
    row->addSpacing(16);
    row->addWidget(m_claimLabel);
    row->addWidget(m_claim, 1);
    // Re-rendering on every key would refuse each half-typed name; a finished edit is enough.
    connect(m_resource, &QLineEdit::editingFinished, this, &KubeOptionsRow::edited);
    connect(m_claim, &QLineEdit::editingFinished, this, &KubeOptionsRow::edited);
    retranslate();
}

void KubeOptionsRow::applyTo(recipes::RecipeOptions& options) const
{
    if (const QString resource = m_resource->text().trimmed(); !resource.isEmpty())
        options.npuResource = resource;
    options.modelClaim = m_claim->text().trimmed();
}

void KubeOptionsRow::retranslate()
{
    m_resourceLabel->setText(tr("NPU &resource:"));
    m_resource->setToolTip(tr("The extended resource your NPU device plugin offers, e.g. huawei.com/Ascend910 "
                              "(Huawei's plugin) or the name HAMi or another plugin registers."));
    m_claimLabel->setText(tr("Model P&VC:"));
    m_claim->setPlaceholderText(tr("none: use the project's shared storage or a host path"));
    m_claim->setToolTip(tr("An existing PersistentVolumeClaim that holds the model folder."));
}

} // namespace npufleet::ui
