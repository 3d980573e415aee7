// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <random>

namespace npufleet::test {

// Makes inputs from real ones the way a mutation fuzzer does: bit flips, odd bytes, insertions,
// deletions, repeats, splices of two seeds, tokens from a dictionary and numbers swapped for
// extreme ones. The same seed gives the same inputs, so any finding can be made again.
class Mutator
{
public:
    Mutator(quint64 seed, QList<QByteArray> seeds, QList<QByteArray> dictionary, qsizetype maxSize = 512 * 1024);

    // One seed with one to eight mutations applied.
    QByteArray next();

private:
    quint64 below(quint64 n) { return n == 0 ? 0 : m_rng() % n; }
    void mutate(QByteArray& data);

    std::mt19937_64 m_rng;
    QList<QByteArray> m_seeds;
    QList<QByteArray> m_dictionary;
    qsizetype m_maxSize;
};

} // namespace npufleet::test
