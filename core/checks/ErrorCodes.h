// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace npufleet::checks {

// The error codes an Ascend software stack prints, by who prints them (see docs/diagnosis.md for the sources).
enum class CodeKind {
    Cann, // E + module + 4 digits (EZ9999, EI0006, E30006): raised by the CANN component the module names
    TorchNpu, // ERR + 2-digit submodule + 3-digit type (ERR00100, ERR02200): torch_npu wrapping a failed call
    AclReturn, // a 6-digit aclError (507035, 207001) printed as "error code is N" / "runtime result = N"
    HcclReturn, // an HcclResult (0..24) printed by torch_npu as "HCCL function error: ..., error code is N"
    Plog, // a CANN plog ERROR line ("[ERROR] HCCL(pid,proc):...") without a code of its own
};

struct CodeHit
{
    CodeKind kind = CodeKind::Cann;
    QString code; // as printed: "EZ9999", "ERR02200", "507035"; the HcclResult number; plog: the errNo or ""
    QString module; // Cann: the module character ("Z"); TorchNpu: the submodule digits ("02"); Plog: "HCCL"
    qsizetype position = 0; // where the code starts in the line
};

// Every code in one log line, in the order printed. Warnings (W…) and infos (I…) are not codes.
QList<CodeHit> findCodes(QStringView line);

// Wrappers say that a call failed; the cause is a CANN code or a known failure next to them.
bool isWrapper(CodeKind kind);

// Codes 9000-9999 of a CANN module are its internal errors (Huawei: "E*9*** Inner Error").
bool isInternalCannCode(const QString& code);

} // namespace npufleet::checks
