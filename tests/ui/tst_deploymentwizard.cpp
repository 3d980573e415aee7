// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include "core/model/ModelCatalog.h"
#include "core/util/Translations.h"

#include "ui/assign/ModelRefMime.h"
#include "ui/deployment/EngineBox.h"
#include "ui/deployment/EnvironmentEditor.h"
#include "ui/deployment/ImagePicker.h"
#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/PlacementPicker.h"
#include "ui/deployment/PortOnNodeCheck.h"
#include "ui/deployment/ProblemLabel.h"
#include "ui/deployment/RemoteFolderReader.h"
#include "ui/deployment/ServingOptionsForm.h"
#include "ui/deployment/WizardEnginePage.h"
#include "ui/deployment/WizardEnvironmentPage.h"
#include "ui/deployment/WizardImagePage.h"
#include "ui/deployment/WizardLayoutPage.h"
#include "ui/deployment/WizardModelPage.h"
#include "ui/deployment/WizardPlacementPage.h"
#include "ui/deployment/WizardPortPage.h"
#include "ui/deployment/WizardServingPage.h"

#include "DemoInventory.h"
#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

template<typename Page>
Page* page(NewDeploymentWizard& wizard, int id)
{
    auto* p = qobject_cast<Page*>(wizard.page(id));
    if (!p)
        qFatal("wizard page %d has the wrong type", id);
    return p;
}

bool nextEnabled(NewDeploymentWizard& wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

void chooseEngine(QComboBox* box, project::Engine engine)
{
    box->setCurrentIndex(box->findData(QVariant::fromValue(int(engine))));
}

} // namespace

class TestDeploymentWizard : public QObject
{
    Q_OBJECT

private slots:
    void modelSources();
    void throughEveryPage();
    void engineChangeInvalidatesTheLayout();
    void presetFromTheBoard();
    void placementOverMemoryHeldByAnotherProcess();
    void screenshots();
};

