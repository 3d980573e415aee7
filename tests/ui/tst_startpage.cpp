// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first run: a start page that offers what to open, instead of a demo opened without asking.
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "core/project/Project.h"

#include "ui/main/MainWindow.h"
#include "ui/main/StartPage.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useFreshSettings(); }

    void offersWhatToOpenThenGetsOutOfTheWay()
    {
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            MainWindow window;
            window.setLanguage(language);
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                window.resize(size);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(window.isShowingStartPage());
                QVERIFY(window.project()->data().nodes.isEmpty());
                QCoreApplication::processEvents(); // the layouts of the new texts
                // The window keeps its size, every menu has its place on the bar (no » for the hidden ones)
                // and every button shows its whole text.
                QCOMPARE(window.size(), size);
                for (QAction* menu : window.menuBar()->actions())
                    QVERIFY2(window.menuBar()->rect().contains(window.menuBar()->actionGeometry(menu)),
                             qPrintable(menu->text()));
                for (QPushButton* button : window.startPage()->findChildren<QPushButton*>())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
                QVERIFY(window.grab().save(test::screenshotPath(
                    QStringLiteral("start-page-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()))));
            }
        }
        MainWindow window;
        StartPage* start = window.startPage();
        for (const char* name : {"startOpen", "startDemo", "startNew", "startImport"})
            QVERIFY2(start->findChild<QPushButton*>(QLatin1String(name)), name);
        start->demoBox()->setCurrentIndex(start->demoBox()->findData(QStringLiteral("deepseek-2node")));
        start->findChild<QPushButton*>(QStringLiteral("startDemo"))->click();
        QVERIFY(!window.isShowingStartPage());
        QVERIFY(window.project()->isDemo());
        QCOMPARE(window.project()->data().nodes.first().name, QStringLiteral("ds-node0"));

        MainWindow fresh;
        fresh.startPage()->findChild<QPushButton*>(QStringLiteral("startNew"))->click();
        QVERIFY(!fresh.isShowingStartPage());
        QVERIFY(!fresh.project()->isDemo());
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
