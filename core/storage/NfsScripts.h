// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/storage/NfsPlan.h"

namespace npufleet::storage {

struct NfsScript
{
    QString name; // nfs-server-atlas-106.sh
    QByteArray content;
};

// The plan as bash scripts to run by hand: the same steps, the same marked-block edits (done by a
// small awk program that follows ConfigEditor rule for rule), the same idempotence. Set
// NPUFLEET_ETC_ROOT to edit files somewhere other than /etc.
class NfsScripts
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::storage::NfsScripts)

public:
    // Server script, one per client, then the undo scripts (clients', then the server's).
    static QList<NfsScript> render(const NfsPlan& plan);
    static QByteArray script(const NfsPlan& plan, const NfsNodePlan& node, bool undo);
    static QString scriptName(const NfsNodePlan& node, bool undo);
    // The shell function that edits a marked block; exposed so that tests can run it directly.
    static QByteArray blockFunction();
};

} // namespace npufleet::storage