// Project model, catalog, a folder read here (config.json), a hub id with its download command.
void TestDeploymentWizard::modelSources()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    NewDeploymentWizard wizard(&project, &stack);
    auto* model = page<WizardModelPage>(wizard, NewDeploymentWizard::ModelPageId);
    // A model of the project: its own id, and the deployment name already taken gets a suffix.
    QCOMPARE(wizard.draft().model, QStringLiteral("qwen3-30b-a3b"));
    QCOMPARE(model->nameEdit()->text(), QStringLiteral("qwen3-30b-a3b-2"));
    QVERIFY(!wizard.newModel());

    model->catalog()->setCurrentIndex(model->catalog()->findData(QStringLiteral("Qwen3-32B")));
    model->setSource(WizardModelPage::FromCatalog);
    QVERIFY(wizard.newModel());
    QCOMPARE(wizard.newModel()->catalog, QStringLiteral("Qwen3-32B"));
    QCOMPARE(wizard.newModel()->path, QStringLiteral("/data/models/Qwen3-32B"));
    QCOMPARE(model->nameEdit()->text(), QStringLiteral("qwen3-32b"));

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Qwen3-8B"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(model::ModelCatalog::find(QStringLiteral("Qwen3-8B"))->config,
                        folder + QStringLiteral("/config.json")));
    model->folder()->setText(folder);
    model->setSource(WizardModelPage::FromFolder);
    QVERIFY2(model->info().contains(QLatin1String("Qwen3ForCausalLM")), qPrintable(model->info()));
    QCOMPARE(wizard.newModel()->path, folder);
    QCOMPARE(model->quantization()->currentText(), QStringLiteral("bf16"));

    // A folder that is only on the nodes: read there (the demo's simulator answers), its catalog twin plans it.
    model->folder()->setText(QStringLiteral("/models/Qwen3-8B"));
    model->setSource(WizardModelPage::FromFolder);
    QVERIFY(model->reader()->isEnabled());
    QVERIFY2(model->info().contains(QLatin1String("not a folder on this computer")), qPrintable(model->info()));
    QSignalSpy read(model->reader(), &RemoteFolderReader::finished);
    QTest::mouseClick(model->reader()->button(), Qt::LeftButton);
    QVERIFY(read.wait(10'000));
    QVERIFY2(
        model->info().startsWith(
            QStringLiteral("Read on %1: config.json: Qwen3ForCausalLM").arg(model->reader()->nodes()->currentText())),
        qPrintable(model->info()));
    QCOMPARE(wizard.newModel()->path, QStringLiteral("/models/Qwen3-8B"));
    QCOMPARE(wizard.newModel()->catalog, QStringLiteral("Qwen3-8B"));
    QCOMPARE(model->quantization()->currentText(), QStringLiteral("bf16"));

    model->hubId()->setText(QStringLiteral("Qwen/Qwen3-8B"));
    model->setSource(WizardModelPage::FromHub);
    QVERIFY2(model->info().contains(
                 QLatin1String("huggingface-cli download Qwen/Qwen3-8B --local-dir /data/models/Qwen3-8B")),
             qPrintable(model->info()));
    model->hub()->setCurrentIndex(1);
    QVERIFY2(model->info().contains(QLatin1String("modelscope download --model Qwen/Qwen3-8B")),
             qPrintable(model->info()));
    QCOMPARE(wizard.newModel()->hubId, QStringLiteral("Qwen/Qwen3-8B"));

    // A name another deployment has: said at the field, Next stays off.
    model->nameEdit()->setText(QStringLiteral("qwen3-30b-a3b"));
    emit model->nameEdit()->textEdited(model->nameEdit()->text());
    QVERIFY(!model->isComplete());
    QVERIFY2(model->problems()->text().contains(QLatin1String("qwen3-30b-a3b")), qPrintable(model->problems()->text()));
}

// Every page and field, a port clash, a placement that no longer matches the layout (with its fix); Finish is one
// undo step, and undo gives the project back byte for byte.
void TestDeploymentWizard::throughEveryPage()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    const QByteArray before = project::serializeProject(project.data());
    NewDeploymentWizard wizard(&project, &stack);
    QVERIFY(test::showAt(wizard, 900, 640));
    auto* model = page<WizardModelPage>(wizard, NewDeploymentWizard::ModelPageId);
    model->catalog()->setCurrentIndex(model->catalog()->findData(QStringLiteral("Qwen3-32B")));
    model->setSource(WizardModelPage::FromCatalog);
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    auto* engine = page<WizardEnginePage>(wizard, NewDeploymentWizard::EnginePageId);
    QCOMPARE(wizard.currentPage(), engine);
    QVERIFY(!wizard.draft().placement.isEmpty());
    QVERIFY(wizard.draft().placement.first().node != QLatin1String("atlas-106")); // its NPUs are taken
    QCOMPARE(engineIn(engine->engineBox()), project::Engine::VllmAscend);
    const int cuda = engine->engineBox()->findData(QVariant::fromValue(int(project::Engine::VllmCuda)));
    QVERIFY(!(engine->engineBox()->model()->flags(engine->engineBox()->model()->index(cuda, 0)) & Qt::ItemIsEnabled));
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    auto* image = page<WizardImagePage>(wizard, NewDeploymentWizard::ImagePageId);
    QCOMPARE(image->picker()->image(), QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.2rc1"));
    image->picker()->version()->setCurrentIndex(image->picker()->version()->findText(QStringLiteral("v0.11.0")));
    QCOMPARE(wizard.draft().image, QStringLiteral("quay.io/ascend/vllm-ascend:v0.11.0"));
    QVERIFY2(image->picker()->note().contains(QLatin1String("v0.11.0")), qPrintable(image->picker()->note()));
    wizard.next();

    auto* layout = page<WizardLayoutPage>(wizard, NewDeploymentWizard::LayoutPageId);
    QTRY_VERIFY_WITH_TIMEOUT(!layout->isPlanning(), 30000);
    QVERIFY(layout->table()->rowCount() > 0);
    QVERIFY(layout->firstAccepted() >= 0);
    QCOMPARE(wizard.draft().layout, layout->plans().at(layout->firstAccepted()).layout);
    layout->chooseRow(layout->firstAccepted());
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    auto* placement = page<WizardPlacementPage>(wizard, NewDeploymentWizard::PlacementPageId);
    const int placed = wizard.draft().placedDevices();
    QCOMPARE(placement->picker()->placement(), wizard.draft().placement);
    // One NPU less: the layout no longer matches; the fix is a layout for what is ticked.
    QList<project::Placement> fewer = wizard.draft().placement;
    fewer.last().devices.removeLast();
    placement->picker()->tick(fewer);
    QTRY_COMPARE(wizard.draft().placedDevices(), placed - 1);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(placement->problems()->text().contains(QString::number(placed - 1)),
             qPrintable(placement->problems()->text()));
    QVERIFY(placement->problems()->fixButton()->isVisible());
    placement->problems()->fixButton()->click();
    QCOMPARE(wizard.draft().layout.npus(), placed - 1);
    QVERIFY2(nextEnabled(wizard), qPrintable(placement->problems()->text()));
    placement->autoButton()->click();
    QCOMPARE(wizard.draft().placedDevices(), placed);
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    auto* port = page<WizardPortPage>(wizard, NewDeploymentWizard::PortPageId);
    QCOMPARE(port->portBox()->value(), 8000);
    // The serving node is asked which ports it listens on (the simulator prints a recorded `ss -ltnpH`).
    QTRY_VERIFY_WITH_TIMEOUT(!port->onNode()->isReading(), 10000);
    const QString head = wizard.draft().placement.first().node;
    QVERIFY2(port->onNode()->text().contains(QStringLiteral("8000 is free on %1").arg(head)),
             qPrintable(port->onNode()->text()));
    port->portBox()->setValue(22);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(port->onNode()->text().contains(QLatin1String("sshd")), qPrintable(port->onNode()->text()));
    port->portBox()->setValue(8001);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(port->problems()->text().contains(QLatin1String("qwen3-30b-a3b")), qPrintable(port->problems()->text()));
    port->portBox()->setValue(8010);
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    auto* serving = page<WizardServingPage>(wizard, NewDeploymentWizard::ServingPageId);
    ServingOptionsForm* form = serving->form();
    form->maxModelLen()->setValue(32768);
    form->maxNumSeqs()->setValue(64);
    form->memoryUtilization()->setValue(0.88);
    form->blockSize()->setValue(128);
    form->kvCacheDtype()->setCurrentIndex(form->kvCacheDtype()->findData(QStringLiteral("auto")));
    form->prefixCaching()->setCurrentIndex(1);
    form->graphMode()->setCurrentIndex(1);
    form->quantization()->setCurrentIndex(0);
    form->servedModelName()->setText(QStringLiteral("qwen3"));
    form->servedModelName()->setModified(true);
    emit form->servedModelName()->editingFinished();
    form->additionalConfig()->setText(QStringLiteral("{\"ascend_scheduler_config\":{\"enabled\":true}}"));
    form->additionalConfig()->setModified(true);
    emit form->additionalConfig()->editingFinished();
    // A secret on the command line is refused: Next stays off until it is gone.
    form->extraFlags()->setText(QStringLiteral("--api-key sk-abcdefghijklmnopqrstuvwx --seed 1"));
    form->extraFlags()->setModified(true);
    emit form->extraFlags()->editingFinished();
    QVERIFY(!nextEnabled(wizard));
    form->extraFlags()->setText(QStringLiteral("--seed 1"));
    form->extraFlags()->setModified(true);
    emit form->extraFlags()->editingFinished();
    QVERIFY2(nextEnabled(wizard), qPrintable(serving->problems()->text()));
    wizard.next();

    auto* environment = page<WizardEnvironmentPage>(wizard, NewDeploymentWizard::EnvironmentPageId);
    EnvironmentEditor* env = environment->editor();
    env->addButton()->click();
    env->table()->item(0, 0)->setText(QStringLiteral("HF_TOKEN"));
    env->table()->item(0, 1)->setText(QStringLiteral("hf_abcdefghijklmnopqrstuvwxyz012345"));
    QTRY_VERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    env->table()->setCurrentCell(0, 1);
    env->referenceButton()->click();
    QTRY_VERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(), qPrintable(environment->problems()->text()));
    QVERIFY2(environment->summary().contains(QLatin1String("qwen3-32b")), qPrintable(environment->summary()));

    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(stack.count(), 1);
    const project::ProjectData& data = project.data();
    const int index = data.deploymentIndex(QStringLiteral("qwen3-32b"));
    QVERIFY(index >= 0);
    const project::Deployment& d = data.deployments.at(index);
    QVERIFY(data.model(d.model));
    QCOMPARE(data.model(d.model)->catalog, QStringLiteral("Qwen3-32B"));
    QCOMPARE(d.image, QStringLiteral("quay.io/ascend/vllm-ascend:v0.11.0"));
    QCOMPARE(d.serving.port, 8010);
    QCOMPARE(d.serving.maxModelLen, 32768);
    QCOMPARE(d.serving.maxNumSeqs, 64);
    QCOMPARE(d.serving.gpuMemoryUtilization, 0.88);
    QCOMPARE(d.serving.servedModelName, QStringLiteral("qwen3"));
    QCOMPARE(d.serving.extraArgs,
             (QStringList {QStringLiteral("--block-size"), QStringLiteral("128"), QStringLiteral("--kv-cache-dtype"),
                           QStringLiteral("auto"), QStringLiteral("--enable-prefix-caching"),
                           QStringLiteral("--enforce-eager"), QStringLiteral("--seed"), QStringLiteral("1")}));
    QCOMPARE(d.environment.first().second, QStringLiteral("${HF_TOKEN}"));
    stack.undo();
    QCOMPARE(project::serializeProject(project.data()), before);
    stack.redo();
    QCOMPARE(project.data().deployments.at(index), d);
}

