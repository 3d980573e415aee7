// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include "core/util/Result.h"

namespace npufleet::util {

// Reads a whole file of at most maxBytes. A larger file (or a device that never ends) is an error
// that names the file, what it was read as and the limit, so nothing is read into memory unbounded.
// `what` is a translated noun phrase, e.g. "the project file".
Result<QByteArray> readLimited(const QString& path, qint64 maxBytes, const QString& what);
// The same for an open device (standard input, a pipe); fileName is what errors name.
Result<QByteArray> readLimited(QIODevice& device, qint64 maxBytes, const QString& what, const QString& fileName);

// "4 MiB", "256 MiB", "1.5 GiB": a limit as docs/limits.md writes it.
QString limitText(qint64 bytes);

// 1-based line and column (in bytes) of offset in text.
void lineColumnAt(const QByteArray& text, qsizetype offset, int* line, int* column);

} // namespace npufleet::util
