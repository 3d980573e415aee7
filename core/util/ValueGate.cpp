// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ValueGate.h"

#include "core/util/ConfigLineValue.h"
#include "core/util/ControlChars.h"
#include "core/util/SafePath.h"
#include "core/util/SafeValueText.h"
#include "core/util/SafeWord.h"

namespace npufleet::safe {

QString problem(ValueKind kind, const QString& value)
{
    switch (kind) {
    case ValueKind::CommandPath:
        return absolutePathProblem(value, PathUse::Command);
    case ValueKind::ConfigPath:
        return absolutePathProblem(value, PathUse::ConfigLine);
    case ValueKind::VolumePath:
        return absolutePathProblem(value, PathUse::ContainerVolume);
    case ValueKind::Name:
        return nameProblem(value);
    case ValueKind::Host:
        return hostProblem(value);
    case ValueKind::User:
        return userProblem(value);
    case ValueKind::Interface:
        return interfaceProblem(value);
    case ValueKind::Image:
        return imageProblem(value);
    case ValueKind::Operand:
        return operandProblem(value);
    case ValueKind::Argument:
        return argumentProblem(value);
    case ValueKind::ExportClient:
        return exportClientProblem(value);
    case ValueKind::OptionList:
        return optionListProblem(value);
    case ValueKind::EnvName:
        return envNameProblem(value);
    case ValueKind::EnvValue:
        return envValueProblem(value);
    case ValueKind::JsonObject:
        return jsonObjectProblem(value);
    case ValueKind::BareFileName:
        return bareFileNameProblem(value);
    case ValueKind::Line:
        return lineValueProblem(value);
    }
    return {};
}

Error refusal(const Field& field, const QString& value, const QString& why)
{
    Error e;
    const QString shown = escapedForMessage(value.size() > 200 ? value.left(200) + QStringLiteral("…") : value);
    e.message = field.owner.isEmpty()
        ? SafeValueText::tr("%1: refused \"%2\": %3").arg(field.key, shown, why)
        : SafeValueText::tr("%1, %2: refused \"%3\": %4").arg(field.owner, field.key, shown, why);
    e.node = field.node;
    e.hint = SafeValueText::tr("correct the value: it would reach a command on the nodes or a line of a file");
    return e;
}

Result<void> check(ValueKind kind, const QString& value, const Field& field)
{
    if (const QString why = problem(kind, value); !why.isEmpty())
        return refusal(field, value, why);
    return {};
}

} // namespace npufleet::safe
