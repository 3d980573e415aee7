// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Utf8.h"

namespace npufleet::util {

namespace {

// The WHATWG UTF-8 decoder's state over one sequence: how many continuation bytes it still
// needs and which range the next one must fall in.
struct Utf8Step
{
    int needed = 0;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;

    // Starts a sequence at lead byte b; false when b cannot start one.
    bool start(unsigned char b)
    {
        lower = 0x80;
        upper = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            needed = 2;
            lower = b == 0xE0 ? 0xA0 : 0x80;
            upper = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            needed = 3;
            lower = b == 0xF0 ? 0x90 : 0x80;
            upper = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        return true;
    }
    // Takes continuation byte b; false when it does not continue the sequence.
    bool next(unsigned char b)
    {
        if (b < lower || b > upper)
            return false;
        lower = 0x80;
        upper = 0xBF;
        --needed;
        return true;
    }
};

bool allAscii(QByteArrayView bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    return firstInvalidUtf8(bytes) < 0;
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    Utf8Step step;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (step.needed == 0) {
            start = i;
            if (b >= 0x80 && !step.start(b))
                return i;
        } else if (!step.next(b)) {
            return start;
        }
    }
    return step.needed == 0 ? -1 : start;
}

QByteArray withReplacementCharacters(QByteArrayView bytes)
{
    if (allAscii(bytes))
        return bytes.toByteArray();
    static const QByteArray replacement("\xEF\xBF\xBD");
    QByteArray out;
    out.reserve(bytes.size() + 8);
    Utf8Step step;
    qsizetype start = 0; // where the sequence in progress began
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (step.needed == 0) {
            if (b < 0x80) {
                out += char(b);
            } else if (step.start(b)) {
                start = i;
            } else {
                out += replacement;
            }
            continue;
        }
        if (!step.next(b)) {
            // The sequence so far is one maximal subpart; this byte starts afresh.
            out += replacement;
            step.needed = 0;
            --i;
            continue;
        }
        if (step.needed == 0)
            out.append(bytes.sliced(start, i - start + 1));
    }
    if (step.needed != 0)
        out += replacement;
    return out;
}

} // namespace npufleet::util
