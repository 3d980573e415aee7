// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playground/PlaygroundPane.h"

#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/project/Project.h"
#include "core/serving/OpenAiClient.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

#include "ui/dialogs/Ask.h"
#include "ui/main/Settings.h"
#include "ui/playground/ChatColumn.h"
#include "ui/playground/EndpointPicker.h"
#include "ui/playground/PromptEdit.h"
#include "ui/playground/SamplingPanel.h"

namespace npufleet::ui {

namespace {
QToolButton* toolButton(QWidget* parent, const char* name)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoRaise(true);
    return b;
}
} // namespace

PlaygroundPane::PlaygroundPane(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_client(new serving::OpenAiClient(this))
    , m_columns {new ChatColumn(project, m_client, this), new ChatColumn(project, m_client, this)}
    , m_columnSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sampling(new SamplingPanel(this))
    , m_prompt(new PromptEdit(this))
    , m_send(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_regenerate(new QPushButton(this))
    , m_new(toolButton(this, "newConversation"))
    , m_open(toolButton(this, "openConversation"))
    , m_save(toolButton(this, "saveConversation"))
    , m_export(toolButton(this, "exportMarkdown"))
    , m_compare(new QCheckBox(this))
    , m_editing(new QLabel(this))
    , m_cancelEdit(toolButton(this, "cancelEdit"))
    , m_settingsTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("playgroundPane"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_regenerate->setObjectName(QStringLiteral("regenerateAllButton"));
    m_compare->setObjectName(QStringLiteral("compareBox"));
    m_send->setDefault(true);
    m_columns[0]->setObjectName(QStringLiteral("column0"));
    m_columns[1]->setObjectName(QStringLiteral("column1"));
    m_columns[1]->hide();
    m_prompt->setMaximumHeight(90);
    m_editing->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_editing->hide();
    m_cancelEdit->hide();
    m_settingsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto* toolbar = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(m_new), static_cast<QWidget*>(m_open), static_cast<QWidget*>(m_save),
                       static_cast<QWidget*>(m_export), static_cast<QWidget*>(m_compare)})
        toolbar->addWidget(w);
    toolbar->addStretch(1);

    m_columnSplitter->addWidget(m_columns[0]);
    m_columnSplitter->addWidget(m_columns[1]);
    m_columnSplitter->setChildrenCollapsible(false);
    auto* settings = new QWidget(this);
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(6, 0, 0, 0);
    settingsLayout->addWidget(m_settingsTitle);
    settingsLayout->addWidget(m_sampling);
    settingsLayout->addStretch(1);
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_columnSplitter);
    main->addWidget(settings);
    main->setStretchFactor(0, 4);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_editing, 1);
    editRow->addWidget(m_cancelEdit);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_regenerate);
    buttons->addStretch(1);
    auto* input = new QHBoxLayout;
    input->addWidget(m_prompt, 1);
    input->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(main, 1);
    layout->addLayout(editRow);
    layout->addLayout(input);

    connect(m_send, &QPushButton::clicked, this, [this] { send(m_prompt->toPlainText()); });
    connect(m_prompt, &PromptEdit::submitted, this, [this](const QString& text) { send(text); });
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPane::stop);
    connect(m_regenerate, &QPushButton::clicked, this, &PlaygroundPane::regenerate);
    connect(m_new, &QToolButton::clicked, this, &PlaygroundPane::newConversation);
    connect(m_open, &QToolButton::clicked, this, &PlaygroundPane::open);
    connect(m_save, &QToolButton::clicked, this, &PlaygroundPane::save);
    connect(m_export, &QToolButton::clicked, this, &PlaygroundPane::exportAs);
    connect(m_compare, &QCheckBox::toggled, this, &PlaygroundPane::setCompare);
    connect(m_cancelEdit, &QToolButton::clicked, this, &PlaygroundPane::cancelEdit);
    for (ChatColumn* c : m_columns) {
        connect(c, &ChatColumn::busyChanged, this, [this] {
            updateButtons();
            emit busyChanged(isBusy());
        });
        connect(c, &ChatColumn::editRequested, this, &PlaygroundPane::beginEdit);
        connect(c, &ChatColumn::regenerateRequested, this, &PlaygroundPane::regenerate);
    }
    // Another project: the last one's conversation was with the last one's servers.
    if (project) {
        connect(project, &project::Project::aboutToReset, this, [this] {
            stop();
            newConversation();
        });
    }
    retranslate();
    updateButtons();
}

QList<ChatColumn*> PlaygroundPane::activeColumns() const
{
    return isCompare() ? QList<ChatColumn*> {m_columns[0], m_columns[1]} : QList<ChatColumn*> {m_columns[0]};
}

ChatColumn* PlaygroundPane::column(int index) const
{
    return index >= 0 && index < 2 ? m_columns[index] : nullptr;
}

bool PlaygroundPane::isCompare() const
{
    return m_compare->isChecked();
}

bool PlaygroundPane::isBusy() const
{
    return m_columns[0]->isBusy() || m_columns[1]->isBusy();
}

bool PlaygroundPane::send(const QString& text)
{
    if (isBusy() || text.trimmed().isEmpty())
        return false;
    bool sent = false;
    const QList<ChatColumn*> columns = activeColumns();
    for (ChatColumn* c : columns)
        sent = c->send(text, m_sampling->systemPrompt(), m_sampling->params(), m_editTurn) || sent;
    if (sent) {
        m_prompt->addToHistory(text);
        m_prompt->clear();
        cancelEdit();
    }
    return sent;
}

