// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/BoardViewBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace npufleet::ui {

BoardViewBar::BoardViewBar(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_overview(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_zoomLabel(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("boardFilter"));
    m_filter->setClearButtonEnabled(true);
    m_overview->setObjectName(QStringLiteral("boardOverview"));
    m_overview->setCheckable(true);
    m_zoomOut->setObjectName(QStringLiteral("boardZoomOut"));
    m_zoomIn->setObjectName(QStringLiteral("boardZoomIn"));
    m_fit->setObjectName(QStringLiteral("boardFit"));
    m_zoomLabel->setObjectName(QStringLiteral("boardZoom"));
    m_zoomLabel->setAutoRaise(true);
    m_count->setObjectName(QStringLiteral("boardCount"));
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_count->setPalette(muted);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_count);
    layout->addSpacing(8);
    layout->addWidget(m_overview);
    layout->addSpacing(8);
    layout->addWidget(m_zoomOut);
    layout->addWidget(m_zoomLabel);
    layout->addWidget(m_zoomIn);
    layout->addWidget(m_fit);

    connect(m_filter, &QLineEdit::textChanged, this, &BoardViewBar::filterChanged);
    connect(m_overview, &QToolButton::toggled, this, &BoardViewBar::overviewToggled);
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { emit zoomStepRequested(-1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { emit zoomStepRequested(1); });
    connect(m_fit, &QToolButton::clicked, this, &BoardViewBar::fitRequested);
    connect(m_zoomLabel, &QToolButton::clicked, this, &BoardViewBar::actualSizeRequested);
    retranslate();
    showZoom(1.0);
}

void BoardViewBar::setOverview(bool on)
{
    const QSignalBlocker blocker(m_overview);
    m_overview->setChecked(on);
}

void BoardViewBar::showZoom(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

void BoardViewBar::showCount(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    m_count->setText(shown == total ? tr("%n node(s)", nullptr, total) : tr("%1 of %2 nodes").arg(shown).arg(total));
}

void BoardViewBar::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter nodes: name, label, chip, free>=4"));
    m_filter->setToolTip(tr("Show only the nodes whose name, host, label or chip contains every word;\n"
                            "free>=N: at least N free NPUs; -word: leave out what matches"));
    m_overview->setText(tr("&Overview"));
    m_overview->setToolTip(tr("One line per node, NPUs as small cells: for large clusters"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_fit->setText(tr("&Fit"));
    m_fit->setToolTip(tr("Zoom so that the shown nodes fit the window"));
    m_zoomLabel->setToolTip(tr("Back to 100 %"));
    showCount(m_shown, m_total);
}

void BoardViewBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace npufleet::ui
