// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"

using namespace npufleet;
using namespace npufleet::project;

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void demosLoad_data();
    void demosLoad();
    void roundTripIsStable();
    void unknownKeysAreKeptAndReported();
    void brokenFiles_data();
    void brokenFiles();
    void saveIsAtomic();
    void secretsNeverWritten();
    void openProjectSpecNamesDemos();
};

void TestProjectFile::demosLoad_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("npus");
    QTest::addColumn<int>("deployments");
    QTest::newRow("atlas-lab") << QStringLiteral("atlas-lab") << 5 << 8 << 2;
    QTest::newRow("deepseek-2node") << QStringLiteral("deepseek-2node") << 2 << 8 << 1;
}

void TestProjectFile::demosLoad()
{
    QFETCH(QString, name);
    QFETCH(int, nodes);
    QFETCH(int, npus);
    QFETCH(int, deployments);
    const auto data = loadDemo(name);
    QVERIFY2(data.hasValue(), qPrintable(data.hasValue() ? QString() : data.error().toString()));
    QVERIFY(data->demo);
    QCOMPARE(data->nodes.size(), nodes);
    for (const cluster::Node& n : data->nodes)
        QCOMPARE(n.accelerators().size(), npus);
    QCOMPARE(data->deployments.size(), deployments);
    QCOMPARE(data->nodes.first().role, cluster::NodeRole::Head);
}

void TestProjectFile::roundTripIsStable()
{
    for (const QString& name : demoNames()) {
        const auto first = loadDemo(name);
        QVERIFY(first.hasValue());
        const QByteArray once = serializeProject(*first);
        QStringList warnings;
        const auto second = parseProject(once, QStringLiteral("once.yaml"), &warnings);
        QVERIFY2(second.hasValue(), qPrintable(second.hasValue() ? QString() : second.error().toString()));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(serializeProject(*second), once);
        // Every value came through.
        QCOMPARE(second->deployments.first().environment, first->deployments.first().environment);
        QCOMPARE(second->deployments.first().placement, first->deployments.first().placement);
        QCOMPARE(second->deployments.first().serving, first->deployments.first().serving);
        QCOMPARE(second->storage, first->storage);
        QCOMPARE(second->nodes.first().interfaces, first->nodes.first().interfaces);
        QCOMPARE(second->nodes.first().hardware, first->nodes.first().hardware);
    }
}

void TestProjectFile::unknownKeysAreKeptAndReported()
{
    const QByteArray yaml = "version: 1\n"
                            "name: lab\n"
                            "owner: {team: infra, oncall: [alice, bob]}\n"
                            "cluster:\n"
                            "  nodes:\n"
                            "    - name: n1\n"
                            "      host: 127.0.0.2\n"
                            "      rack_position: 12\n"
                            "models: []\n"
                            "deployments: []\n";
    QStringList warnings;
    const auto data = parseProject(yaml, QStringLiteral("lab.yaml"), &warnings);
    QVERIFY(data.hasValue());
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).startsWith(QLatin1String("lab.yaml:8:7: unknown key 'rack_position'")));
    QVERIFY(warnings.at(1).startsWith(QLatin1String("lab.yaml:3:1: unknown key 'owner'")));
    const QByteArray saved = serializeProject(*data);
    QVERIFY(saved.contains("rack_position: 12"));
    QVERIFY(saved.contains("oncall"));
    const auto again = parseProject(saved, QStringLiteral("again.yaml"));
    QVERIFY(again.hasValue());
    QCOMPARE(again->extra, data->extra);
    QCOMPARE(again->nodes.first().extra, data->nodes.first().extra);
}

