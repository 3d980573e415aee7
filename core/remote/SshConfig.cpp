// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshConfig.h"

#include <QDir>
#include <algorithm>

#include "core/remote/SshConfigReader.h"

namespace npufleet::remote {

namespace {

using Line = SshConfigLine;

bool isWildcard(const QString& pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'));
}

// OpenSSH: a Host line matches when a pattern matches and no negated pattern does.
bool hostLineMatches(const QString& alias, const QStringList& patterns)
{
    bool matched = false;
    for (const QString& pattern : patterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (SshConfig::matchesPattern(alias, pattern.mid(1)))
                return false;
        } else if (SshConfig::matchesPattern(alias, pattern)) {
            matched = true;
        }
    }
    return matched;
}

struct Resolved
{
    std::optional<QString> hostName;
    std::optional<QString> user;
    std::optional<int> port;
    QStringList identityFiles;
    std::optional<QStringList> knownHosts;
};

class Evaluator
{
public:
    Evaluator(const QList<Line>& lines, const SshConfigOptions& options, QList<SshConfigNote>* notes)
        : m_lines(lines)
        , m_options(options)
        , m_notes(notes)
    {
    }

    SshHostEntry evaluate(const QString& alias, const Line& origin);

private:
    void apply(const Line& line, Resolved* r);
    QString expand(const QString& text, const SshHostEntry& entry, const Line& origin);

    const QList<Line>& m_lines;
    const SshConfigOptions& m_options;
    QList<SshConfigNote>* m_notes;
};

SshHostEntry Evaluator::evaluate(const QString& alias, const Line& origin)
{
    Resolved r;
    bool active = true; // options before the first Host apply to every host
    QList<bool> saved; // an included file leaves the match state as it found it
    for (const Line& line : m_lines) {
        switch (line.kind) {
        case Line::Kind::IncludeBegin:
            saved << active;
            continue;
        case Line::Kind::IncludeEnd:
            active = saved.isEmpty() ? active : saved.takeLast();
            continue;
        case Line::Kind::Option:
            break;
        }
        if (line.keyword == QLatin1String("host"))
            active = hostLineMatches(alias, line.args);
        else if (line.keyword == QLatin1String("match"))
            active = false;
        else if (active)
            apply(line, &r);
    }
    SshHostEntry entry;
    entry.alias = alias;
    entry.sourceFile = origin.file;
    entry.line = origin.line;
    entry.user = r.user.value_or(QString());
    entry.port = r.port;
    // HostName may use %h (the alias) itself; the other fields may then use the real host name.
    entry.hostName = r.hostName ? expand(*r.hostName, entry, origin) : alias;
    for (const QString& file : std::as_const(r.identityFiles))
        entry.identityFiles << expand(file, entry, origin);
    for (const QString& file : r.knownHosts.value_or(QStringList()))
        entry.userKnownHostsFiles << expand(file, entry, origin);
    return entry;
}

void Evaluator::apply(const Line& line, Resolved* r)
{
    const QString value = line.args.value(0);
    if (line.args.isEmpty()) {
        *m_notes << SshConfigNote {line.file, line.line, SshConfig::tr("%1 has no value").arg(line.keyword)};
        return;
    }
    if (line.keyword == QLatin1String("hostname")) {
        if (!r->hostName)
            r->hostName = value;
    } else if (line.keyword == QLatin1String("user")) {
        if (!r->user)
            r->user = value;
    } else if (line.keyword == QLatin1String("port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            *m_notes << SshConfigNote {line.file, line.line, SshConfig::tr("Port %1 is not a port number").arg(value)};
        else if (!r->port)
            r->port = port;
    } else if (line.keyword == QLatin1String("identityfile")) {
        // IdentityFile adds up, as in ssh; "none" is a placeholder that loads nothing.
        if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0 && !r->identityFiles.contains(value))
            r->identityFiles << value;
    } else if (line.keyword == QLatin1String("userknownhostsfile")) {
        if (!r->knownHosts)
            r->knownHosts = value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QStringList() : line.args;
    }
}

QString Evaluator::expand(const QString& text, const SshHostEntry& entry, const Line& origin)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar token = text.at(++i);
        switch (token.toLatin1()) {
        case '%':
            out += QLatin1Char('%');
            break;
        case 'd':
            out += m_options.homeDir;
            break;
        case 'u':
            out += m_options.localUser;
            break;
        case 'h':
            out += entry.hostName.isEmpty() ? entry.alias : entry.hostName;
            break;
        case 'n':
            out += entry.alias;
            break;
        case 'r':
            out += entry.user.isEmpty() ? m_options.localUser : entry.user;
            break;
        case 'p':
            out += QString::number(entry.port.value_or(22));
            break;
        default:
            *m_notes << SshConfigNote {
                origin.file, origin.line,
                SshConfig::tr("%1: the %%2 token is not expanded in '%3'").arg(entry.alias, QString(token), text)};
            out += QLatin1Char('%') + token;
        }
    }
    if (out == QLatin1String("~") || out.startsWith(QLatin1String("~/")))
        out = m_options.homeDir + out.mid(1);
    return out;
}

} // namespace

