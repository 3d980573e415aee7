// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The questions a refresh of real nodes raises, answered the way a user does (in the dialogs): trust a
// first-seen host key, give a password (a wrong one first), a key's passphrase, and one remembered in
// the system keychain. Against real OpenSSH servers on 127.0.0.x; HOME is a scratch folder, so the
// user's own ~/.ssh is never read or written.

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "core/project/Project.h"
#include "core/project/ProjectData.h"

#include "ui/cluster/InventoryController.h"
#include "ui/dialogs/CredentialsDialog.h"
#include "ui/dialogs/HostKeyDialog.h"
#include "ui/remote/KeychainSecrets.h"

#include "Fixtures.h"
#include "SshdFixture.h"

using namespace npufleet;
using namespace npufleet::ui;
using npufleet::test::SshdFixture;

namespace {

template<typename Dialog>
Dialog* openDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<Dialog*>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QString dialogText(QWidget* dialog)
{
    QStringList texts;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

// Types the secret and presses Log In, as the user would.
void answer(CredentialsDialog* dialog, const QByteArray& secret, bool remember)
{
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("secret"));
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, QString::fromUtf8(secret));
    dialog->findChild<QCheckBox*>(QStringLiteral("remember"))->setChecked(remember);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestLogins : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    SshdFixture m_cluster {3};
    bool m_passwordUser = false;

    // A project of one real node whose inventory refresh has started, as the user's Refresh does.
    struct Refresh
    {
        project::Project project;
        InventoryController inventory {&project};
        QSignalSpy messages {&inventory, &InventoryController::message};

        explicit Refresh(const cluster::Node& node)
        {
            project::ProjectData data;
            data.name = QStringLiteral("logins");
            data.nodes = {node};
            project.reset(data, {});
            inventory.refresh();
        }
        cluster::NodeStatus status(const QString& node) const { return project.data().node(node)->live.status; }
    };
    // Node 1 as the password user, with no key to offer.
    cluster::Node passwordNode() const
    {
        cluster::Node node = m_cluster.node(1);
        node.user = SshdFixture::passwordUser();
        node.identityFile.clear();
        return node;
    }
    void trustEveryHostKey() const
    {
        QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));
        const QString knownHosts = m_home.filePath(QStringLiteral(".ssh/known_hosts"));
        QFile::remove(knownHosts);
        QVERIFY(QFile::copy(m_cluster.knownHostsFile(), knownHosts));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8()); // ~/.ssh/known_hosts and ~/.ssh/config live here
        qunsetenv("SSH_AUTH_SOCK");
        m_cluster.setPasswordAuthentication(true);
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        m_passwordUser = SshdFixture::ensurePasswordUser(&why);
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void firstSeenHostKeyIsAskedThenTrusted()
    {
        Refresh refresh(m_cluster.node(0));
        QTRY_VERIFY_WITH_TIMEOUT(openDialog<HostKeyDialog>(), 20'000);
        HostKeyDialog* dialog = openDialog<HostKeyDialog>();
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("fingerprint")));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fingerprint"))->text(), m_cluster.hostFingerprint(0));
        QCOMPARE(refresh.status(m_cluster.nodeName(0)), cluster::NodeStatus::HostKeyUnverified);
        QVERIFY(dialog->trustButton());
        dialog->trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(refresh.status(m_cluster.nodeName(0)), cluster::NodeStatus::Connected, 20'000);
        QFile knownHosts(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        QVERIFY(knownHosts.readAll().contains(m_cluster.address(0).toUtf8()));
    }

    void passwordIsAskedAgainWhenRefused()
    {
        if (!m_passwordUser)
            QSKIP("needs root to make a password user");
        trustEveryHostKey();
        const cluster::Node node = passwordNode();
        Refresh refresh(node);

        QTRY_VERIFY_WITH_TIMEOUT(openDialog<CredentialsDialog>(), 20'000);
        CredentialsDialog* dialog = openDialog<CredentialsDialog>();
        QVERIFY2(dialogText(dialog).contains(QLatin1String("asks for a password")), qPrintable(dialogText(dialog)));
        answer(dialog, "not-the-password", false);
        QTRY_VERIFY_WITH_TIMEOUT(openDialog<CredentialsDialog>() && openDialog<CredentialsDialog>() != dialog, 20'000);
        dialog = openDialog<CredentialsDialog>();
        QVERIFY2(dialogText(dialog).contains(QLatin1String("refused the password")), qPrintable(dialogText(dialog)));
        QVERIFY(dialog->grab().save(npufleet::test::screenshotPath(QStringLiteral("credentials-dialog.png"))));
        answer(dialog, SshdFixture::password(), false);
        QTRY_COMPARE_WITH_TIMEOUT(refresh.status(node.name), cluster::NodeStatus::Connected, 20'000);

        // The secret never shows up in what the user sees in the log.
        for (const QList<QVariant>& m : refresh.messages)
            QVERIFY(!m.at(0).toString().contains(QString::fromUtf8(SshdFixture::password())));
    }

    void keyPassphraseIsAsked()
    {
        trustEveryHostKey();
        cluster::Node node = m_cluster.node(2);
        node.identityFile = m_cluster.encryptedClientKey();
        Refresh refresh(node);
        QTRY_VERIFY_WITH_TIMEOUT(openDialog<CredentialsDialog>(), 20'000);
        CredentialsDialog* dialog = openDialog<CredentialsDialog>();
        QVERIFY(dialogText(dialog).contains(m_cluster.encryptedClientKey()));
        answer(dialog, SshdFixture::passphrase(), false);
        QTRY_COMPARE_WITH_TIMEOUT(refresh.status(node.name), cluster::NodeStatus::Connected, 20'000);
    }

    // Runs where a Secret Service answers (ctest's tst_logins_keychain starts one on a private D-Bus).
    void rememberedPasswordServesTheNextRun()
    {
        if (qEnvironmentVariableIsEmpty("NPUFLEET_TEST_KEYCHAIN"))
            QSKIP("needs a Secret Service (run as tst_logins_keychain)");
        if (!m_passwordUser)
            QSKIP("needs root to make a password user");
        trustEveryHostKey();
        const cluster::Node node = passwordNode();
        {
            Refresh refresh(node);
            QTRY_VERIFY_WITH_TIMEOUT(openDialog<CredentialsDialog>(), 20'000);
            answer(openDialog<CredentialsDialog>(), SshdFixture::password(), true);
            QTRY_COMPARE_WITH_TIMEOUT(refresh.status(node.name), cluster::NodeStatus::Connected, 20'000);
            QTRY_VERIFY(std::any_of(refresh.messages.cbegin(), refresh.messages.cend(), [](const QList<QVariant>& m) {
                return m.at(0).toString().contains(QLatin1String("remembered in the system keychain"));
            }));
        }
        // A new project object is a new transport with empty memory, as after a restart: no question now.
        Refresh refresh(node);
        QTRY_COMPARE_WITH_TIMEOUT(refresh.status(node.name), cluster::NodeStatus::Connected, 20'000);
        QVERIFY(!openDialog<CredentialsDialog>());

        bool read = false;
        std::optional<QByteArray> stored;
        KeychainSecrets::read(KeychainSecrets::passwordKey(SshdFixture::passwordUser(), node.host), this,
                              [&](std::optional<QByteArray> found, const QString&) {
                                  stored = found;
                                  read = true;
                              });
        QTRY_VERIFY(read);
        QCOMPARE(stored.value_or(QByteArray()), SshdFixture::password());
    }
};

QTEST_MAIN(TestLogins)
#include "tst_logins.moc"
