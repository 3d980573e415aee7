// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "core/checks/Language.h"
#include "core/util/Result.h"

namespace npufleet::checks {

// One known failure: how to recognise it in a log, what it means and what to do.
struct Signature
{
    QString id; // stable: scripts and tests key on it
    LocalizedText title;
    LocalizedText explanation;
    LocalizedText fix;
    QList<QRegularExpression> patterns; // any one matching a line recognises the failure
    QStringList suppressedBy; // ids of root causes that explain this symptom when found too
    bool followUp = false; // usually the consequence of an earlier failure (a timeout waiting for another rank)
};

// Reads signatures from their JSON file ({"signatures":[{id,title,explanation,fix,patterns,suppressed_by,follow_up}]},
// texts as {"en":…,"zh":…}). Errors name the entry and the bad field or pattern.
Result<QList<Signature>> parseSignatures(const QByteArray& json, const QString& fileName = {});

// The signatures shipped with the application (:/diagnosis/signatures.json), read once.
const QList<Signature>& builtinSignatures();

} // namespace npufleet::checks