QString SshConfigNote::toString() const
{
    if (file.isEmpty())
        return message;
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

QString SshConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

bool SshConfig::matchesPattern(const QString& host, const QString& pattern)
{
    // Iterative glob with backtracking on the last '*'.
    qsizetype h = 0;
    qsizetype p = 0;
    qsizetype star = -1;
    qsizetype mark = 0;
    while (h < host.size()) {
        if (p < pattern.size()
            && (pattern.at(p) == QLatin1Char('?') || pattern.at(p).toLower() == host.at(h).toLower())) {
            ++h;
            ++p;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            mark = h;
        } else if (star >= 0) {
            p = star + 1;
            h = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

Result<SshConfigImport> SshConfig::load(const QString& path, const SshConfigOptions& given)
{
    SshConfigOptions options = given;
    if (options.homeDir.isEmpty())
        options.homeDir = QDir::homePath();
    if (options.sshDir.isEmpty())
        options.sshDir = options.homeDir + QStringLiteral("/.ssh");
    if (options.localUser.isEmpty())
        options.localUser = qEnvironmentVariable("USER");

    SshConfigReader reader(options);
    auto lines = reader.read(path);
    if (!lines)
        return lines.error();
    SshConfigImport result;
    result.notes = reader.takeNotes();

    // The concrete hosts, in the order their Host lines name them.
    QList<QPair<QString, Line>> aliases;
    for (const Line& line : std::as_const(lines.value())) {
        if (line.kind != Line::Kind::Option)
            continue;
        if (line.keyword == QLatin1String("match")) {
            result.notes << SshConfigNote {line.file, line.line,
                                           tr("Match block skipped: its conditions are not evaluated on import")};
            continue;
        }
        if (line.keyword != QLatin1String("host"))
            continue;
        if (line.args.isEmpty())
            result.notes << SshConfigNote {line.file, line.line, tr("Host line without a pattern")};
        for (const QString& pattern : line.args) {
            if (pattern.startsWith(QLatin1Char('!'))) {
                result.notes << SshConfigNote {line.file, line.line,
                                               tr("%1 skipped: a negated pattern is not a host").arg(pattern)};
            } else if (isWildcard(pattern)) {
                result.notes << SshConfigNote {
                    line.file, line.line,
                    tr("%1 skipped: a wildcard pattern is not a host (its options apply to matching hosts)")
                        .arg(pattern)};
            } else {
                const bool known = std::any_of(aliases.cbegin(), aliases.cend(), [&](const auto& a) {
                    return a.first.compare(pattern, Qt::CaseInsensitive) == 0;
                });
                if (!known)
                    aliases.append({pattern, line});
            }
        }
    }

    Evaluator evaluator(lines.value(), options, &result.notes);
    for (const auto& [alias, origin] : std::as_const(aliases))
        result.hosts << evaluator.evaluate(alias, origin);
    return result;
}

} // namespace npufleet::remote
