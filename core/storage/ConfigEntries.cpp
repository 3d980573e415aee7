// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ConfigEntries.h"

#include <QRegularExpression>

#include "core/storage/MarkedBlock.h"
#include "core/util/ControlChars.h"

namespace npufleet::storage {

namespace {
const QByteArray kComment = QByteArrayLiteral("# shared model folder, kept by the NPU Fleet NFS wizard");

QString escapeFstab(QString field)
{
    field.replace(QLatin1Char(' '), QStringLiteral("\\040"));
    field.replace(QLatin1Char('\t'), QStringLiteral("\\011"));
    return field;
}

// The fields of a configuration line with its comment cut off; empty for blank and comment lines.
QStringList fieldsOf(const QByteArray& raw)
{
    QString line = QString::fromUtf8(raw);
    const qsizetype hash = line.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        line.truncate(hash);
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\r]+"));
    return line.split(blanks, Qt::SkipEmptyParts);
}

QString unquote(QString s)
{
    if (s.size() >= 2 && s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))
        s = s.mid(1, s.size() - 2);
    return s;
}

Error conflict(int line, const QString& message)
{
    Error e;
    e.line = line;
    e.message = message;
    e.hint = ConfigEditor::tr("change or remove that line by hand, then run the wizard again");
    return e;
}
} // namespace

QByteArray ExportEntry::line() const
{
    QString p = path;
    if (p.contains(QLatin1Char(' ')) || p.contains(QLatin1Char('\t')))
        p = QLatin1Char('"') + p + QLatin1Char('"');
    return QStringLiteral("%1 %2(%3)").arg(p, client, options).toUtf8();
}

QByteArray MountEntry::line() const
{
    return QStringLiteral("%1:%2 %3 nfs %4 0 0")
        .arg(server, escapeFstab(exportPath), escapeFstab(mountPoint), options)
        .toUtf8();
}

QByteArrayList ConfigEdit::body() const
{
    return {kComment, file == ConfigFile::Exports ? exportEntry.line() : mountEntry.line()};
}

