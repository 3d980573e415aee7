// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "core/exporting/ScriptWriter.h"
#include "core/project/ExportFormat.h"
#include "core/recipes/ModelRecipeOptions.h"
#include "core/recipes/Recipes.h"

#include "ui/dialogs/Ask.h"
#include "ui/export/ExportHighlighter.h"
#include "ui/export/KubeOptionsRow.h"

namespace npufleet::ui {

using project::ExportFormat;

namespace {
// The formats in the order the combo shows them; the texts are set in retranslate().
constexpr ExportFormat kFormats[]
    = {ExportFormat::All,      ExportFormat::Shell, ExportFormat::Compose, ExportFormat::Stack,  ExportFormat::Ray,
       ExportFormat::GpuStack, ExportFormat::Lws,   ExportFormat::K8s,     ExportFormat::KubeRay};
constexpr int kMaxListedFiles = 12;
} // namespace

ExportDialog::ExportDialog(const project::ProjectData& project, const QString& deploymentName, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_deploymentLabel(new QLabel(this))
    , m_deployments(new QComboBox(this))
    , m_formatLabel(new QLabel(this))
    , m_formats(new QComboBox(this))
    , m_kubeOptions(new KubeOptionsRow(this))
    , m_errorLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_fileList(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_highlighter(new ExportHighlighter(m_preview->document()))
    , m_wrap(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_deployments->setObjectName(QStringLiteral("exportDeployment"));
    m_formats->setObjectName(QStringLiteral("exportFormat"));
    m_errorLabel->setObjectName(QStringLiteral("exportError"));
    m_fileList->setObjectName(QStringLiteral("exportFiles"));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_copy->setObjectName(QStringLiteral("exportCopy"));
    m_save->setObjectName(QStringLiteral("exportSave"));

    for (const project::Deployment& d : std::as_const(m_project.deployments))
        m_deployments->addItem(QStringLiteral("%1  (%2)").arg(d.name, project::engineDisplayName(d.engine)), d.name);
    for (ExportFormat f : kFormats)
        m_formats->addItem(QString(), project::formatKey(f));
    m_deployments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_deploymentLabel->setBuddy(m_deployments);
    m_formatLabel->setBuddy(m_formats);

    m_errorLabel->setStyleSheet(QStringLiteral("color: #b02a2a; font-weight: bold"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setForegroundRole(QPalette::PlaceholderText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_wrap->setObjectName(QStringLiteral("exportWrap"));
    m_wrap->setChecked(true); // a docker run line is wider than any window
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDarkBackground(m_preview->palette().color(QPalette::Base).lightness() < 128);
    m_fileList->setMinimumWidth(220);

    auto* top = new QHBoxLayout;
    top->addWidget(m_deploymentLabel);
    top->addWidget(m_deployments, 1);
    top->addSpacing(16);
    top->addWidget(m_formatLabel);
    top->addWidget(m_formats);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_fileList);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 800});
    splitter->setChildrenCollapsible(false);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_wrap);
    bottom->addSpacing(12);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_save);
    bottom->addWidget(m_close);
    m_copy->setAutoDefault(false);
    m_save->setAutoDefault(false);
    m_close->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_kubeOptions);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_notesLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Ctrl+C stays the preview's own (copy the selection); Ctrl+Shift+C copies the whole file.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ExportDialog::chooseFolderAndSave);
    auto* copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copyShortcut, &QShortcut::activated, this, &ExportDialog::copyCurrentFile);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyCurrentFile);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::chooseFolderAndSave);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ExportDialog::showFile);
    connect(m_wrap, &QCheckBox::toggled, this,
            [this](bool on) { m_preview->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap); });

    retranslate();
    const int wanted = m_deployments->findData(deploymentName);
    m_deployments->setCurrentIndex(wanted >= 0 ? wanted : 0);
    connect(m_deployments, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerate);
    connect(m_formats, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerate);
    connect(m_kubeOptions, &KubeOptionsRow::edited, this, &ExportDialog::regenerate);
    regenerate();
    resize(1100, 700);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export deployment"));
    m_deploymentLabel->setText(tr("&Deployment:"));
    m_formatLabel->setText(tr("&Format:"));
    const QStringList formatTexts {tr("All files"),
                                   tr("Shell scripts (sh)"),
                                   tr("Docker Compose (compose)"),
                                   tr("Swarm stack (stack)"),
                                   tr("Ray scripts (ray)"),
                                   tr("GPUStack commands (gpustack)"),
                                   tr("Kubernetes LeaderWorkerSet (lws)"),
                                   tr("Kubernetes Deployment (k8s)"),
                                   tr("KubeRay RayCluster (kuberay)")};
    for (int i = 0; i < m_formats->count(); ++i)
        m_formats->setItemText(i, formatTexts.value(i));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the whole file shown to the clipboard (Ctrl+Shift+C)"));
    m_save->setText(tr("&Save…"));
    m_save->setToolTip(tr("Write all files into a folder you choose (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_close->setText(tr("Close"));
    m_wrap->setText(tr("&Wrap long lines"));
    m_kubeOptions->retranslate();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        regenerate(); // core messages are translated when they are made
    }
    QDialog::changeEvent(event);
}

