// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshConfigReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

namespace npufleet::remote {

namespace {

bool hasWildcard(const QString& text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('['));
}

} // namespace

SshConfigReader::SshConfigReader(const SshConfigOptions& options)
    : m_options(options)
{
}

bool SshConfigReader::tokenize(const QString& text, QString* keyword, QStringList* args, QString* problem)
{
    keyword->clear();
    args->clear();
    problem->clear();
    const QString line = text.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
        return false;
    qsizetype i = 0;
    while (i < line.size() && !line.at(i).isSpace() && line.at(i) != QLatin1Char('='))
        ++i;
    *keyword = line.left(i).toLower();
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    if (i < line.size() && line.at(i) == QLatin1Char('='))
        ++i;
    // Arguments: whitespace separates, quotes group, a backslash escapes, '#' at a word start ends the line.
    QString word;
    bool inWord = false;
    QChar quote;
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == quote)
                word += line.at(++i);
            else
                word += c;
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                *args << std::exchange(word, {});
            inWord = false;
        } else if (c == QLatin1Char('#') && !inWord) {
            break;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        *problem = tr("a quote is not closed");
    if (inWord)
        *args << word;
    return true;
}

Result<QList<SshConfigLine>> SshConfigReader::read(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        Error e;
        e.file = path;
        e.message = tr("the SSH config file does not exist");
        return e;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.file = path;
        e.message = tr("cannot read the SSH config: %1").arg(file.errorString());
        return e;
    }
    file.close();
    QList<SshConfigLine> lines;
    readFile(path, 0, &lines);
    return lines;
}

void SshConfigReader::readFile(const QString& path, int depth, QList<SshConfigLine>* out)
{
    // Capped: an Include of a huge or endless file (/dev/zero) must not exhaust memory.
    const Result<QByteArray> text = util::readLimited(path, limits::kSshConfigBytes, tr("SSH config"));
    if (!text) {
        m_notes << SshConfigNote {path, 0, text.error().message};
        return;
    }
    const QStringList texts = QString::fromUtf8(*text).split(QLatin1Char('\n'));
    for (int i = 0; i < texts.size(); ++i) {
        SshConfigLine line;
        line.file = path;
        line.line = i + 1;
        QString problem;
        if (!tokenize(texts.at(i), &line.keyword, &line.args, &problem))
            continue;
        if (!problem.isEmpty()) {
            m_notes << SshConfigNote {path, line.line, tr("line skipped: %1").arg(problem)};
            continue;
        }
        if (line.keyword == QLatin1String("include"))
            include(line, depth, out);
        else
            out->append(line);
    }
}

void SshConfigReader::include(const SshConfigLine& line, int depth, QList<SshConfigLine>* out)
{
    if (line.args.isEmpty()) {
        m_notes << SshConfigNote {line.file, line.line, tr("Include names no file")};
        return;
    }
    if (depth + 1 > m_options.maxIncludeDepth) {
        m_notes << SshConfigNote {line.file, line.line,
                                  tr("Include nested more than %1 deep: not followed").arg(m_options.maxIncludeDepth)};
        return;
    }
    for (const QString& pattern : line.args) {
        const QStringList files = expandGlob(pattern);
        if (files.isEmpty()) {
            m_notes << SshConfigNote {line.file, line.line,
                                      hasWildcard(pattern) ? tr("Include %1: no file matches").arg(pattern)
                                                           : tr("Include %1: the file does not exist").arg(pattern)};
            continue;
        }
        for (const QString& file : files) {
            SshConfigLine begin = line;
            begin.kind = SshConfigLine::Kind::IncludeBegin;
            out->append(begin);
            readFile(file, depth + 1, out);
            SshConfigLine end = line;
            end.kind = SshConfigLine::Kind::IncludeEnd;
            out->append(end);
        }
    }
}

QStringList SshConfigReader::expandGlob(const QString& pattern) const
{
    QString path = pattern;
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = m_options.homeDir + path.mid(1);
    if (QDir::isRelativePath(path))
        path = m_options.sshDir + QLatin1Char('/') + path;
    // Expand one path component at a time: "conf.d/*/hosts" works as in glob(3).
    const QStringList parts = QDir::cleanPath(path).split(QLatin1Char('/'));
    QStringList current {parts.value(0)};
    for (qsizetype p = 1; p < parts.size(); ++p) {
        const bool last = p == parts.size() - 1;
        QStringList next;
        for (const QString& base : std::as_const(current)) {
            const QString dir = base.isEmpty() ? QStringLiteral("/") : base;
            if (!hasWildcard(parts.at(p))) {
                next << base + QLatin1Char('/') + parts.at(p);
                continue;
            }
            const QDir::Filters filter = last ? QDir::Files : QDir::Dirs | QDir::NoDotAndDotDot;
            const QStringList names = QDir(dir).entryList({parts.at(p)}, filter, QDir::Name);
            for (const QString& name : names)
                next << base + QLatin1Char('/') + name;
        }
        current = next;
    }
    QStringList files;
    for (const QString& file : std::as_const(current)) {
        if (QFileInfo(file).isFile())
            files << file;
    }
    return files;
}

} // namespace npufleet::remote
