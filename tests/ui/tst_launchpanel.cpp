// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "core/deployment/LaunchRunner.h"
#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/recipes/Recipes.h"

#include "ui/dialogs/Ask.h"
#include "ui/launch/LaunchPanel.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestLaunchPanel : public QObject
{
    Q_OBJECT

private slots:
    void launchesTheDemo()
    {
        project::Project project;
        project.reset(*project::loadDemo(QStringLiteral("atlas-lab")), {});
        LaunchPanel panel(&project);
        panel.resize(1100, 720);
        panel.show();
        QSignalSpy preflight(&panel, &LaunchPanel::preflightFinished);
        QSignalSpy finished(&panel, &LaunchPanel::runFinished);
        QVERIFY(!panel.ignoreErrorsBox()->isChecked()); // atlas-lab's pre-flight is clean: no override needed
        // Launch asks first, naming the deployment and its node; "No" starts nothing.
        ask::setNextAnswer(QMessageBox::No);
        panel.launch(QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(!panel.isBusy());
        QCOMPARE(preflight.size(), 0);
        ask::setNextAnswer(QMessageBox::Yes);
        panel.launch(QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(panel.isBusy());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(preflight.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        auto plan = recipes::makeLaunchPlan(project.data(), QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(plan);
        const QList<recipes::Step> steps
            = deployment::LaunchRunner::runSteps(*plan, deployment::LaunchRunner::Mode::Launch);
        QCOMPARE(panel.stepTable()->rowCount(), int(steps.size()));
        for (const recipes::Step& s : steps)
            QCOMPARE(panel.stepStatus(s.id), QStringLiteral("done"));
        QTRY_VERIFY(panel.logView()->toPlainText().contains(QLatin1String("Launched")));
        QVERIFY(panel.logView()->toPlainText().contains(QLatin1String("Pre-flight")));
        QVERIFY(!panel.isBusy());

        const QImage shot = panel.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(npufleet::test::screenshotPath(QStringLiteral("launch-panel.png"))));

        finished.clear();
        ask::setNextAnswer(QMessageBox::No);
        panel.stop();
        QVERIFY(!panel.isBusy()); // not confirmed: the deployment keeps running
        ask::setNextAnswer(QMessageBox::Yes);
        panel.stop();
        QVERIFY(finished.wait(30'000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(panel.stepTable()->rowCount(), int(plan->nodes.first().stop.size()));
    }

    void preflightErrorsStopTheLaunch()
    {
        // The DeepSeek demo's recorded NPUs are busy: pre-flight reports errors.
        project::Project project;
        project.reset(*project::loadDemo(QStringLiteral("deepseek-2node")), {});
        LaunchPanel panel(&project);
        QSignalSpy finished(&panel, &LaunchPanel::runFinished);
        QSignalSpy preflight(&panel, &LaunchPanel::preflightFinished);
        ask::setNextAnswer(QMessageBox::Yes);
        panel.launch(QStringLiteral("deepseek-r1"));
        QVERIFY(finished.wait(30'000));
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(preflight.size(), 1);
        QCOMPARE(panel.stepTable()->rowCount(), 0); // nothing was started

        // The user overrides: the launch goes ahead despite the errors.
        finished.clear();
        panel.ignoreErrorsBox()->setChecked(true);
        ask::setNextAnswer(QMessageBox::Yes);
        panel.launch();
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(panel.stepTable()->rowCount() > 5); // two nodes
    }

    // Restart asks first, naming the containers the last inventory saw running; each node's outcome is reported
    // on its own (the Log dock keeps those lines).
    void restartNamesWhatRunsAndReportsEachNode()
    {
        auto data = *project::loadDemo(QStringLiteral("deepseek-2node"));
        const QString name = QStringLiteral("deepseek-r1");
        const project::Deployment& d = data.deployments.at(data.deploymentIndex(name));
        for (cluster::Node& n : data.nodes)
            n.live.containers = QStringList {d.containerName(), QStringLiteral("registry")};
        project::Project project;
        project.reset(data, {});
        LaunchPanel panel(&project);
        panel.ignoreErrorsBox()->setChecked(true);
        QSignalSpy finished(&panel, &LaunchPanel::runFinished);
        QSignalSpy nodes(&panel, &LaunchPanel::nodeFinished);

        ask::setNextAnswer(QMessageBox::No);
        panel.restart(name);
        QVERIFY(!panel.isBusy());
        const QString question = ask::lastQuestion();
        QVERIFY2(question.contains(QLatin1String("Restart deepseek-r1 on 2 node")), qPrintable(question));
        QVERIFY2(question.contains(d.containerName() + QStringLiteral(" on ds-node0")), qPrintable(question));
        QVERIFY(!question.contains(QLatin1String("registry")));

        ask::setNextAnswer(QMessageBox::Yes);
        panel.restart(name);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().startsWith(QLatin1String("Launch of deepseek-r1: ")));
        QCOMPARE(nodes.size(), 2);
        for (const QList<QVariant>& n : nodes) {
            QVERIFY(n.at(0).toBool());
            QVERIFY2(n.at(1).toString().contains(QLatin1String("step")), qPrintable(n.at(1).toString()));
        }
        QVERIFY(nodes.first().at(1).toString().startsWith(QLatin1String("Launch of deepseek-r1 on ds-node0: ")));
    }

    void retranslates()
    {
        project::Project project;
        LaunchPanel panel(&project);
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&panel, &change);
        QCOMPARE(panel.ignoreErrorsBox()->text(), QStringLiteral("Launch even if pre-flight finds errors"));
    }
};

QTEST_MAIN(TestLaunchPanel)
#include "tst_launchpanel.moc"
