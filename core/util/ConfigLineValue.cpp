// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ConfigLineValue.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include "core/util/ControlChars.h"
#include "core/util/SafeValueText.h"

namespace npufleet::safe {

namespace {
constexpr qsizetype kLineMax = 4096;
}

QString lineValueProblem(const QString& value)
{
    if (value.contains(QChar(0)) || hasControl(value))
        return SafeValueText::tr("it holds a control character (a newline, NUL, escape or the like)");
    if (value.size() > kLineMax)
        return SafeValueText::tr("it is longer than %1 characters").arg(kLineMax);
    return {};
}

QString exportClientProblem(const QString& value)
{
    if (value.isEmpty())
        return SafeValueText::tr("it is empty");
    if (QString why = lineValueProblem(value); !why.isEmpty())
        return why;
    if (value.startsWith(QLatin1Char('-')))
        return SafeValueText::tr("it starts with '-', so a program would read it as an option");
    // Host names, IPv4/IPv6 addresses and networks, wildcards, netgroups.
    static const QRegularExpression client(QStringLiteral("^[A-Za-z0-9_.*?@\\[\\]:/-]{1,255}$"));
    if (!client.match(value).hasMatch())
        return SafeValueText::tr("it must be one host, address, network (10.0.0.0/24), wildcard or @netgroup, "
                                 "without spaces, parentheses or quotes");
    return {};
}

QString optionListProblem(const QString& value)
{
    if (value.isEmpty())
        return SafeValueText::tr("it is empty");
    if (QString why = lineValueProblem(value); !why.isEmpty())
        return why;
    static const QRegularExpression list(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*(=[A-Za-z0-9_.:/@+%=-]*)?"
                                                        "(,[A-Za-z0-9_][A-Za-z0-9_.-]*(=[A-Za-z0-9_.:/@+%=-]*)?)*$"));
    if (!list.match(value).hasMatch())
        return SafeValueText::tr("it must be a comma-separated list of name or name=value options, without spaces, "
                                 "quotes, '#' or parentheses");
    return {};
}

QString envNameProblem(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!valid.match(name).hasMatch())
        return SafeValueText::tr("an environment variable name is letters, digits and _, not starting with a digit");
    return {};
}

QString envValueProblem(const QString& value)
{
    return lineValueProblem(value);
}

QString jsonObjectProblem(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return SafeValueText::tr("it is not valid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset);
    if (!doc.isObject())
        return SafeValueText::tr("it must be a JSON object, {...}");
    return {};
}

} // namespace npufleet::safe
