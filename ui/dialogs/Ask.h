// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

namespace npufleet::ui::ask {

// Modal questions go through here so that tests can answer them ahead of time (KeePassXC's
// MessageBox::setNextAnswer): a queued answer is returned without showing anything.
QMessageBox::StandardButton question(QWidget* parent,
                                     const QString& title,
                                     const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
void warning(QWidget* parent, const QString& title, const QString& text);
QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);

// Test hooks.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString& path);
// The text of the last warning or question shown (or answered ahead in a test).
QString lastWarning();
QString lastQuestion();

} // namespace npufleet::ui::ask
