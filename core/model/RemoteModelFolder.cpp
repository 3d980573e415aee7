// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RemoteModelFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include "core/checks/HostFactParsers.h"
#include "core/remote/Transport.h"
#include "core/util/ShellQuote.h"

namespace npufleet::model {

namespace {

using remote::CommandIntent;
using remote::CommandKind;

constexpr int kTimeoutMs = 30'000;

Error failure(const cluster::Node& node, const QString& folder, const QString& problem)
{
    Error e;
    e.node = node.name;
    e.file = folder;
    e.message = problem;
    return e;
}

QString why(const remote::ExecResult& r)
{
    const QString err = QString::fromUtf8(r.standardError).trimmed();
    if (!err.isEmpty())
        return err;
    return r.message.isEmpty() ? RemoteModelFolder::tr("exit status %1").arg(r.exitStatus) : r.message;
}

// The files ModelLoader reads, of those the listing has: the config, the index, the first quantization
// description (as WeightFiles picks it: by name).
QStringList smallFiles(const QMap<QString, qint64>& listing)
{
    QStringList out;
    for (const char* name : {"config.json", "model.safetensors.index.json"}) {
        if (listing.contains(QLatin1String(name)))
            out << QLatin1String(name);
    }
    for (auto it = listing.cbegin(); it != listing.cend(); ++it) { // QMap: sorted by name
        if (it.key().startsWith(QLatin1String("quant_model_description")) && it.key().endsWith(QLatin1String(".json"))
            && !it.key().contains(QLatin1Char('/'))) {
            out << it.key();
            break;
        }
    }
    return out;
}

} // namespace

Result<LoadedModel> RemoteModelFolder::read(remote::Transport& transport,
                                            const cluster::Node& node,
                                            const QString& folder,
                                            const std::atomic_bool& cancel)
{
    if (!folder.startsWith(QLatin1Char('/')))
        return failure(node, folder, tr("the folder on the node must be an absolute path"));
    const QString clean = QDir::cleanPath(folder);
    const remote::ExecResult list = transport.execute(
        node,
        {QStringLiteral("find %1 -maxdepth 1 -type f -printf '%P\\t%s\\n'").arg(shell::quote(clean)),
         kTimeoutMs,
         {},
         true,
         CommandIntent::onPath(CommandKind::ModelFiles, clean)},
        cancel);
    if (!list.succeeded())
        return failure(node, clean, tr("cannot list the folder on %1: %2").arg(node.name, why(list)));
    const QMap<QString, qint64> listing = checks::parseFileListing(list.standardOutput);
    if (!listing.contains(QStringLiteral("config.json")))
        return failure(node, clean, tr("the folder on %1 has no config.json").arg(node.name));

    QTemporaryDir copy;
    if (!copy.isValid())
        return failure(node, clean, tr("cannot make a temporary folder: %1").arg(copy.errorString()));
    const QString local = copy.filePath(QFileInfo(clean).fileName());
    QDir().mkpath(local);
    for (const QString& name : smallFiles(listing)) {
        if (listing.value(name) > kMaxSmallFileBytes)
            return failure(node, clean,
                           tr("%1 on %2 is %3 MiB: too big for a model's description")
                               .arg(name, node.name)
                               .arg(listing.value(name) >> 20));
        const QString path = clean + QLatin1Char('/') + name;
        const remote::ExecResult r = transport.execute(node,
                                                       {QStringLiteral("cat -- %1").arg(shell::quote(path)),
                                                        kTimeoutMs,
                                                        {},
                                                        true,
                                                        CommandIntent::onPath(CommandKind::ModelFile, path)},
                                                       cancel);
        if (cancel.load())
            return failure(node, clean, tr("cancelled"));
        if (!r.succeeded()) {
            if (name == QLatin1String("config.json"))
                return failure(node, clean, tr("cannot read %1 on %2: %3").arg(path, node.name, why(r)));
            continue; // the index and the description only refine the estimate
        }
        QSaveFile out(local + QLatin1Char('/') + name);
        if (!out.open(QIODevice::WriteOnly) || out.write(r.standardOutput) < 0 || !out.commit())
            return failure(node, clean, tr("cannot keep a copy of %1: %2").arg(name, out.errorString()));
    }

    Result<LoadedModel> loaded = ModelLoader::load(local);
    if (!loaded) {
        Error e = loaded.error();
        e.file = clean + QStringLiteral("/config.json");
        e.node = node.name;
        return e;
    }
    loaded->origin = QStringLiteral("%1:%2").arg(node.name, clean);
    if (!loaded->files.found && !listing.contains(QStringLiteral("model.safetensors.index.json"))) {
        // No index: the shards' sizes from the listing (an index that could not be read says nothing).
        double bytes = 0;
        for (auto it = listing.cbegin(); it != listing.cend(); ++it) {
            if (it.key().endsWith(QLatin1String(".safetensors")))
                bytes += double(it.value());
        }
        if (bytes > 0) {
            loaded->files.found = true;
            loaded->files.totalBytes = bytes;
            loaded->files.source = tr("file sizes on %1").arg(node.name);
        }
    } else if (loaded->files.found) {
        loaded->files.source
            = QStringLiteral("%1:%2/%3").arg(node.name, clean, loaded->files.source.section(QLatin1Char('/'), -1));
    }
    return loaded;
}

} // namespace npufleet::model
