// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window on demo:atlas-lab with its panels in use, as a new user leaves them: what the window-size,
// language and screenshot tests start from. Each step fails the calling test (check
// QTest::currentTestFailed() after it).
#include <QSize>
#include <QTabWidget>
#include <QtTest>

#include "ui/charts/ChartsPanel.h"
#include "ui/cluster/ClusterPane.h"
#include "ui/cluster/InventoryController.h"
#include "ui/main/MainWindow.h"
#include "ui/monitor/MonitorPanel.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/preflight/PreflightPanel.h"

namespace npufleet::test {

// Makes pane the current tab of the tab widget that holds it.
inline void showTab(QWidget* window, QWidget* pane)
{
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (const int i = tabs->indexOf(pane); i >= 0) {
            tabs->setCurrentIndex(i);
            return;
        }
    }
}

// Shows window at size with atlas-lab open, its inventory read, atlas-106 selected and pre-flight run for
// qwen3-30b-a3b.
inline void openAtlasLabChecked(ui::MainWindow& window, QSize size)
{
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 10000);
    window.clusterPane()->selectNode(QStringLiteral("atlas-106"));
    ui::PreflightPanel* preflight = window.preflightPanel();
    showTab(&window, preflight);
    QSignalSpy checked(preflight, &ui::PreflightPanel::finished);
    preflight->run(QStringLiteral("qwen3-30b-a3b"));
    QVERIFY(checked.wait(20000));
}

// Then the rest in use: a compared chat in the Playground, a benchmark run (results in runsDir, its
// distributions shown) and a few Monitor samples.
inline void useEveryPanel(ui::MainWindow& window, const QString& runsDir)
{
    auto* playground = window.findChild<ui::PlaygroundPane*>();
    playground->setCompare(true);
    QVERIFY(playground->send(QStringLiteral("Which NPUs are you on?")));
    QTRY_VERIFY_WITH_TIMEOUT(!playground->isBusy(), 20000);
    auto* charts = window.findChild<ui::ChartsPanel*>();
    charts->setRunsDirectory(runsDir);
    charts->setLoad(20, 256, 32, QStringLiteral("inf"), QString());
    QSignalSpy benched(charts, &ui::ChartsPanel::allFinished);
    QVERIFY(charts->startRun());
    QVERIFY(benched.wait(60000));
    charts->tabs()->setCurrentIndex(1);
    auto* monitor = window.findChild<ui::MonitorPanel*>();
    monitor->setIntervalSeconds(1);
    monitor->start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->sampleCount() >= 3, 15000);
    monitor->stop();
}

// The window's tabs, by the names the screenshots use.
inline QStringList tabNames()
{
    return {QStringLiteral("board"),     QStringLiteral("details"), QStringLiteral("plan"),
            QStringLiteral("preflight"), QStringLiteral("launch"),  QStringLiteral("playground"),
            QStringLiteral("benchmark"), QStringLiteral("monitor")};
}

} // namespace npufleet::test