// Across two nodes, Ray runs one DP rank: choosing it with DP 2 says so and offers a layout it accepts.
void TestDeploymentWizard::engineChangeInvalidatesTheLayout()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    NewDeploymentWizard wizard(&project, &stack);
    const DropTarget target {{project::Placement {QStringLiteral("atlas-107"), {0, 1, 2, 3, 4, 5, 6, 7}},
                              project::Placement {QStringLiteral("atlas-108"), {0, 1, 2, 3, 4, 5, 6, 7}}},
                             {}};
    wizard.preset(QStringLiteral("qwen25-coder-32b"), target);
    QVERIFY(test::showAt(wizard, 900, 640));
    wizard.next();
    auto* engine = page<WizardEnginePage>(wizard, NewDeploymentWizard::EnginePageId);
    QCOMPARE(wizard.draft().placement.size(), 2);
    QVERIFY(project::traits(engineIn(engine->engineBox())).multiNode != project::MultiNode::No);
    // One-node engines are offered greyed out, with the reason.
    const int single = engine->engineBox()->findData(QVariant::fromValue(int(project::Engine::VllmAscend)));
    const QModelIndex item = engine->engineBox()->model()->index(single, 0);
    QVERIFY(!(engine->engineBox()->model()->flags(item) & Qt::ItemIsEnabled));
    QVERIFY(!item.data(Qt::ToolTipRole).toString().isEmpty());

    wizard.draft().layout = project::Layout {8, 1, 2, false};
    chooseEngine(engine->engineBox(), project::Engine::VllmAscendRay);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(engine->problems()->text().contains(QLatin1String("DP")), qPrintable(engine->problems()->text()));
    QVERIFY(engine->problems()->fixButton()->isVisible());
    engine->problems()->fixButton()->click();
    QCOMPARE(wizard.draft().engine, project::Engine::VllmAscendRay);
    QCOMPARE(wizard.draft().layout.dp, 1);
    QCOMPARE(wizard.draft().layout.npus(), 16);
    QVERIFY2(nextEnabled(wizard), qPrintable(engine->problems()->text()));
}

