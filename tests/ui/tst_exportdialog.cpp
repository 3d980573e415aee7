// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Export dialog previews the files of a demo deployment, copies one, saves them all (asking
// before replacing), and refuses an invalid deployment with a red message and Save disabled.
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

#include "core/project/DemoProjects.h"

#include "ui/dialogs/Ask.h"
#include "ui/export/ExportDialog.h"
#include "ui/export/ExportHighlighter.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {
project::ProjectData demo(const QString& name)
{
    Result<project::ProjectData> p = project::loadDemo(name);
    if (!p)
        qFatal("cannot load the demo %s", qPrintable(name));
    return *p;
}

// The colour the highlighter gave to the first character of `needle` in the document.
QColor colourAt(QTextDocument* document, const QString& needle)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const qsizetype at = block.text().indexOf(needle);
        if (at < 0)
            continue;
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.start <= at && at < range.start + range.length)
                return range.format.foreground().color();
        }
        return {};
    }
    return {};
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewsTheStartScript()
    {
        ExportDialog dialog(demo(QStringLiteral("atlas-lab")), QStringLiteral("qwen3-30b-a3b"), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.deployment(), QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(dialog.formatKey(), QStringLiteral("all"));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(!dialog.fileNames().isEmpty());
        QVERIFY(dialog.fileNames().contains(QStringLiteral("RUNBOOK.md")));
        QCOMPARE(dialog.currentFile(), QStringLiteral("start-atlas-106.sh")); // the first start script
        QVERIFY(dialog.selectFile(QStringLiteral("RUNBOOK.md")));
        QVERIFY(!dialog.previewText().contains(QLatin1String("#!/usr/bin/env bash")));
        QVERIFY(dialog.selectFile(QStringLiteral("start-atlas-106.sh")));
        QVERIFY2(dialog.previewText().contains(QLatin1String("vllm serve")), qPrintable(dialog.previewText()));
        QVERIFY(dialog.canSave());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("exportSave"))->isEnabled());

        // The shell highlighter coloured comments, `export` and flags differently from plain text.
        auto* preview = dialog.findChild<QPlainTextEdit*>(QStringLiteral("exportPreview"));
        QTextDocument* document = preview->document();
        const QColor comment = colourAt(document, QStringLiteral("#!/usr/bin/env bash"));
        const QColor keyword = colourAt(document, QStringLiteral("set -euo pipefail"));
        const QColor flag = colourAt(document, QStringLiteral("--name"));
        QVERIFY2(comment.isValid() && keyword.isValid() && flag.isValid(),
                 qPrintable(comment.name() + keyword.name() + flag.name()));
        QVERIFY(comment != keyword && keyword != flag && comment != flag);

        // Switching the deployment keeps the start script of the new one in view.
        dialog.setDeployment(QStringLiteral("qwen25-coder-32b"));
        QVERIFY(dialog.previewText().contains(QLatin1String("vllm serve")));
        QVERIFY(dialog.previewText().contains(QLatin1String("Qwen2.5-Coder-32B-Instruct")));

        dialog.resize(1100, 700);
        dialog.setDeployment(QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(dialog.selectFile(QStringLiteral("start-atlas-106.sh")));
        QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("export-dialog.png"))));
    }

    void deepseekWorkerIsHeadless()
    {
        ExportDialog dialog(demo(QStringLiteral("deepseek-2node")), QString(), nullptr);
        QCOMPARE(dialog.deployment(), QStringLiteral("deepseek-r1"));
        QVERIFY(dialog.selectFile(QStringLiteral("start-ds-node1.sh")));
        QVERIFY(dialog.previewText().contains(QLatin1String("--headless")));
        QVERIFY(dialog.selectFile(QStringLiteral("start-ds-node0.sh")));
        QVERIFY(!dialog.previewText().contains(QLatin1String("--headless")));
    }

    // The Kubernetes choices of `export --npu-resource --model-claim` are in the dialog, shown only for
    // Kubernetes formats, and reach the YAML.
    void kubernetesOptionsReachTheYaml()
    {
        ExportDialog dialog(demo(QStringLiteral("deepseek-2node")), QString(), nullptr);
        auto* resource = dialog.findChild<QLineEdit*>(QStringLiteral("exportNpuResource"));
        auto* claim = dialog.findChild<QLineEdit*>(QStringLiteral("exportModelClaim"));
        QVERIFY(resource && claim);
        dialog.setFormat(QStringLiteral("sh"));
        QVERIFY(!resource->isVisibleTo(&dialog));
        dialog.setFormat(QStringLiteral("lws"));
        QVERIFY(resource->isVisibleTo(&dialog));
        QVERIFY(dialog.selectFile(QStringLiteral("lws.yaml")));
        QVERIFY(dialog.previewText().contains(QLatin1String("huawei.com/Ascend910:")));
        resource->setText(QStringLiteral("hami.io/ascend910b"));
        claim->setText(QStringLiteral("models-pvc"));
        emit resource->editingFinished();
        QVERIFY(dialog.selectFile(QStringLiteral("lws.yaml")));
        QVERIFY2(dialog.previewText().contains(QLatin1String("hami.io/ascend910b")), qPrintable(dialog.previewText()));
        QVERIFY(!dialog.previewText().contains(QLatin1String("huawei.com/Ascend910:")));
        QVERIFY(dialog.previewText().contains(QLatin1String("claimName: models-pvc")));
        resource->setText(QStringLiteral("not a resource"));
        emit resource->editingFinished();
        QVERIFY(dialog.errorText().contains(QLatin1String("not a Kubernetes resource name")));
    }

    void yamlAndMarkdownAreHighlighted()
    {
        ExportDialog dialog(demo(QStringLiteral("atlas-lab")), QStringLiteral("qwen3-30b-a3b"), nullptr);
        dialog.setFormat(QStringLiteral("compose"));
        QVERIFY(dialog.errorText().isEmpty());
        const QStringList files = dialog.fileNames();
        const auto compose = std::find_if(files.cbegin(), files.cend(),
                                          [](const QString& f) { return f.endsWith(QLatin1String(".yml")); });
        QVERIFY(compose != files.cend());
        QVERIFY(dialog.selectFile(*compose));
        QVERIFY(dialog.previewText().contains(QLatin1String("services:")));
        QTextDocument* document = dialog.findChild<QPlainTextEdit*>(QStringLiteral("exportPreview"))->document();
        QVERIFY(colourAt(document, QStringLiteral("services")).isValid());
        QCOMPARE(ExportHighlighter::languageFor(QStringLiteral("RUNBOOK.md")), ExportHighlighter::Language::Markdown);
        QCOMPARE(ExportHighlighter::languageFor(QStringLiteral("a/b/docker-compose.yml")),
                 ExportHighlighter::Language::Yaml);
    }

    void copyPutsTheFileOnTheClipboard()
    {
        QClipboard* clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("probe"));
        if (clipboard->text() != QLatin1String("probe"))
            QSKIP("this platform has no clipboard");
        ExportDialog dialog(demo(QStringLiteral("atlas-lab")), QStringLiteral("qwen3-30b-a3b"), nullptr);
        QVERIFY(dialog.selectFile(QStringLiteral("start-atlas-106.sh")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportCopy")), Qt::LeftButton);
        QCOMPARE(clipboard->text(), dialog.previewText());
        QVERIFY(clipboard->text().contains(QLatin1String("vllm serve")));
    }

    void saveWritesAllAndAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        ExportDialog dialog(demo(QStringLiteral("atlas-lab")), QStringLiteral("qwen3-30b-a3b"), nullptr);
        QStringList written = dialog.saveTo(dir.path());
        QCOMPARE(written.size(), dialog.fileNames().size());
        const QString script = dir.filePath(QStringLiteral("qwen3-30b-a3b/start-atlas-106.sh"));
        QVERIFY(QFileInfo(script).isExecutable());

        // A second save finds the files: "Cancel" keeps them, "Yes" replaces them.
        QFile::resize(script, 0);
        ask::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(dialog.saveTo(dir.path()).isEmpty());
        QCOMPARE(QFileInfo(script).size(), 0);
        ask::setNextAnswer(QMessageBox::Yes);
        written = dialog.saveTo(dir.path());
        QCOMPARE(written.size(), dialog.fileNames().size());
        QVERIFY(QFileInfo(script).size() > 0);
    }

    void invalidDeploymentShowsErrorAndDisablesSave()
    {
        project::ProjectData p = demo(QStringLiteral("atlas-lab"));
        p.deployments[0].placement[0].devices = {0, 1, 2}; // TP 4 needs 4
        ExportDialog dialog(p, QStringLiteral("qwen3-30b-a3b"), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.errorText().contains(QLatin1String("qwen3-30b-a3b")), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.errorText().contains(QLatin1String("3 are placed")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("exportError"))->isVisible());
        QVERIFY(!dialog.canSave());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("exportSave"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("exportCopy"))->isEnabled());
        QVERIFY(dialog.fileNames().isEmpty());
        QTemporaryDir dir;
        QVERIFY(dialog.saveTo(dir.path()).isEmpty());
        dialog.resize(1100, 700);
        QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("export-dialog-error.png"))));

        // The valid deployment next to it exports; a format its engine cannot make is not offered at all
        // (the engine traits say which), so asking for it falls back to every file.
        dialog.setDeployment(QStringLiteral("qwen25-coder-32b"));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.canSave());
        auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
        auto* items = qobject_cast<QStandardItemModel*>(formats->model());
        QVERIFY(!items->item(formats->findData(QStringLiteral("ray")))->isEnabled());
        QVERIFY(!items->item(formats->findData(QStringLiteral("stack")))->isEnabled());
        QVERIFY(items->item(formats->findData(QStringLiteral("compose")))->isEnabled());
        dialog.setFormat(QStringLiteral("ray"));
        QCOMPARE(dialog.formatKey(), QStringLiteral("all"));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.canSave());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
