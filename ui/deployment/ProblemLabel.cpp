// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/ProblemLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

namespace npufleet::ui {

ProblemLabel::ProblemLabel(const QStringList& fields, QWidget* parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_text(new QLabel)
    , m_fix(new QPushButton)
{
    setObjectName(QStringLiteral("problems_") + fields.join(QLatin1Char('_')));
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fix, 0, Qt::AlignTop);
    m_fix->hide();
    hide();
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit fixRequested(m_current->result);
    });
}

void ProblemLabel::showProblems(const QList<FieldProblem>& problems, const std::optional<DeploymentFix>& fix)
{
    const QString html = DeploymentCheck::describe(problems, m_fields);
    m_text->setText(html);
    m_current = fix;
    m_fix->setVisible(fix.has_value());
    if (fix)
        m_fix->setText(fix->label);
    setVisible(!html.isEmpty());
    // A form caches the height of a wrapped row: the new text may need more lines.
    m_text->updateGeometry();
    if (parentWidget() && parentWidget()->layout())
        parentWidget()->layout()->invalidate();
}

QString ProblemLabel::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace npufleet::ui
