// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/ModelLibraryPane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/project/Project.h"

#include "ui/assign/Assigner.h"
#include "ui/assign/ModelBadgeDelegate.h"
#include "ui/assign/ModelEditDialog.h"
#include "ui/assign/ModelLibraryModel.h"
#include "ui/assign/ModelRefMime.h"
#include "ui/commands/DeploymentCommands.h"

namespace npufleet::ui {

namespace {
int modelIndex(const project::ProjectData& data, const QString& id)
{
    for (int i = 0; i < data.models.size(); ++i) {
        if (data.models.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

ModelLibraryPane::ModelLibraryPane(project::Project* project, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_undoStack(undoStack)
    , m_assigner(new Assigner(project, undoStack, this))
    , m_model(new ModelLibraryModel(project, this))
    , m_view(new QTreeView(this))
    , m_add(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_assign(new QToolButton(this))
{
    setObjectName(QStringLiteral("modelLibrary"));
    m_view->setObjectName(QStringLiteral("modelLibraryView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ModelBadgeDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setRootIsDecorated(true);
    m_view->expandAll();

    m_assign->setPopupMode(QToolButton::InstantPopup);
    m_assign->setObjectName(QStringLiteral("libraryAssign"));
    auto* buttons = new QHBoxLayout;
    for (QToolButton* b : {m_add, m_edit, m_remove, m_assign}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_add, &QToolButton::clicked, this, &ModelLibraryPane::addClicked);
    connect(m_edit, &QToolButton::clicked, this, &ModelLibraryPane::editClicked);
    connect(m_remove, &QToolButton::clicked, this, [this] { removeModel(currentRef()); });
    connect(m_assign, &QToolButton::pressed, this, [this] {
        QMenu* menu = buildAssignMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_assign->mapToGlobal(QPoint(0, m_assign->height())));
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_view->indexAt(pos).isValid() || m_view->indexAt(pos).data(ModelLibraryModel::RefRole).isNull())
            return;
        m_view->setCurrentIndex(m_view->indexAt(pos));
        QMenu* menu = buildAssignMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(ModelLibraryModel::GroupRole).toInt() == ModelLibraryModel::ProjectGroup)
            editClicked();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ModelLibraryPane::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_view->expandAll(); });
    retranslate();
    updateButtons();
}

void ModelLibraryPane::retranslate()
{
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add a model: a folder on the nodes, a hub id or a catalog entry"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the model and the deployments that use it (undoable)"));
    m_assign->setText(tr("Assign &to…"));
    m_assign->setToolTip(tr("Deploy the model without dragging: on a node, the board selection or anywhere free"));
}

void ModelLibraryPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ModelLibraryPane::currentRef() const
{
    return m_view->currentIndex().data(ModelLibraryModel::RefRole).toString();
}

bool ModelLibraryPane::selectRef(const QString& ref)
{
    const QModelIndex index = m_model->indexOfRef(ref);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void ModelLibraryPane::updateButtons()
{
    const QString ref = currentRef();
    const bool own = !ref.isEmpty() && !ModelRefMime::isCatalogRef(ref);
    m_edit->setEnabled(own);
    m_remove->setEnabled(own);
    m_assign->setEnabled(!ref.isEmpty());
}

void ModelLibraryPane::addModel(const project::ModelSource& model)
{
    m_undoStack->push(new AddModelCommand(m_project, model));
    selectRef(model.id);
}

bool ModelLibraryPane::editModel(const QString& id, const project::ModelSource& model)
{
    const int index = modelIndex(m_project->data(), id);
    if (index < 0 || m_project->data().models.at(index) == model)
        return false;
    m_undoStack->push(new EditModelCommand(m_project, index, model));
    return true;
}

bool ModelLibraryPane::removeModel(const QString& id)
{
    const int index = modelIndex(m_project->data(), id);
    if (index < 0)
        return false;
    m_undoStack->push(new RemoveModelCommand(m_project, index));
    return true;
}

void ModelLibraryPane::addClicked()
{
    QStringList taken;
    for (const project::ModelSource& m : m_project->data().models)
        taken << m.id;
    project::ModelSource seed;
    seed.quantization = QStringLiteral("auto");
    const QString ref = currentRef();
    if (ModelRefMime::isCatalogRef(ref))
        seed.catalog = ModelRefMime::catalogName(ref);
    ModelEditDialog dialog(seed, taken, this);
    if (dialog.exec() == QDialog::Accepted)
        addModel(dialog.model());
}

void ModelLibraryPane::editClicked()
{
    const QString id = currentRef();
    const int index = modelIndex(m_project->data(), id);
    if (index < 0)
        return;
    QStringList taken;
    for (const project::ModelSource& m : m_project->data().models) {
        if (m.id != id)
            taken << m.id;
    }
    ModelEditDialog dialog(m_project->data().models.at(index), taken, this);
    if (dialog.exec() == QDialog::Accepted)
        editModel(id, dialog.model());
}

QMenu* ModelLibraryPane::buildAssignMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("libraryAssignMenu"));
    menu->setToolTipsVisible(true);
    const QString ref = currentRef();
    if (ref.isEmpty()) {
        menu->addAction(tr("Choose a model first"))->setEnabled(false);
        return menu;
    }
    auto add = [&](const QString& label, const DropTarget& target) {
        const planning::PlacementChoice c = m_assigner->previewModel(ref, target);
        QAction* a = menu->addAction(label, this, [this, ref, target] {
            QString why;
            emit statusMessage(m_assigner->assignModel(ref, target, &why) ? QString() : why);
        });
        a->setEnabled(c.fit != planning::Fit::NoFit);
        a->setToolTip(c.reason);
        a->setData(target.nodes);
    };
    QStringList all;
    for (const cluster::Node& n : m_project->data().nodes)
        all << n.name;
    add(tr("Best free place in the cluster"), DropTarget::wholeNodes(all));
    menu->addAction(tr("The board's selection"), this, [this, ref] { emit assignToSelectionRequested(ref); });
    menu->addSeparator();
    for (const QString& node : std::as_const(all))
        add(tr("Node %1").arg(node), DropTarget::wholeNodes({node}));
    return menu;
}

} // namespace npufleet::ui
