// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
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
// Connections: the user and key of nodes that name none, where host keys are kept, how long to wait.
inline const Setting<QString> sshUser {"ssh/defaultUser", QStringLiteral("root")};
inline const Setting<QString> sshIdentityFile {"ssh/identityFile", {}}; // empty: the agent and ~/.ssh/id_*
inline const Setting<QString> sshKnownHostsFile {"ssh/knownHostsFile", {}}; // empty: the SSH config's, else ~/.ssh
inline const Setting<int> sshConnectTimeoutSeconds {"ssh/connectTimeoutSeconds", 10};
inline const Setting<QString> theme {"ui/theme", QStringLiteral("system")}; // system, light, dark
// Chart defaults: the Monitor's interval and the Benchmark form's load.
inline const Setting<int> monitorIntervalSeconds {"charts/monitorIntervalSeconds", 5};
inline const Setting<int> benchPrompts {"charts/benchPrompts", 200};
inline const Setting<int> benchInputLen {"charts/benchInputLen", 1024};
inline const Setting<int> benchOutputLen {"charts/benchOutputLen", 128};
inline const Setting<QString> resultsFolder {"bench/resultsFolder", {}}; // empty: defaultResultsFolder()
// The Playground's prompts are written to disk only when the user says so (they are plain text).
inline const Setting<bool> keepPromptHistory {"playground/keepHistory", false};
inline const Setting<QStringList> promptHistory {"playground/history", {}};
inline constexpr int kMaxPromptHistory = 100;
inline constexpr int kMaxRecent = 8;

// Where benchmark runs are kept when the user chose no folder.
inline QString defaultResultsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("bench-runs"));
}
inline QString resultsFolderPath()
{
    const QString chosen = resultsFolder.value();
    return chosen.isEmpty() ? defaultResultsFolder() : chosen;
}
} // namespace settings

} // namespace npufleet::ui
