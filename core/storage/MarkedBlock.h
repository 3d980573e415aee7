// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>

#include "core/util/Result.h"

namespace npufleet::storage {

// A configuration file as lines, kept losslessly: bytes of each line as they are (tabs, '\r',
// trailing blanks), and whether the file ended with a newline. join(split(x)) == x for every x.
struct TextLines
{
    QByteArrayList lines;
    bool finalNewline = true;

    static TextLines split(const QByteArray& text);
    QByteArray join() const;
};

// The part of a file that NPU Fleet owns: the lines from "# npufleet begin" to "# npufleet end".
// Everything outside it is never touched, so setting then removing the block gives back the file
// byte for byte, and setting the same block twice changes nothing the second time.
class MarkedBlock
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::storage::MarkedBlock)

public:
    static QByteArray beginMarker() { return QByteArrayLiteral("# npufleet begin"); }
    static QByteArray endMarker() { return QByteArrayLiteral("# npufleet end"); }
    static bool isBegin(const QByteArray& line);
    static bool isEnd(const QByteArray& line);

    // Indexes of the lines that belong to blocks (markers included). Fails on a begin without an
    // end, or an end without a begin: a hand-damaged block is reported, never guessed at.
    static Result<QList<bool>> ownedLines(const TextLines& text);

    // Replaces the block with `body` (the lines between the markers), in place where it was, or
    // appended at the end. Several blocks collapse into one at the first one's place. An empty body
    // removes the block.
    static Result<QByteArray> set(const QByteArray& text, const QByteArrayList& body);
    static Result<QByteArray> remove(const QByteArray& text) { return set(text, {}); }
    // The body of the first block, empty when there is none.
    static QByteArrayList body(const QByteArray& text);
};

} // namespace npufleet::storage
