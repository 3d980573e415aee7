// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playground/EndpointPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "core/project/Project.h"
#include "core/serving/DeploymentEndpoints.h"
#include "core/serving/ModelsCall.h"
#include "core/serving/OpenAiClient.h"

#include "ui/common/DeploymentEndpoints.h"

namespace npufleet::ui {

namespace {
enum Role { UrlRole = Qt::UserRole + 1, ModelRole };
}

EndpointPicker::EndpointPicker(project::Project* project, serving::OpenAiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_client(client)
    , m_endpoints(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_modelState(new QLabel(this))
{
    m_endpoints->setObjectName(QStringLiteral("endpointBox"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_model->setObjectName(QStringLiteral("modelBox"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(8); // QComboBox keeps its first minimum: set once, before it is shown
    m_endpoints->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_endpoints->setMinimumContentsLength(12);
    m_refresh->setObjectName(QStringLiteral("refreshModels"));
    m_modelState->setStyleSheet(QStringLiteral("color: #666;"));

    m_modelState->setWordWrap(true); // a long error wraps instead of widening the column

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    setCompact(false);

    connect(m_endpoints, &QComboBox::activated, this, &EndpointPicker::onEndpointChosen);
    connect(m_refresh, &QToolButton::clicked, this, &EndpointPicker::refreshModels);
    connect(m_url, &QLineEdit::editingFinished, this, &EndpointPicker::refreshModels);
    onEndpointsChanged(m_project, this, [this] { reloadDeployments(); });
    retranslate();
    reloadDeployments();
}

serving::Endpoint EndpointPicker::endpoint() const
{
    return serving::Endpoint {QUrl::fromUserInput(m_url->text().trimmed()), m_key->text()};
}

QString EndpointPicker::model() const
{
    return m_model->currentText().trimmed();
}

void EndpointPicker::setCustomUrl(const QString& url)
{
    m_endpoints->setCurrentIndex(m_endpoints->count() - 1);
    m_url->setReadOnly(false);
    m_url->setText(url);
}

void EndpointPicker::setCompact(bool compact)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_endpoints), static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_key),
          static_cast<QWidget*>(m_model), static_cast<QWidget*>(m_refresh), static_cast<QWidget*>(m_modelState)})
        m_grid->removeWidget(w);
    if (compact) {
        // Half a window wide: the deployment, the address and the key each get a row of their own.
        m_grid->addWidget(m_endpoints, 0, 0, 1, 2);
        m_grid->addWidget(m_url, 1, 0, 1, 2);
        m_grid->addWidget(m_key, 2, 0, 1, 2);
        m_grid->addWidget(m_model, 3, 0);
        m_grid->addWidget(m_refresh, 3, 1, Qt::AlignLeft);
        m_grid->addWidget(m_modelState, 4, 0, 1, 2);
        m_grid->setColumnStretch(0, 2);
        m_grid->setColumnStretch(1, 1);
        m_grid->setColumnStretch(2, 0);
    } else {
        m_grid->addWidget(m_endpoints, 0, 0);
        m_grid->addWidget(m_url, 0, 1);
        m_grid->addWidget(m_key, 0, 2);
        m_grid->addWidget(m_model, 1, 0, 1, 2);
        m_grid->addWidget(m_refresh, 1, 2, Qt::AlignLeft);
        m_grid->addWidget(m_modelState, 2, 0, 1, 3);
        m_grid->setColumnStretch(0, 0);
        m_grid->setColumnStretch(1, 2);
        m_grid->setColumnStretch(2, 1);
    }
}

void EndpointPicker::setModel(const QString& model)
{
    m_model->setCurrentText(model);
}

void EndpointPicker::setApiKey(const QString& key)
{
    m_key->setText(key);
}

void EndpointPicker::refreshModels()
{
    const serving::Endpoint e = endpoint();
    if (!e.baseUrl.isValid() || e.baseUrl.host().isEmpty())
        return;
    if (m_modelsCall)
        m_modelsCall->cancel();
    m_modelState->setText(tr("Asking %1 for its models…").arg(e.baseUrl.toDisplayString()));
    serving::Timeouts t;
    t.connectMs = 8000;
    m_modelsCall = m_client->models(e, t);
    connect(m_modelsCall, &serving::ModelsCall::finished, this, [this](const serving::ModelsResult& result) {
        if (result.error.kind == serving::ServingError::Kind::Cancelled)
            return;
        if (result.error.isError()) {
            m_modelState->setText(tr("Models: %1").arg(result.error.toString()));
        } else {
            const QString current = model();
            m_model->clear();
            m_model->addItems(result.ids);
            // Keep what the user or the deployment chose when the server serves it; else its first model.
            m_model->setCurrentText(current.isEmpty() || !result.ids.contains(current) ? result.ids.value(0) : current);
            m_model->lineEdit()->setCursorPosition(0);
            m_modelState->setText(tr("%n model(s) served", nullptr, int(result.ids.size())));
        }
        emit modelsRefreshed(result.ids, result.error.toString());
    });
}

void EndpointPicker::reloadDeployments()
{
    const QString previous = m_endpoints->currentData(UrlRole).toString();
    m_endpoints->clear();
    if (m_project) {
        const QList<serving::DeploymentEndpoint> list = serving::deploymentEndpoints(m_project->data());
        for (const serving::DeploymentEndpoint& e : list) {
            m_endpoints->addItem(QStringLiteral("%1 (%2)").arg(e.deployment, e.node));
            m_endpoints->setItemData(m_endpoints->count() - 1, e.baseUrl.toString(), UrlRole);
            m_endpoints->setItemData(m_endpoints->count() - 1, e.model, ModelRole);
            m_endpoints->setItemData(m_endpoints->count() - 1, e.baseUrl.toString(), Qt::ToolTipRole);
        }
    }
    m_endpoints->addItem(tr("Custom URL"));
    const int again = m_endpoints->findData(previous, UrlRole);
    if (again >= 0) {
        m_endpoints->setCurrentIndex(again);
    } else if (m_url->text().isEmpty() || m_endpoints->count() == 1 || (m_project && m_project->data().demo)) {
        // A demo starts on its first deployment (the simulator), never on a URL typed for another project.
        m_endpoints->setCurrentIndex(m_endpoints->count() > 1 ? 0 : m_endpoints->count() - 1);
        onEndpointChosen();
    } else {
        m_endpoints->setCurrentIndex(m_endpoints->count() - 1);
    }
}

void EndpointPicker::onEndpointChosen()
{
    const bool custom = m_endpoints->currentIndex() == m_endpoints->count() - 1;
    m_url->setReadOnly(!custom);
    if (!custom) {
        m_url->setText(m_endpoints->currentData(UrlRole).toString());
        m_url->setCursorPosition(0); // a narrow field shows the scheme and host, not the path's end
        m_model->setCurrentText(m_endpoints->currentData(ModelRole).toString());
        m_model->lineEdit()->setCursorPosition(0);
    } else {
        m_url->setFocus();
    }
}

void EndpointPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EndpointPicker::retranslate()
{
    m_endpoints->setToolTip(tr("The project's deployments, or any OpenAI-compatible server"));
    m_url->setPlaceholderText(tr("http://host:8000/v1"));
    m_key->setPlaceholderText(tr("API key (optional)"));
    m_key->setToolTip(tr("Sent as 'Authorization: Bearer'. Kept in memory only, never saved."));
    m_model->lineEdit()->setPlaceholderText(tr("model"));
    m_refresh->setText(tr("Refresh models"));
    if (m_endpoints->count() > 0)
        m_endpoints->setItemText(m_endpoints->count() - 1, tr("Custom URL"));
}

} // namespace npufleet::ui
