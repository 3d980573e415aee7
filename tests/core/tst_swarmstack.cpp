// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Swarm stacks that really get their NPUs: both demos, re-engined as Swarm, give every service its NPUs through
// the Ascend Docker Runtime (ASCEND_VISIBLE_DEVICES) and a generic-resource reservation, pass the Compose
// Specification's schema, and use no key `docker stack deploy` ignores; each node gets its daemon.json fragment,
// whose apply script keeps the other keys.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include "core/checks/PreflightPlan.h"
#include "core/exporting/Exporter.h"
#include "core/project/DemoProjects.h"
#include "core/recipes/Recipes.h"

#include "SchemaCheck.h"

using namespace npufleet;

namespace {

project::ProjectData asSwarm(const QString& demo)
{
    auto p = project::openProjectSpec(demo);
    if (!p)
        return {};
    for (project::Deployment& d : p->deployments)
        d.engine = project::Engine::Swarm;
    return *p;
}

QString numbering(qsizetype n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << QString::number(i);
    return ids.join(QLatin1Char(','));
}

QString list(const QList<int>& ids)
{
    QStringList s;
    for (int i : ids)
        s << QString::number(i);
    return s.join(QLatin1Char(','));
}

} // namespace

class TestSwarmStack : public QObject
{
    Q_OBJECT

private slots:
    void demosAsSwarm_data();
    void demosAsSwarm();
    void applyScriptKeepsOtherKeys();
    void preflightReadsTheRuntimeOffTheStack();
};

void TestSwarmStack::demosAsSwarm_data()
{
    QTest::addColumn<QString>("demo");
    QTest::newRow("atlas-lab") << QStringLiteral("demo:atlas-lab");
    QTest::newRow("deepseek-2node") << QStringLiteral("demo:deepseek-2node");
}

