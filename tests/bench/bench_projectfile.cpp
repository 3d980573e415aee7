// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times opening and saving a project of a simulated fleet (default 256 nodes; `bench_projectfile 32` in CI):
// read and check the file, then write it atomically. Prints figures, the headline last; asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

#include "core/project/ProjectFile.h"

#include "BenchSupport.h"

using namespace npufleet;

namespace {

double medianMs(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns.at(ns.size() / 2) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int nodes = test::benchArgument(argc, argv, 1, 256);
    const int runs = test::benchArgument(argc, argv, 2, 15);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.npufleet.yaml"));
    auto data = test::benchFleet(nodes, out);
    if (!data)
        return 2;
    data->demo = false;
    if (auto saved = project::saveProject(*data, path); !saved) {
        out << saved.error().toString() << Qt::endl;
        return 2;
    }
    QList<qint64> loads;
    QList<qint64> saves;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto loaded = project::loadProject(path);
        loads << t.nsecsElapsed();
        if (!loaded) {
            out << loaded.error().toString() << Qt::endl;
            return 2;
        }
        t.restart();
        const auto saved = project::saveProject(*loaded, path);
        saves << t.nsecsElapsed();
        if (!saved) {
            out << saved.error().toString() << Qt::endl;
            return 2;
        }
    }
    const double load = medianMs(loads);
    const double save = medianMs(saves);
    out << QStringLiteral("project %1 nodes, %2 KiB: load median %3 ms, save median %4 ms (%5 runs)\n")
               .arg(nodes)
               .arg(QFileInfo(path).size() / 1024)
               .arg(load, 0, 'f', 1)
               .arg(save, 0, 'f', 1)
               .arg(runs);
    out << QStringLiteral("project %1 nodes load+save: %2 ms\n").arg(nodes).arg(load + save, 0, 'f', 1);
    return 0;
}
