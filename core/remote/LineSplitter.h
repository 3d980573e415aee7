// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace npufleet::remote {

// Turns output chunks (cut anywhere) into whole lines, without the line ending (\n or \r\n).
// Bytes are passed through as they are: decoding (and replacing invalid UTF-8) is the caller's.
// A line longer than maxLine is passed on in pieces, so a stream without newlines stays bounded.
class LineSplitter
{
public:
    using LineCallback = std::function<void(const QByteArray& line)>;
    explicit LineSplitter(LineCallback callback, qsizetype maxLine = 1024 * 1024);

    void feed(QByteArrayView chunk);
    void finish(); // passes on a last line without newline

private:
    LineCallback m_callback;
    qsizetype m_maxLine;
    QByteArray m_pending;
};

} // namespace npufleet::remote
