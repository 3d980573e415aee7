// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace npufleet::safe {

// The translation context of the value gate's refusals (see RecipeText for why it has no namespace in its name).
struct SafeValueText
{
    Q_DECLARE_TR_FUNCTIONS(SafeValueText)
};

} // namespace npufleet::safe
