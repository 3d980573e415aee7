// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "Fixtures.h"

using npufleet::test::fixturePath;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runNpufleet(const QStringList& args, const QStringList& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(NPUFLEET_BINARY), args);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private slots:
    void jsonForARealLog()
    {
        const Run run = runNpufleet({QStringLiteral("diagnose"),
                                     fixturePath(QStringLiteral("errors/hccl-EI0006-socket-timeout.txt")),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(QStringLiteral("id")).toString(), QStringLiteral("hccl-socket-timeout"));
        QCOMPARE(f.value(QStringLiteral("line")).toInt(), 2); // the file's first line is its '# source' header
        QVERIFY(f.value(QStringLiteral("evidence")).toString().contains(QLatin1String("EI0006")));
        for (const char* key : {"id", "title", "explanation", "fix", "line", "evidence"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
    }

    void textAndChinese()
    {
        const QString log = fixturePath(QStringLiteral("errors/swarm-skip-dnat-firewalld.txt"));
        const Run en = runNpufleet({QStringLiteral("diagnose"), log}, {QStringLiteral("NPUFLEET_LANG=en")});
        QCOMPARE(en.exitCode, 1);
        QVERIFY(en.out.contains("swarm-skip-dnat"));
        QVERIFY(en.out.contains("systemctl stop firewalld"));
        const Run zh = runNpufleet({QStringLiteral("diagnose"), log}, {QStringLiteral("NPUFLEET_LANG=zh_CN")});
        QCOMPARE(zh.exitCode, 1);
        QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("在每个节点上")));
    }

    void nothingRecognised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("INFO:     Application startup complete.\nINFO:     \"GET /health HTTP/1.1\" 200 OK\n");
        file.close();
        const Run run
            = runNpufleet({QStringLiteral("diagnose"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray().size(), 0);
    }

    void badInput()
    {
        QCOMPARE(runNpufleet({QStringLiteral("diagnose")}).exitCode, 2);
        const Run missing = runNpufleet({QStringLiteral("diagnose"), QStringLiteral("/nonexistent/x.log")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("/nonexistent/x.log")));
        QCOMPARE(runNpufleet({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("xml"),
                              fixturePath(QStringLiteral("errors/npu-out-of-memory.txt"))})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_cli_diagnose.moc"
