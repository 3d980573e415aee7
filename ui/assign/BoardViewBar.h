// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace npufleet::ui {

// The board's view controls: the node filter, tiles or overview, zoom out, in and to fit.
class BoardViewBar : public QWidget
{
    Q_OBJECT
public:
    explicit BoardViewBar(QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QToolButton* overviewButton() const { return m_overview; }
    void setOverview(bool on); // without emitting overviewToggled
    void showZoom(double zoom);
    void showCount(int shown, int total);

signals:
    void filterChanged(const QString& text);
    void overviewToggled(bool on);
    void zoomStepRequested(int steps); // +1 in, -1 out
    void fitRequested();
    void actualSizeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_filter;
    QToolButton* m_overview;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QToolButton* m_fit;
    QToolButton* m_zoomLabel;
    QLabel* m_count;
    int m_shown = 0;
    int m_total = 0;
};

} // namespace npufleet::ui
