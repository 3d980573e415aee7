// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace npufleet::util {

// True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF), as Go's utf8.Valid and the WHATWG decoder see it.
bool isValidUtf8(QByteArrayView bytes);

// Where the first ill-formed sequence starts (a sequence cut at the end counts), or -1 when the
// bytes are well-formed UTF-8.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// The bytes decoded as the WHATWG Encoding Standard's UTF-8 decoder does (replacement mode) and
// encoded again: every ill-formed sequence becomes one U+FFFD per maximal subpart, and a
// sequence cut at the end becomes one U+FFFD. Well-formed input comes back unchanged.
QByteArray withReplacementCharacters(QByteArrayView bytes);

} // namespace npufleet::util
