// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/AssignmentBoard.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include "core/project/Project.h"

#include "ui/assign/Assigner.h"
#include "ui/assign/BoardCanvas.h"
#include "ui/assign/BoardModel.h"
#include "ui/assign/BoardViewBar.h"
#include "ui/assign/EdgeAutoScroll.h"
#include "ui/assign/ProblemsModel.h"

namespace npufleet::ui {

AssignmentBoard::AssignmentBoard(project::Project* project, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_assigner(new Assigner(project, undoStack, this))
    , m_model(new BoardModel(project, m_assigner, this))
    , m_problems(new ProblemsModel(m_model, this))
    , m_canvas(new BoardCanvas(m_model, m_assigner, this))
    , m_scroll(new QScrollArea(this))
    , m_viewBar(new BoardViewBar(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_problemsTitle(new QLabel(this))
    , m_problemsView(new QListView(this))
    , m_autoPlace(new QAction(this))
{
    setObjectName(QStringLiteral("assignmentBoard"));
    m_canvas->setObjectName(QStringLiteral("boardCanvas"));
    m_problemsView->setObjectName(QStringLiteral("boardProblems"));
    m_autoPlace->setObjectName(QStringLiteral("actionAutoPlace"));
    m_autoPlace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_autoPlace->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_autoPlace);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setWordWrap(true);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_status->setPalette(muted);
    m_problemsTitle->setFont(titleFont);

    auto* autoButton = new QToolButton(this);
    autoButton->setDefaultAction(m_autoPlace);
    autoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(autoButton);

    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    new EdgeAutoScroll(m_scroll, m_canvas);

    m_problemsView->setModel(m_problems);
    m_problemsView->setUniformItemSizes(true);
    m_problemsView->setAlternatingRowColors(true);
    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(2);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problemsView, 1);

    auto* boardBox = new QWidget(this);
    auto* boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->setSpacing(4);
    boardLayout->addWidget(m_viewBar);
    boardLayout->addWidget(m_scroll, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(boardBox);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    problemsBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({40 * fontMetrics().height(), 6 * fontMetrics().height()});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_problems, &QAbstractItemModel::modelReset, this, &AssignmentBoard::updateProblems);
    connect(m_autoPlace, &QAction::triggered, this, [this] { autoPlace(); });
    connect(m_canvas, &BoardCanvas::autoPlaceRequested, this, [this] { autoPlace(); });
    connect(m_canvas, &BoardCanvas::statusMessage, this, &AssignmentBoard::showStatus);
    connect(m_canvas, &BoardCanvas::propertiesRequested, this, &AssignmentBoard::propertiesRequested);
    connect(m_canvas, &BoardCanvas::wizardRequested, this, &AssignmentBoard::wizardRequested);
    connect(m_canvas, &BoardCanvas::showRequested, this, [this](const QRect& r) {
        m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 16, r.height() / 2 + 16);
    });
    connect(m_canvas, &BoardCanvas::zoomRequested, this, &AssignmentBoard::zoomBy);
    connect(m_canvas, &BoardCanvas::layoutChanged, this, [this] {
        m_viewBar->showCount(m_canvas->shownNodeCount(), m_model->rowCount());
        m_viewBar->showZoom(m_canvas->zoom());
    });
    connect(m_viewBar, &BoardViewBar::filterChanged, m_canvas, &BoardCanvas::setFilter);
    connect(m_viewBar, &BoardViewBar::overviewToggled, this, [this](bool on) {
        m_modeChosen = true;
        setOverview(on);
    });
    connect(m_viewBar, &BoardViewBar::zoomStepRequested, this, [this](int steps) {
        const QPoint centre = m_canvas->mapFrom(m_scroll->viewport(), m_scroll->viewport()->rect().center());
        zoomBy(std::pow(1.25, steps), centre);
    });
    connect(m_viewBar, &BoardViewBar::fitRequested, this, &AssignmentBoard::zoomToFit);
    connect(m_viewBar, &BoardViewBar::actualSizeRequested, this, [this] { zoomBy(1.0 / m_canvas->zoom(), {}); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssignmentBoard::chooseModeForSize);
    // Selecting a problem selects the tiles it names.
    connect(m_problemsView, &QListView::activated, this, [this](const QModelIndex& index) {
        const QString deployment = index.data(ProblemsModel::DeploymentRole).toString();
        QList<BoardCanvas::Cell> cells;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            for (int c = 0; c < m_model->rowCount(m_model->index(r, 0)); ++c) {
                if (m_model->index(c, 0, m_model->index(r, 0)).data(BoardModel::OwnerRole).toString() == deployment)
                    cells << BoardCanvas::Cell {r, c};
            }
        }
        m_canvas->setSelectedCells(cells);
        if (!cells.isEmpty() && m_canvas->isNodeShown(cells.first().first)) {
            const QRect r = m_canvas->tileRect(cells.first());
            m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 16, r.height() / 2 + 16);
        }
        m_canvas->setFocus();
    });
    chooseModeForSize();
    retranslate();
}

