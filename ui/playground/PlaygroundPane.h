// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;

namespace npufleet::project {
class Project;
}
namespace npufleet::serving {
class OpenAiClient;
}

namespace npufleet::ui {

class ChatColumn;
class PromptEdit;
class SamplingPanel;

// Chat with a deployment (or any OpenAI-compatible URL) as it streams, with how fast it came;
// two endpoints or models side by side in compare mode. All HTTP is asynchronous.
class PlaygroundPane : public QWidget
{
    Q_OBJECT
public:
    explicit PlaygroundPane(project::Project* project, QWidget* parent = nullptr);

    // Sends the prompt to every visible column (replacing from the edited turn when editing).
    bool send(const QString& text);
    void stop();
    void regenerate();
    void newConversation();
    void setCompare(bool on);
    bool isCompare() const;
    bool isBusy() const;
    // The preferences changed: what the pane says about them follows (whether prompts are saved).
    void settingsChanged() { retranslate(); }

    bool saveTo(const QString& path);
    bool openFrom(const QString& path);
    bool exportMarkdown(const QString& path);

    ChatColumn* column(int index) const;
    PromptEdit* promptEdit() const { return m_prompt; }
    SamplingPanel* sampling() const { return m_sampling; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* stopButton() const { return m_stop; }

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void save();
    void open();
    void exportAs();
    void beginEdit(int turn);
    void cancelEdit();
    void updateButtons();
    void retranslate();
    QList<ChatColumn*> activeColumns() const;

    serving::OpenAiClient* m_client;
    ChatColumn* m_columns[2];
    QSplitter* m_columnSplitter;
    SamplingPanel* m_sampling;
    PromptEdit* m_prompt;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_regenerate;
    QToolButton* m_new;
    QToolButton* m_open;
    QToolButton* m_save;
    QToolButton* m_export;
    QCheckBox* m_compare;
    QLabel* m_editing;
    QToolButton* m_cancelEdit;
    QLabel* m_settingsTitle;
    int m_editTurn = -1;
};

} // namespace npufleet::ui
