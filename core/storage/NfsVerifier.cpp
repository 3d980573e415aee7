// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NfsVerifier.h"

#include <QLocale>
#include <QRandomGenerator>

#include "core/storage/NfsExecutor.h"
#include "core/util/ShellQuote.h"

namespace npufleet::storage {

using remote::CommandIntent;
using remote::CommandKind;

namespace {
constexpr int kCheckTimeoutMs = 60'000;
constexpr int kListingTimeoutMs = 300'000;
constexpr int kMaxDifferencesShown = 5;

QString failureText(const remote::ExecResult& r)
{
    if (r.status != remote::ExecStatus::Ok)
        return r.message;
    const QString err = QString::fromUtf8(r.standardError).trimmed();
    return NfsVerifier::tr("exit status %1%2")
        .arg(r.exitStatus)
        .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err);
}
} // namespace

QString NfsVerifier::listingCommand(const QString& folder)
{
    return QStringLiteral(
               "cd -- %1 && find . -xdev -type f ! -name '.npufleet-probe-*' -printf '%s\\t%P\\n' | LC_ALL=C sort")
        .arg(shell::quote(folder));
}

QMap<QString, qint64> NfsVerifier::parseListing(const QByteArray& text)
{
    QMap<QString, qint64> files;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        bool ok = false;
        const qint64 size = line.left(tab).toLongLong(&ok);
        if (ok)
            files.insert(QString::fromUtf8(line.mid(tab + 1)), size);
    }
    return files;
}

QStringList NfsVerifier::compareListings(const QMap<QString, qint64>& server, const QMap<QString, qint64>& client)
{
    QStringList diffs;
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const auto c = client.constFind(it.key());
        if (c == client.cend())
            diffs << tr("missing: %1").arg(it.key());
        else if (c.value() != it.value())
            diffs << tr("size differs: %1 (%2 on the server, %3 here)").arg(it.key()).arg(it.value()).arg(c.value());
    }
    for (auto it = client.cbegin(); it != client.cend(); ++it) {
        if (!server.contains(it.key()))
            diffs << tr("not on the server: %1").arg(it.key());
    }
    return diffs;
}

bool NfsVerifier::showmountLists(const QByteArray& text, const QString& exportPath)
{
    const QString want = ConfigEditor::normalizePath(exportPath);
    for (const QByteArray& line : text.split('\n')) {
        const QString first = QString::fromUtf8(line).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (!line.startsWith("Export list") && ConfigEditor::normalizePath(first) == want)
            return true;
    }
    return false;
}

remote::ExecResult
NfsVerifier::serverListing(remote::Transport& transport, const NfsPlan& plan, const std::atomic_bool& cancel)
{
    NfsExecutor exec(transport, cancel, NfsExecutor::stampNow());
    return exec.exec(plan.server, listingCommand(plan.storage.exportPath),
                     CommandIntent::onPath(CommandKind::ListFiles, plan.storage.exportPath), kListingTimeoutMs);
}

