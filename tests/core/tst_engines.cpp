// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine traits table: complete, consistent, and the only speller of engine names in files.
#include <QSet>
#include <QTest>

#include "core/project/Engine.h"
#include "core/project/ProjectFile.h"

using namespace npufleet;
using project::Engine;
using project::ExportFormat;

class TestEngines : public QObject
{
    Q_OBJECT

private slots:
    void tableRowsFollowTheEnum()
    {
        QCOMPARE(project::allEngines().size(), 7);
        QSet<QString> keys;
        for (Engine e : project::allEngines()) {
            QCOMPARE(project::traits(e).engine, e);
            keys.insert(project::engineKey(e));
            QVERIFY(!project::engineDisplayName(e).isEmpty());
            QVERIFY(project::traits(e).defaultPort > 0);
            QVERIFY2(project::traits(e).formats.contains(ExportFormat::Shell), qPrintable(project::engineKey(e)));
        }
        QCOMPARE(keys.size(), 7);
    }

    void keysRoundTrip()
    {
        for (Engine e : project::allEngines())
            QCOMPARE(project::engineFromKey(project::engineKey(e)), std::optional<Engine>(e));
        QCOMPARE(project::engineFromKey(QStringLiteral("VLLM-ASCEND")), std::nullopt);
        QCOMPARE(project::engineFromKey(QString()), std::nullopt);
        QCOMPARE(project::engineKeys().size(), 7);
    }

    // The names project files have always used.
    void fileNamesAreStable()
    {
        QCOMPARE(project::engineKeys(),
                 QStringList({QStringLiteral("vllm-ascend"), QStringLiteral("vllm-ascend-dp"),
                              QStringLiteral("vllm-ascend-ray"), QStringLiteral("mindie"), QStringLiteral("gpustack"),
                              QStringLiteral("swarm"), QStringLiteral("vllm-cuda")}));
    }

    void exportFormatsMatchTheRecipes()
    {
        QVERIFY(project::exportsTo(Engine::VllmAscendRay, ExportFormat::Ray));
        QVERIFY(!project::exportsTo(Engine::VllmAscend, ExportFormat::Ray));
        QVERIFY(project::exportsTo(Engine::GpuStack, ExportFormat::GpuStack));
        QVERIFY(!project::exportsTo(Engine::VllmAscendDp, ExportFormat::GpuStack));
        QVERIFY(project::exportsTo(Engine::Swarm, ExportFormat::Stack));
        QVERIFY(!project::exportsTo(Engine::Swarm, ExportFormat::Compose));
        for (Engine e : project::allEngines())
            QVERIFY(project::exportsTo(e, ExportFormat::All));
    }

    void hardwareAndModelPath()
    {
        QVERIFY(project::isAscend(Engine::MindIE));
        QVERIFY(!project::isAscend(Engine::VllmCuda));
        QCOMPARE(project::traits(Engine::GpuStack).hardware, project::Hardware::Any);
        QVERIFY(!project::traits(Engine::GpuStack).needsModelPath);
        QCOMPARE(project::traits(Engine::VllmAscendDp).multiNode, project::MultiNode::DataParallel);
        QCOMPARE(project::traits(Engine::VllmAscend).multiNode, project::MultiNode::No);
    }

    void readerAndWriterUseTheKeys()
    {
        const QByteArray yaml = "version: 1\nname: t\nnodes:\n  - name: a\n    address: 127.0.0.2\n"
                                "models:\n  - id: m\n    path: /models/m\n"
                                "deployments:\n  - name: d\n    model: m\n    engine: vllm-ascend-ray\n";
        auto p = project::parseProject(yaml, QStringLiteral("t.yaml"));
        QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p->deployments.first().engine, Engine::VllmAscendRay);
        QVERIFY(project::serializeProject(*p).contains("engine: vllm-ascend-ray"));

        QByteArray bad = yaml;
        bad.replace("vllm-ascend-ray", "vllm-ascnd");
        auto refused = project::parseProject(bad, QStringLiteral("t.yaml"));
        QVERIFY(!refused);
        const QString text = refused.error().toString();
        QVERIFY2(text.contains(QLatin1String("vllm-ascnd")) && text.contains(QLatin1String("vllm-ascend-dp")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("t.yaml:12")), qPrintable(text));

        QByteArray none = yaml;
        none.replace("    engine: vllm-ascend-ray\n", "");
        auto defaulted = project::parseProject(none, QStringLiteral("t.yaml"));
        QVERIFY(defaulted);
        QCOMPARE(defaulted->deployments.first().engine, Engine::VllmAscend);
    }
};

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
