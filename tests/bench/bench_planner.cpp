// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the whole planner (enumerate, evaluate, predict every layout that fits, rank) on large clusters,
// and the Plan panel's speed curves of the top three layouts. Prints figures, the headline last; asserts
// nothing. docs/planner.md records the headline (target: under 50 ms for 64 nodes x 8 NPUs).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

#include "core/model/ModelLoader.h"
#include "core/planning/Planner.h"
#include "core/planning/SpeedCurves.h"

using namespace npufleet;

namespace {

struct Timing
{
    double medianMs = 0;
    double maxMs = 0;
};

template<typename F>
Timing timeIt(int runs, F&& f)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << t.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    return {times.at(runs / 2) / 1e6, times.last() / 1e6};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList models {QStringLiteral("DeepSeek-V3"), QStringLiteral("Qwen3-235B-A22B"),
                              QStringLiteral("Llama-3.1-70B"), QStringLiteral("Qwen2.5-7B-Instruct")};
    const int runs = 20;
    double worst64 = 0;
    QString worstModel;
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
            qsizetype count = 0;
            qsizetype predicted = 0;
            std::optional<planning::PlanReport> last;
            const Timing plan = timeIt(runs, [&] {
                Result<planning::PlanReport> report = planning::Planner(*m, o).run();
                count = report ? report->plans.size() : 0;
                predicted = report ? std::count_if(report->plans.cbegin(), report->plans.cend(),
                                                   [](const planning::PlanResult& p) { return p.predicted.valid; })
                                   : 0;
                if (report)
                    last = std::move(*report);
            });
            // The panel's chart: the top three layouts from 1 user to their KV-limited maximum.
            const planning::Planner planner(*m, o);
            const Timing curves = timeIt(runs, [&] {
                if (last)
                    (void)planning::speedCurves(planner, last->plans, o.workload);
            });
            out << QStringLiteral("%1 nodes x 8 NPUs  %2  %3 layouts, %4 predicted  median %5 ms  max %6 ms  "
                                  "(chart of the top 3: %7 ms)\n")
                       .arg(nodes, 2)
                       .arg(name, -20)
                       .arg(count, 4)
                       .arg(predicted, 4)
                       .arg(plan.medianMs, 0, 'f', 3)
                       .arg(plan.maxMs, 0, 'f', 3)
                       .arg(curves.medianMs, 0, 'f', 3);
            if (nodes == 64 && plan.medianMs > worst64) {
                worst64 = plan.medianMs;
                worstModel = name;
            }
        }
    }
    out << QStringLiteral("64 nodes x 8 NPUs, every layout enumerated, evaluated, predicted and ranked: median "
                          "%1 ms at worst (%2); target < 50 ms\n")
               .arg(worst64, 0, 'f', 3)
               .arg(worstModel);
    return 0;
}
