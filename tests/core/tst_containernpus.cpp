// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One rule for every container export: NPUs mounted as devices are named in the container's numbering
// (0..n-1); with the Ascend Docker Runtime, ASCEND_VISIBLE_DEVICES names the host's NPUs and no --device line
// is written. The node's way is a project property, and pre-flight reads Docker's runtimes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include "core/checks/DockerInfoParser.h"
#include "core/checks/NodeChecks.h"
#include "core/exporting/Exporter.h"
#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"
#include "core/recipes/Recipes.h"

#include "RecipesDemo.h"

using namespace npufleet;

namespace {

const QString kCoder = QStringLiteral("qwen25-coder-32b");

project::ProjectData atlasLabDemo()
{
    auto p = project::openProjectSpec(QStringLiteral("demo:atlas-lab"));
    return p ? *p : project::ProjectData {};
}

QByteArray fileOf(const QList<exporting::ExportedFile>& files, const QString& suffix)
{
    for (const exporting::ExportedFile& f : files) {
        if (f.name.endsWith(suffix))
            return f.content;
    }
    return {};
}

// What a docker run line of a start script gives the container: its NPU devices and its environment.
struct Seen
{
    QList<int> davinci; // /dev/davinciN lines
    QMap<QString, QString> env;
    QString runtime;
};

// The words bash passes to `docker` for one line of a script (bash itself does the unquoting).
QStringList wordsOf(const QByteArray& line)
{
    QProcess bash;
    bash.start(
        QStringLiteral("bash"),
        {QStringLiteral("-c"), QStringLiteral("docker() { printf '%s\\0' \"$@\"; }; ") + QString::fromUtf8(line)});
    bash.waitForFinished(30000);
    QStringList words;
    for (const QByteArray& w : bash.readAllStandardOutput().split('\0'))
        words << QString::fromUtf8(w);
    return words;
}

Seen fromDockerRun(const QByteArray& script)
{
    Seen s;
    for (const QByteArray& line : script.split('\n')) {
        if (!line.contains("docker run"))
            continue;
        const QStringList words = wordsOf(line);
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            const QString w = words.at(i), next = words.at(i + 1);
            static const QRegularExpression dev(QStringLiteral("^/dev/davinci(\\d+)$"));
            if (w == QLatin1String("--device")) {
                if (const auto m = dev.match(next); m.hasMatch())
                    s.davinci << m.captured(1).toInt();
            } else if (w == QLatin1String("-e")) {
                s.env.insert(next.section(QLatin1Char('='), 0, 0), next.section(QLatin1Char('='), 1));
            } else if (w == QLatin1String("--runtime")) {
                s.runtime = next;
            }
        }
    }
    return s;
}

Seen fromCompose(const QByteArray& yaml)
{
    Seen s;
    const YAML::Node root = YAML::Load(yaml.toStdString());
    for (const auto& svc : root["services"]) {
        for (const auto& d : svc.second["devices"]) {
            static const QRegularExpression dev(QStringLiteral("^/dev/davinci(\\d+)$"));
            if (const auto m = dev.match(QString::fromStdString(d.as<std::string>())); m.hasMatch())
                s.davinci << m.captured(1).toInt();
        }
        for (const auto& e : svc.second["environment"])
            s.env.insert(QString::fromStdString(e.first.as<std::string>()),
                         QString::fromStdString(e.second.as<std::string>()));
        if (svc.second["runtime"])
            s.runtime = QString::fromStdString(svc.second["runtime"].as<std::string>());
    }
    return s;
}

QString numbering(qsizetype n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << QString::number(i);
    return ids.join(QLatin1Char(','));
}

checks::NodeFacts runtimesAnswer(const QByteArray& text)
{
    checks::NodeFacts f;
    checks::CommandOutput out;
    out.status = remote::ExecStatus::Ok;
    out.exitStatus = 0;
    out.standardOutput = text;
    f.outputs.insert(QStringLiteral("docker-runtimes"), out);
    return f;
}

} // namespace

class TestContainerNpus : public QObject
{
    Q_OBJECT

private slots:
    void coderDeploymentNamesWhatItsContainerSees();
    void ascendRuntimeUsesHostNumbersAndNoDevices();
    void everyContainerEngineFollowsTheRule();
    void mindieDeviceIdsAreTheContainers();
    void npuAccessIsReadAndWritten();
    void dockerRuntimesAreParsed();
    void preflightComparesRuntimesWithTheLaunch();
};

