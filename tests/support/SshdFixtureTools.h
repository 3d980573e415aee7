// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::test {

// What one simulated node's stand-in tools answer.
struct StandInNode
{
    QString name; // printed by `hostname`
    int index = 0; // 0-based, picks the node's addresses
    QString npuSmiFixture; // relative to the fixtures root
    bool broken = false; // hccn_tool reports a link down and no IP
};

// Writes bin/{npu-smi,hccn_tool,docker,hostname,ip} under dir. False with error when a file fails.
bool writeStandInTools(const QString& dir, const StandInNode& node, QString* error);

// The npu-smi fixture that node i of a fixture cluster gets, cycling through healthy and broken ones.
QString standInNpuSmiFixture(int i);
bool standInIsBroken(int i);

} // namespace npufleet::test
