// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/EnvironmentEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <utility>

#include "core/util/SecretRules.h"

#include "ui/common/CoalescedSignal.h"

namespace npufleet::ui {

EnvironmentEditor::EnvironmentEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2))
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_reference(new QPushButton)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("environment"));
    m_edits = new CoalescedSignal(this);
    connect(m_edits, &CoalescedSignal::fired, this, &EnvironmentEditor::edited);
    m_table->setObjectName(QStringLiteral("environmentTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 220);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_reference);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            changed();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_loading = true;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("NAME")));
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_loading = false;
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
        changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        changed();
    });
    connect(m_reference, &QPushButton::clicked, this, &EnvironmentEditor::makeReference);
    retranslate();
}

void EnvironmentEditor::setEnvironment(const project::EnvironmentList& environment)
{
    m_loading = true;
    m_table->setRowCount(int(environment.size()));
    for (int i = 0; i < environment.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(environment[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(environment[i].second));
    }
    m_loading = false;
}

project::EnvironmentList EnvironmentEditor::environment() const
{
    project::EnvironmentList out;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QString name = m_table->item(i, 0) ? m_table->item(i, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            out.append({name, m_table->item(i, 1) ? m_table->item(i, 1)->text() : QString()});
    }
    return out;
}

void EnvironmentEditor::changed()
{
    m_edits->request();
}

void EnvironmentEditor::makeReference()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || !m_table->item(row, 1))
        return;
    const QString name = m_table->item(row, 0)->text().trimmed();
    if (secrets::isReference(m_table->item(row, 1)->text()))
        return;
    m_table->item(row, 1)->setText(QStringLiteral("${%1}").arg(secrets::variableFor(name)));
}

void EnvironmentEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EnvironmentEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_add->setText(tr("&Add Variable"));
    m_remove->setText(tr("Re&move"));
    m_reference->setText(tr("Make ${VAR} &Reference"));
    m_reference->setToolTip(tr("Replace the selected value by a reference the launch reads from your environment"));
    m_note->setText(tr("Secrets (tokens, passwords, keys) are written only as ${VAR} references: the value is "
                       "read from your environment or keychain at launch and never saved in the project."));
}

} // namespace npufleet::ui
