// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet {

// Installs the application's and Qt's own translators for a locale name ("zh_CN", "en"),
// replacing any installed before. The .qm files are embedded in the executable under :/i18n.
// Returns false when no translation is available for that locale (English is then used).
bool installTranslations(const QString& locale);

// The language of the installed translation ("zh_CN"), or "en" when none is installed.
QString installedLanguage();

// The locale the user asked for: NPUFLEET_LANG, else the system's UI language.
QString preferredLocale();

} // namespace npufleet
