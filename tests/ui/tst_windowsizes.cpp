// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on demo:fleet-64 from 1024×700 to 3840×2160: every tab's page fits the room it gets (its
// layout's minimum is not larger than the page, so nothing is cut off), docks included; screenshots at
// 1024×700 and 1920×1080 for docs/screenshots/.
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

#include "ui/cluster/InventoryController.h"
#include "ui/main/MainWindow.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestWindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("npufleet-test"));
        QSettings().clear();
    }

    void everyTabFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
    }

    void everyTabFits()
    {
        QFETCH(QSize, size);
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo(QStringLiteral("fleet-64")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 20'000);
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        if (window.size() != size) { // say who asks for more room
            for (int i = 0; i < tabs->count(); ++i)
                qWarning("tab %s: minimum %dx%d", qPrintable(tabs->tabText(i)),
                         tabs->widget(i)->minimumSizeHint().width(), tabs->widget(i)->minimumSizeHint().height());
            for (QDockWidget* dock : window.findChildren<QDockWidget*>())
                qWarning("dock %s: minimum %dx%d visible %d", qPrintable(dock->windowTitle()),
                         dock->minimumSizeHint().width(), dock->minimumSizeHint().height(), dock->isVisible());
        }
        QCOMPARE(window.size(), size);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QWidget* page = tabs->widget(i);
            QCoreApplication::processEvents();
            const QSize need = page->minimumSizeHint();
            QVERIFY2(need.width() <= page->width() && need.height() <= page->height(),
                     qPrintable(QStringLiteral("%1 tab needs %2×%3, has %4×%5")
                                    .arg(tabs->tabText(i))
                                    .arg(need.width())
                                    .arg(need.height())
                                    .arg(page->width())
                                    .arg(page->height())));
            if (size == QSize(1024, 700) || size == QSize(1920, 1080)) {
                const QString name = QStringLiteral("window-%1x%2-%3.png")
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(page->objectName().isEmpty() ? QString::number(i) : page->objectName());
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
    }
};

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
