// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/model/ModelSpec.h"
#include "core/util/Result.h"

namespace npufleet::model {

// Reads a Hugging Face config.json into a ModelSpec. Errors name the key (and, for JSON syntax
// errors, file:line:column); an unknown architecture is read as a generic decoder with a warning.
class ConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::model::ConfigReader)

public:
    static Result<ModelSpec> readFile(const QString& path);
    // fileName is only used in error messages.
    static Result<ModelSpec> parse(const QByteArray& json, const QString& fileName);

    // 1-based line and column of a byte offset in text.
    static void lineColumn(const QByteArray& text, qsizetype offset, int* line, int* column);
};

} // namespace npufleet::model