QString ExportDialog::deployment() const
{
    return m_deployments->currentData().toString();
}

void ExportDialog::setDeployment(const QString& name)
{
    const int index = m_deployments->findData(name);
    if (index >= 0)
        m_deployments->setCurrentIndex(index);
}

QString ExportDialog::formatKey() const
{
    return m_formats->currentData().toString();
}

void ExportDialog::setFormat(const QString& key)
{
    const int index = m_formats->findData(key);
    if (index >= 0)
        m_formats->setCurrentIndex(index);
}

void ExportDialog::offerFormatsOfEngine()
{
    // Only the formats the deployment's engine can make are offered (Ray scripts for a Ray deployment...).
    const int di = m_project.deploymentIndex(deployment());
    auto* items = qobject_cast<QStandardItemModel*>(m_formats->model());
    if (di < 0 || !items)
        return;
    const project::Engine engine = m_project.deployments.at(di).engine;
    for (int i = 0; i < m_formats->count(); ++i) {
        const std::optional<ExportFormat> f = project::formatFromKey(m_formats->itemData(i).toString());
        items->item(i)->setEnabled(f && project::exportsTo(engine, *f));
    }
    if (!items->item(m_formats->currentIndex())->isEnabled()) {
        const QSignalBlocker quiet(m_formats);
        m_formats->setCurrentIndex(m_formats->findData(project::formatKey(ExportFormat::All)));
    }
}

void ExportDialog::regenerate()
{
    offerFormatsOfEngine();
    const QString previous = currentFile();
    m_files.clear();
    m_error.clear();
    m_notes.clear();
    const QString name = deployment();
    const std::optional<ExportFormat> format = project::formatFromKey(formatKey());
    m_kubeOptions->setVisible(format == ExportFormat::Lws || format == ExportFormat::K8s
                              || format == ExportFormat::KubeRay || format == ExportFormat::All);
    if (name.isEmpty() || !format) {
        m_error = tr("The project has no deployments to export.");
    } else {
        recipes::RecipeOptions options = recipes::recipeOptionsFromModel(m_project, name);
        m_kubeOptions->applyTo(options);
        const Result<recipes::LaunchPlan> plan = recipes::makeLaunchPlan(m_project, name, options);
        if (!plan) {
            m_error = plan.error().toString();
        } else {
            m_notes = plan->notes;
            Result<QList<exporting::ExportedFile>> files = exporting::Exporter::render(*plan, *format);
            if (files)
                m_files = std::move(*files);
            else
                m_error = files.error().toString();
        }
    }

    m_errorLabel->setText(m_error.isEmpty() ? QString() : tr("Cannot export: %1").arg(m_error));
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_notesLabel->setText(m_notes.join(QLatin1Char('\n')));
    m_notesLabel->setVisible(!m_notes.isEmpty());
    m_save->setEnabled(canSave());
    m_copy->setEnabled(canSave());
    m_preview->setPlaceholderText(m_error.isEmpty() ? tr("Choose a file on the left to see it here.")
                                                    : tr("Nothing to show until the problem above is fixed."));

    const QSignalBlocker blocker(m_fileList);
    m_fileList->clear();
    int row = -1;
    int firstStart = -1; // with no earlier choice, the first start script says the most
    for (int i = 0; i < m_files.size(); ++i) {
        const exporting::ExportedFile& f = m_files.at(i);
        auto* item = new QListWidgetItem(f.name, m_fileList);
        item->setToolTip(f.executable ? tr("%1, executable").arg(QLocale().formattedDataSize(f.content.size()))
                                      : QLocale().formattedDataSize(f.content.size()));
        if (f.name == previous)
            row = i;
        if (firstStart < 0 && f.name.startsWith(QLatin1String("start-")))
            firstStart = i;
    }
    if (row < 0)
        row = firstStart >= 0 ? firstStart : (m_files.isEmpty() ? -1 : 0);
    m_fileList->setCurrentRow(row);
    showFile(row);
    setStatus(m_files.isEmpty()
                  ? QString()
                  : tr("%n file(s). Save… writes them into a folder named \"%1\" inside the folder you choose.", "",
                       int(m_files.size()))
                        .arg(exporting::ScriptWriter::fileSafe(name)));
}

