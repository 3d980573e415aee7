// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/MarkedBlock.h"

namespace npufleet::storage {

TextLines TextLines::split(const QByteArray& text)
{
    TextLines t;
    if (text.isEmpty())
        return t; // an empty file reads as no lines; written back it stays empty
    t.lines = text.split('\n');
    t.finalNewline = text.endsWith('\n');
    if (t.finalNewline)
        t.lines.removeLast(); // split() leaves an empty piece after the last '\n'
    return t;
}

QByteArray TextLines::join() const
{
    if (lines.isEmpty())
        return {};
    QByteArray out = lines.join('\n');
    if (finalNewline)
        out += '\n';
    return out;
}

namespace {
bool markerLine(const QByteArray& line, const QByteArray& marker)
{
    const QByteArray t = line.trimmed();
    return t == marker || (t.startsWith(marker) && (t.at(marker.size()) == ' ' || t.at(marker.size()) == '\t'));
}
} // namespace

bool MarkedBlock::isBegin(const QByteArray& line)
{
    return markerLine(line, beginMarker());
}

bool MarkedBlock::isEnd(const QByteArray& line)
{
    return markerLine(line, endMarker());
}

Result<QList<bool>> MarkedBlock::ownedLines(const TextLines& text)
{
    // Broken markers are the user's to repair: we never guess which lines were ours.
    const auto broken = [](int line, const QString& message) {
        Error e;
        e.line = line;
        e.message = message;
        e.hint = tr("repair the marked block by hand (a backup of the file is a good start)");
        return e;
    };
    const QString begin = QString::fromLatin1(beginMarker());
    const QString end = QString::fromLatin1(endMarker());
    QList<bool> owned(text.lines.size(), false);
    int openedAt = -1;
    for (int i = 0; i < text.lines.size(); ++i) {
        const QByteArray& line = text.lines.at(i);
        if (isBegin(line)) {
            if (openedAt >= 0)
                return broken(i + 1, tr("a second \"%1\" before \"%2\"").arg(begin, end));
            openedAt = i;
        }
        if (openedAt >= 0)
            owned[i] = true;
        if (isEnd(line)) {
            if (openedAt < 0)
                return broken(i + 1, tr("\"%1\" without \"%2\" before it").arg(end, begin));
            openedAt = -1;
        }
    }
    if (openedAt >= 0)
        return broken(openedAt + 1, tr("\"%1\" is never closed by \"%2\"").arg(begin, end));
    return owned;
}

Result<QByteArray> MarkedBlock::set(const QByteArray& text, const QByteArrayList& body)
{
    const TextLines in = TextLines::split(text);
    const Result<QList<bool>> owned = ownedLines(in);
    if (!owned)
        return owned.error();
    TextLines out;
    out.finalNewline = in.lines.isEmpty() ? true : in.finalNewline;
    QByteArrayList block;
    if (!body.isEmpty())
        block << beginMarker() << body << endMarker();
    bool placed = false;
    for (int i = 0; i < in.lines.size(); ++i) {
        if (!owned->at(i)) {
            out.lines << in.lines.at(i);
        } else if (!placed) {
            out.lines << block;
            placed = true;
        }
    }
    if (!placed)
        out.lines << block;
    return out.join();
}

QByteArrayList MarkedBlock::body(const QByteArray& text)
{
    const TextLines in = TextLines::split(text);
    QByteArrayList lines;
    bool inside = false;
    for (const QByteArray& line : in.lines) {
        if (!inside && isBegin(line)) {
            inside = true;
        } else if (inside && isEnd(line)) {
            break;
        } else if (inside) {
            lines << line;
        }
    }
    return lines;
}

} // namespace npufleet::storage
