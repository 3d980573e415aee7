// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/Language.h"

namespace npufleet::checks {

Language languageForLocale(const QString& locale)
{
    return locale.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? Language::Chinese : Language::English;
}

} // namespace npufleet::checks
