// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace npufleet::project {

// One NFS share that every node mounts, so a model folder exists once for the whole cluster.
struct SharedStorage
{
    QString serverNode;
    QString exportPath = QStringLiteral("/data/models");
    QString network;       // who may mount: 172.16.33.0/24
    QString exportOptions = QStringLiteral("rw,sync,no_root_squash,no_subtree_check");
    QString mountPoint = QStringLiteral("/data/models");
    QString mountOptions = QStringLiteral("vers=3,hard,timeo=600,retrans=3,_netdev");
    QStringList clients;   // node names; empty = all but the server
    QString cacheDir;      // GPUStack / ModelScope / Hugging Face cache on the share
    QVariantMap extra;
    bool isConfigured() const { return !serverNode.isEmpty(); }
    friend bool operator==(const SharedStorage&, const SharedStorage&) = default;
};

} // namespace npufleet::project
