// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/remote/Transport.h"
#include "core/storage/NfsRunner.h"

#include "ui/commands/StorageCommands.h"
#include "ui/nfs/NfsApplyPage.h"
#include "ui/nfs/NfsPreviewPage.h"
#include "ui/nfs/NfsWizard.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {
// Every command succeeds, and the read-only ones answer as a healthy server would.
class AgreeingTransport final : public remote::Transport
{
public:
    remote::ExecResult execute(const cluster::Node&,
                               const remote::ExecRequest& request,
                               const std::atomic_bool&,
                               const remote::OutputSink&) override
    {
        remote::ExecResult r;
        r.status = remote::ExecStatus::Ok;
        r.exitStatus = 0;
        if (request.command.startsWith(QLatin1String("showmount")))
            r.standardOutput = "Export list for 172.16.33.106:\n/data/models 172.16.33.0/24\n";
        return r;
    }
    bool isSimulated() const override { return true; }
};
} // namespace

class TestNfsWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void walksToPreviewOnAtlasLab();
    void computesDefaultsWithoutStorage();
    void applyThenFinishRecordsStorageUndoably();
    void undoTakesAwayWhatWasApplied();

private:
    project::Project m_project;
    QUndoStack m_stack;
};

void TestNfsWizard::init()
{
    Result<project::ProjectData> lab = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(lab);
    m_project.reset(*lab, QString());
    m_stack.clear();
}

void TestNfsWizard::walksToPreviewOnAtlasLab()
{
    NfsWizard wizard(&m_project, &m_stack);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(NfsWizard::ShareId));
    auto* server = wizard.findChild<QComboBox*>(QStringLiteral("serverNode"));
    QVERIFY(server);
    QCOMPARE(server->currentData().toString(), QStringLiteral("atlas-106"));
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("network"))->text(), QStringLiteral("172.16.33.0/24"));
    auto* clients = wizard.findChild<QListWidget*>(QStringLiteral("clients"));
    QCOMPARE(clients->count(), 4);
    for (int i = 0; i < clients->count(); ++i)
        QCOMPARE(clients->item(i)->checkState(), Qt::Checked);
    QVERIFY(wizard.findChild<QCheckBox*>(QStringLiteral("export_no_root_squash"))->isChecked());
    QVERIFY(!wizard.findChild<QCheckBox*>(QStringLiteral("export_rw"))->toolTip().isEmpty());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(NfsWizard::MountId));
    auto* hard = wizard.findChild<QCheckBox*>(QStringLiteral("mount_hard"));
    QVERIFY(hard->isChecked());
    QVERIFY(hard->toolTip().contains(QLatin1String("half a file")));
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("cacheDir"))->text(),
             QStringLiteral("/data/models/gpustack-cache"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(NfsWizard::PreviewId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.osDetectionDone(), 10000);
    QCOMPARE(wizard.detectedOs().size(), 5);
    auto* page = qobject_cast<NfsPreviewPage*>(wizard.currentPage());
    QVERIFY(page);
    QCOMPARE(page->nodeList()->count(), 5);
    const QString text = page->text()->toPlainText();
    QVERIFY(text.contains(QLatin1String("nfs-utils")));
    QVERIFY(text.contains(QLatin1String("# npufleet begin")));
    QVERIFY(text.contains(QLatin1String("/data/models 172.16.33.0/24(rw,sync,no_root_squash,no_subtree_check)")));
    QVERIFY(text.contains(QLatin1String("$ exportfs -ra")));
    QVERIFY(page->isComplete());
    QVERIFY(m_stack.count() == 0); // nothing recorded, nothing run
    QTest::qWait(50); // let the layout settle before the picture
    QVERIFY(wizard.grab().save(test::screenshotPath(QStringLiteral("nfs-wizard.png"))));

    page->nodeList()->setCurrentRow(1);
    QVERIFY(
        page->text()->toPlainText().contains(QLatin1String("mount -t nfs -o vers=3,hard,timeo=600,retrans=3,_netdev -- "
                                                           "172.16.33.106:/data/models /data/models")));
}

void TestNfsWizard::computesDefaultsWithoutStorage()
{
    project::ProjectData data = m_project.data();
    data.storage = {};
    m_project.reset(data, QString());
    NfsWizard wizard(&m_project, &m_stack);
    wizard.show();
    QCOMPARE(wizard.draft().serverNode, QStringLiteral("atlas-106")); // the head node
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("network"))->text(), QStringLiteral("172.16.33.0/24"));
    QCOMPARE(wizard.draft().clients.size(), 4);
    // Another server: clients and network follow.
    auto* server = wizard.findChild<QComboBox*>(QStringLiteral("serverNode"));
    server->setCurrentIndex(server->findData(QStringLiteral("atlas-110")));
    QCOMPARE(wizard.draft().serverNode, QStringLiteral("atlas-110"));
    QVERIFY(!wizard.draft().clients.contains(QStringLiteral("atlas-110")));
    QVERIFY(wizard.draft().clients.contains(QStringLiteral("atlas-106")));
    QCOMPARE(wizard.draft().exportOptions, QStringLiteral("rw,sync,no_root_squash,no_subtree_check"));
    wizard.findChild<QCheckBox*>(QStringLiteral("export_sync"))->setChecked(false);
    QCOMPARE(wizard.draft().exportOptions, QStringLiteral("rw,no_root_squash,no_subtree_check"));
}

void TestNfsWizard::applyThenFinishRecordsStorageUndoably()
{
    project::ProjectData data = m_project.data();
    data.storage = {};
    m_project.reset(data, QString());
    NfsWizard wizard(&m_project, &m_stack);
    wizard.setTransport(std::make_shared<AgreeingTransport>());
    wizard.show();
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.osDetectionDone(), 10000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NfsWizard::ApplyId));
    auto* apply = qobject_cast<NfsApplyPage*>(wizard.currentPage());
    QVERIFY(!apply->isComplete()); // nothing runs until asked
    apply->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 10000);
    QVERIFY(!m_project.data().storage.isConfigured());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NfsWizard::VerifyId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
    QCOMPARE(wizard.runner()->checks().size(), 16);
    wizard.accept();
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_project.data().storage.serverNode, QStringLiteral("atlas-106"));
    QCOMPARE(m_project.data().storage.network, QStringLiteral("172.16.33.0/24"));
    QCOMPARE(m_project.data().storage.clients.size(), 4);
    m_stack.undo();
    QVERIFY(!m_project.data().storage.isConfigured());
    m_stack.redo();
    QVERIFY(m_project.data().storage.isConfigured());
}

void TestNfsWizard::undoTakesAwayWhatWasApplied()
{
    // atlas-lab records /data/models as applied; the user edits the draft to another mount point.
    NfsWizard wizard(&m_project, &m_stack);
    QCOMPARE(m_project.data().storage.mountPoint, QStringLiteral("/data/models"));
    wizard.draft().mountPoint = QStringLiteral("/mnt/models");
    const Result<storage::NfsPlan> apply = wizard.plan();
    const Result<storage::NfsPlan> undo = wizard.undoPlan();
    QVERIFY(apply && undo);
    QCOMPARE(apply->storage.mountPoint, QStringLiteral("/mnt/models"));
    QCOMPARE(undo->storage.mountPoint, QStringLiteral("/data/models"));
}

QTEST_MAIN(TestNfsWizard)
#include "tst_nfswizard.moc"
