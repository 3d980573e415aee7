// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace npufleet::test {

// One input format the program reads, with the real files that seed it and the parsers that read it.
struct FuzzTarget
{
    QString name;
    QList<QByteArray> seeds; // real inputs from tests/fixtures/ (and the bundled demo data)
    QList<QByteArray> dictionary; // tokens of the format
    // Reads one input with every parser of the format (and what runs on what they accept).
    std::function<void(const QByteArray&)> read;
    // A CLI verb that reads such a file: args with %1 for the file's path; empty when none does.
    QStringList cliArgs;
    QString cliFileName; // the name the mutant is saved under for the CLI
};

QList<FuzzTarget> fuzzTargets();

} // namespace npufleet::test
