// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mutator.h"

namespace npufleet::test {

namespace {

// Bytes that parsers treat specially, and numbers at the edges of the types they are read into.
const char kInterestingBytes[]
    = {'\0', '\n', '\r', '\t', ' ', ':', '"', '\'',   '\\',   '{',    '}',    '[',    ']',
       ',',  '-',  '#',  '&',  '*', '|', '=', '\x7f', '\x80', '\xc3', '\xe4', '\xef', '\xff'};
const char* const kNumbers[] = {"0",
                                "-1",
                                "-0",
                                "1e999",
                                "-1e999",
                                "NaN",
                                "nan",
                                "inf",
                                ".inf",
                                "2147483647",
                                "2147483648",
                                "-2147483648",
                                "4294967296",
                                "9223372036854775807",
                                "18446744073709551616",
                                "99999999999999999999999",
                                "1.5",
                                "0x10",
                                "1e-320"};

} // namespace

Mutator::Mutator(quint64 seed, QList<QByteArray> seeds, QList<QByteArray> dictionary, qsizetype maxSize)
    : m_rng(seed)
    , m_seeds(std::move(seeds))
    , m_dictionary(std::move(dictionary))
    , m_maxSize(maxSize)
{
    if (m_seeds.isEmpty())
        m_seeds.append(QByteArray());
}

QByteArray Mutator::next()
{
    QByteArray data = m_seeds.at(qsizetype(below(quint64(m_seeds.size()))));
    const int rounds = 1 + int(below(8));
    for (int i = 0; i < rounds; ++i)
        mutate(data);
    if (data.size() > m_maxSize)
        data.truncate(m_maxSize);
    return data;
}

void Mutator::mutate(QByteArray& data)
{
    const auto pos = [&](bool end) { return qsizetype(below(quint64(data.size()) + (end ? 1 : 0))); };
    switch (below(11)) {
    case 0: // flip one bit
        if (!data.isEmpty()) {
            const qsizetype at = pos(false);
            data[at] = char(data.at(at) ^ char(1 << below(8)));
        }
        break;
    case 1: // an odd byte
        if (!data.isEmpty())
            data[pos(false)] = kInterestingBytes[below(sizeof(kInterestingBytes))];
        break;
    case 2: { // random bytes inserted
        QByteArray bytes;
        for (quint64 n = 1 + below(16); n > 0; --n)
            bytes.append(char(below(256)));
        data.insert(pos(true), bytes);
        break;
    }
    case 3: // a range deleted
        if (!data.isEmpty()) {
            const qsizetype at = pos(false);
            data.remove(at, qsizetype(1 + below(64)));
        }
        break;
    case 4: { // a range copied elsewhere
        if (data.isEmpty())
            break;
        const qsizetype at = pos(false);
        const QByteArray chunk = data.mid(at, qsizetype(1 + below(128)));
        data.insert(pos(true), chunk);
        break;
    }
    case 5: { // a splice: part of another seed
        const QByteArray& other = m_seeds.at(qsizetype(below(quint64(m_seeds.size()))));
        if (other.isEmpty())
            break;
        const qsizetype from = qsizetype(below(quint64(other.size())));
        const QByteArray chunk = other.mid(from, qsizetype(1 + below(512)));
        if (below(2) == 0)
            data.insert(pos(true), chunk);
        else
            data = data.left(pos(true)) + chunk;
        break;
    }
    case 6: // a token of the input's language
        if (!m_dictionary.isEmpty())
            data.insert(pos(true), m_dictionary.at(qsizetype(below(quint64(m_dictionary.size())))));
        break;
    case 7: { // a number replaced by an extreme one
        qsizetype at = pos(false);
        while (at < data.size() && !(data.at(at) >= '0' && data.at(at) <= '9'))
            ++at;
        qsizetype end = at;
        while (end < data.size() && ((data.at(end) >= '0' && data.at(end) <= '9') || data.at(end) == '.'))
            ++end;
        const QByteArray number = kNumbers[below(sizeof(kNumbers) / sizeof(kNumbers[0]))];
        if (at < data.size())
            data.replace(at, end - at, number);
        else
            data.append(number);
        break;
    }
    case 8: { // a range repeated many times (amplification)
        if (data.isEmpty())
            break;
        const qsizetype at = pos(false);
        const QByteArray chunk = data.mid(at, qsizetype(1 + below(32)));
        const qsizetype times = qsizetype(1 + below(4096));
        if (data.size() + chunk.size() * times <= m_maxSize)
            data.insert(at, chunk.repeated(times));
        break;
    }
    case 9: // cut short
        data.truncate(pos(true));
        break;
    default: { // two lines swapped
        const QList<QByteArray> lines = data.split('\n');
        if (lines.size() < 2)
            break;
        QList<QByteArray> swapped = lines;
        swapped.swapItemsAt(qsizetype(below(quint64(lines.size()))), qsizetype(below(quint64(lines.size()))));
        data = swapped.join('\n');
        break;
    }
    }
}

} // namespace npufleet::test
