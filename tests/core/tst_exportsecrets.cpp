// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports and secrets (issue #16): a ${HF_TOKEN} reference reaches the container from the environment
// at run time (docker -e HF_TOKEN, compose HF_TOKEN: ${HF_TOKEN}, scripts that check it is set), a
// literal secret is refused before anything is written, and every exported file is the owner's only
// (600, scripts and folders 700).
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/exporting/Exporter.h"
#include "core/recipes/Recipes.h"

#include "RecipesDemo.h"
#include <sys/stat.h>

using namespace npufleet;
using namespace npufleet::exporting;

namespace {
const QString kDeployment = QStringLiteral("qwen3-30b-a3b");

project::ProjectData withReferences()
{
    project::ProjectData p = test::atlasLab();
    p.deployments[0].environment << qMakePair(QStringLiteral("HF_TOKEN"), QStringLiteral("${HF_TOKEN}"))
                                 << qMakePair(QStringLiteral("VLLM_API_KEY"), QStringLiteral("${LAB_API_KEY}"));
    return p;
}

int mode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestExportSecrets : public QObject
{
    Q_OBJECT
private slots:
    void dockerRunTakesReferencesFromTheEnvironment();
    void scriptPassesTheValueAtRunTime();
    void composeKeepsTheReference();
    void literalSecretsAreRefused_data();
    void literalSecretsAreRefused();
    void filesAreTheOwnersOnly();
};

void TestExportSecrets::dockerRunTakesReferencesFromTheEnvironment()
{
    const auto plan = recipes::makeLaunchPlan(withReferences(), kDeployment);
    QVERIFY(plan);
    const recipes::Step* run = nullptr;
    for (const recipes::Step& s : plan->nodes.first().start)
        run = s.container ? &s : run;
    QVERIFY(run);
    const QStringList args = run->container->dockerRunArgs();
    const qsizetype hf = args.indexOf(QStringLiteral("HF_TOKEN"));
    QVERIFY2(hf > 0 && args.at(hf - 1) == QLatin1String("-e"), qPrintable(args.join(QLatin1Char(' '))));
    QVERIFY(!args.join(QLatin1Char(' ')).contains(QLatin1String("${")));
    // A reference to a variable of another name is set for docker alone, from that variable.
    QVERIFY2(run->commandLine().startsWith(QLatin1String("VLLM_API_KEY=\"${LAB_API_KEY}\" docker run")),
             qPrintable(run->commandLine()));
    QVERIFY(run->needsSecrets.contains(QStringLiteral("HF_TOKEN")));
    QVERIFY(run->needsSecrets.contains(QStringLiteral("LAB_API_KEY")));
}

void TestExportSecrets::scriptPassesTheValueAtRunTime()
{
    QTemporaryDir dir;
    const auto written = exportDeployment(withReferences(), kDeployment, ExportFormat::Shell, dir.path());
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const QString script = dir.path() + QLatin1Char('/') + kDeployment + QStringLiteral("/start-atlas-106.sh");
    const QString text = read(script);
    QVERIFY2(text.contains(QLatin1String(": \"${HF_TOKEN:?")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String(": \"${LAB_API_KEY:?")));

    // A stand-in docker prints what it was given and what its environment holds.
    const QString bin = dir.path() + QStringLiteral("/bin");
    QVERIFY(QDir().mkpath(bin));
    const QString log = dir.path() + QStringLiteral("/docker.log");
    for (const QString& tool : {QStringLiteral("docker"), QStringLiteral("timeout")}) {
        QFile f(bin + QLatin1Char('/') + tool);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/bash\nif [ \"$(basename \"$0\")\" = docker ] && [ \"$1\" = run ]; then\n"
                "  echo \"args: $*\" >>\"$CALL_LOG\"; echo \"HF_TOKEN=$HF_TOKEN VLLM_API_KEY=$VLLM_API_KEY\" "
                ">>\"$CALL_LOG\"\nfi\n");
        f.close();
        f.setPermissions(f.permissions() | QFile::ExeOwner);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("CALL_LOG"), log);
    env.remove(QStringLiteral("HF_TOKEN"));
    env.remove(QStringLiteral("LAB_API_KEY"));

    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), {script});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(p.exitCode() != 0); // not set: the script stops before anything runs
    QVERIFY2(p.readAll().contains("set HF_TOKEN first"), "the script names the missing variable");
    QVERIFY(!QFile::exists(log));

    env.insert(QStringLiteral("HF_TOKEN"), QStringLiteral("hf-value-from-env"));
    env.insert(QStringLiteral("LAB_API_KEY"), QStringLiteral("key-value-from-env"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {script});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    const QString calls = read(log);
    QVERIFY2(calls.contains(QLatin1String("HF_TOKEN=hf-value-from-env VLLM_API_KEY=key-value-from-env")),
             qPrintable(calls));
    QVERIFY(calls.contains(QLatin1String("-e HF_TOKEN -e VLLM_API_KEY")));
    QVERIFY(!calls.contains(QLatin1String("${")));
}

