// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedNpuSmi.h"

#include <QList>
#include <QRegularExpression>

namespace npufleet::sim {

namespace {

// splitmix64: the same node gets the same figures on every refresh and every machine.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

int pick(int seed, int salt, int lo, int hi) // in [lo, hi]
{
    return lo + int(mix(quint64(seed) * 1000003ULL + quint64(salt)) % quint64(hi - lo + 1));
}

// Overwrites [from, to) of line with text, left-aligned and padded with spaces; leaves it when text is longer.
void put(QByteArray& line, qsizetype from, qsizetype to, const QByteArray& text)
{
    if (from < 0 || to <= from || text.size() > to - from)
        return;
    line.replace(from, to - from, text.leftJustified(to - from, ' '));
}

// The bounds of the n-th '|'-separated cell (0-based, after the leading '|').
bool cell(const QByteArray& line, int n, qsizetype* from, qsizetype* to)
{
    qsizetype at = line.indexOf('|');
    for (int i = 0; i < n && at >= 0; ++i)
        at = line.indexOf('|', at + 1);
    if (at < 0)
        return false;
    const qsizetype end = line.indexOf('|', at + 1);
    if (end < 0)
        return false;
    *from = at + 1;
    *to = end;
    return true;
}

QByteArray padded(const QByteArray& text, int width)
{
    return text.leftJustified(width, ' ');
}

struct Npu
{
    int id = 0;
    bool busy = false;
    int usedMib = 0;
    int processMib = 0;
};

} // namespace

QByteArray variedNpuSmi(const QByteArray& recorded, int seed, bool alarm)
{
    if (seed <= 0 && !alarm)
        return recorded;
    static const QRegularExpression npuRow(QStringLiteral(R"(^\|\s*(\d+)\s+\S+\s*\|\s*\S+\s*\|)"));
    static const QRegularExpression chipRow(QStringLiteral(R"(^\|\s*\d+\s*\|\s*[0-9A-Fa-f]{4,8}:)"));
    QList<QByteArray> lines = recorded.split('\n');
    const int busyShape = pick(seed, 1, 0, 9); // 0-3 idle, 4-6 half busy, 7-9 all busy
    const bool lowerHalf = pick(seed, 2, 0, 1) == 0;
    QList<Npu> npus;
    int alarmAt = -1;
    qsizetype processHeader = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray& line = lines[i];
        if (line.contains("Process id")) {
            processHeader = i;
            break;
        }
        const QString text = QString::fromLatin1(line);
        if (const auto m = npuRow.match(text); m.hasMatch() && !chipRow.match(text).hasMatch()) {
            Npu npu;
            npu.id = m.captured(1).toInt();
            npu.busy = busyShape >= 7 || (busyShape >= 4 && (npu.id < 4) == lowerHalf);
            if (alarm && alarmAt < 0 && npu.id == pick(seed, 3, 0, 7))
                alarmAt = npu.id;
            qsizetype from = 0;
            qsizetype to = 0;
            if (npu.id == alarmAt && cell(line, 1, &from, &to))
                put(line, from, to, " Alarm");
            npus << npu;
            continue;
        }
        if (chipRow.match(text).hasMatch() && !npus.isEmpty()) {
            Npu& npu = npus.last();
            const qsizetype slash = line.lastIndexOf('/');
            const qsizetype close = line.lastIndexOf('|');
            if (slash < 0 || close < slash)
                continue;
            const int total = line.mid(slash + 1, close - slash - 1).trimmed().toInt();
            qsizetype start = slash;
            while (start > 0 && line.at(start - 1) == ' ')
                --start;
            while (start > 0 && std::isdigit(static_cast<unsigned char>(line.at(start - 1))))
                --start;
            const int salt = 10 + npu.id;
            npu.usedMib
                = npu.busy ? total / 1000 * pick(seed, salt, 800, 930) : total * 8 / 100 + pick(seed, salt, 0, 400);
            npu.processMib = npu.busy ? npu.usedMib - total * 6 / 100 : 0;
            put(line, start, slash, QByteArray::number(npu.usedMib));
            // AI Core load: the first figure of the third cell.
            qsizetype from = 0;
            qsizetype to = 0;
            if (cell(line, 2, &from, &to)) {
                qsizetype a = from;
                while (a < to && line.at(a) == ' ')
                    ++a;
                qsizetype b = a;
                while (b < to && line.at(b) != ' ')
                    ++b;
                while (b < to && line.at(b) == ' ')
                    ++b;
                put(line, a, b - 1, QByteArray::number(npu.busy ? pick(seed, salt + 100, 20, 95) : 0));
            }
        }
    }
    if (processHeader < 0 || processHeader + 1 >= lines.size())
        return lines.join('\n');
    // The process table, written anew: one process per busy NPU.
    const QByteArray header = lines.at(processHeader);
    const QByteArray rule = lines.at(processHeader + 1);
    QList<int> widths;
    for (qsizetype at = header.indexOf('|'); at >= 0;) {
        const qsizetype next = header.indexOf('|', at + 1);
        if (next < 0)
            break;
        widths << int(next - at - 1);
        at = next;
    }
    if (widths.size() < 4)
        return lines.join('\n');
    QList<QByteArray> out = lines.mid(0, processHeader + 2);
    const int inner = int(header.trimmed().size()) - 2;
    for (const Npu& npu : std::as_const(npus)) {
        if (npu.busy) {
            const QByteArray pid = QByteArray::number(20000 + pick(seed, 200 + npu.id, 0, 40000));
            out << QByteArray("|") + padded(" " + QByteArray::number(npu.id).leftJustified(8, ' ') + "0", widths[0])
                    + "|" + padded(" " + pid, widths[1]) + "|" + padded(" python3", widths[2]) + "|"
                    + padded(" " + QByteArray::number(npu.processMib), widths[3]) + "|";
        } else {
            out << QByteArray("|") + padded(" No running processes found in NPU " + QByteArray::number(npu.id), inner)
                    + "|";
        }
        out << rule;
    }
    return out.join('\n') + '\n';
}

} // namespace npufleet::sim
