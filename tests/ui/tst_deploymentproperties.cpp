// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <functional>

#include "core/util/Translations.h"

#include "ui/assign/AssignmentBoard.h"
#include "ui/assign/BoardCanvas.h"
#include "ui/common/ProjectSession.h"
#include "ui/deployment/DeploymentActions.h"
#include "ui/deployment/DeploymentPropertiesDialog.h"
#include "ui/deployment/EngineBox.h"
#include "ui/deployment/EnvironmentEditor.h"
#include "ui/deployment/ImagePicker.h"
#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/PlacementPicker.h"
#include "ui/deployment/PortOnNodeCheck.h"
#include "ui/deployment/ProblemLabel.h"
#include "ui/deployment/ServingOptionsForm.h"
#include "ui/main/MainWindow.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

const project::Deployment& deployment(const project::Project& project, const QString& name)
{
    return project.data().deployments.at(project.data().deploymentIndex(name));
}

void chooseEngine(QComboBox* box, project::Engine engine)
{
    box->setCurrentIndex(box->findData(QVariant::fromValue(int(engine))));
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString problemsShown(const DeploymentPropertiesDialog& dialog)
{
    QStringList all;
    for (ProblemLabel* p : dialog.problemLabels())
        all << p->text();
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestDeploymentProperties : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldIsOneUndoStep();
    void engineChangeOffersTheFix();
    void portClashIsShownAtThePort();
    void portIsCheckedOnTheServingNode();
    void menuShortcutsAndBoard();
    void screenshots();
};

// Each edit of the dialog pushes one command; undoing them all gives the saved file back byte for byte.
void TestDeploymentProperties::everyFieldIsOneUndoStep()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("deepseek-2node"));
    QUndoStack stack;
    ProjectSession::of(&project)->setCurrentDeployment(QStringLiteral("deepseek-r1"));
    DeploymentPropertiesDialog dialog(&project, &stack);
    QVERIFY(test::showAt(dialog, 1000, 680));
    QCOMPARE(dialog.deployment(), QStringLiteral("deepseek-r1"));
    QCOMPARE(dialog.servingForm()->prefixCaching()->currentData().toString(),
             QStringLiteral("--no-enable-prefix-caching"));
    QCOMPARE(dialog.servingForm()->extraFlags()->text(),
             QStringLiteral("--trust-remote-code --max-num-batched-tokens 4096"));

    QList<QByteArray> states {project::serializeProject(project.data())};
    // Some widgets report from the event loop (the tree and the table settle first): wait for the step.
    const auto step = [&](const char* what, const std::function<void()>& edit) {
        edit();
        QTRY_VERIFY2(stack.count() == states.size(), what);
        QTest::qWait(20); // no second step may follow
        QVERIFY2(stack.count() == states.size(), what);
        const QByteArray now = project::serializeProject(project.data());
        QVERIFY2(now != states.last(), what);
        states << now;
    };
    ServingOptionsForm* form = dialog.servingForm();
    step("port", [&] { dialog.portBox()->setValue(8100); });
    step("max-model-len", [&] { form->maxModelLen()->setValue(16384); });
    step("max-num-seqs", [&] { form->maxNumSeqs()->setValue(32); });
    step("memory share", [&] { form->memoryUtilization()->setValue(0.85); });
    step("block size", [&] { form->blockSize()->setValue(128); });
    step("kv dtype",
         [&] { form->kvCacheDtype()->setCurrentIndex(form->kvCacheDtype()->findData(QStringLiteral("int8"))); });
    step("prefix caching", [&] { form->prefixCaching()->setCurrentIndex(1); });
    step("graph mode", [&] { form->graphMode()->setCurrentIndex(1); });
    step("quantization",
         [&] { form->quantization()->setCurrentIndex(form->quantization()->findData(QStringLiteral("ascend"))); });
    step("served name", [&] { typeInto(form->servedModelName(), QStringLiteral("r1")); });
    step("additional config", [&] { typeInto(form->additionalConfig(), QStringLiteral("{\"refresh\":true}")); });
    step("extra flags", [&] { typeInto(form->extraFlags(), QStringLiteral("--trust-remote-code --seed 7")); });
    const project::ServingOptions& s = deployment(project, QStringLiteral("deepseek-r1")).serving;
    QCOMPARE(s.port, 8100);
    QCOMPARE(s.maxModelLen, 16384);
    QCOMPARE(s.maxNumSeqs, 32);
    QCOMPARE(s.gpuMemoryUtilization, 0.85);
    QCOMPARE(s.servedModelName, QStringLiteral("r1"));
    for (const char* arg : {"--block-size", "128", "--kv-cache-dtype", "int8", "--enable-prefix-caching",
                            "--enforce-eager", "--quantization", "ascend", "--seed", "7"})
        QVERIFY2(s.extraArgs.contains(QLatin1String(arg)), arg);
    QVERIFY(!s.extraArgs.contains(QStringLiteral("--no-enable-prefix-caching")));

    EnvironmentEditor* env = dialog.environmentEditor();
    step("environment add", [&] { env->addButton()->click(); });
    step("environment name",
         [&] { env->table()->item(env->table()->rowCount() - 1, 0)->setText(QStringLiteral("VLLM_LOGGING_LEVEL")); });
    step("environment value",
         [&] { env->table()->item(env->table()->rowCount() - 1, 1)->setText(QStringLiteral("DEBUG")); });
    // A literal secret stays in the table, refused, never in the document; the reference goes in.
    const int row = env->table()->rowCount() - 1;
    env->table()->item(row, 0)->setText(QStringLiteral("HF_TOKEN"));
    env->table()->item(row, 1)->setText(QStringLiteral("hf_abcdefghijklmnopqrstuvwxyz012345"));
    QTRY_VERIFY2(problemsShown(dialog).contains(QLatin1String("HF_TOKEN")), qPrintable(problemsShown(dialog)));
    QCOMPARE(stack.count(), states.size() - 1);
    QVERIFY(!project::serializeProject(project.data()).contains("hf_abcdefghij"));
    step("environment reference", [&] {
        env->table()->setCurrentCell(row, 1);
        env->referenceButton()->click();
    });
    QCOMPARE(deployment(project, QStringLiteral("deepseek-r1")).environment.last(),
             (QPair<QString, QString> {QStringLiteral("HF_TOKEN"), QStringLiteral("${HF_TOKEN}")}));
    step("image version", [&] {
        QComboBox* version = dialog.imagePicker()->version();
        version->setCurrentIndex(version->findText(QStringLiteral("v0.11.0")));
    });
    QCOMPARE(deployment(project, QStringLiteral("deepseek-r1")).image,
             QStringLiteral("quay.io/ascend/vllm-ascend:v0.11.0"));
    step("ep", [&] { dialog.epBox()->setChecked(false); });
    step("placement", [&] {
        QTreeWidgetItem* node1 = dialog.placementPicker()->topLevelItem(1);
        node1->child(7)->setCheckState(0, Qt::Unchecked);
    });
    QCOMPARE(deployment(project, QStringLiteral("deepseek-r1")).placedDevices(), 15);
    QVERIFY2(problemsShown(dialog).contains(QLatin1String("15")), qPrintable(problemsShown(dialog)));
    step("tp", [&] { dialog.tpBox()->setValue(4); });
    step("name", [&] { typeInto(dialog.nameEdit(), QStringLiteral("r1-edited")); });
    QCOMPARE(dialog.deployment(), QStringLiteral("r1-edited"));
    QCOMPARE(ProjectSession::of(&project)->currentDeployment(), QStringLiteral("r1-edited"));
    step("engine", [&] { chooseEngine(dialog.engineBox(), project::Engine::VllmAscendRay); });
    QCOMPARE(stack.count(), states.size() - 1);
    test::checkUndoRedo(stack, project, states);
    // The dialog follows the document through undo and redo.
    QCOMPARE(engineIn(dialog.engineBox()), project::Engine::VllmAscendRay);
    stack.setIndex(0);
    QCOMPARE(dialog.deployment(), QStringLiteral("deepseek-r1"));
    QCOMPARE(dialog.portBox()->value(), 8000);
}

