// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/HelpText.h"

#include <QFile>
#include <QRegularExpression>

#include "core/util/Translations.h"

namespace npufleet::ui::help {

QString readmeSections(const QString& readme, const QStringList& titles)
{
    QStringList kept;
    bool keep = titles.isEmpty();
    const QStringList lines = readme.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("## ")))
            keep = titles.isEmpty() || titles.contains(line.mid(3).trimmed());
        if (keep)
            kept << line;
    }
    QString text = kept.join(QLatin1Char('\n'));
    // Pictures live in the source tree, not in the program; links to files there would lead nowhere.
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression fileLink(QStringLiteral("\\[([^\\]]*)\\]\\((?!https?:)[^)]*\\)"));
    text.remove(image);
    text.replace(fileLink, QStringLiteral("\\1"));
    return text.trimmed() + QLatin1Char('\n');
}

namespace {

QString resource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool chinese()
{
    return installedLanguage().startsWith(QLatin1String("zh"));
}

} // namespace

QString bundledReadme()
{
    return resource(QStringLiteral(":/help/README.md"));
}

QString bundledChineseGuide()
{
    return resource(QStringLiteral(":/help/translations/README.zh_CN.md"));
}

QString guideMarkdown()
{
    if (chinese())
        return readmeSections(bundledChineseGuide(), {});
    const QString readme = bundledReadme();
    const qsizetype end = readme.indexOf(QLatin1String("\n## Code layout"));
    return readmeSections(end > 0 ? readme.left(end) : readme, {});
}

QString cliMarkdown()
{
    if (chinese())
        return readmeSections(bundledChineseGuide(), {QStringLiteral("命令行"), QStringLiteral("项目文件")});
    return readmeSections(bundledReadme(), {QStringLiteral("Command line"), QStringLiteral("Project files")});
}

} // namespace npufleet::ui::help
