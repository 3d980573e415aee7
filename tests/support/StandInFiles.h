// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace npufleet::test {

// Writes a stand-in tool or a sample file of the simulated cluster (making its folder), executable
// for everyone when asked.
bool writeStandInFile(const QString& path, const QByteArray& content, bool executable, QString* error);

// The path as one single-quoted word for the stand-in shell scripts.
QByteArray shellQuotedPath(const QString& path);

} // namespace npufleet::test
