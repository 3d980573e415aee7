// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on demo:fleet-64 from 1024×700 to 3840×2160, in English and in Chinese: every tab's page fits
// the room it gets (its layout's minimum is not larger than the page, so nothing is cut off), docks included,
// and no tab makes the window grow past the size it was given; screenshots at 1024×700 and 1920×1080.
#include <QDockWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/cluster/InventoryController.h"
#include "ui/main/MainWindow.h"

#include "Fixtures.h"
#include "PanelTour.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestWindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useFreshSettings(); }

    // The first window (no saved geometry) is never larger than the screen it opens on.
    void firstWindowFitsTheScreen()
    {
        QSettings().clear();
        MainWindow window;
        const QSize room = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
                 qPrintable(QStringLiteral("%1×%2 on a screen of %3×%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(room.width())
                                .arg(room.height())));
    }

    void everyTabFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
                const QString row = QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(language);
                QTest::newRow(qPrintable(row)) << size << language;
            }
        }
    }

    void everyTabFits()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        MainWindow window;
        window.setLanguage(language);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo(QStringLiteral("fleet-64")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 20'000);
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        // The built .qm is in use: the tabs say it in Chinese.
        QCOMPARE(tabs->tabText(0).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                 language == QLatin1String("zh_CN"));
        sayWhoAsksForMore(window, *tabs, size);
        QCOMPARE(window.size(), size);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QWidget* page = tabs->widget(i);
            QCoreApplication::processEvents();
            // A page whose minimum is larger than the window makes the window grow (off the screen).
            sayWhoAsksForMore(window, *tabs, size);
            QCOMPARE(window.size(), size);
            const QSize need = page->minimumSizeHint();
            QVERIFY2(need.width() <= page->width() && need.height() <= page->height(),
                     qPrintable(QStringLiteral("%1 tab needs %2×%3, has %4×%5")
                                    .arg(tabs->tabText(i))
                                    .arg(need.width())
                                    .arg(need.height())
                                    .arg(page->width())
                                    .arg(page->height())));
            if (size == QSize(1024, 700) || size == QSize(1920, 1080)) {
                const QString name
                    = QStringLiteral("window-%1x%2-%3-%4.png")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(page->objectName().isEmpty() ? QString::number(i) : page->objectName(), language);
                QVERIFY(window.grab().save(test::screenshotPath(name)));
            }
        }
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            if (!dock->isVisible() || !dock->widget())
                continue;
            const QSize need = dock->widget()->minimumSizeHint();
            QVERIFY2(need.width() <= dock->widget()->width() && need.height() <= dock->widget()->height(),
                     qPrintable(QStringLiteral("dock %1 needs %2×%3, has %4×%5")
                                    .arg(dock->windowTitle())
                                    .arg(need.width())
                                    .arg(need.height())
                                    .arg(dock->widget()->width())
                                    .arg(dock->widget()->height())));
        }
        window.setLanguage(QStringLiteral("en"));
    }

    void panelsInUseKeepTheWindowSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                const QString row = QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(language);
                QTest::newRow(qPrintable(row)) << size << language;
            }
        }
    }

    // atlas-lab with every panel in use (a compared chat, a benchmark run, Monitor samples): a results table,
    // a chart or a long answer never makes the window wider or taller than it was made.
    void panelsInUseKeepTheWindowSize()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QTemporaryDir runs;
        MainWindow window;
        window.setLanguage(language);
        test::openAtlasLabChecked(window, size);
        if (QTest::currentTestFailed())
            return;
        test::useEveryPanel(window, runs.path());
        if (QTest::currentTestFailed())
            return;
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        const QStringList names = test::tabNames();
        QCOMPARE(tabs->count(), names.size());
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            sayWhoAsksForMore(window, *tabs, size);
            QCOMPARE(window.size(), size);
            QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("window-used-%1-%2-%3x%4.png")
                                                                .arg(names.at(i), language)
                                                                .arg(size.width())
                                                                .arg(size.height()))));
        }
        window.setLanguage(QStringLiteral("en"));
    }

private:
    // With NPUFLEET_SIZE_TREE set: every widget of every page with its minimum, to find the one that asks.
    static void dumpTree(QWidget* w, int depth)
    {
        if ((w->isHidden() && depth > 0) || depth > 7)
            return;
        const QSize m = w->minimumSizeHint();
        const QSize mm = w->minimumSize();
        qWarning("%*s%s %s min %dx%d set %dx%d", depth * 2, "", w->metaObject()->className(),
                 qPrintable(w->objectName()), m.width(), m.height(), mm.width(), mm.height());
        for (QObject* o : w->children())
            if (auto* c = qobject_cast<QWidget*>(o))
                dumpTree(c, depth + 1);
    }
    // When the window is not the size it was given, the log says which page or dock asks for more room.
    static void sayWhoAsksForMore(QMainWindow& window, const QTabWidget& tabs, QSize size)
    {
        if (window.size() == size)
            return;
        for (int i = 0; i < tabs.count(); ++i)
            qWarning("tab %s: minimum %dx%d", qPrintable(tabs.tabText(i)), tabs.widget(i)->minimumSizeHint().width(),
                     tabs.widget(i)->minimumSizeHint().height());
        if (qEnvironmentVariableIsSet("NPUFLEET_SIZE_TREE"))
            for (int i = 0; i < tabs.count(); ++i)
                dumpTree(tabs.widget(i), 0);
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            qWarning("dock %s: minimum %dx%d visible %d", qPrintable(dock->windowTitle()),
                     dock->minimumSizeHint().width(), dock->minimumSizeHint().height(), dock->isVisible());
    }
};

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
