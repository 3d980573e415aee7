// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exported scripts and compose files are valid for bash, shellcheck and docker-compose; values with
// spaces, quotes, $, backticks and Chinese survive; invalid deployments refuse to export.
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/exporting/Exporter.h"
#include "core/recipes/Recipes.h"

#include "RecipesDemo.h"

using namespace npufleet;
using namespace npufleet::exporting;

namespace {
struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QStringList filesUnder(const QString& dir, const QString& glob)
{
    QStringList out;
    QDirIterator it(dir, {glob}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// A project whose values need quoting everywhere they reach a command line.
project::ProjectData awkwardProject()
{
    project::ProjectData p = test::atlasLab();
    p.models[0].path = QStringLiteral("/data/模型 目录/Qwen3 \"30B\" it's $HOME `id` $(id)!*");
    p.deployments[0].serving.servedModelName = QStringLiteral("qwen 3 'a3b' $x");
    p.deployments[0].serving.extraArgs << QStringLiteral("--chat-template")
                                       << QStringLiteral("/tmp/tpl with space\nand newline.jinja");
    p.deployments[0].environment << qMakePair(QStringLiteral("NPUFLEET_NOTE"), QStringLiteral("a;b|c&d>e ~f \\g"));
    return p;
}
} // namespace

class TestExporting : public QObject
{
    Q_OBJECT

private slots:
    void formats();
    void writesScriptsAndRunbook_data();
    void writesScriptsAndRunbook();
    void scriptsPassBashAndShellcheck_data();
    void scriptsPassBashAndShellcheck();
    void composeFilesPassDockerCompose_data();
    void composeFilesPassDockerCompose();
    void awkwardValuesSurviveTheScript();
    void formatMustFitTheEngine();
    void invalidDeploymentsRefuse_data();
    void invalidDeploymentsRefuse();

private:
    QString exportTo(const project::ProjectData& p, const QString& deployment, ExportFormat f, QTemporaryDir& dir);
};

QString
TestExporting::exportTo(const project::ProjectData& p, const QString& deployment, ExportFormat f, QTemporaryDir& dir)
{
    const auto written = exportDeployment(p, deployment, f, dir.path());
    if (!written) {
        qWarning("%s", qPrintable(written.error().toString()));
        return {};
    }
    return dir.path() + QLatin1Char('/') + deployment;
}

void TestExporting::formats()
{
    for (const QString& k : project::formatKeys())
        QCOMPARE(project::formatKey(*project::formatFromKey(k)), k);
    QVERIFY(!project::formatFromKey(QStringLiteral("nfs")));
    QVERIFY(!project::formatFromKey(QStringLiteral("SH")));
}

namespace {
void scenarios()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("deployment");
    const QList<QPair<const char*, const char*>> rows {
        {"atlas", "qwen3-30b-a3b"}, {"atlas", "qwen25-coder-32b"}, {"deepseek", "deepseek-r1"},
        {"ray", "deepseek-r1-ray"}, {"awkward", "qwen3-30b-a3b"},  {"engines", "gpustack"},
        {"engines", "qwen3-swarm"}, {"engines", "qwen3-mindie"},   {"engines", "qwen3-cuda"},
    };
    for (const auto& [project, deployment] : rows)
        QTest::addRow("%s %s", project, deployment) << QString::fromLatin1(project) << QString::fromLatin1(deployment);
}

project::ProjectData scenario(const QString& name)
{
    if (name == QLatin1String("atlas"))
        return test::atlasLab();
    if (name == QLatin1String("deepseek"))
        return test::deepseekTwoNode();
    if (name == QLatin1String("ray"))
        return test::deepseekRay();
    if (name == QLatin1String("engines"))
        return test::engineLab();
    return awkwardProject();
}
} // namespace

void TestExporting::writesScriptsAndRunbook_data()
{
    scenarios();
}

void TestExporting::writesScriptsAndRunbook()
{
    QFETCH(QString, project);
    QFETCH(QString, deployment);
    QTemporaryDir dir;
    const project::ProjectData p = scenario(project);
    const QString out = exportTo(p, deployment, ExportFormat::Shell, dir);
    QVERIFY(!out.isEmpty());
    const auto plan = recipes::makeLaunchPlan(p, deployment);
    QVERIFY(plan);
    for (const recipes::NodePlan& n : plan->nodes) {
        for (const QString& kind : {QStringLiteral("start"), QStringLiteral("stop")}) {
            if (kind == QLatin1String("stop") && n.stop.isEmpty())
                continue; // e.g. a Swarm worker: the manager removes the stack
            QFile f(QStringLiteral("%1/%2-%3.sh").arg(out, kind, n.node));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QVERIFY(f.permissions() & QFile::ExeOwner);
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY(text.startsWith(QLatin1String("#!/usr/bin/env bash\n")));
            QVERIFY(text.contains(QLatin1String("\nset -euo pipefail\n")));
            QVERIFY(text.section(QLatin1Char('\n'), 1, 2).contains(n.node));
            QVERIFY(text.section(QLatin1Char('\n'), 1, 2).contains(deployment));
        }
    }
    QFile runbook(out + QStringLiteral("/RUNBOOK.md"));
    QVERIFY(runbook.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(runbook.readAll());
    QVERIFY(md.contains(QLatin1String("start-") + plan->nodes.first().node + QLatin1String(".sh")));
    QVERIFY(md.contains(plan->health.urls().value(0, QStringLiteral("<no health check>"))));
    QVERIFY(md.contains(QLatin1String("check:")));
}

void TestExporting::scriptsPassBashAndShellcheck_data()
{
    scenarios();
}

void TestExporting::scriptsPassBashAndShellcheck()
{
    QFETCH(QString, project);
    QFETCH(QString, deployment);
    QTemporaryDir dir;
    const QString out = exportTo(scenario(project), deployment, ExportFormat::All, dir);
    QVERIFY(!out.isEmpty());
    const QStringList scripts = filesUnder(out, QStringLiteral("*.sh"));
    QVERIFY(scripts.size() >= 2);
    for (const QString& s : scripts) {
        const Run b = run(QStringLiteral("bash"), {QStringLiteral("-n"), s});
        QVERIFY2(b.exitCode == 0, qPrintable(s + QLatin1Char('\n') + b.output));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty())
        QSKIP("shellcheck is not installed (scripts/setup-deps installs it)");
    const Run sc = run(QStringLiteral("shellcheck"), QStringList {QStringLiteral("--shell=bash")} + scripts);
    QVERIFY2(sc.exitCode == 0, qPrintable(sc.output));
}

void TestExporting::composeFilesPassDockerCompose_data()
{
    scenarios();
}

void TestExporting::composeFilesPassDockerCompose()
{
    QFETCH(QString, project);
    QFETCH(QString, deployment);
    QTemporaryDir dir;
    const QString out = exportTo(scenario(project), deployment, ExportFormat::Compose, dir);
    if (deployment == QLatin1String("qwen3-swarm")) {
        QVERIFY(out.isEmpty()); // a Swarm deployment runs no plain containers: its file is the stack
        QTemporaryDir all;
        const QString allOut = exportTo(scenario(project), deployment, ExportFormat::All, all);
        const QStringList stacks = filesUnder(allOut, QStringLiteral("vllm-stack.yml"));
        QCOMPARE(stacks.size(), 1);
        if (QStandardPaths::findExecutable(QStringLiteral("docker-compose")).isEmpty())
            QSKIP("docker-compose is not installed (scripts/setup-deps installs it)");
        const Run c = run(QStringLiteral("docker-compose"),
                          {QStringLiteral("-f"), stacks.first(), QStringLiteral("config"), QStringLiteral("-q")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.output));
        return;
    }
    QVERIFY(!out.isEmpty());
    const auto plan = recipes::makeLaunchPlan(scenario(project), deployment);
    QVERIFY(plan);
    int withContainers = 0;
    for (const recipes::NodePlan& n : plan->nodes)
        withContainers += plan->containers(n.node).isEmpty() ? 0 : 1;
    const QStringList files = filesUnder(out, QStringLiteral("docker-compose.yml"));
    QCOMPARE(files.size(), withContainers);
    if (QStandardPaths::findExecutable(QStringLiteral("docker-compose")).isEmpty())
        QSKIP("docker-compose is not installed (scripts/setup-deps installs it)");
    for (const QString& f : files) {
        const Run c = run(QStringLiteral("docker-compose"),
                          {QStringLiteral("-f"), f, QStringLiteral("config"), QStringLiteral("-q")});
        QVERIFY2(c.exitCode == 0, qPrintable(f + QLatin1Char('\n') + c.output));
    }
}

void TestExporting::awkwardValuesSurviveTheScript()
{
    // Run the start script against stand-in docker / timeout commands that record their arguments.
    QTemporaryDir dir;
    const project::ProjectData p = awkwardProject();
    const QString out = exportTo(p, QStringLiteral("qwen3-30b-a3b"), ExportFormat::Shell, dir);
    QVERIFY(!out.isEmpty());
    const QString bin = dir.path() + QStringLiteral("/bin");
    QVERIFY(QDir().mkpath(bin));
    const QString log = dir.path() + QStringLiteral("/calls.log");
    for (const QString& tool : {QStringLiteral("docker"), QStringLiteral("timeout")}) {
        QFile f(bin + QLatin1Char('/') + tool);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/bash\nprintf '%s\\0' \"$(basename \"$0\")\" \"$@\" >>\"$NPUFLEET_CALL_LOG\"\nprintf '\\0' "
                ">>\"$NPUFLEET_CALL_LOG\"\n");
        f.close();
        f.setPermissions(f.permissions() | QFile::ExeOwner);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("NPUFLEET_CALL_LOG"), log);
    const Run r = run(QStringLiteral("bash"), {out + QStringLiteral("/start-atlas-106.sh")}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));

    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // Calls are NUL-separated words, each call ended by an empty word.
    QList<QStringList> calls;
    QStringList current;
    for (const QByteArray& w : f.readAll().split('\0')) {
        if (w.isEmpty()) {
            if (!current.isEmpty())
                calls << current;
            current.clear();
        } else {
            current << QString::fromUtf8(w);
        }
    }
    const auto plan = recipes::makeLaunchPlan(p, QStringLiteral("qwen3-30b-a3b"));
    QVERIFY(plan);
    QStringList expected;
    for (const recipes::Step& s : plan->nodes.first().start) {
        if (s.container)
            expected = s.container->dockerRunArgs();
    }
    bool found = false;
    for (const QStringList& c : std::as_const(calls)) {
        if (c.value(1) == QLatin1String("run")) {
            QCOMPARE(c, expected);
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(expected.join(QLatin1Char(' ')).contains(QStringLiteral("模型 目录")));
}

void TestExporting::formatMustFitTheEngine()
{
    QTemporaryDir dir;
    const auto ray = exportDeployment(test::atlasLab(), QStringLiteral("qwen3-30b-a3b"), ExportFormat::Ray, dir.path());
    QVERIFY(!ray);
    QVERIFY(ray.error().message.contains(QLatin1String("qwen3-30b-a3b")));
    const auto stack
        = exportDeployment(test::deepseekTwoNode(), QStringLiteral("deepseek-r1"), ExportFormat::Stack, dir.path());
    QVERIFY(!stack);
    const auto ok
        = exportDeployment(test::deepseekRay(), QStringLiteral("deepseek-r1-ray"), ExportFormat::Ray, dir.path());
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    QStringList names;
    for (const QString& path : *ok)
        names << QFileInfo(path).fileName();
    for (const char* want : {"ray-head-ds-node0.sh", "ray-worker-ds-node1.sh", "ray-serve-ds-node0.sh", "RUNBOOK.md"})
        QVERIFY2(names.contains(QLatin1String(want)), want);
}

void TestExporting::invalidDeploymentsRefuse_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no placement") << 0 << "qwen3-30b-a3b"
                                  << "no placement";
    QTest::newRow("device twice") << 1 << "qwen3-30b-a3b"
                                  << "used twice";
    QTest::newRow("device of another deployment") << 2 << "qwen25-coder-32b"
                                                  << "also used by deployment";
    QTest::newRow("layout mismatch") << 3 << "qwen3-30b-a3b"
                                     << "TP 4 x PP 1 x DP 1 = 4 devices, but 3 are placed";
    QTest::newRow("device beyond node") << 4 << "qwen3-30b-a3b"
                                        << "device 8 does not exist";
    QTest::newRow("worker without NIC") << 5 << "deepseek-r1"
                                        << "node ds-node1 has no cluster network interface";
    QTest::newRow("unknown node") << 6 << "qwen3-30b-a3b"
                                  << "unknown node \"atlas-999\"";
    QTest::newRow("tp does not divide heads") << 7 << "qwen3-30b-a3b"
                                              << "does not divide the model's 30 attention heads";
    QTest::newRow("unknown deployment") << 8 << "nope"
                                        << "no deployment named \"nope\"";
}

void TestExporting::invalidDeploymentsRefuse()
{
    QFETCH(int, breakage);
    QFETCH(QString, deployment);
    QFETCH(QString, problem);
    project::ProjectData p = breakage == 5 ? test::deepseekTwoNode() : test::atlasLab();
    recipes::RecipeOptions options;
    switch (breakage) {
    case 0:
        p.deployments[0].placement.clear();
        break;
    case 1:
        p.deployments[0].placement[0].devices = {0, 1, 1, 2};
        break;
    case 2:
        p.deployments[1].placement[0].devices = {3, 4, 5, 6};
        break;
    case 3:
        p.deployments[0].placement[0].devices = {0, 1, 2};
        break;
    case 4:
        p.deployments[0].placement[0].devices = {0, 1, 2, 8};
        break;
    case 5:
        p.nodes[1].clusterInterface.clear();
        break;
    case 6:
        p.deployments[0].placement[0].node = QStringLiteral("atlas-999");
        break;
    case 7:
        options.attentionHeads = 30;
        break;
    default:
        break;
    }
    QTemporaryDir dir;
    const auto written = exportDeployment(p, deployment, ExportFormat::All, dir.path(), options);
    QVERIFY(!written);
    const QString message = written.error().toString();
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY2(message.contains(QLatin1Char('"') + deployment + QLatin1Char('"')), qPrintable(message));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

QTEST_GUILESS_MAIN(TestExporting)
#include "tst_exporting.moc"
