// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QMenu>
#include <QMimeData>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include "ui/assign/ModelEditDialog.h"
#include "ui/assign/ModelLibraryModel.h"
#include "ui/assign/ModelLibraryPane.h"
#include "ui/assign/ModelRefMime.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestModelLibrary : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTester();
    void badges();
    void mimeDataCarriesRefs();
    void addEditRemoveUndoByteForByte();
    void assignToNodeFromMenu();
    void editDialogValidates();
    void screenshot();

private:
    static project::ModelSource llama()
    {
        project::ModelSource m;
        m.id = QStringLiteral("llama8b");
        m.name = QStringLiteral("Llama-3.1-8B");
        m.catalog = m.name;
        m.path = QStringLiteral("/data/models/Llama-3.1-8B");
        m.quantization = QStringLiteral("bf16");
        return m;
    }
};

void TestModelLibrary::modelPassesTester()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    ModelLibraryPane pane(&project, &stack);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex own = pane.model()->index(ModelLibraryModel::ProjectGroup, 0);
    QCOMPARE(pane.model()->rowCount(own), 2);
    QVERIFY(pane.model()->rowCount(pane.model()->index(ModelLibraryModel::CatalogGroup, 0)) >= 10);
    pane.addModel(llama());
    QCOMPARE(pane.model()->rowCount(own), 3);
    pane.removeModel(QStringLiteral("qwen3-30b-a3b"));
    QCOMPARE(pane.model()->rowCount(own), 2);
    stack.undo();
    stack.undo();
    QCOMPARE(pane.model()->rowCount(own), 2);
    Result<project::ProjectData> other = project::loadDemo(QStringLiteral("deepseek-2node"));
    QVERIFY(other.hasValue());
    project.reset(*other, QString());
    QCOMPARE(pane.model()->rowCount(own), int(other->models.size()));
}

void TestModelLibrary::badges()
{
    project::Project project;
    test::loadDemo(project);
    ModelLibraryModel model(&project);
    const QModelIndex qwen = model.indexOfRef(QStringLiteral("qwen3-30b-a3b"));
    QVERIFY(qwen.isValid());
    QCOMPARE(qwen.data().toString(), QStringLiteral("Qwen3-30B-A3B"));
    const qint64 params = qwen.data(ModelLibraryModel::ParamsRole).toLongLong();
    QVERIFY2(params > 30'000'000'000 && params < 31'000'000'000, qPrintable(QString::number(params)));
    QCOMPARE(qwen.data(ModelLibraryModel::QuantRole).toString(), QStringLiteral("bf16"));
    const double gib = qwen.data(ModelLibraryModel::WeightBytesRole).toDouble() / (1024.0 * 1024 * 1024);
    QVERIFY2(gib > 55 && gib < 60, qPrintable(QString::number(gib)));
    const QModelIndex w8a8 = model.indexOfRef(ModelRefMime::catalogRef(QStringLiteral("DeepSeek-R1-0528-W8A8")));
    QCOMPARE(w8a8.data(ModelLibraryModel::QuantRole).toString(), QStringLiteral("w8a8"));
    QVERIFY(w8a8.data(Qt::ToolTipRole).toString().contains(QLatin1String("GiB of weights")));
}

void TestModelLibrary::mimeDataCarriesRefs()
{
    project::Project project;
    test::loadDemo(project);
    ModelLibraryModel model(&project);
    QVERIFY(model.mimeTypes().contains(QStringLiteral("application/x-npufleet-model-ref")));
    const QModelIndex own = model.indexOfRef(QStringLiteral("qwen25-coder-32b"));
    const QModelIndex cat = model.indexOfRef(ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B")));
    QVERIFY(model.flags(own) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> mime(model.mimeData({own, cat}));
    QCOMPARE(ModelRefMime::decodeModels(mime.get()),
             (QStringList {QStringLiteral("qwen25-coder-32b"), QStringLiteral("catalog:Qwen3-8B")}));
}

void TestModelLibrary::addEditRemoveUndoByteForByte()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    ModelLibraryPane pane(&project, &stack);
    QList<QByteArray> states {project::serializeProject(project.data())};
    pane.addModel(llama());
    states << project::serializeProject(project.data());
    project::ModelSource edited = llama();
    edited.quantization = QStringLiteral("w8a8");
    QVERIFY(pane.editModel(QStringLiteral("llama8b"), edited));
    states << project::serializeProject(project.data());
    // Removing a model also removes its deployment, in the same step.
    QVERIFY(pane.removeModel(QStringLiteral("qwen3-30b-a3b")));
    QCOMPARE(project.data().deployments.size(), 1);
    states << project::serializeProject(project.data());
    QCOMPARE(stack.count(), 3);
    test::checkUndoRedo(stack, project, states);
}

void TestModelLibrary::assignToNodeFromMenu()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    ModelLibraryPane pane(&project, &stack);
    QVERIFY(pane.selectRef(QStringLiteral("qwen3-30b-a3b")));
    QSignalSpy toSelection(&pane, &ModelLibraryPane::assignToSelectionRequested);
    std::unique_ptr<QMenu> menu(pane.buildAssignMenu(nullptr));
    QAction* onNode = nullptr;
    QAction* full = nullptr;
    QAction* selection = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->data().toStringList() == QStringList {QStringLiteral("atlas-107")})
            onNode = a;
        if (a->data().toStringList() == QStringList {QStringLiteral("atlas-106")})
            full = a;
        if (a->text().contains(QLatin1String("selection")))
            selection = a;
    }
    QVERIFY(onNode && full && selection);
    QVERIFY(!full->isEnabled()); // no free NPUs there
    QVERIFY(full->toolTip().contains(QLatin1String("no free NPUs")));
    onNode->trigger();
    QCOMPARE(project.data().deployments.last().placement.first().node, QStringLiteral("atlas-107"));
    selection->trigger();
    QCOMPARE(toSelection.count(), 1);
    QCOMPARE(toSelection.first().first().toString(), QStringLiteral("qwen3-30b-a3b"));
}

void TestModelLibrary::editDialogValidates()
{
    ModelEditDialog dialog(project::ModelSource {}, {QStringLiteral("taken")});
    QVERIFY(!dialog.problem().isEmpty());
    project::ModelSource m = llama();
    m.id = QStringLiteral("taken");
    ModelEditDialog dup(m, {QStringLiteral("taken")});
    QVERIFY(dup.problem().contains(QLatin1String("already")));
    ModelEditDialog ok(llama(), {QStringLiteral("taken")});
    QVERIFY(ok.problem().isEmpty());
    QCOMPARE(ok.model(), llama());
}

void TestModelLibrary::screenshot()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    ModelLibraryPane pane(&project, &stack);
    QVERIFY(test::showAt(pane, 420, 640));
    pane.selectRef(QStringLiteral("qwen3-30b-a3b"));
    QVERIFY(pane.grab().save(test::screenshotPath(QStringLiteral("model-library.png"))));
}

QTEST_MAIN(TestModelLibrary)
#include "tst_modellibrary.moc"
