// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace npufleet::shell {

// Quotes one word for a POSIX shell so that it reaches the command unchanged, whatever it holds
// (spaces, quotes, $, backticks, newlines, non-ASCII). Words made only of safe characters stay bare.
QString quote(const QString& word);

// Quotes every word and joins them with spaces: a command line ready for `bash -c`.
QString join(const QStringList& words);

// `export NAME=value` with the value quoted; NAME must be a valid variable name.
QString exportLine(const QString& name, const QString& value);

bool isValidVariableName(const QString& name);

} // namespace npufleet::shell