QString ConfigEditor::normalizePath(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString ConfigEditor::normalizeClient(const QString& client)
{
    const qsizetype slash = client.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return client;
    const QStringList mask = client.mid(slash + 1).split(QLatin1Char('.'));
    if (mask.size() != 4)
        return client;
    int bits = 0;
    for (const QString& octet : mask) {
        bool ok = false;
        const int v = octet.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return client;
        for (int b = 7; b >= 0; --b)
            bits += (v >> b) & 1;
    }
    return client.left(slash + 1) + QString::number(bits);
}

QStringList ConfigEditor::optionSet(const QString& options)
{
    QStringList set;
    for (const QString& o : options.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = o.trimmed();
        if (!t.isEmpty() && !set.contains(t))
            set << t;
    }
    set.sort();
    return set;
}

QString ConfigEditor::unescapeFstab(const QString& field)
{
    QString s = field;
    s.replace(QStringLiteral("\\040"), QStringLiteral(" "));
    s.replace(QStringLiteral("\\011"), QStringLiteral("\t"));
    return s;
}

namespace {
// The lines of our marked block, or where the file's markers are broken (named by its path).
Result<QList<bool>> ownedLinesOf(const TextLines& lines, const QString& path)
{
    Result<QList<bool>> owned = MarkedBlock::ownedLines(lines);
    if (!owned) {
        Error e = owned.error();
        e.file = path;
        return e;
    }
    return owned;
}
} // namespace

Result<EditOutcome> ConfigEditor::apply(const QByteArray& text, const ConfigEdit& edit)
{
    // The planner's value gate refuses such values first; this is the last stop before the file.
    for (const QByteArray& line : edit.body()) {
        if (safe::hasControl(QString::fromUtf8(line))) {
            Error e;
            e.file = edit.path;
            e.message = tr("refused to write a line with a control character: \"%1\"")
                            .arg(safe::escapedForMessage(QString::fromUtf8(line)));
            return e;
        }
    }
    const TextLines lines = TextLines::split(text);
    const Result<QList<bool>> owned = ownedLinesOf(lines, edit.path);
    if (!owned)
        return owned.error();
    int reused = 0;
    for (int i = 0; i < lines.lines.size() && reused == 0; ++i) {
        if (owned->at(i))
            continue;
        const QStringList f = fieldsOf(lines.lines.at(i));
        if (f.size() < 2)
            continue;
        if (edit.file == ConfigFile::Exports) {
            const ExportEntry& want = edit.exportEntry;
            if (normalizePath(unquote(f.at(0))) != normalizePath(want.path))
                continue;
            for (int k = 1; k < f.size(); ++k) {
                const QString token = f.at(k);
                const qsizetype paren = token.indexOf(QLatin1Char('('));
                const QString client = paren < 0 ? token : token.left(paren);
                if (normalizeClient(client) != normalizeClient(want.client))
                    continue;
                const QString opts
                    = paren < 0 ? QString() : token.mid(paren + 1).chopped(token.endsWith(QLatin1Char(')')) ? 1 : 0);
                if (optionSet(opts) != optionSet(want.options)) {
                    Error e = conflict(i + 1,
                                       tr("line %1 already exports %2 to %3 with other options (%4)")
                                           .arg(i + 1)
                                           .arg(want.path, client, opts));
                    e.file = edit.path;
                    return e;
                }
                reused = i + 1;
                break;
            }
        } else {
            if (f.size() < 3)
                continue;
            const MountEntry& want = edit.mountEntry;
            if (normalizePath(unescapeFstab(f.at(1))) != normalizePath(want.mountPoint))
                continue;
            const QString spec = unescapeFstab(f.at(0));
            const qsizetype colon = spec.indexOf(QLatin1Char(':'));
            const QString host = colon < 0 ? QString() : spec.left(colon);
            const QString remote = colon < 0 ? QString() : normalizePath(spec.mid(colon + 1));
            const bool sameServer = host == want.server || want.serverAliases.contains(host);
            const bool nfs = f.at(2) == QLatin1String("nfs") || f.at(2) == QLatin1String("nfs4");
            if (!sameServer || !nfs || remote != normalizePath(want.exportPath)) {
                Error e = conflict(i + 1, tr("line %1 already mounts %2 at %3").arg(i + 1).arg(spec, want.mountPoint));
                e.file = edit.path;
                return e;
            }
            reused = i + 1;
        }
    }
    EditOutcome out;
    const Result<QByteArray> edited = MarkedBlock::set(text, reused > 0 ? QByteArrayList() : edit.body());
    if (!edited)
        return edited.error();
    out.text = *edited;
    out.changed = out.text != text;
    out.reusedLine = reused;
    if (reused > 0)
        out.note = tr("line %1 already has an equivalent entry; it is kept and no block is written").arg(reused);
    else
        out.note = out.changed ? tr("marked block written") : tr("marked block already up to date");
    return out;
}

Result<EditOutcome> ConfigEditor::revert(const QByteArray& text)
{
    const Result<QByteArray> edited = MarkedBlock::remove(text);
    if (!edited)
        return edited.error();
    EditOutcome out;
    out.text = *edited;
    out.changed = out.text != text;
    out.note = out.changed ? tr("marked block removed") : tr("no marked block");
    return out;
}

Result<QString> ConfigEditor::changedMount(const QByteArray& text, const ConfigEdit& edit)
{
    const TextLines lines = TextLines::split(text);
    const Result<QList<bool>> owned = ownedLinesOf(lines, edit.path);
    if (!owned)
        return owned.error();
    const MountEntry& want = edit.mountEntry;
    for (int i = 0; i < lines.lines.size(); ++i) {
        if (!owned->at(i))
            continue;
        const QStringList f = fieldsOf(lines.lines.at(i));
        if (f.size() < 2)
            continue; // a marker, a comment or a blank line
        const QString mountPoint = normalizePath(unescapeFstab(f.at(1)));
        const QString spec = unescapeFstab(f.at(0));
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const bool same = colon > 0 && spec.left(colon) == want.server
            && normalizePath(spec.mid(colon + 1)) == normalizePath(want.exportPath)
            && mountPoint == normalizePath(want.mountPoint) && f.value(2) == QLatin1String("nfs")
            && optionSet(f.value(3)) == optionSet(want.options);
        if (!same)
            return mountPoint;
    }
    return QString();
}

} // namespace npufleet::storage
