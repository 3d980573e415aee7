// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/StartPage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/project/DemoProjects.h"

namespace npufleet::ui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_demos(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_openHint(new QLabel(this))
    , m_demoHint(new QLabel(this))
    , m_newHint(new QLabel(this))
    , m_importHint(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    m_open->setObjectName(QStringLiteral("startOpen"));
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_new->setObjectName(QStringLiteral("startNew"));
    m_import->setObjectName(QStringLiteral("startImport"));
    m_recent->setObjectName(QStringLiteral("startRecent"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_intro->setWordWrap(true);
    for (const QString& name : project::demoNames())
        m_demos->addItem(name, name);
    for (QLabel* hint : {m_openHint, m_demoHint, m_newHint, m_importHint}) {
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    }

    auto* choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    choices->setHorizontalSpacing(16);
    choices->setVerticalSpacing(10);
    choices->addWidget(m_open, 0, 0);
    choices->addWidget(m_openHint, 0, 1);
    auto* demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demo);
    demoRow->addWidget(m_demos);
    choices->addLayout(demoRow, 1, 0);
    choices->addWidget(m_demoHint, 1, 1);
    choices->addWidget(m_new, 2, 0);
    choices->addWidget(m_newHint, 2, 1);
    choices->addWidget(m_import, 3, 0);
    choices->addWidget(m_importHint, 3, 1);

    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(choices);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 1);
    column->addStretch(1); // without recent projects the choices stay together at the top
    auto* centre = new QHBoxLayout(this);
    centre->addStretch(1);
    centre->addLayout(column, 6);
    centre->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, [this] { emit demoRequested(m_demos->currentData().toString()); });
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void StartPage::setRecentProjects(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_title->setText(tr("Welcome to NPU Fleet"));
    m_intro->setText(tr("Plan, launch, check and measure model serving on Ascend NPU clusters. Start from one "
                        "of these:"));
    m_open->setText(tr("&Open Project…"));
    m_openHint->setText(tr("A project file (*.npufleet.yaml) of your nodes, models and deployments."));
    m_demo->setText(tr("Open &Demo"));
    m_demoHint->setText(tr("A bundled project on simulated machines: try every panel without a network."));
    m_new->setText(tr("&New Project"));
    m_newHint->setText(tr("An empty project: add nodes (Cluster › Add Node) and models, then deploy."));
    m_import->setText(tr("&Import Hosts from ~/.ssh/config…"));
    m_importHint->setText(tr("A new project with a node for each host of your SSH client configuration."));
    m_recentLabel->setText(tr("Recent projects (double-click to open):"));
    // A button is never narrower than its words, in any language.
    for (QPushButton* b : {m_open, m_demo, m_new, m_import})
        b->setMinimumWidth(b->sizeHint().width());
}

} // namespace npufleet::ui
