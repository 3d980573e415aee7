// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::safe {

// Values that fill a field of a line in a configuration file: each check says why the value would break the
// line (or add one), in words; empty when the value is fine.

// Any one-line value: no control characters (a newline would start a new line of the file).
QString lineValueProblem(const QString& value);

// The client of an /etc/exports entry: a host, an address, a network (a.b.c.d/bits, a.b.c.d/mask), a
// wildcard (*.lab) or a @netgroup. No spaces or parentheses: those separate clients and options.
QString exportClientProblem(const QString& value);

// A comma-separated option list as /etc/exports and /etc/fstab (and mount -o) take it: name or name=value,
// no spaces, quotes, '#' or parentheses.
QString optionListProblem(const QString& value);

// An environment variable: NAME=VALUE in env files, -e NAME=VALUE, compose environment maps.
QString envNameProblem(const QString& name); // [A-Za-z_][A-Za-z0-9_]*
QString envValueProblem(const QString& value); // one line

// A JSON object given as text (vLLM's --additional-config): it must parse as one.
QString jsonObjectProblem(const QString& text);

} // namespace npufleet::safe
