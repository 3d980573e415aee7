// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "FixturePaths.h"

namespace npufleet::test {

// Path of a file under tests/fixtures/ (in the repository; see tests/fixtures/README.md).
QString fixturePath(const QString& relative);
// A fixture's text without its leading '# ' header lines (the source and the expectations).
QByteArray fixtureBody(const QString& relative);
// The value of a '# key: value' header line, or an empty string.
QString fixtureHeader(const QString& relative, const QString& key);
// Files in a fixture folder matching a glob, sorted, relative to the fixtures root.
QStringList fixtureFiles(const QString& folder, const QString& glob);
// Where a GUI test saves its grab() PNG (from NPUFLEET_TEST_SCREENSHOTS, else the build dir).
QString screenshotPath(const QString& name);
// A test's own settings: QStandardPaths' test locations, the organisation "npufleet-test", emptied.
void useFreshSettings();

} // namespace npufleet::test
