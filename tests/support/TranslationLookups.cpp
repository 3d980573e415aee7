// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kept out of the test's own file: moc's tokenizer stumbles over these raw-string patterns.
#include "TranslationLookups.h"

#include <QFile>
#include <QRegularExpression>

namespace npufleet::test {

namespace {

// The text of one or more adjacent C string literals ("a" "b"), unescaped as the compiler would.
QString literalText(const QString& literals)
{
    static const QRegularExpression one(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QString text;
    for (auto it = one.globalMatch(literals); it.hasNext();) {
        QString part = it.next().captured(1);
        part.replace(QLatin1String("\\n"), QLatin1String("\n"))
            .replace(QLatin1String("\\t"), QLatin1String("\t"))
            .replace(QLatin1String("\\\""), QLatin1String("\""))
            .replace(QLatin1String("\\\\"), QLatin1String("\\"));
        text += part;
    }
    return text;
}

} // namespace

QList<TranslationLookup> translationLookupsIn(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString code = QString::fromUtf8(file.readAll());
    static const QRegularExpression helper(QStringLiteral(
        R"re(QString\s+tr\s*\(\s*const\s+char\s*\*[^)]*\)\s*\{\s*return\s+QCoreApplication::translate\s*\(\s*"([^"]+)")re"));
    static const QRegularExpression direct(
        QStringLiteral(R"re(QCoreApplication::translate\s*\(\s*"([^"]+)"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression call(QStringLiteral(R"re((?<![\w:])tr\s*\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression textStruct(
        QStringLiteral(R"re((?<![\w:])(\w+Text)::tr\s*\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    QList<TranslationLookup> lookups;
    for (auto it = direct.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        lookups.append({path, m.captured(1), literalText(m.captured(2))});
    }
    for (auto it = textStruct.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        lookups.append({path, m.captured(1), literalText(m.captured(2))});
    }
    const auto h = helper.match(code);
    if (h.hasMatch()) {
        for (auto it = call.globalMatch(code); it.hasNext();)
            lookups.append({path, h.captured(1), literalText(it.next().captured(1))});
    }
    return lookups;
}

} // namespace npufleet::test
