// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "core/model/ModelLoader.h"
#include "core/util/Result.h"

#include "ui/deployment/WizardFieldPage.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace npufleet::ui {
class RemoteFolderReader;
}

namespace npufleet::ui {

// Which model: one of the project's, a catalog entry, a folder (its config.json, quantization and
// safetensors index read here when the folder is), or a Hugging Face / ModelScope id (downloaded on the
// node: the command is shown). Also the deployment's name.
class WizardModelPage : public WizardFieldPage
{
    Q_OBJECT
public:
    enum Source { FromProject, FromCatalog, FromFolder, FromHub };
    explicit WizardModelPage(NewDeploymentWizard* wizard);

    // Selects a project model id or a catalog ref ("catalog:<name>").
    void choose(const QString& modelRef);
    void setSource(Source source);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* projectModels() const { return m_projectModels; }
    QComboBox* catalog() const { return m_catalog; }
    QLineEdit* folder() const { return m_folder; }
    QComboBox* hub() const { return m_hub; }
    QLineEdit* hubId() const { return m_hubId; }
    QLineEdit* nodePath() const { return m_nodePath; }
    RemoteFolderReader* reader() const { return m_reader; }
    QComboBox* quantization() const { return m_quant; }
    QString info() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void update();
    void browse();
    QString describeFolder(const QString& folder, QString* quant) const;
    QString describe(const model::LoadedModel& m, QString* quant) const;
    void takeRemote(const QString& node, const QString& folder, const Result<model::LoadedModel>& read);

    struct RemoteRead
    {
        QString info;
        QString quant;
        QString catalog; // the catalog entry of the folder's name: its shape plans the deployment
    };

    QButtonGroup* m_sources;
    QList<QRadioButton*> m_radios;
    QComboBox* m_projectModels;
    QComboBox* m_catalog;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    RemoteFolderReader* m_reader;
    QHash<QString, RemoteRead> m_remote; // folder on a node → what was read there
    QComboBox* m_hub;
    QLineEdit* m_hubId;
    QLineEdit* m_nodePath;
    QComboBox* m_quant;
    QLineEdit* m_name;
    QLabel* m_info;
    QList<QLabel*> m_labels;
    bool m_nameEdited = false;
    bool m_pathEdited = false;
    QString m_readFolder; // the folder or catalog entry the quantization was last taken from
};

} // namespace npufleet::ui
