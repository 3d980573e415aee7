// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace npufleet::ui {

// What the window shows before any project is open: open a project (or a recent one), open a demo, start
// a new project, or start one from the hosts of ~/.ssh/config. Nothing is opened behind the user's back.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    void setRecentProjects(const QStringList& paths);
    QComboBox* demoBox() const { return m_demos; }

signals:
    void openRequested();
    void recentRequested(const QString& path);
    void demoRequested(const QString& name);
    void newRequested();
    void importRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_open;
    QPushButton* m_demo;
    QComboBox* m_demos;
    QPushButton* m_new;
    QPushButton* m_import;
    QLabel* m_recentLabel;
    QListWidget* m_recent;
    QLabel* m_openHint;
    QLabel* m_demoHint;
    QLabel* m_newHint;
    QLabel* m_importHint;
};

} // namespace npufleet::ui