// An engine that refuses the layout: the message says why and the button applies a layout it accepts.
void TestDeploymentProperties::engineChangeOffersTheFix()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("deepseek-2node"));
    QUndoStack stack;
    ProjectSession::of(&project)->setCurrentDeployment(QStringLiteral("deepseek-r1"));
    DeploymentPropertiesDialog dialog(&project, &stack);
    QVERIFY(test::showAt(dialog, 1000, 680));
    const QByteArray before = project::serializeProject(project.data());
    // Ray runs one data-parallel rank: DP 2 no longer works, TP 16 over both nodes does.
    chooseEngine(dialog.engineBox(), project::Engine::VllmAscendRay);
    QCOMPARE(stack.count(), 1);
    ProblemLabel* general = dialog.problemLabels().first();
    QVERIFY2(general->text().contains(QLatin1String("data-parallel")), qPrintable(general->text()));
    QVERIFY(general->fixButton()->isVisible());
    QVERIFY2(general->fixButton()->text().contains(QLatin1String("TP 16")), qPrintable(general->fixButton()->text()));
    general->fixButton()->click();
    QCOMPARE(stack.count(), 2);
    QCOMPARE(deployment(project, QStringLiteral("deepseek-r1")).layout, (project::Layout {16, 1, 1, true}));
    QVERIFY2(!general->text().contains(QStringLiteral("✖")), qPrintable(general->text()));
    // The engine that does not suit the hardware is offered greyed out.
    const int cuda = dialog.engineBox()->findData(QVariant::fromValue(int(project::Engine::VllmCuda)));
    QVERIFY(!(dialog.engineBox()->model()->flags(dialog.engineBox()->model()->index(cuda, 0)) & Qt::ItemIsEnabled));
    stack.setIndex(0);
    QCOMPARE(project::serializeProject(project.data()), before);
}

