// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanCalibrationBox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace npufleet::ui {

PlanCalibrationBox::PlanCalibrationBox(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_use(new QPushButton(this))
{
    setObjectName(QStringLiteral("planCalibration"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("planCalibrationText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_use->setObjectName(QStringLiteral("planUseCorrection"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_use, 0, Qt::AlignVCenter);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_report)
            emit useRequested(m_report->entry);
    });
    clear();
}

void PlanCalibrationBox::setComparison(const std::optional<planning::CalibrationReport>& report,
                                       const QString& runName,
                                       const QString& error,
                                       const std::optional<project::Calibration>& inUse)
{
    m_report = report;
    m_runName = runName;
    m_error = error;
    m_inUse = inUse;
    redraw();
}

void PlanCalibrationBox::clear()
{
    setComparison(std::nullopt, {}, {}, std::nullopt);
}

QString PlanCalibrationBox::text() const
{
    return m_text->text();
}

void PlanCalibrationBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QFrame::changeEvent(event);
}

void PlanCalibrationBox::redraw()
{
    m_use->setText(tr("&Use as correction"));
    m_use->setToolTip(tr("Store measured ÷ predicted as the speed correction for this chip and engine in the "
                         "project: later predictions use it (undoable)"));
    setVisible(m_report || !m_error.isEmpty() || m_inUse);
    QStringList parts;
    const QLocale locale;
    const auto number = [&](double v, int decimals) { return locale.toString(v, 'f', decimals); };
    if (!m_report) {
        m_use->setEnabled(false);
        if (!m_error.isEmpty() && !m_runName.isEmpty())
            parts << tr("Benchmark <b>%1</b>: %2").arg(m_runName.toHtmlEscaped(), m_error.toHtmlEscaped());
    } else {
        const planning::CalibrationReport& r = *m_report;
        const planning::Workload& w = r.measured.workload;
        parts << tr("Benchmark <b>%1</b> (%2 users, %3 → %4 tokens): output <b>%5</b> tok/s measured, %6 predicted "
                    "(%7×)")
                     .arg(m_runName.toHtmlEscaped())
                     .arg(w.concurrency)
                     .arg(w.inputLen)
                     .arg(w.outputLen)
                     .arg(number(r.measured.outputTokS, 1), number(r.predicted.outputTokS, 1),
                          number(r.entry.speedCorrection, 2));
        if (r.measured.ttftMs)
            parts << tr("TTFT %1 ms measured, %2 predicted")
                         .arg(number(*r.measured.ttftMs, 1), number(r.predicted.ttftMs, 1));
        if (r.measured.tpotMs)
            parts << tr("TPOT %1 ms measured, %2 predicted")
                         .arg(number(*r.measured.tpotMs, 1), number(r.predicted.tpotMs, 1));
        const bool same = m_inUse && qAbs(m_inUse->speedCorrection - r.entry.speedCorrection) < 1e-9;
        m_use->setEnabled(!same);
    }
    QString inUse;
    if (m_inUse)
        inUse = tr("Speed correction in use for %1 with %2: %3 (from %4, %5)")
                    .arg(m_inUse->chip.toHtmlEscaped(), project::engineKey(m_inUse->engine),
                         number(m_inUse->speedCorrection, 2), m_inUse->measuredFrom.toHtmlEscaped(),
                         m_inUse->date.toHtmlEscaped());
    m_text->setText(parts.join(QStringLiteral(" · ")) + (inUse.isEmpty() ? QString() : QStringLiteral("<br>") + inUse));
}

} // namespace npufleet::ui
