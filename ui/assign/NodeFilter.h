// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/cluster/Node.h"

namespace npufleet::ui {

// What the board's filter field asks: words that must all match a node. A word matches the node's name,
// host, a label or the chip (case-insensitive, part of it is enough); "free>=N" (or "free:N") asks for
// at least N free NPUs; a leading '-' negates a word ("-rack-02").
class NodeFilter
{
public:
    NodeFilter() = default;
    explicit NodeFilter(const QString& text);

    bool isEmpty() const { return m_words.isEmpty() && m_minFree < 0; }
    bool matches(const cluster::Node& node, int freeNpus) const;

private:
    QStringList m_words;
    QStringList m_excluded;
    int m_minFree = -1;
};

} // namespace npufleet::ui
