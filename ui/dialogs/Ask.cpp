// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/Ask.h"

#include <QFileDialog>
#include <optional>

namespace npufleet::ui::ask {

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;
std::optional<QString> s_nextFileName;
QString s_lastWarning;
QString s_lastQuestion;
} // namespace

QMessageBox::StandardButton question(QWidget* parent,
                                     const QString& title,
                                     const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    s_lastQuestion = text;
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastWarning = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void setNextFileName(const QString& path)
{
    s_nextFileName = path;
}

QString lastWarning()
{
    return s_lastWarning;
}

QString lastQuestion()
{
    return s_lastQuestion;
}

} // namespace npufleet::ui::ask