// A model dropped on the board (or "New Deployment Here…") opens the wizard with the model and the target.
void TestDeploymentWizard::presetFromTheBoard()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    NewDeploymentWizard wizard(&project, &stack);
    wizard.preset(ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B")),
                  DropTarget::device(QStringLiteral("atlas-109"), 2));
    QCOMPARE(wizard.newModel()->catalog, QStringLiteral("Qwen3-8B"));
    QVERIFY(test::showAt(wizard, 900, 640));
    wizard.next();
    QCOMPARE(wizard.draft().placement.size(), 1);
    QCOMPARE(wizard.draft().placement.first().node, QStringLiteral("atlas-109"));
    QVERIFY(wizard.draft().placement.first().devices.contains(2));
}

// The DeepSeek demo's NPUs 0-3 hold 55 GiB of another process on each node: the auto-placement avoids them, and
// ticking them is an error at the placement page that names the process and the memory; Next stays off.
void TestDeploymentWizard::placementOverMemoryHeldByAnotherProcess()
{
    project::Project project;
    project::ProjectData data = test::demoWithInventory(QStringLiteral("deepseek-2node"));
    data.deployments.clear(); // its own deployment takes every NPU: only the other process's memory is left
    project.reset(data, {});
    QUndoStack stack;
    NewDeploymentWizard wizard(&project, &stack);
    QVERIFY(test::showAt(wizard, 900, 640));
    auto* model = page<WizardModelPage>(wizard, NewDeploymentWizard::ModelPageId);
    model->catalog()->setCurrentIndex(model->catalog()->findData(QStringLiteral("Qwen3-8B")));
    model->setSource(WizardModelPage::FromCatalog);
    QVERIFY2(nextEnabled(wizard), qPrintable(model->problems()->text()));
    wizard.next();
    QVERIFY2(wizard.draft().placedDevices() > 0, qPrintable(QString::number(wizard.currentId())));
    for (const project::Placement& p : wizard.draft().placement) {
        for (int d : p.devices)
            QVERIFY2(d >= 4, qPrintable(QStringLiteral("%1 NPU %2").arg(p.node).arg(d))); // 0-3 are held
    }
    wizard.next(); // image
    wizard.next(); // layout
    auto* layout = page<WizardLayoutPage>(wizard, NewDeploymentWizard::LayoutPageId);
    QTRY_VERIFY_WITH_TIMEOUT(!layout->isPlanning(), 30000);
    layout->chooseRow(layout->firstAccepted());
    wizard.next();

    auto* placement = page<WizardPlacementPage>(wizard, NewDeploymentWizard::PlacementPageId);
    const int npus = wizard.draft().placedDevices();
    QVERIFY2(npus >= 1 && npus <= 8, qPrintable(QString::number(npus)));
    QList<project::Placement> held {{QStringLiteral("ds-node0"), {}}};
    for (int i = 0; i < npus; ++i)
        held.first().devices << i; // NPU 0 is held whatever the count
    placement->picker()->tick(held);
    QTRY_COMPARE(wizard.draft().placement, held);
    QVERIFY(!nextEnabled(wizard));
    const QString problems = placement->problems()->text();
    QVERIFY2(problems.contains(QLatin1String("memory in use on ds-node0")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("held by pid")), qPrintable(problems));
}

