// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GPUStack, Docker Swarm, MindIE and vLLM-CUDA recipes, and the shipped demo projects.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "core/exporting/Exporter.h"
#include "core/project/DemoProjects.h"
#include "core/recipes/Recipes.h"

#include "RecipesDemo.h"

using namespace npufleet;
using namespace npufleet::recipes;

namespace {
QString allText(const QList<exporting::ExportedFile>& files)
{
    QString text;
    for (const exporting::ExportedFile& f : files)
        text += QString::fromUtf8(f.content);
    return text;
}

const Step* findStep(const LaunchPlan& plan, const QString& id)
{
    for (const NodePlan& n : plan.nodes) {
        for (const Step& s : n.start) {
            if (s.id == id)
                return &s;
        }
    }
    return nullptr;
}
} // namespace

class TestRecipesEngines : public QObject
{
    Q_OBJECT

private slots:
    void gpustackTokenIsOnlyAVariable();
    void swarmStepsAndStack();
    void mindieSettingsFollowTheLayout();
    void cudaUsesGpusFlag();
    void engineMismatchIsRefused();
    void shippedDemosExport_data();
    void shippedDemosExport();
};

void TestRecipesEngines::gpustackTokenIsOnlyAVariable()
{
    const auto plan = makeLaunchPlan(test::engineLab(), QStringLiteral("gpustack"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const Step* read = findStep(*plan, QStringLiteral("atlas-107/read-token"));
    QVERIFY(read);
    QCOMPARE(read->captureAs, QStringLiteral("GPUSTACK_TOKEN"));
    const ContainerSpec worker = plan->containers(QStringLiteral("atlas-108")).first();
    QCOMPARE(worker.passEnv, QStringList {QStringLiteral("GPUSTACK_TOKEN")});
    QVERIFY(worker.command.contains(QStringLiteral("--server-url")));
    QCOMPARE(worker.command.at(worker.command.indexOf(QStringLiteral("--server-url")) + 1),
             QStringLiteral("http://172.16.33.107:80"));
    QVERIFY(!worker.command.contains(QStringLiteral("--token")));
    const ContainerSpec server = plan->containers(QStringLiteral("atlas-107")).first();
    QCOMPARE(server.image, QStringLiteral("gpustack/gpustack:latest-npu"));
    QCOMPARE(server.command.at(server.command.indexOf(QStringLiteral("--cache-dir")) + 1),
             QStringLiteral("/data/models/gpustack-cache"));
    QVERIFY(server.command.contains(QStringLiteral("--port")));

    const auto files = exporting::Exporter::render(*plan, project::ExportFormat::All);
    QVERIFY(files);
    // Every mention of the token is a reference: ${GPUSTACK_TOKEN}, -e GPUSTACK_TOKEN, or prose.
    const QString text = allText(*files);
    QVERIFY(text.contains(QLatin1String(": \"${GPUSTACK_TOKEN:?")));
    QVERIFY(text.contains(QLatin1String("-e GPUSTACK_TOKEN ")));
    QVERIFY(text.contains(QLatin1String("GPUSTACK_TOKEN: \"${GPUSTACK_TOKEN}\"")));
    QVERIFY(!text.contains(QLatin1String("GPUSTACK_TOKEN=")));
    QStringList names;
    for (const auto& f : *files)
        names << f.name;
    QVERIFY(names.contains(QStringLiteral("gpustack-server-atlas-107.sh")));
    QVERIFY(names.contains(QStringLiteral("gpustack-worker-atlas-108.sh")));
}

void TestRecipesEngines::swarmStepsAndStack()
{
    const auto plan = makeLaunchPlan(test::engineLab(), QStringLiteral("qwen3-swarm"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const Step* init = findStep(*plan, QStringLiteral("atlas-109/swarm-init"));
    QVERIFY(init && init->script.contains(QLatin1String("docker swarm init --advertise-addr 172.16.33.109")));
    const Step* join = findStep(*plan, QStringLiteral("atlas-110/swarm-join"));
    QVERIFY(join && join->script.contains(QLatin1String("--token \"${SWARM_JOIN_TOKEN}\"")));
    QVERIFY(join->script.contains(QLatin1String("172.16.33.109:2377")));
    QVERIFY(join->waitsFor.contains(QStringLiteral("atlas-109/join-token")));
    for (const QString& node : {QStringLiteral("atlas-109"), QStringLiteral("atlas-110")}) {
        const Step* fw = findStep(*plan, node + QStringLiteral("/check-firewall"));
        QVERIFY(fw && fw->script.contains(QLatin1String("firewalld")) && fw->phase == StepPhase::Check);
    }
    QVERIFY(plan->stack);
    QCOMPARE(plan->stack->services.size(), 2);
    const auto files = exporting::Exporter::render(*plan, project::ExportFormat::Stack);
    QVERIFY(files);
    QString stack;
    for (const auto& f : *files) {
        if (f.name == QLatin1String("vllm-stack.yml"))
            stack = QString::fromUtf8(f.content);
    }
    for (const char* want : {"driver: \"overlay\"", "node.hostname == atlas-110", "mode: \"replicated\"",
                             "ASCEND_VISIBLE_DEVICES", "/models/Qwen3-30B-A3B:/models/Qwen3-30B-A3B", "mode: host"})
        QVERIFY2(stack.contains(QLatin1String(want)), want);
    QVERIFY(!stack.contains(QLatin1String("/dev/davinci"))); // Swarm ignores devices (tst_swarmstack)
    // DP must be one replica per node.
    project::ProjectData p = test::engineLab();
    p.deployments[p.deploymentIndex(QStringLiteral("qwen3-swarm"))].layout = {8, 1, 1, false};
    const auto bad = makeLaunchPlan(p, QStringLiteral("qwen3-swarm"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QLatin1String("qwen3-swarm")));
}

void TestRecipesEngines::mindieSettingsFollowTheLayout()
{
    const auto plan = makeLaunchPlan(test::engineLab(), QStringLiteral("qwen3-mindie"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QByteArray json;
    for (const PlannedFile& f : plan->files) {
        if (f.name == QLatin1String("mindie-settings.json"))
            json = f.content;
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root[QLatin1String("ServerConfig")][QLatin1String("port")].toInt(), 1025);
    QCOMPARE(root[QLatin1String("ServerConfig")][QLatin1String("ipAddress")].toString(),
             QStringLiteral("172.16.33.110"));
    const QJsonObject backend = root[QLatin1String("BackendConfig")].toObject();
    // Host NPUs 4..7, mounted into the container, are its NPUs 0..3.
    const QJsonArray devices {QJsonArray {0, 1, 2, 3}};
    QCOMPARE(backend[QLatin1String("npuDeviceIds")].toArray(), devices);
    const QJsonObject model
        = backend[QLatin1String("ModelDeployConfig")][QLatin1String("ModelConfig")].toArray().first().toObject();
    QCOMPARE(model[QLatin1String("worldSize")].toInt(), 4);
    QCOMPARE(model[QLatin1String("modelWeightPath")].toString(), QStringLiteral("/models/Qwen3-30B-A3B"));
    const ContainerSpec c = plan->containers(QStringLiteral("atlas-110")).first();
    QVERIFY(c.devices.contains(QStringLiteral("/dev/davinci4")));
    QVERIFY(!c.devices.contains(QStringLiteral("/dev/davinci0")));
}

void TestRecipesEngines::cudaUsesGpusFlag()
{
    const auto plan = makeLaunchPlan(test::engineLab(), QStringLiteral("qwen3-cuda"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const ContainerSpec c = plan->containers(QStringLiteral("gpu-1")).first();
    const QStringList args = c.dockerRunArgs();
    QCOMPARE(args.at(args.indexOf(QStringLiteral("--gpus")) + 1), QStringLiteral("\"device=0,1\""));
    QVERIFY(c.devices.isEmpty());
    QVERIFY(!args.contains(QStringLiteral("--quantization")));
    const Step* start = findStep(*plan, QStringLiteral("gpu-1/start-engine"));
    QVERIFY(start->commandLine().contains(QLatin1String("--gpus '\"device=0,1\"'")));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("--tensor-parallel-size")) + 1), QStringLiteral("2"));
}

void TestRecipesEngines::engineMismatchIsRefused()
{
    project::ProjectData p = test::engineLab();
    p.deployments[p.deploymentIndex(QStringLiteral("qwen3-cuda"))].engine = project::Engine::VllmAscend;
    const auto plan = makeLaunchPlan(p, QStringLiteral("qwen3-cuda"));
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(QLatin1String("cannot run on node gpu-1")),
             qPrintable(plan.error().message));
}

void TestRecipesEngines::shippedDemosExport_data()
{
    QTest::addColumn<QString>("demo");
    for (const QString& name : project::demoNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestRecipesEngines::shippedDemosExport()
{
    QFETCH(QString, demo);
    const auto project = project::loadDemo(demo);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    QVERIFY(!project->deployments.isEmpty());
    for (const project::Deployment& d : project->deployments) {
        QTemporaryDir dir;
        const auto written = exporting::exportDeployment(*project, d.name, project::ExportFormat::All, dir.path());
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QVERIFY(written->size() >= 4);
    }
}

QTEST_GUILESS_MAIN(TestRecipesEngines)
#include "tst_recipes_engines.moc"
