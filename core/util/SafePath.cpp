// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SafePath.h"

#include <QStringList>

#include "core/util/ControlChars.h"
#include "core/util/SafeValueText.h"

namespace npufleet::safe {

namespace {
constexpr qsizetype kPathMax = 4096; // Linux PATH_MAX
}

bool hasParentPart(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

QString absolutePathProblem(const QString& path, PathUse use)
{
    if (path.isEmpty())
        return SafeValueText::tr("it is empty");
    if (path.contains(QChar(0)) || hasControl(path))
        return SafeValueText::tr("it holds a control character (a newline, NUL, escape or the like)");
    if (path.startsWith(QLatin1Char('-')))
        return SafeValueText::tr("it starts with '-', so a program would read it as an option");
    if (!path.startsWith(QLatin1Char('/')))
        return SafeValueText::tr("it must be an absolute path, starting with /");
    if (hasParentPart(path))
        return SafeValueText::tr("it must not contain a '..' part");
    if (path.size() > kPathMax)
        return SafeValueText::tr("it is longer than %1 characters").arg(kPathMax);
    switch (use) {
    case PathUse::Command:
        break;
    case PathUse::ConfigLine:
        for (const QChar c : {QLatin1Char('"'), QLatin1Char('\\'), QLatin1Char('#')}) {
            if (path.contains(c))
                return SafeValueText::tr("it holds '%1', which /etc/exports and /etc/fstab read as syntax").arg(c);
        }
        break;
    case PathUse::ContainerVolume:
        if (path.contains(QLatin1Char(':')))
            return SafeValueText::tr("it holds ':', which separates the parts of a container volume");
        break;
    }
    return {};
}

QString relativePathProblem(const QString& path)
{
    if (path.isEmpty())
        return SafeValueText::tr("it is empty");
    if (path.contains(QChar(0)) || hasControl(path))
        return SafeValueText::tr("it holds a control character (a newline, NUL, escape or the like)");
    if (path.startsWith(QLatin1Char('/')))
        return SafeValueText::tr("it must be a relative path");
    if (path.startsWith(QLatin1Char('-')))
        return SafeValueText::tr("it starts with '-', so a program would read it as an option");
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return SafeValueText::tr("it must not have an empty, '.' or '..' part");
    }
    return {};
}

} // namespace npufleet::safe
