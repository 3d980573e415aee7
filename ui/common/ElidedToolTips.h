// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;
class QWidget;

namespace npufleet::ui {

// An item view elides a cell's text when the column is narrower than it; this gives such a cell its whole text
// as the tooltip when the model has no tooltip of its own. One filter per view, on its viewport.
class ElidedToolTips : public QObject
{
    Q_OBJECT
public:
    static void install(QAbstractItemView* view);
    // Every item view under root, those made later excepted.
    static void installAll(QWidget* root);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ElidedToolTips(QAbstractItemView* view);
    QAbstractItemView* m_view;
};

} // namespace npufleet::ui
