// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu: the guide and the command-line reference are the README itself, the shortcut list is
// read from the window's actions, and a problem report is one file without secrets.
#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include "core/project/Project.h"
#include "core/util/Translations.h"

#include "ui/help/HelpBrowser.h"
#include "ui/help/HelpMenu.h"
#include "ui/help/HelpText.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/logs/LogDock.h"
#include "ui/main/MainWindow.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

// The "## " titles of a guide.
QStringList sectionTitles(const QString& markdown)
{
    QStringList titles;
    for (const QString& line : markdown.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("## ")))
            titles << line;
    return titles;
}

// The lines of its fenced code blocks, without their trailing "# comment" (comments are translated).
QStringList commandLines(const QString& markdown)
{
    static const QRegularExpression comment(QStringLiteral("\\s+#\\s.*$"));
    QStringList lines;
    bool inside = false;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            inside = !inside;
        else if (inside)
            lines << QString(line).remove(comment).trimmed();
    }
    return lines;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useFreshSettings(); }

    void guideAndCliReferenceComeFromTheReadme()
    {
        const QString readme = help::bundledReadme();
        QVERIFY(readme.startsWith(QLatin1String("# NPU Fleet")));
        const QString guide = help::guideMarkdown();
        QVERIFY(guide.contains(QLatin1String("## Two commands")));
        QVERIFY(guide.contains(QLatin1String("## Reaching real nodes")));
        QVERIFY(!guide.contains(QLatin1String("## Code layout"))); // for developers, not users
        QVERIFY(!guide.contains(QLatin1String("](docs/"))); // no picture or file link that leads nowhere
        const QString cli = help::cliMarkdown();
        QVERIFY(cli.startsWith(QLatin1String("## Command line")));
        QVERIFY(cli.contains(QLatin1String("npufleet plan")));
        QVERIFY(!cli.contains(QLatin1String("## Install")));
    }

    // The Chinese guide is the README's translation: as many sections, and the very same commands.
    void chineseGuideKeepsStepWithTheReadme()
    {
        QVERIFY(installTranslations(QStringLiteral("zh_CN")));
        const QString guide = help::guideMarkdown();
        const QString cli = help::cliMarkdown();
        QVERIFY(installTranslations(QStringLiteral("en")));
        QVERIFY2(guide.contains(QStringLiteral("## 两条命令")), qPrintable(guide.left(200)));
        QVERIFY(cli.startsWith(QStringLiteral("## 命令行")));
        QVERIFY(cli.contains(QLatin1String("npufleet plan")));
        QVERIFY(!guide.contains(QLatin1String("](")));
        const QString english = help::guideMarkdown();
        QCOMPARE(sectionTitles(guide).size(), sectionTitles(english).size());
        QCOMPARE(commandLines(guide), commandLines(english));
    }

    void helpMenuOffersEveryPage()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
        QMenu* help = window.menuBar()->actions().constLast()->menu();
        QVERIFY(help);
        QStringList names;
        for (QAction* a : help->actions())
            names << a->objectName();
        for (const char* name :
             {"actionGuide", "actionCliReference", "actionShortcuts", "actionReportProblem", "actionAbout"})
            QVERIFY2(names.contains(QLatin1String(name)), name);

        window.findChild<QAction*>(QStringLiteral("actionGuide"))->trigger();
        auto* guide = window.findChild<HelpBrowser*>();
        QVERIFY(guide);
        QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("Two commands")));
        QVERIFY(guide->grab().save(test::screenshotPath(QStringLiteral("help-guide.png"))));
        // The open guide follows the language.
        QVERIFY(installTranslations(QStringLiteral("zh_CN")));
        QTRY_VERIFY(guide->browser()->toPlainText().contains(QStringLiteral("两条命令")));
        QVERIFY(guide->grab().save(test::screenshotPath(QStringLiteral("help-guide-zh_CN.png"))));
        QVERIFY(installTranslations(QStringLiteral("en")));
        guide->close();
    }

    // The list is the actions' own: every shortcut of the window is there, with the action it runs.
    void shortcutListIsReadFromTheActions()
    {
        MainWindow window;
        QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
        const auto rows = ShortcutsDialog::shortcutsOf(&window);
        QStringList keys;
        for (const auto& row : rows)
            keys << row.second.split(QStringLiteral(", "));
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->text().isEmpty())
                continue;
            for (const QKeySequence& k : a->shortcuts())
                QVERIFY2(keys.contains(k.toString(QKeySequence::NativeText)), qPrintable(a->text()));
        }
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)));
        QVERIFY(keys.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        ShortcutsDialog dialog(&window);
        QCOMPARE(dialog.table()->rowCount(), rows.size());
        dialog.resize(560, 520);
        dialog.show();
        QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("help-shortcuts.png"))));
    }

    void problemReportIsOneFileWithoutSecrets()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
        project::Deployment d = window.project()->data().deployments.first();
        d.environment << qMakePair(QStringLiteral("HF_TOKEN"),
                                   QStringLiteral("hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"));
        window.project()->setDeployment(0, d);
        window.logDock()->append(LogDock::Level::Warning, QStringLiteral("something odd happened"));
        auto* help = window.findChild<HelpMenu*>();
        QVERIFY(help);
        const QString path = dir.filePath(QStringLiteral("report.md"));
        QVERIFY(help->writeProblemReport(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("something odd happened"));
        QVERIFY(text.contains("atlas-106"));
        QVERIFY(text.contains("Platform:"));
        QVERIFY(!text.contains("hf_AbCdEfGh"));
        QCOMPARE(int(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
