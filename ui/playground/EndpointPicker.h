// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/serving/ChatTypes.h"
#include "core/serving/ModelsCall.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace npufleet::project {
class Project;
}
namespace npufleet::serving {
class ModelsCall;
class OpenAiClient;
} // namespace npufleet::serving

namespace npufleet::ui {

// Which server and model to talk to: one of the project's deployments, or any URL with an
// optional API key (kept in memory only, never in the project). Lists models from /v1/models.
class EndpointPicker : public QWidget
{
    Q_OBJECT
public:
    EndpointPicker(project::Project* project, serving::OpenAiClient* client, QWidget* parent = nullptr);

    serving::Endpoint endpoint() const;
    QString model() const;
    void setCustomUrl(const QString& url);
    void setModel(const QString& model);
    void setApiKey(const QString& key);
    // Compact: the deployment, the address and the key one above the other, for a column half the window wide.
    void setCompact(bool compact);
    // Asks the server for its models; the list fills in when the answer comes.
    void refreshModels();

    QComboBox* endpointBox() const { return m_endpoints; }
    QComboBox* modelBox() const { return m_model; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* keyEdit() const { return m_key; }

signals:
    void modelsRefreshed(const QStringList& ids, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadDeployments();
    void onEndpointChosen();
    void retranslate();

    project::Project* m_project;
    serving::OpenAiClient* m_client;
    QComboBox* m_endpoints;
    QLineEdit* m_url;
    QLineEdit* m_key;
    QComboBox* m_model;
    QToolButton* m_refresh;
    QLabel* m_modelState;
    QGridLayout* m_grid = nullptr;
    QPointer<serving::ModelsCall> m_modelsCall;
};

} // namespace npufleet::ui
