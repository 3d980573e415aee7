// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help › Report a Problem writes one file a user can attach anywhere: the version, the platform, the log
// and the project, with no secret left in it.
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/ProblemReport.h"
#include "core/project/ProjectFile.h"
#include "core/project/YamlSecrets.h"

using namespace npufleet;

class TestProblemReport : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreRedactedAndTheRestKept()
    {
        auto data = project::loadDemo(QStringLiteral("atlas-lab"));
        QVERIFY(data.hasValue());
        project::ProjectData project = *data;
        const QString token = QStringLiteral("hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
        project.deployments[0].environment << qMakePair(QStringLiteral("HF_TOKEN"), token);
        project.deployments[0].environment
            << qMakePair(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("s3cr3t-value"));
        project.deployments[0].environment << qMakePair(QStringLiteral("MY_TOKEN"), QStringLiteral("${MY_TOKEN}"));
        QVERIFY(project::findSecretInDeployment(project.deployments[0]).has_value());

        const QByteArray yaml = project::redactedProjectYaml(project);
        QVERIFY2(!yaml.contains(token.toUtf8()), yaml.constData());
        QVERIFY(!yaml.contains("s3cr3t-value"));
        QVERIFY(yaml.contains("${REDACTED}"));
        QVERIFY(yaml.contains("${MY_TOKEN}")); // a reference is no secret
        QVERIFY(yaml.contains("HCCL_BUFFSIZE")); // nor is the rest of the project
        QVERIFY(yaml.contains("atlas-106"));
        // What is left reads back as a project, and has no secret the reader would refuse.
        const auto back = project::parseProject(yaml, QStringLiteral("report.yaml"));
        QVERIFY2(back.hasValue(), qPrintable(back.hasValue() ? QString() : back.error().toString()));
        QCOMPARE(back->deployments.size(), project.deployments.size());
    }

    void reportHoldsVersionPlatformLogAndProject()
    {
        const project::ProjectData project = *project::loadDemo(QStringLiteral("deepseek-2node"));
        const QString log = QStringLiteral("[10:00:01] Inventory refreshed: all 2 node(s) answered.\n```fence```");
        const QByteArray report = project::problemReport(QStringLiteral("9.8.7"), log, project, QString());
        QVERIFY(report.startsWith("# NPU Fleet problem report"));
        QVERIFY(report.contains("Version: 9.8.7"));
        QVERIFY(report.contains("Platform: "));
        QVERIFY(report.contains(QSysInfo::currentCpuArchitecture().toUtf8()));
        QVERIFY(report.contains(qVersion()));
        QVERIFY(report.contains("Inventory refreshed: all 2 node(s) answered."));
        QVERIFY(report.contains("````text")); // the log's own ``` cannot close its block
        QVERIFY(report.contains("ds-node0"));
        QVERIFY(report.contains("demo (not saved)"));
    }
};

QTEST_GUILESS_MAIN(TestProblemReport)
#include "tst_problemreport.moc"
