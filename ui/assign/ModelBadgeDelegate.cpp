// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/ModelBadgeDelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/assign/ModelLibraryModel.h"

namespace npufleet::ui {

QSize ModelBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ModelLibraryModel::GroupRole).toInt() < 0)
        return {base.width(), base.height() + 8};
    return {base.width(), 2 * option.fontMetrics.height() + 12};
}

void ModelBadgeDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(ModelLibraryModel::GroupRole).toInt() < 0) {
        QStyleOptionViewItem o = option;
        o.font.setBold(true);
        QStyledItemDelegate::paint(p, o, index);
        return;
    }
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    o.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &o, p, o.widget);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics fm = option.fontMetrics;
    const QRect r = option.rect.adjusted(4, 4, -4, -4);

    // Badges on the right, name and detail on the left in what is left.
    QStringList badges;
    const qint64 params = index.data(ModelLibraryModel::ParamsRole).toLongLong();
    const double weights = index.data(ModelLibraryModel::WeightBytesRole).toDouble();
    if (params > 0)
        badges << tr("%1 B").arg(double(params) / 1e9, 0, 'f', params >= 10'000'000'000 ? 0 : 1);
    const QString quant = index.data(ModelLibraryModel::QuantRole).toString();
    if (!quant.isEmpty())
        badges << quant;
    if (weights > 0)
        badges << tr("%1 GiB").arg(weights / (1024.0 * 1024.0 * 1024.0), 0, 'f', weights >= 100.0 * (1 << 30) ? 0 : 1);
    static const QList<QColor> badgeColors {QColor(0x3b, 0x6e, 0xc4), QColor(0x7a, 0x4f, 0xb5),
                                            QColor(0x1f, 0x8a, 0x70)};
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetrics sfm(small);
    int x = r.right();
    p->setFont(small);
    for (qsizetype i = badges.size() - 1; i >= 0; --i) {
        const int w = sfm.horizontalAdvance(badges.at(i)) + 12;
        const QRect b(x - w, r.top() + (r.height() - sfm.height() - 4) / 2, w, sfm.height() + 4);
        QColor c = badgeColors.at(i % badgeColors.size());
        p->setPen(Qt::NoPen);
        p->setBrush(selected ? c.lighter(160) : c);
        p->drawRoundedRect(b, b.height() / 2.0, b.height() / 2.0);
        p->setPen(selected ? c.darker(150) : Qt::white);
        p->drawText(b, Qt::AlignCenter, badges.at(i));
        x -= w + 4;
    }
    p->setFont(option.font);
    const int textWidth = x - r.left() - 6;
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(text);
    p->drawText(QRect(r.left(), r.top(), textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, textWidth));
    p->setFont(option.font);
    QColor muted = text;
    muted.setAlpha(150);
    p->setPen(muted);
    p->drawText(QRect(r.left(), r.top() + fm.height() + 2, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(ModelLibraryModel::DetailRole).toString(), Qt::ElideMiddle, textWidth));
    p->restore();
}

} // namespace npufleet::ui