void AssignmentBoard::chooseModeForSize()
{
    if (!m_modeChosen)
        setOverview(m_model->rowCount() >= kOverviewFrom);
}

void AssignmentBoard::setOverview(bool on)
{
    m_canvas->setMode(on ? BoardCanvas::Mode::Overview : BoardCanvas::Mode::Tiles);
    m_viewBar->setOverview(on);
}

void AssignmentBoard::zoomBy(double factor, const QPoint& anchor)
{
    const double before = m_canvas->zoom();
    const QPoint onScreen = m_canvas->mapTo(m_scroll->viewport(), anchor);
    m_canvas->setZoom(before * factor);
    // The scroll area resizes the canvas on a posted layout request: have it now, then scroll.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const double k = m_canvas->zoom() / before;
    m_scroll->horizontalScrollBar()->setValue(int(anchor.x() * k) - onScreen.x());
    m_scroll->verticalScrollBar()->setValue(int(anchor.y() * k) - onScreen.y());
}

void AssignmentBoard::zoomToFit()
{
    m_canvas->setZoom(m_canvas->fitZoom(m_scroll->viewport()->size()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void AssignmentBoard::retranslate()
{
    m_title->setText(tr("Assignment board"));
    m_autoPlace->setText(tr("Auto-&place"));
    m_autoPlace->setToolTip(tr("Place every unplaced deployment on free NPUs (one undo step)"));
    showStatus({});
    updateProblems();
}

void AssignmentBoard::updateProblems()
{
    // An empty list gives its room to the board.
    const int n = m_problems->rowCount();
    m_problemsView->setVisible(n > 0);
    m_problemsTitle->setText(n > 0 ? tr("Problems (%1)").arg(n) : tr("Problems: none, every placement is valid"));
}

void AssignmentBoard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString AssignmentBoard::statusText() const
{
    return m_status->text();
}

void AssignmentBoard::showStatus(const QString& text)
{
    m_status->setText(text.isEmpty() ? tr("Drag a model onto NPUs, a selection or a node; drag a deployment's tiles to "
                                          "move it (Ctrl: add NPUs). Right-click or Enter for the same by keyboard.")
                                     : text);
}

QList<planning::AutoPlaceOutcome> AssignmentBoard::autoPlace()
{
    const QList<planning::AutoPlaceOutcome> outcomes = m_assigner->autoPlace();
    QStringList placed;
    QStringList left;
    for (const planning::AutoPlaceOutcome& o : outcomes) {
        if (o.placed)
            placed << o.deployment;
        else
            left << tr("%1 left unplaced: %2").arg(o.deployment, o.reason);
    }
    if (outcomes.isEmpty())
        showStatus(tr("Nothing to place: every deployment has NPUs"));
    else {
        QStringList parts;
        if (!placed.isEmpty())
            parts << tr("Placed %1").arg(placed.join(QStringLiteral(", ")));
        showStatus((parts + left).join(QStringLiteral("; ")));
    }
    return outcomes;
}

bool AssignmentBoard::assignToSelection(const QString& modelRef)
{
    DropTarget target = m_canvas->selectionTarget();
    if (target.isEmpty()) {
        QStringList nodes;
        for (const cluster::Node& n : m_assigner->project()->data().nodes)
            nodes << n.name;
        target = DropTarget::wholeNodes(nodes);
    }
    QString why;
    const bool ok = m_assigner->assignModel(modelRef, target, &why);
    showStatus(ok ? QString() : why);
    return ok;
}

} // namespace npufleet::ui
