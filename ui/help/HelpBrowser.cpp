// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/HelpBrowser.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace npufleet::ui {

HelpBrowser::HelpBrowser(std::function<QString()> title, std::function<QString()> markdown, QWidget* parent)
    : QDialog(parent)
    , m_title(std::move(title))
    , m_markdown(std::move(markdown))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(m_markdown());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    setWindowTitle(m_title());
    resize(820, 640);
}

void HelpBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(m_title());
        m_browser->setMarkdown(m_markdown());
    }
    QDialog::changeEvent(event);
}

} // namespace npufleet::ui
