// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user meets in the first hour, checked on every panel at once: another project leaves none of
// the last one's names on screen, and the language switches live, both ways, with nothing left behind.
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"

#include "ui/assign/ModelEditDialog.h"
#include "ui/charts/ChartsPanel.h"
#include "ui/cluster/ClusterPane.h"
#include "ui/cluster/InventoryController.h"
#include "ui/dialogs/NodeDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/launch/LaunchPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/monitor/MonitorPanel.h"
#include "ui/nfs/NfsWizard.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/preflight/PreflightPanel.h"

#include "Fixtures.h"
#include "PanelTour.h"
#include "VisibleTexts.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

// Per context, the source texts of translations/npufleet_zh_CN.ts that read differently in Chinese.
QHash<QString, QSet<QString>> translatedSources()
{
    QFile file(QStringLiteral(NPUFLEET_SOURCE_DIR "/translations/npufleet_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QSet<QString>> out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source && !source.contains(QLatin1Char('%')))
                out[context].insert(source);
        }
    }
    return out;
}

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return han.match(text).hasMatch();
}

// The first few in the failure message, all of them in the log.
QString report(const QList<test::SeenText>& texts)
{
    QStringList lines;
    for (const test::SeenText& t : texts) {
        lines << t.where + QStringLiteral(": ") + t.text.left(120);
        qWarning().noquote() << lines.constLast();
    }
    return QStringLiteral("%1 text(s), first: ").arg(texts.size()) + lines.mid(0, 5).join(QLatin1Char('\n'));
}

} // namespace

