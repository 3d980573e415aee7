// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plan never applies an impossible layout: one of another NPU count than the placement holds is offered as
// "Apply and re-place", which moves the deployment to free NPUs with the layout in one undo step, and is
// refused when the cluster has no room for it.
#include <QCheckBox>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

#include "core/deployment/Rules.h"
#include "core/project/ProjectFile.h"

#include "ui/plan/PlanPanel.h"
#include "ui/plan/PlanTableModel.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

const QString kQwen3 = QStringLiteral("qwen3-30b-a3b"); // TP4 + EP on atlas-106 NPUs 0-3; the coder holds 4-7

// The first fitting layout of the table that uses this many NPUs.
std::optional<project::Layout> fittingLayoutOf(const PlanTableModel* model, int npus)
{
    for (int row = 0; row < model->planCount(); ++row) {
        if (model->plan(row).npus == npus && model->plan(row).fits())
            return model->plan(row).layout;
    }
    return std::nullopt;
}

} // namespace

class TestPlanReplace : public QObject
{
    Q_OBJECT

private slots:
    void largerLayoutMovesTheTiles()
    {
        project::Project project;
        test::loadDemo(project, QStringLiteral("atlas-lab"));
        QUndoStack stack;
        PlanPanel panel(&project, &stack);
        panel.setDeployment(kQwen3);
        panel.findChild<QCheckBox*>(QStringLiteral("planWholeNodes"))->setChecked(true);
        panel.flush();
        const QByteArray before = project::serializeProject(project.data());
        const std::optional<project::Layout> eight = fittingLayoutOf(panel.tableModel(), 8);
        QVERIFY(eight);
        QVERIFY(panel.selectLayout(*eight));
        QVERIFY2(panel.applyButton()->text().contains(QLatin1String("re-place")),
                 qPrintable(panel.applyButton()->text()));
        QVERIFY(panel.applyButton()->isEnabled());
        // atlas-106 has only its own four free (the coder holds 4-7): the whole of atlas-107.
        QVERIFY2(panel.flagText().contains(QLatin1String("moves it to atlas-107 NPU 0,1,2,3,4,5,6,7")),
                 qPrintable(panel.flagText()));

        QVERIFY(test::showAt(panel, 1100, 640));
        const QString path = test::screenshotPath(QStringLiteral("plan-apply-and-replace.png"));
        QVERIFY(panel.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        panel.applyButton()->click();
        QCOMPARE(stack.count(), 1); // one step: layout and placement together
        const project::Deployment& d = project.data().deployments.at(project.data().deploymentIndex(kQwen3));
        QCOMPARE(d.layout, *eight);
        QCOMPARE(d.placement, (QList<project::Placement> {{QStringLiteral("atlas-107"), {0, 1, 2, 3, 4, 5, 6, 7}}}));
        QVERIFY(deployment::errorsOf(deployment::checkDeployment(project.data(), d)).isEmpty());
        QVERIFY(stack.text(0).contains(kQwen3));

        stack.undo();
        QCOMPARE(project::serializeProject(project.data()), before);
        stack.redo();
        QCOMPARE(project.data().deployments.at(project.data().deploymentIndex(kQwen3)).layout, *eight);
    }

    void noRoomIsRefused()
    {
        // atlas-106 alone: the coder holds NPUs 4-7, so eight NPUs for qwen3 exist nowhere.
        Result<project::ProjectData> data = project::loadDemo(QStringLiteral("atlas-lab"));
        QVERIFY(data);
        data->nodes.resize(1);
        data->storage = {};
        project::Project project;
        project.reset(*data, QString());
        QUndoStack stack;
        PlanPanel panel(&project, &stack);
        panel.setDeployment(kQwen3);
        panel.findChild<QCheckBox*>(QStringLiteral("planWholeNodes"))->setChecked(true);
        panel.flush();
        const std::optional<project::Layout> eight = fittingLayoutOf(panel.tableModel(), 8);
        QVERIFY(eight);
        QVERIFY(panel.selectLayout(*eight));
        QVERIFY(!panel.applyButton()->isEnabled());
        QVERIFY2(panel.flagText().contains(QLatin1String("cannot re-place")), qPrintable(panel.flagText()));
        QVERIFY(!panel.applySelected());
        QCOMPARE(stack.count(), 0);
    }

    void sameCountStaysALayoutChange()
    {
        project::Project project;
        test::loadDemo(project, QStringLiteral("atlas-lab"));
        QUndoStack stack;
        PlanPanel panel(&project, &stack);
        panel.setDeployment(kQwen3);
        panel.flush();
        const QList<project::Placement> placed
            = project.data().deployments.at(project.data().deploymentIndex(kQwen3)).placement;
        QVERIFY(panel.selectLayout(project::Layout {2, 2, 1, false}));
        QVERIFY(!panel.applyButton()->text().contains(QLatin1String("re-place")));
        QVERIFY(panel.applySelected());
        QCOMPARE(project.data().deployments.at(project.data().deploymentIndex(kQwen3)).placement, placed);
    }
};

QTEST_MAIN(TestPlanReplace)
#include "tst_planreplace.moc"
