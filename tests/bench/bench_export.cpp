// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plans and exports the demo deployments in every format; prints the time per export.
// Usage: bench_export [OUTDIR]   (default: a temporary folder, removed afterwards)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "core/exporting/Exporter.h"

#include "../core/RecipesDemo.h"

using namespace npufleet;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString out = app.arguments().value(1, temp.path());
    QTextStream cout(stdout);
    const QList<QPair<project::ProjectData, QString>> cases {
        {test::atlasLab(), QStringLiteral("qwen3-30b-a3b")},
        {test::atlasLab(), QStringLiteral("qwen25-coder-32b")},
        {test::deepseekTwoNode(), QStringLiteral("deepseek-r1")},
        {test::deepseekRay(), QStringLiteral("deepseek-r1-ray")},
        {test::engineLab(), QStringLiteral("gpustack")},
        {test::engineLab(), QStringLiteral("qwen3-swarm")},
        {test::engineLab(), QStringLiteral("qwen3-mindie")},
        {test::engineLab(), QStringLiteral("qwen3-cuda")},
    };
    constexpr int rounds = 50;
    for (const auto& [project, deployment] : cases) {
        QElapsedTimer t;
        t.start();
        int files = 0;
        for (int i = 0; i < rounds; ++i) {
            const auto written = exporting::exportDeployment(project, deployment, project::ExportFormat::All, out);
            if (!written) {
                cout << deployment << ": " << written.error().toString() << Qt::endl;
                return 1;
            }
            files = int(written->size());
        }
        cout << QStringLiteral("%1: %2 files, %3 ms per export (all formats, written to disk)")
                    .arg(deployment)
                    .arg(files)
                    .arg(double(t.nsecsElapsed()) / 1e6 / rounds, 0, 'f', 2)
             << Qt::endl;
    }
    return 0;
}
