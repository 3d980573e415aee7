// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ElidedToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QIcon>
#include <QStyle>
#include <QToolTip>

namespace npufleet::ui {

ElidedToolTips::ElidedToolTips(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
}

void ElidedToolTips::install(QAbstractItemView* view)
{
    if (!view || view->findChild<ElidedToolTips*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

void ElidedToolTips::installAll(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>())
        install(view);
}

bool ElidedToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return false;
    const auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return false; // the model's own tooltip, as the view shows it
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    const QRect cell = m_view->visualRect(index);
    QFont font = m_view->font();
    if (const QVariant f = index.data(Qt::FontRole); f.canConvert<QFont>())
        font = f.value<QFont>();
    // The text, the margins the style keeps on both sides and an icon if there is one.
    int needed = QFontMetrics(font).horizontalAdvance(text)
        + 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    if (!index.data(Qt::DecorationRole).isNull())
        needed += m_view->iconSize().isValid() ? m_view->iconSize().width() + 4
                                               : m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    if (needed <= cell.width())
        return false;
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    return true;
}

} // namespace npufleet::ui