void TestContainerNpus::coderDeploymentNamesWhatItsContainerSees()
{
    const project::ProjectData p = atlasLabDemo();
    QVERIFY(p.deploymentIndex(kCoder) >= 0);
    const auto plan = recipes::makeLaunchPlan(p, kCoder);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    for (const project::ExportFormat format : {project::ExportFormat::Shell, project::ExportFormat::Compose}) {
        const auto files = exporting::Exporter::render(*plan, format);
        QVERIFY(files);
        const Seen seen = format == project::ExportFormat::Shell ? fromDockerRun(fileOf(*files, QStringLiteral(".sh")))
                                                                 : fromCompose(fileOf(*files, QStringLiteral(".yml")));
        // The container is given host NPUs 4..7 and no other; inside, they are 0..3.
        QCOMPARE(seen.davinci, QList<int>({4, 5, 6, 7}));
        QCOMPARE(seen.env.value(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES")), numbering(seen.davinci.size()));
        QVERIFY(!seen.env.contains(QStringLiteral("ASCEND_VISIBLE_DEVICES")));
        QVERIFY(seen.runtime.isEmpty());
    }
}

void TestContainerNpus::ascendRuntimeUsesHostNumbersAndNoDevices()
{
    project::ProjectData p = atlasLabDemo();
    p.nodes[p.nodeIndex(QStringLiteral("atlas-106"))].npuAccess = cluster::NpuAccess::AscendRuntime;
    const auto plan = recipes::makeLaunchPlan(p, kCoder);
    QVERIFY(plan);
    for (const project::ExportFormat format : {project::ExportFormat::Shell, project::ExportFormat::Compose}) {
        const auto files = exporting::Exporter::render(*plan, format);
        QVERIFY(files);
        const QByteArray text = format == project::ExportFormat::Shell ? fileOf(*files, QStringLiteral(".sh"))
                                                                       : fileOf(*files, QStringLiteral(".yml"));
        const Seen seen = format == project::ExportFormat::Shell ? fromDockerRun(text) : fromCompose(text);
        QVERIFY(seen.davinci.isEmpty());
        QVERIFY(!text.contains("/dev/davinci"));
        QCOMPARE(seen.runtime, QStringLiteral("ascend"));
        QCOMPARE(seen.env.value(QStringLiteral("ASCEND_VISIBLE_DEVICES")), QStringLiteral("4,5,6,7"));
        QCOMPARE(seen.env.value(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES")), QStringLiteral("0,1,2,3"));
    }
}

void TestContainerNpus::everyContainerEngineFollowsTheRule()
{
    // Every Ascend container of every engine: a visible-device variable never names a host NPU that is
    // mounted as a device, and never a number the container does not have.
    QList<project::ProjectData> projects {test::engineLab(), test::deepseekTwoNode(), test::deepseekRay()};
    for (const project::ProjectData& p : projects) {
        for (const project::Deployment& d : p.deployments) {
            if (!project::isAscend(d.engine))
                continue;
            const auto plan = recipes::makeLaunchPlan(p, d.name);
            QVERIFY2(plan, qPrintable(d.name + (plan ? QString() : plan.error().toString())));
            QList<recipes::ContainerSpec> specs;
            for (const recipes::NodePlan& n : plan->nodes)
                specs << plan->containers(n.node);
            if (plan->stack) {
                for (const recipes::StackService& s : plan->stack->services)
                    specs << s.container;
            }
            for (const recipes::ContainerSpec& c : specs) {
                int mounted = 0;
                for (const QString& dev : c.devices)
                    mounted += QRegularExpression(QStringLiteral("^/dev/davinci\\d+$")).match(dev).hasMatch();
                const QString visible = c.environmentValue(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES"));
                if (!visible.isEmpty() && mounted > 0)
                    QCOMPARE(visible, numbering(mounted));
            }
        }
    }
}

void TestContainerNpus::mindieDeviceIdsAreTheContainers()
{
    const auto plan = recipes::makeLaunchPlan(test::engineLab(), QStringLiteral("qwen3-mindie"));
    QVERIFY(plan);
    const recipes::ContainerSpec c = plan->containers(QStringLiteral("atlas-110")).first();
    QVERIFY(c.environmentValue(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES")).isEmpty());
    for (const recipes::PlannedFile& f : plan->files) {
        if (f.name == QLatin1String("mindie-settings.json")) {
            const QJsonObject backend
                = QJsonDocument::fromJson(f.content).object().value(QLatin1String("BackendConfig")).toObject();
            QCOMPARE(backend.value(QLatin1String("npuDeviceIds")).toArray(), QJsonArray({QJsonArray({0, 1, 2, 3})}));
        }
    }
}

void TestContainerNpus::npuAccessIsReadAndWritten()
{
    project::ProjectData p = atlasLabDemo();
    p.nodes[1].npuAccess = cluster::NpuAccess::AscendRuntime;
    const QByteArray yaml = project::serializeProject(p);
    QVERIFY(yaml.contains("npu_access: ascend-docker-runtime"));
    const auto back = project::parseProject(yaml, QStringLiteral("p.yaml"));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->nodes[1].npuAccess, cluster::NpuAccess::AscendRuntime);
    QCOMPARE(back->nodes[0].npuAccess, cluster::NpuAccess::Devices);
    QByteArray bad = yaml;
    bad.replace("npu_access: ascend-docker-runtime", "npu_access: magic");
    const auto refused = project::parseProject(bad, QStringLiteral("p.yaml"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("npu_access")));
    QVERIFY(refused.error().line > 0);
}

void TestContainerNpus::dockerRuntimesAreParsed()
{
    const auto r = checks::parseDockerRuntimes(
        R"({"ascend":{"path":"/usr/local/Ascend/Ascend-Docker-Runtime/ascend-docker-runtime"},"io.containerd.runc.v2":{"path":"runc"},"runc":{"path":"runc"}})"
        "\nascend\n"
        R"([{"DiscreteResourceSpec":{"Kind":"NPU","Value":8}}])"
        "\n");
    QVERIFY(r);
    QVERIFY(r->runtimes.contains(QStringLiteral("ascend")));
    QCOMPARE(r->defaultRuntime, QStringLiteral("ascend"));
    QCOMPARE(r->genericResources.value(QStringLiteral("NPU")), 8);
    const auto plain = checks::parseDockerRuntimes(R"({"runc":{"path":"runc"}})"
                                                   "\nrunc\nnull\n");
    QVERIFY(plain);
    QVERIFY(plain->genericResources.isEmpty());
    QVERIFY(!checks::parseDockerRuntimes("Cannot connect to the Docker daemon\n"));
}

void TestContainerNpus::preflightComparesRuntimesWithTheLaunch()
{
    checks::PreflightPlan plan;
    plan.containers = true;
    checks::PlannedNode pn;
    pn.node.name = QStringLiteral("n1");
    const checks::NodeFacts plain = runtimesAnswer(R"({"runc":{"path":"runc"}})"
                                                   "\nrunc\nnull\n");
    const checks::NodeFacts ascend = runtimesAnswer(R"({"ascend":{"path":"x"},"runc":{"path":"runc"}})"
                                                    "\nrunc\nnull\n");
    // Mounted devices: fine either way; the runtime's presence is reported as the detected way.
    auto r = checks::checkNpuAccess(plan, pn, plain);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().severity, checks::Severity::Pass);
    QCOMPARE(r.first().facts.value(QStringLiteral("npu_access_detected")).toString(), QStringLiteral("devices"));
    r = checks::checkNpuAccess(plan, pn, ascend);
    QCOMPARE(r.first().facts.value(QStringLiteral("npu_access_detected")).toString(),
             QStringLiteral("ascend-docker-runtime"));
    // The launch uses the runtime: it must be registered; for Swarm it must be the default.
    pn.ascendRuntime = true;
    r = checks::checkNpuAccess(plan, pn, plain);
    QCOMPARE(r.first().severity, checks::Severity::Error);
    QVERIFY(r.first().fix.contains(QLatin1String("--npu-access devices")));
    QCOMPARE(checks::checkNpuAccess(plan, pn, ascend).first().severity, checks::Severity::Pass);
    plan.swarm = true;
    QCOMPARE(checks::checkNpuAccess(plan, pn, ascend).first().severity, checks::Severity::Error);
}

QTEST_GUILESS_MAIN(TestContainerNpus)
#include "tst_containernpus.moc"
