// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace npufleet::test {

// One translatable string of the sources, with the context the program looks it up in.
struct TranslationLookup
{
    QString file;
    QString context;
    QString source;
};

// The strings of one .cpp file whose context is named by hand: QCoreApplication::translate("ctx", "…"),
// XText::tr("…") (a struct whose name is its context), or tr("…") through a local helper.
QList<TranslationLookup> translationLookupsIn(const QString& path);

} // namespace npufleet::test
