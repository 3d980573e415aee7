// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The token readers, the driver with its error recovery, and the family bookkeeping of the parser.
#include "core/monitoring/PromSyntax.h"
#include "core/monitoring/PromTextParser.h"
#include "core/util/Utf8.h"

namespace npufleet::monitoring {

namespace promtext {

bool Parser::readByte()
{
    if (m_pos >= m_in.size()) {
        m_eof = true;
        m_cur = 0;
        return false;
    }
    m_cur = m_in.at(m_pos++);
    return true;
}

void Parser::skipBlankTab()
{
    while (readByte() && isBlankOrTab(m_cur)) { }
}

void Parser::skipBlankTabIfCurrentBlankTab()
{
    if (isBlankOrTab(m_cur))
        skipBlankTab();
}

void Parser::readTokenUntilWhitespace()
{
    m_token.clear();
    m_tokenAt = m_pos - 1;
    while (!bad() && !isBlankOrTab(m_cur) && m_cur != '\n') {
        m_token += m_cur;
        readByte();
    }
}

void Parser::readTokenUntilNewline(bool escapes)
{
    m_token.clear();
    m_tokenAt = m_pos - 1;
    bool escaped = false;
    while (!bad()) {
        if (escapes && escaped) {
            if (m_cur == '\\' || m_cur == '"')
                m_token += m_cur;
            else if (m_cur == 'n')
                m_token += '\n';
            else
                return (void)escapeFault();
            escaped = false;
        } else if (m_cur == '\n') {
            return;
        } else if (m_cur == '\\') {
            escaped = true;
        } else {
            m_token += m_cur;
        }
        readByte();
    }
}

// readTokenAsMetricName and readTokenAsLabelName: a bare name, or a quoted one with escapes.
void Parser::readTokenAsName(bool metric)
{
    m_token.clear();
    m_tokenAt = m_pos - 1;
    bool quoted = false;
    bool escaped = false;
    if (metric ? !isMetricNameStart(m_cur) : !isLabelNameStart(m_cur))
        return;
    while (!bad()) {
        if (escaped) {
            if (m_cur == '\\' || m_cur == '"')
                m_token += m_cur;
            else if (m_cur == 'n')
                m_token += '\n';
            else
                return (void)escapeFault();
            escaped = false;
        } else if (m_cur == '"') {
            quoted = !quoted;
            if (!quoted) {
                readByte();
                return;
            }
        } else if (m_cur == '\n') {
            const QString quotedToken = goQuoted(m_token);
            return (void)fault(metric ? MonitorText::tr("metric name %1 contains unescaped new-line").arg(quotedToken)
                                      : MonitorText::tr("label name %1 contains unescaped new-line").arg(quotedToken));
        } else if (m_cur == '\\') {
            escaped = true;
        } else {
            m_token += m_cur;
        }
        readByte();
        const bool more = metric ? isMetricNameContinuation(m_cur, quoted) : isLabelNameContinuation(m_cur, quoted);
        if (!more || (!quoted && m_cur == (metric ? ' ' : '=')))
            return;
    }
}

void Parser::readTokenAsLabelValue()
{
    m_token.clear();
    m_tokenAt = m_pos;
    bool escaped = false;
    while (readByte()) {
        if (escaped) {
            if (m_cur == '"' || m_cur == '\\') {
                m_token += m_cur;
            } else if (m_cur == 'n') {
                m_token += '\n';
            } else {
                m_pairs.clear();
                return (void)escapeFault();
            }
            escaped = false;
            continue;
        }
        if (m_cur == '"')
            return;
        if (m_cur == '\n')
            return (void)fault(MonitorText::tr("label value %1 contains unescaped new-line").arg(goQuoted(m_token)));
        if (m_cur == '\\')
            escaped = true;
        else
            m_token += m_cur;
    }
}

Next Parser::fault(const QString& message, qsizetype at)
{
    if (!m_fault) {
        m_fault = message;
        m_faultAt = at >= 0 ? at : m_eof ? m_in.size() : m_pos - 1;
    }
    return Next::Failed;
}

Next Parser::step(Next state)
{
    switch (state) {
    case Next::StartOfLine:
        return startOfLine();
    case Next::StartComment:
        return startComment();
    case Next::ReadingMetricName:
        return readingMetricName();
    case Next::ReadingLabels:
        return readingLabels();
    case Next::StartLabelName:
        return startLabelName();
    case Next::StartLabelValue:
        return startLabelValue();
    case Next::ReadingValue:
        return readingValue();
    case Next::StartTimestamp:
        return startTimestamp();
    case Next::ReadingHelp:
        return readingHelp();
    case Next::ReadingType:
        return readingType();
    case Next::Failed:
    case Next::Done:
        break;
    }
    return Next::Done;
}

void Parser::setOrCreateFamily(const QByteArray& raw)
{
    m_summaryCount = m_summarySum = m_histogramCount = m_histogramSum = false;
    if (raw.isEmpty() || !util::isValidUtf8(raw))
        return (void)fault(MonitorText::tr("invalid metric name %1").arg(goQuoted(raw)));
    const QString name = QString::fromUtf8(raw);
    if (const auto it = m_byName.constFind(name); it != m_byName.constEnd()) {
        m_mf = *it;
        return;
    }
    const bool count = endsWith(raw, "_count", 6);
    const bool sum = endsWith(raw, "_sum", 4);
    const bool bucket = endsWith(raw, "_bucket", 7);
    const QString base = count ? name.chopped(6) : sum ? name.chopped(4) : name;
    if (const auto it = m_byName.constFind(base); it != m_byName.constEnd() && isSummary(m_families.at(*it))) {
        m_mf = *it;
        m_summaryCount = count;
        m_summarySum = sum;
        return;
    }
    const QString histogramBase = bucket ? name.chopped(7) : base;
    if (const auto it = m_byName.constFind(histogramBase);
        it != m_byName.constEnd() && isHistogram(m_families.at(*it))) {
        m_mf = *it;
        m_histogramCount = count;
        m_histogramSum = sum;
        return;
    }
    Family f;
    f.f.name = name;
    m_families.append(f);
    m_mf = m_families.size() - 1;
    m_byName.insert(name, m_mf);
}

void Parser::record()
{
    family().f.samples.append(PromSample {m_sampleName, m_allPairs, m_value, m_timestamp});
}

PromText Parser::run()
{
    Next next = Next::StartOfLine;
    while (next != Next::Done) {
        next = step(next);
        if (next != Next::Failed)
            continue;
        Error e;
        e.message = m_fault.value_or(MonitorText::tr("unexpected end of input stream"));
        if (!m_fault)
            m_faultAt = m_in.size();
        e.line = m_line;
        e.column = 1;
        for (qsizetype i = m_lineStart; i < m_faultAt && i < m_in.size(); ++i)
            if ((static_cast<unsigned char>(m_in.at(i)) & 0xC0) != 0x80)
                ++e.column;
        m_errors.append(e);
        if (m_mf >= 0)
            family().bad = true;
        m_fault.reset();
        if (m_eof)
            break;
        while (m_cur != '\n' && readByte()) { }
        next = m_eof ? Next::Done : Next::StartOfLine;
    }
    PromText out;
    for (const Family& f : std::as_const(m_families))
        if (!f.bad && !f.f.metrics.isEmpty())
            out.families.append(f.f);
    out.errors = m_errors;
    return out;
}

} // namespace promtext

PromText parsePrometheusText(const QByteArray& text)
{
    return promtext::Parser(text).run();
}

} // namespace npufleet::monitoring
