// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <atomic>
#include <functional>

#include "core/remote/Transport.h"
#include "core/storage/NfsPlan.h"

namespace npufleet::storage {

struct CheckReport
{
    QString node;
    QString checkId; // showmount, mounted, probe, files
    QString title;
    bool passed = false;
    QString detail;
};

// Proves the share works from every client: the server's export list, the mount, a probe file
// written on the client and read on the server (then removed), and the same files and sizes.
class NfsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::storage::NfsVerifier)

public:
    using CheckCallback = std::function<void(const CheckReport&)>;

    // The server's listing of the export: what every client's view is compared with.
    static remote::ExecResult
    serverListing(remote::Transport& transport, const NfsPlan& plan, const std::atomic_bool& cancel);
    // The four checks of one client, in order; stops between them once cancelled.
    static void verifyClient(remote::Transport& transport,
                             const NfsPlan& plan,
                             const NfsNodePlan& client,
                             const remote::ExecResult& serverListing,
                             const std::atomic_bool& cancel,
                             const CheckCallback& onCheck);
    // `find -printf '%s\t%P\n'` output -> path: size.
    static QMap<QString, qint64> parseListing(const QByteArray& text);
    // What differs between the server's listing and a client's, in words; empty when equal.
    static QStringList compareListings(const QMap<QString, qint64>& server, const QMap<QString, qint64>& client);
    // Whether `showmount -e` output lists the export path.
    static bool showmountLists(const QByteArray& text, const QString& exportPath);
    static QString listingCommand(const QString& folder);
};

} // namespace npufleet::storage

Q_DECLARE_METATYPE(npufleet::storage::CheckReport)