void TestExportSecrets::composeKeepsTheReference()
{
    QTemporaryDir dir;
    const auto written = exportDeployment(withReferences(), kDeployment, ExportFormat::Compose, dir.path());
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QString compose;
    for (const QString& f : *written) {
        if (f.endsWith(QLatin1String("docker-compose.yml")))
            compose = f;
    }
    const QString text = read(compose);
    QVERIFY2(text.contains(QLatin1String("HF_TOKEN: \"${HF_TOKEN}\"")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("VLLM_API_KEY: \"${LAB_API_KEY}\"")));
    QVERIFY(text.contains(QLatin1String(".env")));
    if (QStandardPaths::findExecutable(QStringLiteral("docker-compose")).isEmpty())
        QSKIP("docker-compose is not installed (scripts/setup-deps installs it)");
    // docker-compose fills the reference from its environment: the container gets the value.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HF_TOKEN"), QStringLiteral("hf-value-from-env"));
    env.insert(QStringLiteral("LAB_API_KEY"), QStringLiteral("key-value-from-env"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("docker-compose"), {QStringLiteral("-f"), compose, QStringLiteral("config")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray config = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY2(config.contains("hf-value-from-env"), config.constData());
    QVERIFY(config.contains("key-value-from-env"));
}

void TestExportSecrets::literalSecretsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("OPENAI_APIKEY") << "env"
                                   << "OPENAI_APIKEY"
                                   << "abc";
    QTest::newRow("DB_PASS") << "env"
                             << "DB_PASS"
                             << "hunter2";
    QTest::newRow("HF_AUTH") << "env"
                             << "HF_AUTH"
                             << "x";
    QTest::newRow("sk- under another name") << "env"
                                            << "NOTE"
                                            << "sk-proj-4f9KcQ2vX7mN1bT8rL0pZ3wY6hJ5dA";
    QTest::newRow("--api-key") << "args"
                               << "--api-key"
                               << "sk-proj-4f9KcQ2vX7mN1bT8rL0pZ3wY6hJ5dA";
    QTest::newRow("--hf-token=") << "args"
                                 << "--hf-token=abc"
                                 << "";
    QTest::newRow("additional_config") << "json"
                                       << ""
                                       << R"({"kv":{"hf_token":"abc"}})";
    QTest::newRow("unknown key") << "extra"
                                 << "passwd"
                                 << "hunter2";
}

void TestExportSecrets::literalSecretsAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, name);
    QFETCH(QString, value);
    project::ProjectData p = test::atlasLab();
    project::Deployment& d = p.deployments[0];
    if (field == QLatin1String("env"))
        d.environment << qMakePair(name, value);
    else if (field == QLatin1String("args"))
        d.serving.extraArgs << name << value;
    else if (field == QLatin1String("json"))
        d.serving.additionalConfig = value;
    else
        d.extra.insert(name, value);
    QTemporaryDir dir;
    for (ExportFormat f : {ExportFormat::All, ExportFormat::Shell, ExportFormat::Compose}) {
        const auto written = exportDeployment(p, kDeployment, f, dir.path());
        QVERIFY(!written);
        QVERIFY2(!written.error().hint.isEmpty(), qPrintable(written.error().toString()));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestExportSecrets::filesAreTheOwnersOnly()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const auto written = exportDeployment(withReferences(), kDeployment, ExportFormat::All, dir.path());
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const QString root = dir.path() + QLatin1Char('/') + kDeployment;
    QCOMPARE(mode(root), 0700);
    int scripts = 0, files = 0;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isDir()) {
            QCOMPARE(mode(path), 0700);
        } else if (path.endsWith(QLatin1String(".sh"))) {
            ++scripts;
            QVERIFY2(mode(path) == 0700, qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode(path), 0, 8)));
        } else {
            ++files;
            QVERIFY2(mode(path) == 0600, qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode(path), 0, 8)));
        }
    }
    QVERIFY(scripts > 0);
    QVERIFY(files > 0);
    // Exporting again over an older, world-readable export tightens it.
    QVERIFY(QFile::setPermissions(root + QStringLiteral("/RUNBOOK.md"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
    QVERIFY(QFile::setPermissions(
        root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(exportDeployment(withReferences(), kDeployment, ExportFormat::All, dir.path()));
    QCOMPARE(mode(root + QStringLiteral("/RUNBOOK.md")), 0600);
    QCOMPARE(mode(root), 0700);
}

QTEST_GUILESS_MAIN(TestExportSecrets)
#include "tst_exportsecrets.moc"