void ExportDialog::showFile(int row)
{
    if (row < 0 || row >= m_files.size()) {
        m_preview->clear();
        m_copy->setEnabled(false);
        return;
    }
    const exporting::ExportedFile& f = m_files.at(row);
    m_highlighter->setFileName(f.name);
    m_preview->setPlainText(QString::fromUtf8(f.content));
    m_copy->setEnabled(true);
}

QStringList ExportDialog::fileNames() const
{
    QStringList names;
    for (const exporting::ExportedFile& f : m_files)
        names << f.name;
    return names;
}

QString ExportDialog::currentFile() const
{
    const QListWidgetItem* item = m_fileList->currentItem();
    return item ? item->text() : QString();
}

bool ExportDialog::selectFile(const QString& name)
{
    const int row = int(fileNames().indexOf(name));
    if (row < 0)
        return false;
    m_fileList->setCurrentRow(row);
    return true;
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

bool ExportDialog::canSave() const
{
    return m_error.isEmpty() && !m_files.isEmpty();
}

void ExportDialog::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ExportDialog::copyCurrentFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_files.at(row).content));
    setStatus(tr("Copied %1 to the clipboard.").arg(m_files.at(row).name));
}

void ExportDialog::chooseFolderAndSave()
{
    if (!m_save->isEnabled())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into folder"),
                                                             m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder);
    if (!folder.isEmpty())
        saveTo(folder);
}

QStringList ExportDialog::saveTo(const QString& folder)
{
    if (!canSave())
        return {};
    const QString target = QDir(folder).absoluteFilePath(exporting::ScriptWriter::fileSafe(deployment()));
    QStringList existing;
    for (const exporting::ExportedFile& f : std::as_const(m_files)) {
        if (QFileInfo::exists(QDir(target).filePath(f.name)))
            existing << f.name;
    }
    if (!existing.isEmpty()) {
        const qsizetype more = existing.size() - kMaxListedFiles;
        QString list = existing.mid(0, kMaxListedFiles).join(QLatin1Char('\n'));
        if (more > 0)
            list += QLatin1Char('\n') + tr("… and %n more", "", int(more));
        const QMessageBox::StandardButton answer
            = ask::question(this, tr("Replace files?"),
                            tr("These files already exist in %1 and will be replaced:\n\n%2")
                                .arg(QDir::toNativeSeparators(target), list),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            setStatus(tr("Nothing was saved."));
            return {};
        }
    }
    const Result<QStringList> written = exporting::Exporter::write(m_files, target);
    if (!written) {
        ask::warning(this, tr("Export failed"), written.error().toString());
        emit activity(false, tr("Export of %1 failed: %2").arg(deployment(), written.error().toString()));
        return {};
    }
    m_lastFolder = folder;
    setStatus(tr("Saved %n file(s) into %1.", "", int(written->size())).arg(QDir::toNativeSeparators(target)));
    emit activity(true,
                  tr("Exported %1: %n file(s) into %2", "", int(written->size()))
                      .arg(deployment(), QDir::toNativeSeparators(target)));
    return *written;
}

} // namespace npufleet::ui
