// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QPoint>
#include <QRect>
#include <QSize>

namespace npufleet::ui {

// Where the board's rows, labels and NPU tiles are, in board units (before zoom), for the rows the filter
// shows. Made once per change of layout (nodes, filter, mode, width), so that painting and hit tests are
// arithmetic, not searches: a board of 256 nodes × 8 NPUs paints and answers a hover in well under a frame.
class BoardGeometry
{
public:
    enum class Mode {
        Tiles, // a row per node, a large tile per NPU with its owner and memory
        Overview, // a line per node, NPUs as small cells: for large clusters
    };
    struct Input
    {
        Mode mode = Mode::Tiles;
        int width = 0; // board units available
        int top = 0; // where the first row starts (under the chips and the legend)
        int labelWidth = 150;
        int lineHeight = 16; // the font's height
        int minTileWidth = 100; // tiles mode: the narrowest tile that shows its text
        int trailingWidth = 0; // overview: room after the cells for the node's figures
        QList<int> rows; // model rows shown, in display order
        QList<int> devices; // NPUs per model row (every row, shown or not)
    };

    BoardGeometry() = default;
    explicit BoardGeometry(Input input);

    Mode mode() const { return m_in.mode; }
    static constexpr int kMargin = 12;

    QRect tileRect(int row, int device) const; // null when the row is not shown
    QRect labelRect(int row) const;
    QRect rowRect(int row) const; // label and tiles
    QPair<int, int> cellAt(const QPoint& pos) const; // {-1, -1} when none
    int labelAt(const QPoint& pos) const; // -1 when none

    int shownCount() const { return int(m_in.rows.size()); }
    int displayIndex(int row) const { return m_display.value(row, -1); } // -1: filtered out
    int rowAt(int displayIndex) const { return m_in.rows.value(displayIndex, -1); }
    // Display indices [first, last] of the rows that cross [top, bottom); first > last when none.
    QPair<int, int> displayRange(int top, int bottom) const;
    // The board's size in board units at its narrowest: what the scroll area must make room for.
    QSize minimumSize() const;
    int rowsTop() const { return m_in.top; }
    int rowPitch() const { return m_pitch; }
    int tileWidth() const { return m_tileWidth; }
    int tileHeight() const { return m_tileHeight; }
    int tilesLeft() const { return kMargin + m_in.labelWidth; }
    int labelWidth() const { return m_in.labelWidth; }

private:
    Input m_in;
    QList<int> m_display; // model row → display index
    int m_columns = 1;
    int m_gap = 8;
    int m_tileWidth = 100;
    int m_tileHeight = 80;
    int m_pitch = 94;
};

} // namespace npufleet::ui
