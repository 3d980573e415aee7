// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>

#include "core/cluster/Node.h"
#include "core/model/ModelLoader.h"
#include "core/util/Result.h"

namespace npufleet::remote {
class Transport;
}

namespace npufleet::model {

// A model folder that is on a node, not on this computer: its small files (config.json, the safetensors index,
// the quantization description) are read over the transport and parsed as ModelLoader parses a local folder;
// the weights' size comes from the folder's listing when there is no index. Blocking: call it off the GUI thread.
class RemoteModelFolder
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::model::RemoteModelFolder)

public:
    static constexpr qint64 kMaxSmallFileBytes = 64LL << 20; // a config or an index; anything bigger is not one

    static Result<LoadedModel> read(remote::Transport& transport,
                                    const cluster::Node& node,
                                    const QString& folder,
                                    const std::atomic_bool& cancel);
};

} // namespace npufleet::model
