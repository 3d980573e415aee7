// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace npufleet::ui {

// One typed preference: its key and default live together (Tiled's Preference<T>).
template<typename T>
struct Setting
{
    const char* key;
    T fallback;

    T value() const
    {
        QSettings settings;
        return settings.value(QLatin1String(key), QVariant::fromValue(fallback)).template value<T>();
    }
    void setValue(const T& v) const
    {
        QSettings settings;
        settings.setValue(QLatin1String(key), QVariant::fromValue(v));
    }
};

// Every key in one table, so that renames and migrations happen in one place.
namespace settings {
inline constexpr int kVersion = 1;
inline const Setting<int> version {"settingsVersion", kVersion};
inline const Setting<QStringList> recentProjects {"project/recent", {}};
inline const Setting<QString> language {"ui/language", {}};
inline const Setting<QByteArray> windowGeometry {"ui/windowGeometry", {}};
inline const Setting<QByteArray> windowState {"ui/windowState", {}};
inline const Setting<int> autoRefreshSeconds {"inventory/autoRefreshSeconds", 0};
inline const Setting<int> maxHandshakes {"ssh/maxHandshakes", 0}; // 0: sized to the machine
inline constexpr int kMaxRecent = 8;
} // namespace settings

} // namespace npufleet::ui
