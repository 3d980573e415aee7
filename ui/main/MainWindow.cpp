// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

namespace npufleet::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("NPU Fleet"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString& path)
{
    Q_UNUSED(path);
    return false;
}

bool MainWindow::openDemo(const QString& name)
{
    Q_UNUSED(name);
    return false;
}

} // namespace npufleet::ui
