// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/util/Result.h"

namespace npufleet::safe {

// The one gate every project value passes before it reaches a remote command or a line of a file: the kind
// says where the value goes, and so what it may hold (SafePath, SafeWord, ConfigLineValue).
enum class ValueKind {
    CommandPath, // absolute path, operand of a remote command
    ConfigPath, // absolute path in /etc/exports or /etc/fstab
    VolumePath, // absolute path mounted into a container
    Name, // node and deployment names: become file, container and service names
    Host,
    User,
    Interface,
    Image,
    Operand, // a value after an option, or a command's operand
    Argument, // passed to a program as it is (extra_args)
    ExportClient, // who may mount an NFS export
    OptionList, // export and mount options
    EnvName,
    EnvValue,
    JsonObject,
    BareFileName,
    Line, // any one-line text that lands in a file
};

// Why a value of this kind is refused, in words; empty when it passes.
QString problem(ValueKind kind, const QString& value);

// Where a value comes from, named in its refusal.
struct Field
{
    QString key; // as in the project file: storage.export, serving.extra_args[2]
    QString owner; // deployment "qwen", node "atlas-106", the shared storage
    QString node; // the node the value belongs to, if any
};

// "deployment "qwen", serving.served_model_name: refused "--help": it starts with '-', …": the field, its
// owner and the value with its control characters escaped.
Error refusal(const Field& field, const QString& value, const QString& why);

Result<void> check(ValueKind kind, const QString& value, const Field& field);

} // namespace npufleet::safe
