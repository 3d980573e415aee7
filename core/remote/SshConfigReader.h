// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

#include "core/remote/SshConfig.h"

namespace npufleet::remote {

// One line of an OpenSSH config, or the start / end of an included file.
struct SshConfigLine
{
    enum class Kind { Option, IncludeBegin, IncludeEnd };
    Kind kind = Kind::Option;
    QString keyword; // lower-case
    QStringList args;
    QString file;
    int line = 0;
};

// Reads a config and the files it includes into one list of lines, noting what it could not follow.
class SshConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)

public:
    explicit SshConfigReader(const SshConfigOptions& options);

    Result<QList<SshConfigLine>> read(const QString& path);
    QList<SshConfigNote> takeNotes() { return std::exchange(m_notes, {}); }

    // Splits "Keyword args" / "Keyword=args" with quotes and trailing comments; false for no content.
    static bool tokenize(const QString& text, QString* keyword, QStringList* args, QString* problem);

private:
    void readFile(const QString& path, int depth, QList<SshConfigLine>* out);
    void include(const SshConfigLine& line, int depth, QList<SshConfigLine>* out);
    QStringList expandGlob(const QString& pattern) const;

    SshConfigOptions m_options;
    QList<SshConfigNote> m_notes;
};

} // namespace npufleet::remote
