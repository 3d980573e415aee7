// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include "core/exporting/Exporter.h"
#include "core/project/ProjectData.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace npufleet::ui {

class ExportHighlighter;
class KubeOptionsRow;

// Shows what `npufleet export` would write for one deployment and format: the files on the left,
// the chosen one highlighted on the right; Copy puts it on the clipboard, Save… writes them all into
// <chosen folder>/<deployment>/. Files are rendered in memory; nothing is written before Save.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const project::ProjectData& project, const QString& deploymentName, QWidget* parent = nullptr);

    QString deployment() const;
    void setDeployment(const QString& name);
    QString formatKey() const;
    void setFormat(const QString& key);

    QStringList fileNames() const;
    QString currentFile() const;
    bool selectFile(const QString& name);
    QString previewText() const;
    // Why the export cannot be made (empty when it can).
    QString errorText() const;
    bool canSave() const;

    // Copies the shown file to the clipboard.
    void copyCurrentFile();
    // Writes every file into folder/<deployment>/, asking before replacing files (via ui::ask, so
    // tests can answer). Returns the written paths, empty when nothing was written.
    QStringList saveTo(const QString& folder);

signals:
    // Files were written (or could not be): for the log.
    void activity(bool ok, const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void offerFormatsOfEngine();
    void regenerate();
    void showFile(int row);
    void chooseFolderAndSave();
    void setStatus(const QString& text);

    project::ProjectData m_project;
    QList<exporting::ExportedFile> m_files;
    QString m_error;
    QStringList m_notes;
    QString m_lastFolder;

    QLabel* m_deploymentLabel;
    QComboBox* m_deployments;
    QLabel* m_formatLabel;
    QComboBox* m_formats;
    KubeOptionsRow* m_kubeOptions;
    QLabel* m_errorLabel;
    QLabel* m_notesLabel;
    QListWidget* m_fileList;
    QPlainTextEdit* m_preview;
    ExportHighlighter* m_highlighter;
    QCheckBox* m_wrap;
    QLabel* m_status;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_close;
};

} // namespace npufleet::ui
