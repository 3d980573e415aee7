// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/BoardGeometry.h"

#include <algorithm>

namespace npufleet::ui {

namespace {
constexpr int kMaxTileWidth = 170;
constexpr int kRowGap = 14;
} // namespace

BoardGeometry::BoardGeometry(Input input)
    : m_in(std::move(input))
{
    m_display.fill(-1, m_in.devices.size());
    for (int i = 0; i < m_in.rows.size(); ++i) {
        if (m_in.rows.at(i) >= 0 && m_in.rows.at(i) < m_display.size())
            m_display[m_in.rows.at(i)] = i;
    }
    // Every row's NPUs, shown or not: the tiles keep their width while the filter changes.
    m_columns = std::max(1, m_in.devices.isEmpty() ? 1 : *std::max_element(m_in.devices.cbegin(), m_in.devices.cend()));
    if (m_in.mode == Mode::Tiles) {
        m_gap = 8;
        m_tileHeight = 4 * m_in.lineHeight + 26;
        m_pitch = m_tileHeight + kRowGap;
        const int room = m_in.width - 2 * kMargin - m_in.labelWidth - (m_columns - 1) * m_gap;
        m_tileWidth = std::clamp(room / m_columns, m_in.minTileWidth, std::max(m_in.minTileWidth, kMaxTileWidth));
    } else {
        m_gap = 3;
        m_tileHeight = m_in.lineHeight;
        m_pitch = m_in.lineHeight + 6;
        m_tileWidth = m_in.lineHeight + 4;
    }
}

QRect BoardGeometry::rowRect(int row) const
{
    const int index = displayIndex(row);
    if (index < 0)
        return {};
    return {kMargin, m_in.top + index * m_pitch, m_in.labelWidth + m_columns * (m_tileWidth + m_gap), m_tileHeight};
}

QRect BoardGeometry::labelRect(int row) const
{
    const QRect r = rowRect(row);
    if (r.isNull())
        return {};
    return {r.left(), r.top(), m_in.labelWidth - (m_in.mode == Mode::Tiles ? 10 : 4), r.height()};
}

QRect BoardGeometry::tileRect(int row, int device) const
{
    const QRect r = rowRect(row);
    if (r.isNull() || device < 0 || device >= m_in.devices.value(row))
        return {};
    return {tilesLeft() + device * (m_tileWidth + m_gap), r.top(), m_tileWidth, m_tileHeight};
}

QPair<int, int> BoardGeometry::cellAt(const QPoint& pos) const
{
    if (pos.y() < m_in.top || pos.x() < tilesLeft())
        return {-1, -1};
    const int index = (pos.y() - m_in.top) / m_pitch;
    const int row = rowAt(index);
    const int device = (pos.x() - tilesLeft()) / (m_tileWidth + m_gap);
    if (row < 0 || !tileRect(row, device).contains(pos))
        return {-1, -1};
    return {row, device};
}

int BoardGeometry::labelAt(const QPoint& pos) const
{
    if (pos.y() < m_in.top)
        return -1;
    const int row = rowAt((pos.y() - m_in.top) / m_pitch);
    return row >= 0 && labelRect(row).contains(pos) ? row : -1;
}

QPair<int, int> BoardGeometry::displayRange(int top, int bottom) const
{
    const int first = std::max(0, (top - m_in.top) / m_pitch);
    const int last = std::min(shownCount() - 1, (bottom - m_in.top) / m_pitch);
    return {first, last};
}

QSize BoardGeometry::minimumSize() const
{
    const int tile = m_in.mode == Mode::Tiles ? m_in.minTileWidth : m_tileWidth;
    const int width = 2 * kMargin + m_in.labelWidth + m_columns * (tile + m_gap) + m_in.trailingWidth;
    const int rows = std::max(1, shownCount());
    return {width, m_in.top + rows * m_pitch + kMargin};
}

} // namespace npufleet::ui