void PlaygroundPane::stop()
{
    for (ChatColumn* c : m_columns)
        c->stop();
}

void PlaygroundPane::regenerate()
{
    const QList<ChatColumn*> columns = activeColumns();
    for (ChatColumn* c : columns)
        c->regenerate(m_sampling->systemPrompt(), m_sampling->params());
}

void PlaygroundPane::newConversation()
{
    cancelEdit();
    for (ChatColumn* c : m_columns)
        c->clear();
}

void PlaygroundPane::setCompare(bool on)
{
    if (m_compare->isChecked() != on)
        m_compare->setChecked(on); // comes back here through toggled
    m_columns[1]->setVisible(on);
    for (ChatColumn* c : m_columns)
        c->picker()->setCompact(on);
    if (on && m_columns[1]->conversation().turns.isEmpty() && !m_columns[0]->conversation().turns.isEmpty())
        m_columns[1]->setConversation(m_columns[0]->snapshot(m_sampling->systemPrompt(), m_sampling->params()));
}

void PlaygroundPane::beginEdit(int turn)
{
    if (isBusy())
        return;
    const auto& turns = m_columns[0]->conversation().turns;
    if (turn < 0 || turn >= turns.size())
        return;
    m_editTurn = turn;
    m_prompt->setPlainText(turns.at(turn).content);
    m_prompt->setFocus();
    m_prompt->moveCursor(QTextCursor::End);
    m_editing->setText(tr("Editing message %1: sending replaces it and everything after it.").arg(turn / 2 + 1));
    m_editing->show();
    m_cancelEdit->show();
}

void PlaygroundPane::cancelEdit()
{
    m_editTurn = -1;
    m_editing->hide();
    m_cancelEdit->hide();
}

void PlaygroundPane::updateButtons()
{
    const bool busy = isBusy();
    m_send->setEnabled(!busy);
    m_stop->setEnabled(busy);
    m_regenerate->setEnabled(!busy && !m_columns[0]->conversation().turns.isEmpty());
    m_open->setEnabled(!busy);
    m_compare->setEnabled(!busy);
}

bool PlaygroundPane::saveTo(const QString& path)
{
    QList<serving::Conversation> list;
    const QList<ChatColumn*> columns = activeColumns();
    for (ChatColumn* c : columns)
        list.append(c->snapshot(m_sampling->systemPrompt(), m_sampling->params()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serving::saveConversations(list)) < 0 || !file.commit()) {
        ask::warning(this, tr("Save conversation"), tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool PlaygroundPane::openFrom(const QString& path)
{
    const Result<QByteArray> bytes = util::readLimited(path, limits::kConversationFileBytes, tr("the conversation"));
    if (!bytes) {
        ask::warning(this, tr("Open conversation"), bytes.error().toString());
        return false;
    }
    const Result<QList<serving::Conversation>> loaded = serving::loadConversations(*bytes, path);
    if (!loaded) {
        ask::warning(this, tr("Open conversation"), loaded.error().toString());
        return false;
    }
    cancelEdit();
    const QList<serving::Conversation>& list = *loaded;
    m_sampling->setSystemPrompt(list.first().systemPrompt);
    m_sampling->setParams(list.first().sampling);
    for (int i = 0; i < 2; ++i)
        m_columns[i]->setConversation(i < list.size() ? list.at(i) : serving::Conversation());
    setCompare(list.size() > 1);
    updateButtons();
    return true;
}

bool PlaygroundPane::exportMarkdown(const QString& path)
{
    QList<serving::Conversation> list;
    const QList<ChatColumn*> columns = activeColumns();
    for (ChatColumn* c : columns)
        list.append(c->snapshot(m_sampling->systemPrompt(), m_sampling->params()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serving::conversationsToMarkdown(list).toUtf8()) < 0
        || !file.commit()) {
        ask::warning(this, tr("Export Markdown"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void PlaygroundPane::save()
{
    const QString path = ask::saveFileName(this, tr("Save conversation"), QString(), tr("Conversations (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

void PlaygroundPane::open()
{
    const QString path = ask::openFileName(this, tr("Open conversation"), QString(), tr("Conversations (*.json)"));
    if (!path.isEmpty())
        openFrom(path);
}

void PlaygroundPane::exportAs()
{
    const QString path = ask::saveFileName(this, tr("Export Markdown"), QString(), tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportMarkdown(path);
}

void PlaygroundPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaygroundPane::retranslate()
{
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Enter sends, Shift+Enter starts a new line, Ctrl+Up/Down recalls earlier prompts"));
    m_stop->setText(tr("Stop"));
    m_regenerate->setText(tr("Regenerate"));
    m_new->setText(tr("New"));
    m_open->setText(tr("Open…"));
    m_save->setText(tr("Save…"));
    m_export->setText(tr("Export Markdown…"));
    m_compare->setText(tr("Compare side by side"));
    m_compare->setToolTip(tr("Send the same prompt to a second endpoint or model"));
    m_cancelEdit->setText(tr("Cancel edit"));
    m_settingsTitle->setText(tr("Settings"));
    m_prompt->setPlaceholderText(tr("Ask something… (Enter sends)"));
    // Prompts are plain text: the user is told whether they stay on disk.
    m_prompt->setToolTip(settings::keepPromptHistory.value()
                             ? tr("Your prompts are saved in the settings file, to be recalled with Ctrl+Up. "
                                  "Edit › Preferences › Privacy turns this off and clears them.")
                             : tr("Ctrl+Up recalls this session's prompts; they are not saved when you quit "
                                  "(Edit › Preferences › Privacy)."));
}

} // namespace npufleet::ui
