// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/LineSplitter.h"

namespace npufleet::remote {

LineSplitter::LineSplitter(LineCallback callback, qsizetype maxLine)
    : m_callback(std::move(callback))
    , m_maxLine(qMax<qsizetype>(1, maxLine))
{
}

void LineSplitter::feed(QByteArrayView chunk)
{
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', start);
        if (newline < 0) {
            m_pending.append(chunk.sliced(start));
            while (m_pending.size() >= m_maxLine) {
                m_callback(m_pending.left(m_maxLine));
                m_pending.remove(0, m_maxLine);
            }
            return;
        }
        m_pending.append(chunk.sliced(start, newline - start));
        if (m_pending.endsWith('\r'))
            m_pending.chop(1);
        for (qsizetype at = 0; at < m_pending.size() || at == 0; at += m_maxLine) {
            m_callback(m_pending.mid(at, m_maxLine));
            if (m_pending.size() <= m_maxLine)
                break;
        }
        m_pending.clear();
        start = newline + 1;
    }
}

void LineSplitter::finish()
{
    if (m_pending.isEmpty())
        return;
    if (m_pending.endsWith('\r'))
        m_pending.chop(1);
    m_callback(m_pending);
    m_pending.clear();
}

} // namespace npufleet::remote
