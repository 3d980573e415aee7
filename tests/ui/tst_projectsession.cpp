// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17: the panels share one session per project: choosing a deployment in one chooses it in all,
// another project starts on its own first deployment, and no panel keeps the last project's findings.
#include <QComboBox>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"

#include "ui/common/DeploymentChooser.h"
#include "ui/common/ProjectSession.h"
#include "ui/launch/LaunchPanel.h"
#include "ui/monitor/MonitorPanel.h"
#include "ui/plan/PlanPanel.h"
#include "ui/preflight/PreflightPanel.h"
#include "ui/preflight/PreflightResultsModel.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

QStringList chosen(QWidget* root)
{
    QStringList names;
    for (auto* chooser : root->findChildren<DeploymentChooser*>())
        names << chooser->deployment();
    return names;
}

} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT

private slots:
    void panelsShareTheChosenDeployment()
    {
        project::Project project;
        project.reset(*project::loadDemo(QStringLiteral("atlas-lab")), {});
        QUndoStack stack;
        QWidget window;
        auto* plan = new PlanPanel(&project, &stack, &window);
        new PreflightPanel(&project, &window);
        new LaunchPanel(&project, &window);
        auto* monitor = new MonitorPanel(&project, &window);
        ProjectSession* session = ProjectSession::of(&project);
        QCOMPARE(session->currentDeployment(), QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(chosen(&window), QStringList(3, QStringLiteral("qwen3-30b-a3b")));

        // The user picks the Coder deployment in Plan's chooser.
        auto* planChooser = plan->findChild<DeploymentChooser*>();
        const int coder = planChooser->findData(QStringLiteral("qwen25-coder-32b"));
        QVERIFY(coder >= 0);
        planChooser->setCurrentIndex(coder);
        emit planChooser->activated(coder);
        QCOMPARE(session->currentDeployment(), QStringLiteral("qwen25-coder-32b"));
        QCOMPARE(chosen(&window), QStringList(3, QStringLiteral("qwen25-coder-32b")));
        QCOMPARE(plan->deployment(), QStringLiteral("qwen25-coder-32b"));
        auto* box = monitor->findChild<QComboBox*>(QStringLiteral("deploymentBox"));
        QCOMPARE(box->currentText(), QStringLiteral("qwen25-coder-32b"));

        // A chooser whose panel is busy keeps what it runs, and catches up when enabled again.
        auto* launchChooser = window.findChildren<DeploymentChooser*>().at(2);
        launchChooser->setEnabled(false);
        session->setCurrentDeployment(QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(launchChooser->deployment(), QStringLiteral("qwen25-coder-32b"));
        launchChooser->setEnabled(true);
        QCOMPARE(launchChooser->deployment(), QStringLiteral("qwen3-30b-a3b"));

        // A custom URL in Monitor stays as the user set it.
        box->setCurrentIndex(0);
        session->setCurrentDeployment(QStringLiteral("qwen25-coder-32b"));
        QCOMPARE(box->currentIndex(), 0);
    }

    void anotherProjectStartsAfresh()
    {
        project::Project project;
        project.reset(*project::loadDemo(QStringLiteral("atlas-lab")), {});
        QWidget window;
        auto* preflight = new PreflightPanel(&project, &window);
        new LaunchPanel(&project, &window);
        QSignalSpy finished(preflight, &PreflightPanel::finished);
        preflight->run(QStringLiteral("qwen25-coder-32b"));
        QVERIFY(finished.wait(30'000));
        QVERIFY(preflight->resultsModel()->columnCount() > 0);

        project.reset(*project::loadDemo(QStringLiteral("deepseek-2node")), {});
        QCOMPARE(ProjectSession::of(&project)->currentDeployment(), QStringLiteral("deepseek-r1"));
        QCOMPARE(chosen(&window), QStringList(2, QStringLiteral("deepseek-r1")));
        QCOMPARE(preflight->resultsModel()->columnCount(), 0); // no atlas-lab node left on screen
        QCOMPARE(preflight->resultsModel()->rowCount(), 0);
    }

    void removedDeploymentFallsBackToTheFirst()
    {
        project::Project project;
        project.reset(*project::loadDemo(QStringLiteral("atlas-lab")), {});
        ProjectSession* session = ProjectSession::of(&project);
        session->setCurrentDeployment(QStringLiteral("qwen25-coder-32b"));
        session->setCurrentDeployment(QStringLiteral("no-such-deployment")); // refused
        QCOMPARE(session->currentDeployment(), QStringLiteral("qwen25-coder-32b"));
        project::ProjectData data = project.data();
        data.deployments.removeLast();
        project.reset(data, {});
        QCOMPARE(session->currentDeployment(), QStringLiteral("qwen3-30b-a3b"));
    }
};

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
