// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the whole planner (enumerate, evaluate, rank) on large clusters. Prints figures; asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

#include "core/model/ModelLoader.h"
#include "core/planning/Planner.h"

using namespace npufleet;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList models {QStringLiteral("DeepSeek-V3"), QStringLiteral("Qwen3-235B-A22B"),
                              QStringLiteral("Llama-3.1-70B"), QStringLiteral("Qwen2.5-7B-Instruct")};
    const int runs = 20;
    for (const int nodes : {2, 16, 64}) {
        for (const QString& name : models) {
            const Result<model::LoadedModel> m = model::ModelLoader::load(name);
            if (!m) {
                out << m.error().toString() << Qt::endl;
                return 2;
            }
            planning::PlanOptions o;
            o.nodes = nodes;
            o.npusPerNode = 8;
            o.hbmGib = 64;
            QList<qint64> times;
            qsizetype count = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                const Result<planning::PlanReport> report = planning::Planner(*m, o).run();
                times << t.nsecsElapsed();
                count = report ? report->plans.size() : 0;
            }
            std::sort(times.begin(), times.end());
            out << QStringLiteral("%1 nodes x 8 NPUs  %2  %3 layouts  median %4 ms  max %5 ms\n")
                       .arg(nodes, 2)
                       .arg(name, -20)
                       .arg(count, 4)
                       .arg(times.at(runs / 2) / 1e6, 0, 'f', 3)
                       .arg(times.last() / 1e6, 0, 'f', 3);
        }
    }
    return 0;
}