void TestDeploymentProperties::portClashIsShownAtThePort()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    ProjectSession::of(&project)->setCurrentDeployment(QStringLiteral("qwen3-30b-a3b"));
    DeploymentPropertiesDialog dialog(&project, &stack);
    dialog.portBox()->setValue(8002);
    QCOMPARE(stack.count(), 1);
    ProblemLabel* serving = dialog.problemLabels().at(2);
    QVERIFY2(serving->text().contains(QLatin1String("qwen25-coder-32b")), qPrintable(serving->text()));
    QVERIFY(!dialog.tabs()->tabIcon(2).isNull());
    stack.undo();
    QVERIFY(serving->text().isEmpty());
}

// The head node is asked which ports it listens on; a port its own running container serves is no clash.
void TestDeploymentProperties::portIsCheckedOnTheServingNode()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    const QString name = QStringLiteral("qwen3-30b-a3b");
    ProjectSession::of(&project)->setCurrentDeployment(name);
    {
        DeploymentPropertiesDialog dialog(&project, &stack);
        PortOnNodeCheck* onNode = dialog.portOnNode();
        QTRY_VERIFY_WITH_TIMEOUT(!onNode->isReading(), 10000);
        QVERIFY2(onNode->text().contains(QLatin1String("is free on")), qPrintable(onNode->text()));
        dialog.portBox()->setValue(22); // sshd listens there on every demo node
        QVERIFY(onNode->portInUse());
        QVERIFY2(onNode->text().contains(QLatin1String("sshd")), qPrintable(onNode->text()));
    }
    // Saved with port 22 and running: its container on the head node is what holds the port.
    const project::Deployment& d = project.data().deployments.at(project.data().deploymentIndex(name));
    QCOMPARE(d.serving.port, 22);
    const QString head = d.placement.first().node;
    cluster::NodeLive live = project.data().node(head)->live;
    live.containers = QStringList {d.containerName()};
    project.setLive(head, live);
    DeploymentPropertiesDialog dialog(&project, &stack);
    PortOnNodeCheck* onNode = dialog.portOnNode();
    QTRY_VERIFY_WITH_TIMEOUT(!onNode->isReading(), 10000);
    QVERIFY2(!onNode->portInUse(), qPrintable(onNode->text()));
    QVERIFY2(onNode->text().contains(d.containerName()), qPrintable(onNode->text()));
}

// The Deployment menu opens both windows; no shortcut of the main window is registered twice; a double-click
// on a deployment's tile asks for its properties.
void TestDeploymentProperties::menuShortcutsAndBoard()
{
    MainWindow window;
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    QVERIFY(test::showAt(window, 1024, 700));
    QHash<QString, QString> keys;
    for (QAction* action : window.findChildren<QAction*>()) {
        QSet<QString> own; // one action may list a key twice (Redo's standard key and its own Ctrl+Shift+Z)
        for (const QKeySequence& key : action->shortcuts())
            own.insert(key.toString());
        for (const QString& text : std::as_const(own)) {
            QVERIFY2(!keys.contains(text),
                     qPrintable(QStringLiteral("%1: %2 and %3").arg(text, keys.value(text), action->objectName())));
            keys.insert(text, action->objectName());
        }
    }
    DeploymentActions* actions = window.deploymentActions();
    QCOMPARE(actions->newAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QVERIFY(window.menuBar()->actions().contains(actions->menu()->menuAction()));
    actions->newAction()->trigger();
    QVERIFY(actions->wizard() && actions->wizard()->isVisible());
    actions->wizard()->close();

    auto* board = window.findChild<AssignmentBoard*>();
    QVERIFY(board);
    window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(board);
    QSignalSpy asked(board, &AssignmentBoard::propertiesRequested);
    BoardCanvas* canvas = board->canvas();
    QTRY_VERIFY(canvas->isVisible());
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, canvas->tileRect({0, 5}).center());
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("qwen25-coder-32b"));
    QVERIFY(actions->propertiesDialog() && actions->propertiesDialog()->isVisible());
    QCOMPARE(actions->propertiesDialog()->deployment(), QStringLiteral("qwen25-coder-32b"));
    actions->propertiesDialog()->close();
}

void TestDeploymentProperties::screenshots()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("deepseek-2node"));
    QUndoStack stack;
    DeploymentPropertiesDialog dialog(&project, &stack);
    QVERIFY(test::showAt(dialog, 1024, 700));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        installTranslations(language);
        QCoreApplication::processEvents();
        const QStringList names {QStringLiteral("model-engine"), QStringLiteral("layout"), QStringLiteral("serving"),
                                 QStringLiteral("environment")};
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QVERIFY(dialog.minimumSizeHint().width() <= 1024 && dialog.minimumSizeHint().height() <= 700);
            const QString path
                = test::screenshotPath(QStringLiteral("deployment-properties-%1-%2.png").arg(names.value(i), language));
            QVERIFY(dialog.grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestDeploymentProperties)
#include "tst_deploymentproperties.moc"
