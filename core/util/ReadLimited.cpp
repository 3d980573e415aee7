// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ReadLimited.h"

#include <QCoreApplication>
#include <QFile>

namespace npufleet::util {

namespace {

struct LimitText
{
    Q_DECLARE_TR_FUNCTIONS(LimitText)
};

} // namespace

QString limitText(qint64 bytes)
{
    constexpr qint64 kKiB = 1024;
    constexpr qint64 kMiB = kKiB * 1024;
    constexpr qint64 kGiB = kMiB * 1024;
    if (bytes >= kGiB)
        return LimitText::tr("%1 GiB").arg(double(bytes) / double(kGiB), 0, 'g', 3);
    if (bytes >= kMiB)
        return LimitText::tr("%1 MiB").arg(double(bytes) / double(kMiB), 0, 'g', 3);
    if (bytes >= kKiB)
        return LimitText::tr("%1 KiB").arg(double(bytes) / double(kKiB), 0, 'g', 3);
    return LimitText::tr("%1 bytes").arg(bytes);
}

Result<QByteArray> readLimited(const QString& path, qint64 maxBytes, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.file = path;
        e.message = LimitText::tr("cannot open %1: %2").arg(what, file.errorString());
        return e;
    }
    return readLimited(file, maxBytes, what, path);
}

Result<QByteArray> readLimited(QIODevice& device, qint64 maxBytes, const QString& what, const QString& fileName)
{
    Error e;
    e.file = fileName;
    const auto tooLarge = [&] {
        e.message = LimitText::tr("%1 is larger than %2, more than NPU Fleet reads").arg(what, limitText(maxBytes));
        e.hint = LimitText::tr("check that this is the right file");
        return e;
    };
    // size() is 0 for pipes and devices: for those, read at most one chunk past the limit to tell.
    if (!device.isSequential() && device.size() > maxBytes)
        return tooLarge();
    // In chunks: read(maxBytes + 1) could reserve the whole limit up front.
    QByteArray bytes;
    // A file on a pipe or a terminal blocks in read() until data comes; an empty read is the end.
    for (;;) {
        const QByteArray chunk = device.read(qMin<qint64>(1024 * 1024, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > maxBytes)
            return tooLarge();
    }
    return bytes;
}

void lineColumnAt(const QByteArray& text, qsizetype offset, int* line, int* column)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = static_cast<int>(offset - lineStart) + 1;
}

} // namespace npufleet::util
