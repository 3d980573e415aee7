// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::checks {

// The language of texts that come from data files (failure signatures) rather than from tr().
enum class Language { English, Chinese };

// "zh_CN", "zh-Hans", "zh" give Chinese; anything else English.
Language languageForLocale(const QString& locale);

// Text in both languages, as the data files hold it.
struct LocalizedText
{
    QString en;
    QString zh;
    // The text in that language, or the English one when the translation is missing.
    QString text(Language language) const { return language == Language::Chinese && !zh.isEmpty() ? zh : en; }
};

} // namespace npufleet::checks
