// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of the project editors share: a demo project to work on and the undo check.
#include <QList>
#include <QUndoStack>
#include <QWidget>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/project/ProjectFile.h"

namespace npufleet::test {

// Replaces what project holds with a bundled demo ("atlas-lab", "deepseek-2node").
inline void loadDemo(project::Project& project, const QString& demo = QStringLiteral("atlas-lab"))
{
    Result<project::ProjectData> data = project::loadDemo(demo);
    QVERIFY2(data.hasValue(), qPrintable(data.hasValue() ? QString() : data.error().toString()));
    project.reset(*data, QString());
}

// states[i] is the saved project after i steps of stack: undoing all and redoing all again must give
// back each of them byte for byte.
inline void checkUndoRedo(QUndoStack& stack, const project::Project& project, const QList<QByteArray>& states)
{
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        stack.undo();
        QCOMPARE(project::serializeProject(project.data()), states.at(i));
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        stack.redo();
        QCOMPARE(project::serializeProject(project.data()), states.at(i));
    }
}

// Shows widget at that size; false when it never appeared.
inline bool showAt(QWidget& widget, int width, int height)
{
    widget.resize(width, height);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

} // namespace npufleet::test
