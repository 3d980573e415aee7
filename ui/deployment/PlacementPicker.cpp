// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/PlacementPicker.h"

#include <QHeaderView>
#include <QSet>
#include <algorithm>
#include <utility>

#include "ui/common/CoalescedSignal.h"

namespace npufleet::ui {

PlacementPicker::PlacementPicker(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("placementPicker"));
    m_edits = new CoalescedSignal(this);
    connect(m_edits, &CoalescedSignal::fired, this, &PlacementPicker::edited);
    setColumnCount(2);
    header()->setStretchLastSection(true);
    header()->resizeSection(0, 200);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemChanged, this, [this] {
        if (!m_loading)
            changed();
    });
}

void PlacementPicker::setPlacement(const project::ProjectData& project,
                                   const QList<project::Placement>& placement,
                                   const QString& self)
{
    m_loading = true;
    m_order.clear();
    for (const project::Placement& p : placement)
        m_order << p.node;
    clear();
    setHeaderLabels({tr("Node / NPU"), tr("Held by")});
    QHash<QPair<QString, int>, QString> owners;
    for (const project::Deployment& d : project.deployments) {
        if (d.name == self)
            continue;
        for (const project::Placement& p : d.placement) {
            for (int dev : p.devices)
                owners.insert({p.node, dev}, d.name);
        }
    }
    for (const cluster::Node& node : project.nodes) {
        auto* top = new QTreeWidgetItem(this, {node.name, node.hardware.chip});
        top->setFlags(top->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
        top->setData(0, Qt::UserRole, node.name);
        QSet<int> seen;
        const auto mine = std::find_if(placement.cbegin(), placement.cend(),
                                       [&](const project::Placement& p) { return p.node == node.name; });
        for (const cluster::Accelerator& a : node.accelerators()) {
            if (seen.contains(a.index))
                continue;
            seen.insert(a.index);
            const QString owner = owners.value({node.name, a.index});
            auto* child = new QTreeWidgetItem(top, {tr("NPU %1").arg(a.index), owner});
            child->setData(0, Qt::UserRole, a.index);
            Qt::ItemFlags flags = child->flags() | Qt::ItemIsUserCheckable;
            if (!owner.isEmpty())
                flags &= ~Qt::ItemFlags(Qt::ItemIsEnabled);
            child->setFlags(flags);
            child->setCheckState(
                0, mine != placement.cend() && mine->devices.contains(a.index) ? Qt::Checked : Qt::Unchecked);
        }
        top->setExpanded(mine != placement.cend());
    }
    m_loading = false;
}

QList<project::Placement> PlacementPicker::placement() const
{
    QList<project::Placement> out;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = topLevelItem(i);
        project::Placement p {top->data(0, Qt::UserRole).toString(), {}};
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->checkState(0) == Qt::Checked)
                p.devices << top->child(j)->data(0, Qt::UserRole).toInt();
        }
        if (!p.devices.isEmpty())
            out << p;
    }
    const auto rank = [this](const project::Placement& p) {
        const qsizetype i = m_order.indexOf(p.node);
        return i < 0 ? m_order.size() : i;
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const project::Placement& a, const project::Placement& b) { return rank(a) < rank(b); });
    return out;
}

void PlacementPicker::tick(const QList<project::Placement>& placement)
{
    m_loading = true;
    m_order.clear();
    for (const project::Placement& p : placement)
        m_order << p.node;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = topLevelItem(i);
        const QString node = top->data(0, Qt::UserRole).toString();
        const auto mine = std::find_if(placement.cbegin(), placement.cend(),
                                       [&](const project::Placement& p) { return p.node == node; });
        for (int j = 0; j < top->childCount(); ++j) {
            const bool on
                = mine != placement.cend() && mine->devices.contains(top->child(j)->data(0, Qt::UserRole).toInt());
            top->child(j)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
        top->setExpanded(mine != placement.cend());
    }
    m_loading = false;
    changed();
}

void PlacementPicker::changed()
{
    m_edits->request();
}

} // namespace npufleet::ui
