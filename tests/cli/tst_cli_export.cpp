// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `npufleet export`: both demos export in every format, scripts pass `bash -n`, an invalid deployment
// exits 1 naming itself while the others are still written, bad usage and bad projects exit 2.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRun.h"

namespace {

using npufleet::test::CliRun;

// stdout has one written file per line.
CliRun exportRun(const QStringList& args)
{
    return npufleet::test::runCli(QStringList {QStringLiteral("export")} + args);
}

// One node, three deployments: "good" is valid, "broken" places 3 devices for TP 4, and "odd-tp"
// has a TP that does not divide the 32 attention heads of Qwen3-8B (known from the catalog).
const char* const kProject = R"(version: 1
name: Export test
cluster:
  name: export-test
  nodes:
    - name: n1
      host: 10.0.0.1
      user: root
      role: head
      cluster_interface: eth0
      interfaces:
        - {name: eth0, address: 10.0.0.1/24}
      hardware: {vendor: ascend, chip: 910B4, count: 8, memory_gib: 32}
models:
  - id: qwen3-8b
    name: Qwen3-8B
    path: /models/Qwen3-8B
    catalog: Qwen3-8B
    quantization: bf16
deployments:
  - name: good
    model: qwen3-8b
    engine: vllm-ascend
    image: quay.io/ascend/vllm-ascend:v0.9.2rc1
    placement:
      - {node: n1, devices: [0, 1]}
    parallel: {tp: 2, pp: 1, dp: 1, ep: false}
    serving: {port: 8001}
  - name: broken
    model: qwen3-8b
    engine: vllm-ascend
    image: quay.io/ascend/vllm-ascend:v0.9.2rc1
    placement:
      - {node: n1, devices: [4, 5, 6]}
    parallel: {tp: 4, pp: 1, dp: 1, ep: false}
    serving: {port: 8002}
  - name: odd-tp
    model: qwen3-8b
    engine: vllm-ascend
    image: quay.io/ascend/vllm-ascend:v0.9.2rc1
    placement:
      - {node: n1, devices: [2, 3, 7]}
    parallel: {tp: 3, pp: 1, dp: 1, ep: false}
    serving: {port: 8003}
)";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the test project");
    return path;
}
QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}
} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void demosExportAll_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("atlas-lab") << "demo:atlas-lab"
                                   << words({"qwen3-30b-a3b/start-atlas-106.sh", "qwen3-30b-a3b/stop-atlas-106.sh",
                                             "qwen3-30b-a3b/RUNBOOK.md", "qwen25-coder-32b/start-atlas-106.sh",
                                             "qwen25-coder-32b/RUNBOOK.md"});
        QTest::newRow("deepseek-2node") << "demo:deepseek-2node"
                                        << words({"deepseek-r1/start-ds-node0.sh", "deepseek-r1/start-ds-node1.sh",
                                                  "deepseek-r1/RUNBOOK.md"});
    }

    void demosExportAll()
    {
        QFETCH(QString, project);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRun r = exportRun({QStringLiteral("--project"), project, QStringLiteral("--format"),
                                    QStringLiteral("all"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& want : std::as_const(expected))
            QVERIFY2(r.outLines().contains(want),
                     qPrintable(want + QStringLiteral(" not in: ") + r.outLines().join(u' ')));
        int scripts = 0;
        for (const QString& line : r.outLines()) {
            QVERIFY2(QFileInfo(line).isRelative(), qPrintable(line));
            const QString path = QDir(dir.path()).filePath(line);
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
            if (!line.endsWith(QLatin1String(".sh")))
                continue;
            ++scripts;
            QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path));
            QProcess bash;
            bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), path});
            QVERIFY(bash.waitForFinished(30000));
            QVERIFY2(bash.exitCode() == 0,
                     qPrintable(line + QLatin1Char(' ') + QString::fromUtf8(bash.readAllStandardError())));
        }
        QVERIFY(scripts >= 2);
    }

    void deepseekWorkerIsHeadless()
    {
        QTemporaryDir dir;
        const CliRun r
            = exportRun({QStringLiteral("--project"), QStringLiteral("demo:deepseek-2node"),
                         QStringLiteral("--deployment"), QStringLiteral("deepseek-r1"), QStringLiteral("--format"),
                         QStringLiteral("sh"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile worker(dir.filePath(QStringLiteral("deepseek-r1/start-ds-node1.sh")));
        QVERIFY(worker.open(QIODevice::ReadOnly));
        QVERIFY(worker.readAll().contains("--headless"));
    }

    void oneDeploymentAndMissingOutFolder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("not/yet/there"));
        const CliRun r = exportRun({QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                                    QStringLiteral("--deployment"), QStringLiteral("qwen25-coder-32b"),
                                    QStringLiteral("--format"), QStringLiteral("sh"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.outLines().isEmpty());
        for (const QString& line : r.outLines())
            QVERIFY2(line.startsWith(QLatin1String("qwen25-coder-32b/")), qPrintable(line));
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("qwen25-coder-32b/start-atlas-106.sh"))).isFile());
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("qwen3-30b-a3b"))));
    }

    void invalidDeploymentExitsOneAndOthersAreWritten()
    {
        QTemporaryDir dir;
        const QString project = writeFile(dir, QStringLiteral("project.yaml"), kProject);
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliRun r = exportRun({QStringLiteral("--project"), project, QStringLiteral("--format"),
                                    QStringLiteral("all"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("\"broken\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("3 are placed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("\"odd-tp\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("32 attention heads")), qPrintable(r.err));
        QVERIFY(r.outLines().contains(QStringLiteral("good/start-n1.sh")));
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("good/start-n1.sh"))).isFile());
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("broken"))));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("odd-tp"))));
    }

    void formatThatFitsNoDeploymentFails()
    {
        QTemporaryDir dir;
        // Named: the mismatch is an error about that deployment.
        CliRun r = exportRun({QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                              QStringLiteral("--deployment"), QStringLiteral("qwen3-30b-a3b"),
                              QStringLiteral("--format"), QStringLiteral("ray"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("qwen3-30b-a3b")), qPrintable(r.err));
        // Not named: deployments of other engines are skipped; none left is a failure.
        r = exportRun({QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"), QStringLiteral("--format"),
                       QStringLiteral("ray"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outLines().isEmpty());
    }

    void nfsScriptsForTheSharedStorage()
    {
        QTemporaryDir dir;
        CliRun r = exportRun({QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"), QStringLiteral("--format"),
                              QStringLiteral("nfs"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outLines().contains(QStringLiteral("nfs/nfs-server-atlas-106.sh")),
                 qPrintable(r.outLines().join(QLatin1Char(' '))));
        QVERIFY(r.outLines().contains(QStringLiteral("nfs/nfs-client-atlas-110.sh")));
        QVERIFY(r.outLines().contains(QStringLiteral("nfs/nfs-undo-server-atlas-106.sh")));
        // 'all' adds them to the deployments' files.
        QTemporaryDir all;
        r = exportRun({QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"), QStringLiteral("--format"),
                       QStringLiteral("all"), QStringLiteral("--out"), all.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outLines().contains(QStringLiteral("nfs/nfs-client-atlas-107.sh")));
        // A project without shared storage has nothing to write.
        r = exportRun({QStringLiteral("--project"), QStringLiteral("demo:deepseek-2node"), QStringLiteral("--format"),
                       QStringLiteral("nfs"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(r.exitCode, 1);
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QByteArray outPath = QDir::temp().filePath(QStringLiteral("npufleet-export-unused")).toUtf8();
        const char* out = outPath.constData();
        QTest::newRow("bad format") << words({"--project", "demo:atlas-lab", "--format", "zip", "--out", out}) << "zip";
        QTest::newRow("no format") << words({"--project", "demo:atlas-lab", "--out", out}) << "--format";
        QTest::newRow("no out") << words({"--project", "demo:atlas-lab", "--format", "sh"}) << "--out";
        QTest::newRow("no project") << words({"--format", "sh", "--out", out}) << "--project";
        QTest::newRow("unknown deployment")
            << words({"--project", "demo:atlas-lab", "--deployment", "nope", "--format", "sh", "--out", out}) << "nope";
        QTest::newRow("missing project") << words(
            {"--project", "/nonexistent/npufleet/p.yaml", "--format", "sh", "--out", out})
                                         << "/nonexistent/npufleet/p.yaml";
        QTest::newRow("unknown demo") << words({"--project", "demo:nope", "--format", "sh", "--out", out}) << "nope";
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliRun r = exportRun(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.outLines().isEmpty());
    }

    void malformedProjectNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString project
            = writeFile(dir, QStringLiteral("bad.yaml"), "version: 1\nname: x\ndeployments:\n  - name: [unclosed\n");
        const CliRun r
            = exportRun({QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("sh"),
                         QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(project + QLatin1Char(':')), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
