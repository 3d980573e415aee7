// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/NodeFilter.h"

#include <QRegularExpression>

namespace npufleet::ui {

namespace {

bool wordMatches(const cluster::Node& node, const QString& word)
{
    auto has = [&word](const QString& text) { return text.contains(word, Qt::CaseInsensitive); };
    if (has(node.name) || has(node.host) || has(node.hardware.chip))
        return true;
    for (const QString& label : node.labels) {
        if (has(label))
            return true;
    }
    return false;
}

} // namespace

NodeFilter::NodeFilter(const QString& text)
{
    static const QRegularExpression freeRe(QStringLiteral(R"(^free\s*(?:>=|:|=)\s*(\d+)$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString& word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const auto m = freeRe.match(word); m.hasMatch())
            m_minFree = m.captured(1).toInt();
        else if (word.startsWith(QLatin1Char('-')) && word.size() > 1)
            m_excluded << word.mid(1);
        else
            m_words << word;
    }
}

bool NodeFilter::matches(const cluster::Node& node, int freeNpus) const
{
    if (m_minFree >= 0 && freeNpus < m_minFree)
        return false;
    for (const QString& word : m_words) {
        if (!wordMatches(node, word))
            return false;
    }
    for (const QString& word : m_excluded) {
        if (wordMatches(node, word))
            return false;
    }
    return true;
}

} // namespace npufleet::ui