void NfsVerifier::verifyClient(remote::Transport& transport,
                               const NfsPlan& plan,
                               const NfsNodePlan& client,
                               const remote::ExecResult& serverListing,
                               const std::atomic_bool& cancel,
                               const CheckCallback& onCheck)
{
    NfsExecutor exec(transport, cancel, NfsExecutor::stampNow());
    const QString name = client.node.name;
    const auto report = [&](const QString& id, const QString& title, bool passed, const QString& detail) {
        onCheck({name, id, title, passed, detail});
        return !cancel.load(); // stop between checks once cancelled
    };
    const QString mp = plan.storage.mountPoint;
    if (cancel.load())
        return;
    const remote::ExecResult show
        = exec.exec(client, QStringLiteral("showmount -e %1").arg(shell::quote(plan.serverAddress)),
                    CommandIntent::withValue(CommandKind::ListExports, plan.serverAddress), kCheckTimeoutMs);
    if (!report(QStringLiteral("showmount"), tr("The server exports %1").arg(plan.storage.exportPath),
                show.succeeded() && showmountLists(show.standardOutput, plan.storage.exportPath),
                show.succeeded() ? QString::fromUtf8(show.standardOutput).trimmed() : failureText(show)))
        return;

    const remote::ExecResult mounted = exec.exec(client, QStringLiteral("mountpoint -q -- %1").arg(shell::quote(mp)),
                                                 CommandIntent::onPath(CommandKind::IsMountPoint, mp), kCheckTimeoutMs);
    if (!report(QStringLiteral("mounted"), tr("%1 is mounted").arg(mp), mounted.succeeded(),
                mounted.succeeded() ? QString() : failureText(mounted)))
        return;

    // A probe file written here must appear on the server, under the export.
    const QString token = QString::number(QRandomGenerator::global()->generate64(), 16);
    const QString probe
        = QStringLiteral(".npufleet-probe-%1-%2")
              .arg(ConfigEditor::normalizePath(name).replace(QLatin1Char('/'), QLatin1Char('_')), token);
    const QString clientPath = ConfigEditor::normalizePath(mp) + QLatin1Char('/') + probe;
    const QString serverPath = ConfigEditor::normalizePath(plan.storage.exportPath) + QLatin1Char('/') + probe;
    const remote::ExecResult wrote
        = exec.exec(client, QStringLiteral("printf '%s\\n' %1 > %2").arg(token, shell::quote(clientPath)),
                    {CommandKind::WriteProbe, -1, {}, clientPath, token}, kCheckTimeoutMs);
    QString probeDetail;
    bool probed = false;
    if (!wrote.succeeded()) {
        probeDetail = tr("could not write %1: %2").arg(clientPath, failureText(wrote));
    } else {
        const remote::ExecResult seen
            = exec.exec(plan.server, QStringLiteral("cat -- %1").arg(shell::quote(serverPath)),
                        CommandIntent::onPath(CommandKind::ReadProbe, serverPath), kCheckTimeoutMs);
        probed = seen.succeeded() && seen.standardOutput.trimmed() == token.toLatin1();
        probeDetail = probed ? tr("%1 seen on %2 and removed").arg(probe, plan.server.node.name)
                             : tr("%1 not seen on %2 at %3").arg(probe, plan.server.node.name, serverPath);
        const remote::ExecResult removed
            = exec.exec(client, QStringLiteral("rm -f -- %1").arg(shell::quote(clientPath)),
                        CommandIntent::onPath(CommandKind::RemoveProbe, clientPath), kCheckTimeoutMs);
        if (!removed.succeeded()) {
            probed = false;
            probeDetail = tr("could not remove %1: %2").arg(clientPath, failureText(removed));
        }
    }
    if (!report(QStringLiteral("probe"), tr("A file written here is seen on the server"), probed, probeDetail))
        return;

    const remote::ExecResult listing
        = exec.exec(client, listingCommand(mp), CommandIntent::onPath(CommandKind::ListFiles, mp), kListingTimeoutMs);
    if (!serverListing.succeeded() || !listing.succeeded()) {
        report(QStringLiteral("files"), tr("Same files and sizes as the server"), false,
               failureText(serverListing.succeeded() ? listing : serverListing));
        return;
    }
    const QMap<QString, qint64> serverFiles = parseListing(serverListing.standardOutput);
    const QStringList diffs = compareListings(serverFiles, parseListing(listing.standardOutput));
    qint64 total = 0;
    for (qint64 size : serverFiles)
        total += size;
    const QString detail = diffs.isEmpty()
        ? tr("%n file(s), %1", nullptr, int(serverFiles.size())).arg(QLocale::c().formattedDataSize(total))
        : tr("%n difference(s): %1", nullptr, int(diffs.size()))
              .arg(diffs.mid(0, kMaxDifferencesShown).join(QStringLiteral("; ")));
    report(QStringLiteral("files"), tr("Same files and sizes as the server"), diffs.isEmpty(), detail);
}

} // namespace npufleet::storage
