// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/ModelEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "core/model/ModelCatalog.h"
#include "core/project/ProjectValues.h"

namespace npufleet::ui {

ModelEditDialog::ModelEditDialog(const project::ModelSource& model, const QStringList& takenIds, QWidget* parent)
    : QDialog(parent)
    , m_original(model)
    , m_taken(takenIds)
    , m_id(new QLineEdit(model.id, this))
    , m_name(new QLineEdit(model.name, this))
    , m_path(new QLineEdit(model.path, this))
    , m_hubId(new QLineEdit(model.hubId, this))
    , m_catalog(new QComboBox(this))
    , m_quant(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(model.id.isEmpty() ? tr("Add model") : tr("Edit model %1").arg(model.id));
    m_catalog->addItem(tr("(none)"), QString());
    for (const QString& name : model::ModelCatalog::names())
        m_catalog->addItem(name, name);
    m_catalog->setCurrentIndex(qMax(0, m_catalog->findData(model.catalog)));
    for (const char* key : {"auto", "bf16", "fp16", "fp8", "w8a8", "w4a8", "w4a16"})
        m_quant->addItem(QLatin1String(key), QLatin1String(key));
    m_quant->setCurrentIndex(qMax(0, m_quant->findData(model.quantization)));
    m_path->setPlaceholderText(tr("/data/models/Qwen3-32B (folder on the nodes)"));
    m_hubId->setPlaceholderText(tr("Qwen/Qwen3-32B"));
    m_problem->setStyleSheet(QStringLiteral("color: #8e1c1c;"));
    m_problem->setWordWrap(true);

    // Room for a folder path and a hub id without a field cut short.
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Folder:"), m_path);
    form->addRow(tr("&Hub id:"), m_hubId);
    form->addRow(tr("&Catalog config:"), m_catalog);
    form->addRow(tr("&Quantization:"), m_quant);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_id, m_name, m_path, m_hubId})
        connect(e, &QLineEdit::textChanged, this, &ModelEditDialog::validate);
    connect(m_catalog, &QComboBox::currentIndexChanged, this, [this] {
        // Picking a catalog entry fills what is still empty.
        const QString name = m_catalog->currentData().toString();
        if (name.isEmpty())
            return;
        if (m_name->text().isEmpty())
            m_name->setText(name);
        if (m_hubId->text().isEmpty()) {
            if (const std::optional<model::CatalogEntry> e = model::ModelCatalog::find(name))
                m_hubId->setText(e->hubId);
        }
        if (m_id->text().isEmpty())
            m_id->setText(name.toLower().replace(QLatin1Char('.'), QLatin1Char('-')));
        validate();
    });
    validate();
}

project::ModelSource ModelEditDialog::model() const
{
    project::ModelSource m = m_original; // keeps 'extra'
    m.id = m_id->text().trimmed();
    m.name = m_name->text().trimmed();
    m.path = m_path->text().trimmed();
    m.hubId = m_hubId->text().trimmed();
    m.catalog = m_catalog->currentData().toString();
    m.quantization = m_quant->currentData().toString();
    return m;
}

QString ModelEditDialog::problem() const
{
    return m_problem->text();
}

void ModelEditDialog::validate()
{
    const project::ModelSource m = model();
    QString problem;
    if (m.id.isEmpty())
        problem = tr("Give the model an id: deployments refer to it");
    else if (m_taken.contains(m.id))
        problem = tr("Another model already has the id %1").arg(m.id);
    else if (m.path.isEmpty() && m.hubId.isEmpty() && m.catalog.isEmpty())
        problem = tr("Name a folder, a hub id or a catalog entry");
    else if (const Result<void> gate = project::checkModelValues(m); !gate)
        problem = gate.error().message; // the value gate's words: what the file reader would say
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace npufleet::ui
