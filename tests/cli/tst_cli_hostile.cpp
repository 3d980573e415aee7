// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line reproducers of issue 16: a deployment named ".." made `export` write outside --out, a
// model path "-delete" went to every node's find, a newline in storage.export became a line of
// /etc/exports. Each project is now refused with exit 2 and file:line:column, before anything is written
// or any node is asked.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRun.h"

namespace {

using npufleet::test::CliRun;

// One node (an address nothing listens on: a connection attempt would show as an error, not a hang), one
// model, one deployment, shared storage; %1 %2 %3 are the deployment name, model path and export.
const char* const kProject = R"(version: 1
name: Hostile
cluster:
  nodes:
    - name: n1
      host: 127.0.0.1
      port: 1
      user: root
      hardware: {vendor: ascend, chip: 910B4, count: 8, memory_gib: 32}
models:
  - id: m
    name: Qwen3-8B
    path: %2
deployments:
  - name: %1
    model: m
    engine: vllm-ascend
    image: quay.io/ascend/vllm-ascend:v0.9.2rc1
    placement:
      - {node: n1, devices: [0]}
storage:
  server: n1
  export: %3
  network: 10.0.0.0/24
)";

QString
writeProject(const QString& path, const QString& deployment, const QString& modelPath, const QString& exportPath)
{
    QFile f(path);
    const QByteArray text = QString::fromUtf8(kProject).arg(deployment, modelPath, exportPath).toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write the test project");
    return path;
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void deploymentDotDotWritesNothing()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("in")));
        const QString project = writeProject(root.filePath(QStringLiteral("in/p.yaml")), QStringLiteral(".."),
                                             QStringLiteral("/models/Qwen3-8B"), QStringLiteral("/data/models"));
        const QString out = root.filePath(QStringLiteral("in/out"));
        const CliRun r
            = npufleet::test::runCli({QStringLiteral("export"), QStringLiteral("--project"), project,
                                      QStringLiteral("--format"), QStringLiteral("all"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(project + QStringLiteral(":15:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("deployment \"..\", name: refused")), qPrintable(r.err));
        QCOMPARE(entries(root.path()), QStringList {QStringLiteral("in")});
        QCOMPARE(entries(root.filePath(QStringLiteral("in"))), QStringList {QStringLiteral("p.yaml")});
    }

    void modelPathDeleteNeverReachesANode()
    {
        QTemporaryDir root;
        const QString project = writeProject(root.filePath(QStringLiteral("p.yaml")), QStringLiteral("d"),
                                             QStringLiteral("-delete"), QStringLiteral("/data/models"));
        const CliRun r = npufleet::test::runCli({QStringLiteral("preflight"), QStringLiteral("--project"), project,
                                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(project + QStringLiteral(":13:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("model \"m\", path: refused \"-delete\"")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void newlineInExportWritesNoScript()
    {
        QTemporaryDir root;
        const QString project = writeProject(root.filePath(QStringLiteral("p.yaml")), QStringLiteral("d"),
                                             QStringLiteral("/models/Qwen3-8B"),
                                             QStringLiteral("\"/data/models\\n/ *(rw,no_root_squash,insecure)\""));
        const QString out = root.filePath(QStringLiteral("out"));
        const CliRun r
            = npufleet::test::runCli({QStringLiteral("export"), QStringLiteral("--project"), project,
                                      QStringLiteral("--format"), QStringLiteral("nfs"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(project + QStringLiteral(":23:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("export: refused \"/data/models\\n/ *(rw,no_root_squash,insecure)\"")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
