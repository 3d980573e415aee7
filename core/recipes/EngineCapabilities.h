// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/recipes/EngineVersion.h"
#include "core/util/Result.h"

namespace npufleet::recipes {

// The table in resources/engines/<engine>.json: which flags and --additional-config keys
// each release line of an engine has. A flag the table does not list is not version-checked.
class EngineCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::recipes::EngineCapabilities)

public:
    struct Series
    {
        QString name;
        EngineVersion from;
        QString basedOn;
    };

    // Reads :/engines/<engine>.json (e.g. "vllm-ascend").
    static Result<EngineCapabilities> load(const QString& engine);
    static Result<EngineCapabilities> fromJson(const QByteArray& json, const QString& origin);

    QString engine() const { return m_engine; }
    const QList<Series>& series() const { return m_series; }
    // "v0.9.x" for 0.9.2rc1; empty when older than every listed line.
    QString seriesName(const EngineVersion& version) const;

    // Why `version` lacks `flag`, or nothing when it has it (or the table does not know the flag).
    std::optional<QString> missingFlag(const QString& flag, const EngineVersion& version) const;
    // Errors for removed --additional-config keys; unknown keys of a documented line go to `notes`.
    QStringList
    checkAdditionalConfig(const QStringList& topLevelKeys, const EngineVersion& version, QStringList* notes) const;

private:
    struct FlagRule
    {
        QString flag;
        EngineVersion since;
        QString why;
    };
    struct RemovedKey
    {
        QString key;
        EngineVersion in;
        QString instead;
    };
    struct DocumentedKeys
    {
        EngineVersion from;
        EngineVersion until;
        QStringList keys;
    };
    QString m_engine;
    QList<Series> m_series;
    QList<FlagRule> m_flags;
    QList<RemovedKey> m_removed;
    QList<DocumentedKeys> m_documented;
};

} // namespace npufleet::recipes
