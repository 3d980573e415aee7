// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/DeploymentPropertiesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>

#include "core/project/Project.h"
#include "core/project/YamlSecrets.h"

#include "ui/common/DeploymentChooser.h"
#include "ui/common/ProjectSession.h"
#include "ui/deployment/DeploymentCheck.h"
#include "ui/deployment/EditDeploymentCommand.h"
#include "ui/deployment/EngineBox.h"
#include "ui/deployment/EnvironmentEditor.h"
#include "ui/deployment/ImagePicker.h"
#include "ui/deployment/PlacementPicker.h"
#include "ui/deployment/PortOnNodeCheck.h"
#include "ui/deployment/ProblemLabel.h"
#include "ui/deployment/ServingOptionsForm.h"

namespace npufleet::ui {

DeploymentPropertiesDialog::DeploymentPropertiesDialog(project::Project* project,
                                                       QUndoStack* undoStack,
                                                       QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_undoStack(undoStack)
    , m_chooser(new DeploymentChooser(project))
    , m_tabs(new QTabWidget)
    , m_nameEdit(new QLineEdit)
    , m_model(new QComboBox)
    , m_engine(new QComboBox)
    , m_image(new ImagePicker)
    , m_tp(new QSpinBox)
    , m_pp(new QSpinBox)
    , m_dp(new QSpinBox)
    , m_ep(new QCheckBox)
    , m_placement(new PlacementPicker)
    , m_port(new QSpinBox)
    , m_portOnNode(new PortOnNodeCheck(project))
    , m_serving(new ServingOptionsForm)
    , m_environment(new EnvironmentEditor)
    , m_summary(new QLabel)
    , m_empty(new QLabel)
{
    setObjectName(QStringLiteral("deploymentProperties"));
    m_nameEdit->setObjectName(QStringLiteral("deploymentName"));
    m_model->setObjectName(QStringLiteral("model"));
    m_engine->setObjectName(QStringLiteral("engine"));
    m_port->setObjectName(QStringLiteral("port"));
    m_tabs->addTab(generalTab(), QString());
    m_tabs->addTab(layoutTab(), QString());
    m_tabs->addTab(servingTab(), QString());
    m_tabs->addTab(environmentTab(), QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* top = new QHBoxLayout;
    top->addWidget(m_chooser, 1);
    top->addWidget(m_summary, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    m_summary->setWordWrap(true);
    m_empty->hide();

    ProjectSession* session = ProjectSession::of(project);
    connect(session, &ProjectSession::currentDeploymentChanged, this, &DeploymentPropertiesDialog::showDeployment);
    connect(project, &project::Project::deploymentsChanged, this, &DeploymentPropertiesDialog::reload);
    connect(project, &project::Project::modelsChanged, this, &DeploymentPropertiesDialog::reload);
    connect(project, &project::Project::wasReset, this,
            [this] { showDeployment(ProjectSession::of(m_project)->currentDeployment()); });
    for (ProblemLabel* p : std::as_const(m_problems))
        connect(p, &ProblemLabel::fixRequested, this, &DeploymentPropertiesDialog::applyFix);
    retranslate();
    resize(900, 640);
    showDeployment(session->currentDeployment());
}

QWidget* DeploymentPropertiesDialog::generalTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    const auto row = [this, form](QWidget* field) {
        auto* label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(m_nameEdit);
    row(m_model);
    row(m_engine);
    row(m_image);
    m_problems << new ProblemLabel(
        {QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("engine"), QStringLiteral("image")});
    form->addRow(m_problems.last());

    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_nameEdit->isModified())
            return;
        m_nameEdit->setModified(false);
        const QString name = m_nameEdit->text().trimmed();
        commit(tr("name"), [name](project::Deployment& d) { d.name = name; });
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_model->currentData().toString();
        commit(tr("model"), [id](project::Deployment& d) { d.model = id; });
    });
    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        const project::Engine engine = engineIn(m_engine);
        commit(tr("engine"), [engine](project::Deployment& d) { switchEngine(d, engine); });
    });
    connect(m_image, &ImagePicker::edited, this, [this] {
        const QString image = m_image->image();
        commit(tr("image"), [image](project::Deployment& d) { d.image = image; });
    });
    return page;
}

