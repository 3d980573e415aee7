// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cluster/HbmBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/cluster/ClusterTreeModel.h"

namespace npufleet::ui {

void HbmBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant used = index.data(ClusterTreeModel::MemoryUsedMibRole);
    const QVariant total = index.data(ClusterTreeModel::MemoryTotalMibRole);
    if (!total.isValid() || total.toLongLong() <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect bar = opt.rect.adjusted(3, 3, -3, -3);
    const double fraction = used.isValid() ? qBound(0.0, double(used.toLongLong()) / double(total.toLongLong()), 1.0) : 0.0;
    const QColor fill = fraction > 0.92 ? QColor(0xd1, 0x3c, 0x3c) : fraction > 0.75 ? QColor(0xe8, 0xa3, 0x17) : QColor(0x3b, 0x82, 0xc4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0xb8, 0xc2, 0xcc));
    painter->setBrush(opt.palette.base());
    painter->drawRoundedRect(bar, 3, 3);
    if (used.isValid() && fraction > 0) {
        QRect filled = bar.adjusted(1, 1, -1, -1);
        filled.setWidth(qMax(2, int(filled.width() * fraction)));
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill.lighter(115));
        painter->drawRoundedRect(filled, 2, 2);
    }
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

QSize HbmBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width() + 16, 150));
    size.setHeight(qMax(size.height(), 22));
    return size;
}

} // namespace npufleet::ui
