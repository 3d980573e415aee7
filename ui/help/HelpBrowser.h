// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QTextBrowser;

namespace npufleet::ui {

// A page of Markdown beside the main window (the guide, the command-line reference), kept open while the
// user works; its title and text follow the language.
class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    HelpBrowser(std::function<QString()> title, std::function<QString()> markdown, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    std::function<QString()> m_title;
    std::function<QString()> m_markdown;
    QTextBrowser* m_browser;
};

} // namespace npufleet::ui