QWidget* DeploymentPropertiesDialog::layoutTab()
{
    auto* page = new QWidget;
    auto* numbers = new QHBoxLayout;
    for (QSpinBox* s : {m_tp, m_pp, m_dp}) {
        s->setRange(1, 1024);
        s->setKeyboardTracking(false);
        auto* label = new QLabel;
        label->setBuddy(s);
        m_labels << label;
        numbers->addWidget(label);
        numbers->addWidget(s);
    }
    m_tp->setObjectName(QStringLiteral("tp"));
    m_pp->setObjectName(QStringLiteral("pp"));
    m_dp->setObjectName(QStringLiteral("dp"));
    m_ep->setObjectName(QStringLiteral("ep"));
    numbers->addWidget(m_ep);
    numbers->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(numbers);
    m_problems << new ProblemLabel({QStringLiteral("layout"), QStringLiteral("placement")});
    layout->addWidget(m_problems.last());
    layout->addWidget(m_placement, 1);

    const auto layoutEdited = [this] {
        const project::Layout l {m_tp->value(), m_pp->value(), m_dp->value(), m_ep->isChecked()};
        commit(tr("layout"), [l](project::Deployment& d) { d.layout = l; });
    };
    for (QSpinBox* s : {m_tp, m_pp, m_dp})
        connect(s, &QSpinBox::valueChanged, this, layoutEdited);
    connect(m_ep, &QCheckBox::toggled, this, layoutEdited);
    connect(m_placement, &PlacementPicker::edited, this, [this] {
        const QList<project::Placement> placement = m_placement->placement();
        commit(tr("placement"), [placement](project::Deployment& d) { d.placement = placement; });
    });
    return page;
}

QWidget* DeploymentPropertiesDialog::servingTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    m_port->setRange(1, 65535);
    m_port->setKeyboardTracking(false);
    auto* label = new QLabel;
    label->setBuddy(m_port);
    m_labels << label;
    form->addRow(label, m_port);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_portOnNode);
    layout->addWidget(m_serving);
    m_problems << new ProblemLabel({QStringLiteral("port"), QStringLiteral("serving")});
    layout->addWidget(m_problems.last());
    layout->addStretch();
    connect(m_port, &QSpinBox::valueChanged, this,
            [this](int port) { commit(tr("port"), [port](project::Deployment& d) { d.serving.port = port; }); });
    connect(m_serving, &ServingOptionsForm::edited, this, [this] {
        commit(tr("serving options"), [this](project::Deployment& d) { d.serving = m_serving->options(d.serving); });
    });
    return page;
}

QWidget* DeploymentPropertiesDialog::environmentTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_environment, 1);
    m_problems << new ProblemLabel({QStringLiteral("environment")});
    layout->addWidget(m_problems.last());
    connect(m_environment, &EnvironmentEditor::edited, this, [this] {
        const project::EnvironmentList env = m_environment->environment();
        commit(tr("environment"), [env](project::Deployment& d) { d.environment = env; });
    });
    return page;
}

const project::Deployment* DeploymentPropertiesDialog::current() const
{
    const QList<project::Deployment>& all = m_project->data().deployments;
    return m_index >= 0 && m_index < all.size() ? &all.at(m_index) : nullptr;
}

void DeploymentPropertiesDialog::showDeployment(const QString& name)
{
    m_name = name;
    m_index = m_project->data().deploymentIndex(name);
    if (const project::Deployment* d = current())
        m_portWhenOpened = d->serving.port; // what a container running since then serves
    reload();
}

void DeploymentPropertiesDialog::reload()
{
    const project::ProjectData& doc = m_project->data();
    // Found by name; after a rename (or its undo) the same place in the list.
    if (const int byName = doc.deploymentIndex(m_name); byName >= 0)
        m_index = byName;
    else if (m_index >= doc.deployments.size())
        m_index = doc.deployments.isEmpty() ? -1 : 0;
    const project::Deployment* d = current();
    m_tabs->setEnabled(d != nullptr);
    m_empty->setVisible(d == nullptr);
    if (!d) {
        m_name.clear();
        m_summary->clear();
        return;
    }
    if (m_name != d->name) {
        m_name = d->name;
        m_portWhenOpened = d->serving.port;
        ProjectSession::of(m_project)->setCurrentDeployment(m_name);
    }
    m_loading = true;
    const QSignalBlocker b1(m_model), b2(m_tp), b3(m_pp), b4(m_dp), b5(m_ep), b6(m_port);
    m_nameEdit->setText(d->name);
    m_nameEdit->setModified(false);
    m_model->clear();
    for (const project::ModelSource& m : doc.models)
        m_model->addItem(m.name.isEmpty() ? m.id : QStringLiteral("%1 (%2)").arg(m.name, m.id), m.id);
    if (m_model->findData(d->model) < 0)
        m_model->addItem(d->model, d->model);
    m_model->setCurrentIndex(m_model->findData(d->model));
    fillEngineBox(m_engine, doc, *d);
    m_image->setImage(d->engine, d->image);
    m_tp->setValue(d->layout.tp);
    m_pp->setValue(d->layout.pp);
    m_dp->setValue(d->layout.dp);
    m_ep->setChecked(d->layout.ep);
    m_placement->setPlacement(doc, d->placement, d->name);
    m_port->setValue(d->serving.port);
    checkPortOnNode(doc, *d);
    m_serving->setOptions(d->serving);
    m_environment->setEnvironment(d->environment);
    m_loading = false;
    setWindowTitle(tr("Deployment Properties — %1").arg(d->name));
    recheck();
}

