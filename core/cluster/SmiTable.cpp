// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/SmiTable.h"

#include <QRegularExpression>

namespace npufleet::cluster::smitable {

namespace {

const QRegularExpression& spaces()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

// Header names that contain spaces, longest first so "process id in container" wins over "process id".
const QList<QStringList>& multiWordNames()
{
    static const QList<QStringList> names = {
        {QStringLiteral("process"), QStringLiteral("id"), QStringLiteral("in"), QStringLiteral("container")},
        {QStringLiteral("process"), QStringLiteral("id")},
        {QStringLiteral("process"), QStringLiteral("name")},
        {QStringLiteral("process"), QStringLiteral("memory(mb)")},
        {QStringLiteral("npu"), QStringLiteral("id")},
        {QStringLiteral("npu"), QStringLiteral("util(%)")},
        {QStringLiteral("chip"), QStringLiteral("id")},
    };
    return names;
}

bool isFreeText(const QString& field)
{
    return field == QLatin1String("name") || field == QLatin1String("process name");
}

} // namespace

bool isBorder(QStringView line)
{
    if (!line.startsWith(QLatin1Char('+')))
        return false;
    for (QChar c : line) {
        if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('=') && !c.isSpace())
            return false;
    }
    return true;
}

// Rows the author of a pasted table left out: "...", "…", "| ... | ... |", "[...]", "(rows omitted)".
bool isElision(QStringView line)
{
    static const QRegularExpression dotsOnly(QStringLiteral("^[\\s|.…⋮·\\[\\]()<>]*$"));
    static const QRegularExpression said(QStringLiteral("\\.\\.\\.|…|⋮|\\bomitted\\b|\\bsnip\\b|省略"),
                                         QRegularExpression::CaseInsensitiveOption);
    const bool hasDots
        = line.contains(QLatin1String("...")) || line.contains(QChar(0x2026)) || line.contains(QChar(0x22EE));
    if (isTableRow(line))
        return hasDots && dotsOnly.match(line).hasMatch();
    return said.match(line).hasMatch();
}

bool isTableRow(QStringView line)
{
    return line.startsWith(QLatin1Char('|'));
}

Cells splitCells(QStringView line)
{
    QStringView body = line.trimmed();
    if (body.startsWith(QLatin1Char('|')))
        body = body.mid(1);
    if (body.endsWith(QLatin1Char('|')))
        body.chop(1);
    Cells cells;
    for (QStringView cell : body.split(QLatin1Char('|')))
        cells << cell.trimmed().toString();
    return cells;
}

QStringList headerFields(const QString& cell)
{
    const QStringList words = cell.toLower().split(spaces(), Qt::SkipEmptyParts);
    QStringList fields;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype taken = 1;
        for (const QStringList& name : multiWordNames()) {
            if (i + name.size() <= words.size() && words.mid(i, name.size()) == name) {
                taken = name.size();
                break;
            }
        }
        fields << words.mid(i, taken).join(QLatin1Char(' '));
        i += taken;
    }
    return fields;
}

QStringList valueTokens(const QString& cell)
{
    QStringList tokens;
    for (const QString& word : cell.split(spaces(), Qt::SkipEmptyParts)) {
        const bool glue
            = !tokens.isEmpty() && (word.startsWith(QLatin1Char('/')) || tokens.constLast().endsWith(QLatin1Char('/')));
        if (glue)
            tokens.last() += word;
        else
            tokens << word;
    }
    return tokens;
}

QHash<QString, QString> assign(const QList<QStringList>& headerCells, const Cells& valueCells)
{
    QHash<QString, QString> values;
    const qsizetype cellCount = qMin(headerCells.size(), valueCells.size());
    for (qsizetype c = 0; c < cellCount; ++c) {
        const QStringList& fields = headerCells.at(c);
        if (fields.isEmpty())
            continue;
        // A lone free-text column keeps the cell as printed (a process name may hold spaces).
        if (fields.size() == 1) {
            values.insert(fields.constFirst(), valueCells.at(c));
            continue;
        }
        const QStringList tokens = valueTokens(valueCells.at(c));
        qsizetype freeAt = -1;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (isFreeText(fields.at(f)))
                freeAt = f;
        }
        if (freeAt < 0 || tokens.size() < fields.size() - 1) {
            // Fill from the left; extra words go to the last field.
            for (qsizetype f = 0; f < fields.size() && f < tokens.size(); ++f) {
                const bool last = f == fields.size() - 1;
                values.insert(fields.at(f), last ? tokens.mid(f).join(QLatin1Char(' ')) : tokens.at(f));
            }
            continue;
        }
        // Fields before the free-text one from the left, those after it from the right.
        const qsizetype after = fields.size() - freeAt - 1;
        for (qsizetype f = 0; f < freeAt; ++f)
            values.insert(fields.at(f), tokens.at(f));
        for (qsizetype f = 0; f < after; ++f)
            values.insert(fields.at(freeAt + 1 + f), tokens.at(tokens.size() - after + f));
        values.insert(fields.at(freeAt), tokens.mid(freeAt, tokens.size() - after - freeAt).join(QLatin1Char(' ')));
    }
    return values;
}

bool isMissing(const QString& value)
{
    return value.isEmpty() || value == QLatin1String("-")
        || value.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0;
}

std::optional<double> toNumber(const QString& value, bool* ok)
{
    *ok = true;
    if (isMissing(value))
        return std::nullopt;
    const double number = value.toDouble(ok);
    return *ok ? std::optional<double>(number) : std::nullopt;
}

std::optional<qint64> toInteger(const QString& value, bool* ok)
{
    *ok = true;
    if (isMissing(value))
        return std::nullopt;
    const qint64 number = value.toLongLong(ok);
    return *ok ? std::optional<qint64>(number) : std::nullopt;
}

UsedTotal toUsedTotal(const QString& value, bool* ok)
{
    *ok = true;
    if (isMissing(value))
        return {};
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *ok = false;
        return {};
    }
    bool usedOk = false;
    bool totalOk = false;
    UsedTotal result;
    result.used = toInteger(value.left(slash).trimmed(), &usedOk);
    result.total = toInteger(value.mid(slash + 1).trimmed(), &totalOk);
    *ok = usedOk && totalOk;
    return result;
}

} // namespace npufleet::cluster::smitable