class TestPanelConsistency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useFreshSettings(); }

    // Each panel used on atlas-lab, then deepseek-2node opened: no panel shows an atlas-lab name.
    void anotherProjectLeavesNoOldNames()
    {
        QTemporaryDir runs;
        MainWindow window;
        test::openAtlasLabChecked(window, QSize(1400, 900));
        if (QTest::currentTestFailed())
            return;

        auto* monitor = window.findChild<MonitorPanel*>();
        test::showTab(&window, monitor);
        monitor->setIntervalSeconds(1);
        monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->sampleCount() >= 1, 15000);

        auto* playground = window.findChild<PlaygroundPane*>();
        test::showTab(&window, playground);
        QVERIFY(playground->send(QStringLiteral("Hello")));
        QTRY_VERIFY_WITH_TIMEOUT(!playground->isBusy(), 20000);

        auto* charts = window.findChild<ChartsPanel*>();
        charts->setRunsDirectory(runs.path());
        charts->setLoad(5, 64, 8, QStringLiteral("inf"), QString());
        test::showTab(&window, charts);
        QSignalSpy benched(charts, &ChartsPanel::allFinished);
        QVERIFY(charts->startRun());
        QVERIFY(benched.wait(60000));

        QVERIFY(window.openDemo(QStringLiteral("deepseek-2node")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 10000);
        QVERIFY(!monitor->isWatching());

        static const QRegularExpression old(
            QStringLiteral("atlas-1\\d\\d|qwen3-30b-a3b|qwen25-coder-32b|172\\.16\\.33\\.|Atlas lab"));
        QList<test::SeenText> left = test::visibleTexts(&window);
        left.removeIf([](const test::SeenText& t) { return !old.match(t.text).hasMatch(); });
        // The model library lists the bundled catalog, Qwen models included, in every project; the log is a
        // record of what happened, the last project included.
        left.removeIf([](const test::SeenText& t) {
            return t.where.contains(QLatin1String("ModelLibrary")) || t.where.contains(QLatin1String("LogDock"));
        });
        QVERIFY2(left.isEmpty(), qPrintable(report(left)));
        QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("project-switch.png"))));
    }

    // A form row of several widgets gets no buddy: its label printed "&Network allowed:" as it is.
    void noLabelShowsItsAmpersand()
    {
        MainWindow window;
        QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
        auto* undo = new QUndoStack(&window);
        QList<QWidget*> roots = {&window, new NfsWizard(window.project(), undo, &window),
                                 new NodeDialog(window.project()->data().nodes.first(), {}, &window),
                                 new ModelEditDialog(window.project()->data().models.first(), {}, &window),
                                 new PreferencesDialog(&window)};
        for (QWidget* root : roots) {
            const QList<test::SeenText> literal = test::literalAmpersands(root);
            QVERIFY2(literal.isEmpty(), qPrintable(report(literal)));
        }
    }

    // Every tab of the window in both languages at the smallest and a large size, each after use, for
    // docs/screenshots (look at them: nothing may be clipped).
    void screenshotsOfEveryPanel()
    {
        QTemporaryDir runs;
        MainWindow window;
        test::openAtlasLabChecked(window, QSize(1600, 1000));
        if (QTest::currentTestFailed())
            return;
        test::useEveryPanel(window, runs.path());
        if (QTest::currentTestFailed())
            return;

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        const QStringList names = test::tabNames();
        QCOMPARE(tabs->count(), names.size());
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            window.setLanguage(language);
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                window.resize(size);
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QTest::qWait(150);
                    QCOMPARE(window.size(), size); // no panel makes the window grow
                    QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("panel-%1-%2-%3x%4.png")
                                                                        .arg(names.at(i), language)
                                                                        .arg(size.width())
                                                                        .arg(size.height()))));
                }
            }
        }
        window.setLanguage(QStringLiteral("en"));
    }

    // en → zh_CN → en with every panel in use: no English left in Chinese, no Chinese left in English.
    void languageSwitchesBackAndForthEverywhere()
    {
        const QHash<QString, QSet<QString>> translated = translatedSources();
        QVERIFY(translated.size() > 50);
        // English left: a text that tr() would have translated where it is shown.
        const auto untranslated = [&translated](const test::SeenText& t) {
            for (const QString& context : t.contexts) {
                if (translated.value(context).contains(t.text))
                    return true;
            }
            return false;
        };
        MainWindow window;
        test::openAtlasLabChecked(window, QSize(1400, 900));
        if (QTest::currentTestFailed())
            return;
        auto* monitor = window.findChild<MonitorPanel*>();
        monitor->setIntervalSeconds(1);
        monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->sampleCount() >= 2, 15000);
        monitor->stop();

        // The log is a record: its lines stay in the language they were written in.
        const auto texts = [&] {
            QList<test::SeenText> all = test::visibleTexts(&window);
            all.removeIf([](const test::SeenText& t) { return t.where.contains(QLatin1String("LogDock")); });
            return all;
        };
        const auto englishLeft = [&] {
            QList<test::SeenText> left = texts();
            // An NPU's health is npu-smi's word, shown as printed ("OK"), in every language.
            left.removeIf([&](const test::SeenText& t) {
                return !untranslated(t)
                    || (t.where.contains(QLatin1String("ClusterPane")) && t.text == QLatin1String("OK"));
            });
            return left;
        };
        const auto chineseLeft = [&] {
            QList<test::SeenText> left = texts();
            // A language's own name is written in that language, whatever the language of the rest.
            left.removeIf(
                [](const test::SeenText& t) { return !hasChinese(t.text) || t.text == QStringLiteral("简体中文"); });
            return left;
        };
        QList<test::SeenText> left = chineseLeft();
        QVERIFY2(left.isEmpty(), qPrintable(report(left)));

        // Some panels say it again from a worker (Plan plans again): give them a moment.
        window.setLanguage(QStringLiteral("zh_CN"));
        for (int i = 0; i < 50 && !englishLeft().isEmpty(); ++i)
            QTest::qWait(100);
        left = englishLeft();
        QVERIFY2(left.isEmpty(), qPrintable(report(left)));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("tab%1-zh_CN.png").arg(i))));
        }

        window.setLanguage(QStringLiteral("en"));
        for (int i = 0; i < 50 && !chineseLeft().isEmpty(); ++i)
            QTest::qWait(100);
        left = chineseLeft();
        QVERIFY2(left.isEmpty(), qPrintable(report(left)));
    }
};

QTEST_MAIN(TestPanelConsistency)
#include "tst_panelconsistency.moc"
