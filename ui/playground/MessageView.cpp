// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playground/MessageView.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include "core/serving/Conversation.h"

namespace npufleet::ui {

namespace {

QTextBrowser* makeBrowser(QWidget* parent)
{
    auto* b = new QTextBrowser(parent);
    b->setFrameShape(QFrame::NoFrame);
    b->setOpenExternalLinks(true);
    b->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    b->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->viewport()->setAutoFillBackground(false);
    b->setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; }"));
    b->document()->setDocumentMargin(2);
    return b;
}

QToolButton* makeButton(QWidget* parent, const char* name)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

// QTextDocument's Markdown import leaves code blocks and tables bare: give them a background,
// padding and borders that read like a chat app's.
void polish(QTextDocument* doc)
{
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(QTextFormat::BlockCodeFence) && !format.nonBreakableLines())
            continue;
        format.setBackground(QColor(0xf3, 0xf4, 0xf6));
        format.setLeftMargin(6);
        QTextCursor(block).setBlockFormat(format);
    }
    const QList<QTextFrame*> frames = doc->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setCellPadding(4);
            format.setCellSpacing(0);
            format.setBorder(1);
            format.setBorderBrush(QColor(0xcc, 0xcc, 0xcc));
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBottomMargin(6);
            table->setFormat(format);
        }
    }
    cursor.endEditBlock();
}

} // namespace

MessageView::MessageView(bool user, QWidget* parent)
    : QFrame(parent)
    , m_user(user)
    , m_role(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(makeButton(this, "copyButton"))
    , m_edit(makeButton(this, "editButton"))
    , m_regenerate(makeButton(this, "regenerateButton"))
    , m_thinkingToggle(makeButton(this, "thinkingToggle"))
    , m_thinking(makeBrowser(this))
    , m_body(makeBrowser(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(user ? QStringLiteral("userMessage") : QStringLiteral("assistantMessage"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(user ? QStringLiteral("QFrame#userMessage { background: #eef4fc; border: 1px solid #c8daf0;"
                                        " border-radius: 6px; }")
                       : QStringLiteral("QFrame#assistantMessage { background: #ffffff; border: 1px solid #dcdcdc;"
                                        " border-radius: 6px; }"));
    m_role->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_status->setObjectName(QStringLiteral("statsLabel"));
    m_status->setStyleSheet(QStringLiteral("color: #666;"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_thinking->setObjectName(QStringLiteral("thinkingBody"));
    m_thinking->setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; color: #6b6b6b; }"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    m_thinkingToggle->setCheckable(true);
    m_thinkingToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_thinkingToggle->hide();
    m_thinking->hide();
    m_edit->setVisible(user);
    m_regenerate->hide();

    // The figures get a line of their own that wraps: beside the buttons, a narrow column (compare
    // mode) pushed the buttons out of sight and cut the figures off.
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(0);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->hide();
    auto* header = new QHBoxLayout;
    header->addWidget(m_role);
    header->addStretch(1);
    header->addWidget(m_edit);
    header->addWidget(m_regenerate);
    header->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_thinkingToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_thinking);
    layout->addWidget(m_body);
    layout->addWidget(m_errorLabel);

    for (QTextBrowser* b : {m_thinking, m_body})
        connect(b->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, b,
                [this, b] { fitHeight(b); });
    connect(m_thinkingToggle, &QToolButton::toggled, this, [this](bool on) {
        m_thinkingTouched = true;
        m_thinking->setVisible(on);
        m_thinkingToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_copy, &QToolButton::clicked, this, &MessageView::copyRequested);
    connect(m_edit, &QToolButton::clicked, this, &MessageView::editRequested);
    connect(m_regenerate, &QToolButton::clicked, this, &MessageView::regenerateRequested);
    m_thinkingToggle->setArrowType(Qt::RightArrow);
    retranslate();
}

void MessageView::setTurn(const serving::ChatTurn& turn)
{
    if (turn.content != m_markdown) {
        m_markdown = turn.content;
        // User text is shown as typed; replies are Markdown.
        if (m_user)
            m_body->setPlainText(m_markdown);
        else {
            m_body->setMarkdown(m_markdown);
            polish(m_body->document());
        }
    }
    if (turn.reasoning != m_reasoning) {
        m_reasoning = turn.reasoning;
        m_thinking->setPlainText(m_reasoning.trimmed());
        m_thinkingToggle->setVisible(!m_reasoning.isEmpty());
        // Show the thinking while it is all there is; fold it once the answer starts.
        if (!m_thinkingTouched) {
            const bool open = m_markdown.isEmpty();
            m_thinking->setVisible(open);
            m_thinkingToggle->blockSignals(true);
            m_thinkingToggle->setChecked(open);
            m_thinkingToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            m_thinkingToggle->blockSignals(false);
        }
        retranslate();
    } else if (!m_thinkingTouched && !m_markdown.isEmpty() && m_thinking->isVisible()) {
        setThinkingExpanded(false);
        m_thinkingTouched = false;
    }
    if (turn.error != m_error) {
        m_error = turn.error;
        m_errorLabel->setText(m_error);
        m_errorLabel->setVisible(!m_error.isEmpty());
    }
}

void MessageView::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void MessageView::setRegenerateVisible(bool on)
{
    m_regenerate->setVisible(on && !m_user);
}

void MessageView::setEditEnabled(bool on)
{
    m_edit->setEnabled(on);
    m_regenerate->setEnabled(on);
}

bool MessageView::thinkingExpanded() const
{
    return m_thinkingToggle->isChecked();
}

void MessageView::setThinkingExpanded(bool on)
{
    m_thinkingToggle->setChecked(on);
    m_thinking->setVisible(on);
    m_thinkingToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
}

void MessageView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageView::retranslate()
{
    m_role->setText(m_user ? tr("You") : tr("Assistant"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the message as Markdown"));
    m_edit->setText(tr("Edit"));
    m_edit->setToolTip(tr("Put this message back in the input box and resend it from here"));
    m_regenerate->setText(tr("Regenerate"));
    m_thinkingToggle->setText(tr("Thinking (%n characters)", nullptr, int(m_reasoning.size())));
}

void MessageView::fitHeight(QTextBrowser* browser)
{
    // The conversation scrolls as a whole: each browser is exactly as tall as its text.
    const int h = qCeil(browser->document()->size().height()) + browser->contentsMargins().top()
        + browser->contentsMargins().bottom();
    if (browser->height() != h)
        browser->setFixedHeight(h);
}

} // namespace npufleet::ui