void TestDeploymentWizard::screenshots()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("atlas-lab"));
    QUndoStack stack;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        installTranslations(language);
        NewDeploymentWizard wizard(&project, &stack);
        wizard.preset(ModelRefMime::catalogRef(QStringLiteral("Qwen3-32B")), {});
        QVERIFY(test::showAt(wizard, 900, 640));
        QVERIFY(wizard.minimumSizeHint().width() <= 1024 && wizard.minimumSizeHint().height() <= 700);
        const QStringList names {QStringLiteral("model"),   QStringLiteral("engine"),     QStringLiteral("image"),
                                 QStringLiteral("layout"),  QStringLiteral("placement"),  QStringLiteral("port"),
                                 QStringLiteral("serving"), QStringLiteral("environment")};
        for (int i = 0; i < names.size(); ++i) {
            if (i == NewDeploymentWizard::LayoutPageId)
                QTRY_VERIFY_WITH_TIMEOUT(!page<WizardLayoutPage>(wizard, i)->isPlanning(), 30000);
            if (i == NewDeploymentWizard::PortPageId) {
                QTRY_VERIFY_WITH_TIMEOUT(!page<WizardPortPage>(wizard, i)->onNode()->isReading(), 10000);
                page<WizardPortPage>(wizard, i)->portBox()->setValue(8001); // shows the clash message
            }
            QCoreApplication::processEvents();
            const QString path = test::screenshotPath(
                QStringLiteral("wizard-%1-%2.png").arg(i + 1).arg(names.at(i) + QLatin1Char('-') + language));
            QVERIFY(wizard.grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
            if (i == NewDeploymentWizard::PortPageId)
                page<WizardPortPage>(wizard, i)->portBox()->setValue(8000);
            wizard.next();
        }
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestDeploymentWizard)
#include "tst_deploymentwizard.moc"
