// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/cluster/Node.h"
#include "core/project/Deployment.h"

namespace npufleet::recipes {

// The environment variables a user may tune for vLLM-Ascend / MindIE, with a suggested value and
// what the docs say about each (the UI shows `description` as a tooltip).
struct TuningVariable
{
    QString name;
    QString suggested; // the value offered when the user switches it on
    bool onByDefault = false; // part of the docs' standard multi-node block
    QString description; // translated
    QString source; // where the statement comes from
};

class TuningVariables
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::recipes::TuningVariables)

public:
    static const QList<TuningVariable>& all();
    static const TuningVariable* find(const QString& name);

    // The per-node network block: HCCL_IF_IP, GLOO/TP/HCCL_SOCKET_IFNAME from the node's own NIC and IP.
    // Empty when the node names no cluster interface.
    static project::EnvironmentList networkFor(const cluster::Node& node);
    // Defaults switched on, then the deployment's own list (same name: the deployment wins, in its place).
    static project::EnvironmentList tuningFor(const project::Deployment& deployment);
    // networkFor + tuningFor, the network block first (the user cannot rename the node's NIC here).
    static project::EnvironmentList forNode(const cluster::Node& node, const project::Deployment& deployment);
};

// Replace or append NAME=value, keeping the list's order.
void setVariable(project::EnvironmentList& env, const QString& name, const QString& value);

} // namespace npufleet::recipes
