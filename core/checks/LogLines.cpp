// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/LogLines.h"

namespace npufleet::checks {

namespace {

constexpr qsizetype kMaxEvidence = 400; // a whole traceback line can be kilobytes long
constexpr qsizetype kMaxContext = 200;

const QString& escapedNewline()
{
    static const QString s = QStringLiteral("\\n");
    return s;
}

QString cut(const QString& text, qsizetype max)
{
    return text.size() > max ? text.left(max) + QStringLiteral("…") : text;
}

} // namespace

QList<LogLine> splitLog(QByteArrayView log)
{
    QList<LogLine> lines;
    int number = 0;
    qsizetype start = 0;
    while (start < log.size()) {
        qsizetype end = log.indexOf('\n', start);
        if (end < 0)
            end = log.size();
        lines << LogLine {++number, QString::fromUtf8(log.sliced(start, end - start)).trimmed()};
        start = end + 1;
    }
    return lines;
}

QString evidenceAt(const QString& line, qsizetype at)
{
    qsizetype from = 0;
    qsizetype to = line.size();
    // An escaped line break before or after the match bounds the part that belongs to it.
    const qsizetype before = line.lastIndexOf(escapedNewline(), at);
    if (before >= 0 && before < at)
        from = before + escapedNewline().size();
    const qsizetype after = line.indexOf(escapedNewline(), at);
    if (after >= 0)
        to = after;
    QString part = line.mid(from, to - from).trimmed();
    if (part.size() <= kMaxEvidence)
        return part;
    // Still too long: keep a little before the match and as much after it as fits.
    const qsizetype start = qMax<qsizetype>(0, at - from - 40);
    part = part.mid(start);
    return (start > 0 ? QStringLiteral("…") : QString()) + cut(part, kMaxEvidence);
}

QStringList contextAfter(const QList<LogLine>& lines, int index, qsizetype at, int count)
{
    QStringList context;
    const QString& line = lines.at(index).text;
    // Lines escaped inside the same line come first.
    qsizetype next = line.indexOf(escapedNewline(), at);
    while (next >= 0 && context.size() < count) {
        const qsizetype from = next + escapedNewline().size();
        next = line.indexOf(escapedNewline(), from);
        const QString part = line.mid(from, next < 0 ? -1 : next - from).trimmed();
        if (!part.isEmpty())
            context << cut(part, kMaxContext);
    }
    for (int i = index + 1; i < lines.size() && context.size() < count; ++i) {
        if (!lines.at(i).text.isEmpty())
            context << cut(lines.at(i).text, kMaxContext);
    }
    return context;
}

} // namespace npufleet::checks
