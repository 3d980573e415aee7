// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every preference is used where it applies: the SSH defaults reach the transport, the chart defaults the
// Benchmark and Monitor, the results folder the Benchmark, and the Playground keeps prompts on disk only
// when the user said so.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/remote/SshTransport.h"

#include "ui/charts/ChartsPanel.h"
#include "ui/common/ProjectSession.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/main/Settings.h"
#include "ui/monitor/MonitorPanel.h"
#include "ui/playground/PromptEdit.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init() { test::useFreshSettings(); }

    void dialogSavesEveryField()
    {
        QTemporaryDir dir;
        PreferencesDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("defaultUser"))->setText(QStringLiteral("ops"));
        dialog.findChild<QLineEdit*>(QStringLiteral("identityFile"))->setText(QStringLiteral("/keys/fleet"));
        dialog.findChild<QLineEdit*>(QStringLiteral("knownHostsFile"))->setText(dir.filePath(QStringLiteral("kh")));
        dialog.findChild<QSpinBox*>(QStringLiteral("connectTimeout"))->setValue(3);
        dialog.findChild<QSpinBox*>(QStringLiteral("maxHandshakes"))->setValue(6);
        dialog.findChild<QSpinBox*>(QStringLiteral("autoRefresh"))->setValue(30);
        dialog.findChild<QComboBox*>(QStringLiteral("theme"))->setCurrentIndex(2);
        dialog.findChild<QSpinBox*>(QStringLiteral("monitorInterval"))->setValue(2);
        dialog.findChild<QSpinBox*>(QStringLiteral("benchPrompts"))->setValue(40);
        dialog.findChild<QSpinBox*>(QStringLiteral("benchInputLen"))->setValue(512);
        dialog.findChild<QSpinBox*>(QStringLiteral("benchOutputLen"))->setValue(64);
        dialog.findChild<QLineEdit*>(QStringLiteral("resultsFolder"))->setText(dir.path());
        dialog.findChild<QCheckBox*>(QStringLiteral("keepHistory"))->setChecked(true);
        dialog.save();
        QCOMPARE(settings::sshUser.value(), QStringLiteral("ops"));
        QCOMPARE(settings::sshIdentityFile.value(), QStringLiteral("/keys/fleet"));
        QCOMPARE(settings::sshConnectTimeoutSeconds.value(), 3);
        QCOMPARE(settings::maxHandshakes.value(), 6);
        QCOMPARE(settings::autoRefreshSeconds.value(), 30);
        QCOMPARE(settings::theme.value(), QStringLiteral("dark"));
        QCOMPARE(settings::resultsFolderPath(), dir.path());
        QVERIFY(settings::keepPromptHistory.value());
        dialog.resize(720, 480);
        dialog.show();
        QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("preferences.png"))));

        // Where they are used.
        project::ProjectData data = *project::loadDemo(QStringLiteral("atlas-lab"));
        data.demo = false;
        data.nodes[0].user.clear();
        data.nodes[0].identityFile.clear();
        project::Project project;
        project.reset(data, QString());
        auto transport = std::dynamic_pointer_cast<remote::SshTransport>(ProjectSession::of(&project)->transport());
        QVERIFY(transport);
        QCOMPARE(transport->options().connectTimeoutMs, 3000);
        QCOMPARE(transport->options().maxHandshakes, 6);
        const remote::SshEndpoint ep = transport->endpointFor(project.data().nodes.at(0));
        QCOMPARE(ep.user, QStringLiteral("ops"));
        QCOMPARE(ep.knownHostsFile, dir.filePath(QStringLiteral("kh")));
        if (ep.identityFiles.isEmpty() || ep.identityFiles.first() != QStringLiteral("/keys/fleet"))
            QVERIFY2(false, qPrintable(ep.identityFiles.join(QLatin1Char(','))));
        ChartsPanel charts(&project);
        QCOMPARE(charts.runsDirectory(), dir.path());
        MonitorPanel monitor(&project);
        QCOMPARE(monitor.findChild<QSpinBox*>()->value(), 2);
    }

    void promptsStayOffDiskUnlessKept()
    {
        {
            PromptEdit edit;
            edit.addToHistory(QStringLiteral("my private question"));
            QCOMPARE(edit.history().size(), 1); // for Ctrl+Up in this session
            QVERIFY(settings::promptHistory.value().isEmpty());
        }
        settings::keepPromptHistory.setValue(true);
        {
            PromptEdit edit;
            edit.addToHistory(QStringLiteral("kept question"));
            QCOMPARE(settings::promptHistory.value(), QStringList {QStringLiteral("kept question")});
        }
        PreferencesDialog dialog;
        QSignalSpy cleared(&dialog, &PreferencesDialog::historyCleared);
        dialog.findChild<QPushButton*>(QStringLiteral("clearHistory"))->click();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(settings::promptHistory.value().isEmpty());
        // Turning it off removes what an earlier session saved.
        settings::promptHistory.setValue({QStringLiteral("left over")});
        settings::keepPromptHistory.setValue(false);
        PromptEdit edit;
        QVERIFY(edit.history().isEmpty());
        QVERIFY(settings::promptHistory.value().isEmpty());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