void DeploymentPropertiesDialog::checkPortOnNode(const project::ProjectData& doc, const project::Deployment& d)
{
    // The head node (placed first) serves the API; its own running container may hold the port it had.
    const QString head = d.placement.isEmpty() ? QString() : d.placement.first().node;
    const cluster::Node* node = doc.node(head);
    const QStringList own
        = node && node->live.containers ? project::containersOf(d.name, *node->live.containers) : QStringList();
    m_portOnNode->setOwn(own.value(0), m_portWhenOpened);
    m_portOnNode->setTarget(head, d.serving.port);
}

void DeploymentPropertiesDialog::recheck()
{
    const project::Deployment* d = current();
    if (!d)
        return;
    QList<FieldProblem> problems = DeploymentCheck::check(m_project->data(), *d, d->name);
    if (m_refused)
        problems.prepend(*m_refused);
    const std::optional<DeploymentFix> fix = DeploymentCheck::suggestFix(m_project->data(), *d, d->name);
    for (ProblemLabel* p : std::as_const(m_problems)) {
        const bool offers
            = fix && (p->fields().contains(QStringLiteral("engine")) || p->fields().contains(QStringLiteral("layout")));
        p->showProblems(problems, offers ? fix : std::nullopt);
    }
    int errors = 0;
    for (const FieldProblem& p : problems)
        errors += p.error ? 1 : 0;
    m_summary->setText(errors == 0 ? tr("Ready: the deployment rules pass.")
                                   : tr("%n problem(s) to fix before launch: see the marked tabs.", nullptr, errors));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabIcon(i,
                           DeploymentCheck::hasError(problems, m_problems.at(i)->fields())
                               ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                               : QIcon());
}

void DeploymentPropertiesDialog::commit(const QString& what, const std::function<void(project::Deployment&)>& change)
{
    const project::Deployment* d = current();
    if (m_loading || !d)
        return;
    project::Deployment next = *d;
    change(next);
    m_refused.reset();
    // A secret never enters the document, not even for one undo step: the field keeps it until it is a ${VAR}.
    if (const auto secret = project::findSecretInDeployment(next)) {
        m_refused = FieldProblem {secret->index >= 0 ? QStringLiteral("serving") : QStringLiteral("environment"),
                                  secret->message, secret->hint, true};
        recheck();
        return;
    }
    if (next == *d) {
        recheck();
        return;
    }
    const QString name = next.name;
    m_undoStack->push(new EditDeploymentCommand(m_project, m_index, next, tr("Change %1 of %2").arg(what, d->name)));
    if (name != m_name) {
        m_name = name;
        ProjectSession::of(m_project)->setCurrentDeployment(name);
        reload();
    }
}

void DeploymentPropertiesDialog::applyFix(const project::Deployment& fixed)
{
    commit(tr("engine and layout"), [fixed](project::Deployment& d) { d = fixed; });
}

void DeploymentPropertiesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DeploymentPropertiesDialog::retranslate()
{
    const QStringList labels {tr("&Name:"), tr("&Model:"), tr("&Engine:"), tr("&Image:"),
                              tr("&TP:"),   tr("&PP:"),    tr("&DP:"),     tr("P&ort:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels.value(i));
    m_ep->setText(tr("&Expert parallel (EP)"));
    m_tabs->setTabText(0, tr("Model and Engine"));
    m_tabs->setTabText(1, tr("Layout and Placement"));
    m_tabs->setTabText(2, tr("Serving"));
    m_tabs->setTabText(3, tr("Environment"));
    m_empty->setText(tr("The project has no deployments yet: create one with Deployment > New Deployment…"));
    reload();
}

} // namespace npufleet::ui
