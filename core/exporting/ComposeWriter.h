// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/recipes/ContainerSpec.h"
#include "core/recipes/LaunchPlan.h"

namespace npufleet::exporting {

// docker-compose.yml for the containers of one node (compose file format 2.4, which Debian's
// docker-compose v1 and Compose v2 both read), and the swarm stack file. Written with yaml-cpp's emitter.
class ComposeWriter
{
public:
    // headerLines become YAML comments at the top.
    static QByteArray composeFile(const QList<recipes::ContainerSpec>& containers, const QStringList& headerLines);

    // vllm-stack.yml for `docker stack deploy`: an overlay network, devices, volumes, deploy mode and
    // placement constraints.
    static QByteArray stackFile(const recipes::StackSpec& stack, const QStringList& headerLines);
};

} // namespace npufleet::exporting
