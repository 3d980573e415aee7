// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::safe {

// Words of a command line that are not paths: each check says why the word could turn into an option, a
// second line or another file, in words; empty when it is fine.

// A name that becomes a file or folder name, a container or service name, a shell comment (node and
// deployment names, model ids): not empty, no '/', '\' or control characters, not starting with '-' or '.'
// (so never '.' or '..').
QString nameProblem(const QString& name);

// A host name or address to connect to: letters, digits and . - _ : [ ] %, not starting with '-'.
QString hostProblem(const QString& host);

// A login name: letters, digits and . _ - @ (a final $ for machine accounts), not starting with '-'.
QString userProblem(const QString& user);

// A network interface name as Linux allows it: at most 15 of letters, digits and . _ - : @, not starting with '-'.
QString interfaceProblem(const QString& name);

// A container image reference: [registry[:port]/]name[:tag][@digest], not starting with '-'.
QString imageProblem(const QString& image);

// A value given right after an option or as an operand (--served-model-name NAME): one line, not starting
// with '-', where the program would read it as another option.
QString operandProblem(const QString& value);

// An argument given to a program as it is (extra_args): options are expected, and so are the new lines of an
// inline template (the argument is quoted as one word); other control characters are not.
QString argumentProblem(const QString& value);

// A file name the demo simulator replays: a bare name (no folder) of letters, digits and . _ -.
QString bareFileNameProblem(const QString& name);

} // namespace npufleet::safe