void TestSwarmStack::demosAsSwarm()
{
    QFETCH(QString, demo);
    const project::ProjectData p = asSwarm(demo);
    QVERIFY(!p.deployments.isEmpty());
    QTemporaryDir out;
    const QStringList ignored = test::stackIgnoredKeys();
    QVERIFY(ignored.contains(QStringLiteral("devices")) && ignored.contains(QStringLiteral("shm_size")));
    QStringList stacks;
    for (const project::Deployment& d : p.deployments) {
        const auto plan = recipes::makeLaunchPlan(p, d.name);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const auto files = exporting::Exporter::render(*plan, project::ExportFormat::Stack);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        const QString folder = out.filePath(d.name);
        QVERIFY(exporting::Exporter::write(*files, folder));
        const QString stackPath = folder + QStringLiteral("/vllm-stack.yml");
        stacks << stackPath;
        QFile f(stackPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const YAML::Node root = YAML::Load(f.readAll().toStdString());
        QCOMPARE(int(root["services"].size()), int(d.placement.size()));
        for (const auto& entry : root["services"]) {
            const YAML::Node svc = entry.second;
            for (const auto& k : svc) {
                const QString key = QString::fromStdString(k.first.as<std::string>());
                QVERIFY2(!ignored.contains(key), qPrintable(d.name + QStringLiteral(": ") + key));
                // Not stack keys at all (the v3 format has neither), and cap_add is never relied on.
                QVERIFY2(key != QLatin1String("runtime") && key != QLatin1String("cap_add"), qPrintable(key));
            }
            // Which placement this service is: its constraint names the node.
            const QString constraint
                = QString::fromStdString(svc["deploy"]["placement"]["constraints"][0].as<std::string>());
            const project::Placement* placed = nullptr;
            for (const project::Placement& pl : d.placement) {
                if (constraint == QStringLiteral("node.hostname == %1").arg(pl.node))
                    placed = &pl;
            }
            QVERIFY2(placed, qPrintable(constraint));
            const YAML::Node env = svc["environment"];
            QCOMPARE(QString::fromStdString(env["ASCEND_VISIBLE_DEVICES"].as<std::string>()), list(placed->devices));
            QCOMPARE(QString::fromStdString(env["ASCEND_RT_VISIBLE_DEVICES"].as<std::string>()),
                     numbering(placed->devices.size()));
            const YAML::Node reserved = svc["deploy"]["resources"]["reservations"]["generic_resources"][0];
            QCOMPARE(QString::fromStdString(reserved["discrete_resource_spec"]["kind"].as<std::string>()),
                     QStringLiteral("NPU"));
            QCOMPARE(reserved["discrete_resource_spec"]["value"].as<int>(), int(placed->devices.size()));
            bool shm = false;
            for (const auto& v : svc["volumes"]) {
                if (v.IsMap() && v["target"].as<std::string>() == "/dev/shm") {
                    shm = v["type"].as<std::string>() == "tmpfs" && v["tmpfs"]["size"].as<qint64>() > 0;
                }
            }
            QVERIFY2(shm, "shared memory comes as a tmpfs at /dev/shm");
            // The node's daemon.json fragment: the runtime as default, at least the reserved NPUs offered.
            QFile frag(folder + QStringLiteral("/swarm/%1/daemon.json").arg(placed->node));
            QVERIFY(frag.open(QIODevice::ReadOnly));
            const QJsonObject daemon = QJsonDocument::fromJson(frag.readAll()).object();
            QCOMPARE(daemon.value(QLatin1String("default-runtime")).toString(), QStringLiteral("ascend"));
            QVERIFY(daemon.value(QLatin1String("runtimes")).toObject().contains(QLatin1String("ascend")));
            const QString offered = daemon.value(QLatin1String("node-generic-resources")).toArray().first().toString();
            QVERIFY(offered.startsWith(QLatin1String("NPU=")));
            QVERIFY(offered.mid(4).toInt() >= placed->devices.size());
            QVERIFY(QFile::exists(folder + QStringLiteral("/swarm/%1/apply-daemon-json.sh").arg(placed->node)));
        }
        QFile runbook(folder + QStringLiteral("/RUNBOOK.md"));
        QVERIFY(runbook.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(runbook.readAll());
        QVERIFY(md.contains(QLatin1String("apply-daemon-json.sh")));
        QVERIFY(md.contains(QLatin1String("/dev/shm")));
    }
    const test::SchemaCheck check = test::validateSchema(QStringLiteral("compose"), stacks);
    if (!check.ran)
        QSKIP("python3-jsonschema and python3-yaml are not installed (scripts/setup-deps installs them)");
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    QCOMPARE(check.output.count(QLatin1String("ok ")), stacks.size());
}

void TestSwarmStack::applyScriptKeepsOtherKeys()
{
    const project::ProjectData p = asSwarm(QStringLiteral("demo:deepseek-2node"));
    const auto plan = recipes::makeLaunchPlan(p, p.deployments.first().name);
    QVERIFY(plan);
    const auto files = exporting::Exporter::render(*plan, project::ExportFormat::Stack);
    QVERIFY(files);
    QTemporaryDir dir;
    QVERIFY(exporting::Exporter::write(*files, dir.path()));
    const QString script = dir.filePath(QStringLiteral("swarm/ds-node1/apply-daemon-json.sh"));
    if (!QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty()) {
        QProcess sc;
        sc.setProcessChannelMode(QProcess::MergedChannels);
        sc.start(QStringLiteral("shellcheck"), {script});
        QVERIFY(sc.waitForFinished(60000));
        QVERIFY2(sc.exitCode() == 0, sc.readAll().constData());
    }
    // A daemon.json with keys of its own, and stand-ins for systemctl and docker that record their calls.
    const QString target = dir.filePath(QStringLiteral("daemon.json"));
    QFile t(target);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(R"({"registry-mirrors": ["https://mirror.example"], "node-generic-resources": ["SSD=2", "NPU=1"]})");
    t.close();
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString calls = dir.filePath(QStringLiteral("calls"));
    for (const char* tool : {"systemctl", "docker"}) {
        QFile f(bin + QLatin1Char('/') + QLatin1String(tool));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho \"$(basename \"$0\") $*\" >> '" + calls.toUtf8() + "'\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("NPUFLEET_DAEMON_JSON"), target);
    for (int run = 0; run < 2; ++run) {
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {script});
        QVERIFY(bash.waitForFinished(60000));
        QVERIFY2(bash.exitCode() == 0, bash.readAll().constData());
    }
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QJsonObject merged = QJsonDocument::fromJson(t.readAll()).object();
    QCOMPARE(merged.value(QLatin1String("default-runtime")).toString(), QStringLiteral("ascend"));
    QCOMPARE(merged.value(QLatin1String("registry-mirrors")).toArray().first().toString(),
             QStringLiteral("https://mirror.example"));
    QCOMPARE(merged.value(QLatin1String("node-generic-resources")).toArray(),
             QJsonArray({QStringLiteral("SSD=2"), QStringLiteral("NPU=8")}));
    QFile c(calls);
    QVERIFY(c.open(QIODevice::ReadOnly));
    // Docker restarted once: the second run found nothing to change.
    QCOMPARE(QString::fromUtf8(c.readAll()).count(QLatin1String("systemctl restart docker")), 1);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("daemon.json.npufleet-*")}).size(), 1);
}

void TestSwarmStack::preflightReadsTheRuntimeOffTheStack()
{
    const project::ProjectData p = asSwarm(QStringLiteral("demo:deepseek-2node"));
    const auto plan = checks::makePreflightPlan(p, p.deployments.first().name);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(plan->swarm);
    for (const checks::PlannedNode& pn : plan->nodes) {
        QVERIFY(pn.ascendRuntime);
        QCOMPARE(pn.swarmNpus, 8);
        QVERIFY(pn.swarmPorts.contains(7946));
    }
}

QTEST_GUILESS_MAIN(TestSwarmStack)
#include "tst_swarmstack.moc"