void TestProjectFile::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // the start of Error::toString()

    const QByteArray head = "version: 1\ncluster:\n  nodes:\n    - name: n1\n      host: 10.0.0.1\n";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("p.yaml: the file is empty");
    QTest::newRow("not yaml") << QByteArray("version: 1\nname: [unclosed\n")
                              << QStringLiteral("p.yaml:3:1: not valid YAML");
    QTest::newRow("no version") << QByteArray("name: x\n")
                                << QStringLiteral("p.yaml:1:1: missing required key 'version'");
    QTest::newRow("newer version") << QByteArray("version: 7\n")
                                   << QStringLiteral("p.yaml:1:10: this project was written by a newer NPU Fleet");
    QTest::newRow("top is a list") << QByteArray("- a\n- b\n")
                                   << QStringLiteral("p.yaml:1:1: a project must be a mapping");
    QTest::newRow("node without host") << QByteArray("version: 1\ncluster:\n  nodes:\n    - name: n1\n")
                                       << QStringLiteral("p.yaml:4:7: missing required key 'host'");
    QTest::newRow("bad port") << QByteArray(head + "      port: 99999\n")
                              << QStringLiteral("p.yaml:6:13: 'port' must be between 1 and 65535, not 99999");
    QTest::newRow("port not a number") << QByteArray(head + "      port: ssh\n")
                                       << QStringLiteral("p.yaml:6:13: 'port' must be a whole number");
    QTest::newRow("bad role") << QByteArray(head + "      role: boss\n")
                              << QStringLiteral("p.yaml:6:13: 'role' must be head or worker, not 'boss'");
    QTest::newRow("bad address") << QByteArray(head + "      interfaces:\n        - {name: eth0, address: 10.0.0/24}\n")
                                 << QStringLiteral("p.yaml:7:33: 'address' must be an IPv4 address");
    QTest::newRow("duplicate node") << QByteArray(head + "    - name: n1\n      host: 10.0.0.2\n")
                                    << QStringLiteral("p.yaml:6:13: node name 'n1' is used twice");
    QTest::newRow("unknown model") << QByteArray(head + "deployments:\n  - name: d\n    model: ghost\n")
                                   << QStringLiteral(
                                          "p.yaml:8:12: deployment 'd': the model \"ghost\" is not in the project");
    QTest::newRow("unknown node in placement")
        << QByteArray(head
                      + "models: [{id: m}]\ndeployments:\n  - name: d\n    model: m\n    placement:\n      - {node: "
                        "n9, devices: [0]}\n")
        << QStringLiteral("p.yaml:11:16: deployment 'd': unknown node \"n9\" in the placement");
    QTest::newRow("negative device") << QByteArray(head
                                                   + "models: [{id: m}]\ndeployments:\n  - name: d\n    model: m\n    "
                                                     "placement:\n      - {node: n1, devices: [0, -1]}\n")
                                     << QStringLiteral("p.yaml:11:33: every item of 'devices' must be a device number");
    QTest::newRow("unknown engine") << QByteArray(
        head + "models: [{id: m}]\ndeployments:\n  - name: d\n    model: m\n    engine: tgi\n")
                                    << QStringLiteral("p.yaml:10:13: unknown engine 'tgi'");
    QTest::newRow("utilization too high")
        << QByteArray(head
                      + "models: [{id: m}]\ndeployments:\n  - name: d\n    model: m\n    serving: "
                        "{gpu_memory_utilization: 1.5}\n")
        << QStringLiteral("p.yaml:10:39: 'gpu_memory_utilization' must be between 0.05 and 1, not 1.5");
    QTest::newRow("password key") << QByteArray(head + "      password: hunter2\n")
                                  << QStringLiteral(
                                         "p.yaml:6:7: 'password': passwords are never kept in project files");
    QTest::newRow("literal token") << QByteArray(
        head + "models: [{id: m}]\ndeployments:\n  - name: d\n    model: m\n    environment: {HF_TOKEN: hf_abc}\n")
                                   << QStringLiteral("p.yaml:10:29: HF_TOKEN in deployment 'd' looks like a secret");
    QTest::newRow("bad quantization") << QByteArray("version: 1\nmodels:\n  - {id: m, quantization: int3}\n")
                                      << QStringLiteral("p.yaml:3:27: 'quantization' must be one of");
    QTest::newRow("storage on unknown node") << QByteArray(head + "storage: {server: nas}\n")
                                             << QStringLiteral("p.yaml:6:19: storage server 'nas' is not a node");
    QTest::newRow("nodes not a list") << QByteArray("version: 1\ncluster:\n  nodes: n1\n")
                                      << QStringLiteral("p.yaml:3:10: 'nodes' must be a list");
}

void TestProjectFile::brokenFiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const auto data = parseProject(yaml, QStringLiteral("p.yaml"));
    QVERIFY(!data.hasValue());
    const QString message = data.error().toString();
    QVERIFY2(message.startsWith(expected), qPrintable(message));
}

void TestProjectFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.yaml"));
    const auto demo = loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(demo.hasValue());
    QVERIFY(saveProject(*demo, path).hasValue());
    const auto loaded = loadProject(path);
    QVERIFY(loaded.hasValue());
    QCOMPARE(serializeProject(*loaded), serializeProject(*demo));

    // A save that cannot happen says where, and touches nothing.
    ProjectData changed = *demo;
    changed.name = QStringLiteral("changed");
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    const QString blocked = dir.filePath(QStringLiteral("taken"));
    const auto result = saveProject(changed, blocked);
    QVERIFY(!result.hasValue());
    QVERIFY(result.error().toString().startsWith(blocked + QStringLiteral(": cannot save the project")));
    QVERIFY(QFileInfo(blocked).isDir());
    // No temporary file is left behind by either save.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("lab.yaml")});
    QCOMPARE(loadProject(path)->name, demo->name);
}

void TestProjectFile::secretsNeverWritten()
{
    auto data = loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(data.hasValue());
    data->deployments.first().environment.append({QStringLiteral("HF_TOKEN"), QStringLiteral("${HF_TOKEN}")});
    const QByteArray yaml = serializeProject(*data);
    QVERIFY(yaml.contains("HF_TOKEN: \"${HF_TOKEN}\""));
    QVERIFY(parseProject(yaml, QStringLiteral("x.yaml")).hasValue());
    QVERIFY(isSecretName(QStringLiteral("GPUSTACK_TOKEN")));
    QVERIFY(isSecretName(QStringLiteral("openai_api_key")));
    QVERIFY(!isSecretName(QStringLiteral("HCCL_BUFFSIZE")));
}

void TestProjectFile::openProjectSpecNamesDemos()
{
    QVERIFY(openProjectSpec(QStringLiteral("demo:deepseek-2node")).hasValue());
    const auto missing = openProjectSpec(QStringLiteral("demo:nope"));
    QVERIFY(!missing.hasValue());
    QVERIFY(missing.error().toString().contains(QLatin1String("atlas-lab")));
    const auto noFile = openProjectSpec(QStringLiteral("/nonexistent/p.yaml"));
    QVERIFY(noFile.error().toString().startsWith(QLatin1String("/nonexistent/p.yaml: cannot open")));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
