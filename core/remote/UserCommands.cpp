// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/UserCommands.h"

#include <QStringList>

namespace npufleet::remote {

CommandIntent intentOfUserCommand(const QString& command)
{
    static const struct
    {
        const char* text;
        CommandKind kind;
        const char* path;
    } kKnown[] = {
        {"hostname", CommandKind::Hostname, ""},
        {"npu-smi info", CommandKind::NpuSmi, ""},
        {"free -b", CommandKind::Memory, ""},
        {"ip -o -4 addr show", CommandKind::Addresses, ""},
        {"cat /etc/os-release", CommandKind::OsRelease, "/etc/os-release"},
        {"docker ps --format {{.Names}}", CommandKind::Containers, ""},
        {"docker ps --format '{{.Names}}'", CommandKind::Containers, ""},
    };
    const QString words = command.simplified();
    for (const auto& k : kKnown) {
        if (words == QLatin1String(k.text))
            return CommandIntent::onPath(k.kind, QLatin1String(k.path));
    }
    return {};
}

} // namespace npufleet::remote
