// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::safe {

// Where a path goes decides what it may hold. Every use starts with an absolute path without control
// characters or '..' parts: an absolute path can never be read as an option (it starts with '/', not '-'),
// cannot end a line of a command or a file, and stays where it says.
enum class PathUse {
    Command, // an operand of a remote command (find, df, mkdir, cat): quoted, after -- where the tool has it
    ConfigLine, // a field of /etc/exports or /etc/fstab: also no '"', '\' or '#', which those files parse
    ContainerVolume, // docker -v SOURCE:TARGET and compose volumes: also no ':' (it separates the parts)
};

// Why the path cannot be used that way, in words; empty when it can.
QString absolutePathProblem(const QString& path, PathUse use = PathUse::Command);

// A relative path that must stay inside a folder (the file names an export writes): no leading '/' or '-',
// no '.' or '..' part, no control characters. Why not, in words; empty when it is fine.
QString relativePathProblem(const QString& path);

// Whether the path has a '..' part: /a/../b, ../x, /a/..
bool hasParentPart(const QString& path);

} // namespace npufleet::safe
