// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SafeWord.h"

#include <QRegularExpression>

#include "core/util/ConfigLineValue.h"
#include "core/util/ControlChars.h"
#include "core/util/SafeValueText.h"

namespace npufleet::safe {

namespace {
QString control()
{
    return SafeValueText::tr("it holds a control character (a newline, NUL, escape or the like)");
}

QString dash()
{
    return SafeValueText::tr("it starts with '-', so a program would read it as an option");
}

QString empty()
{
    return SafeValueText::tr("it is empty");
}

// The common start of every check: not empty, one line, not an option.
QString wordProblem(const QString& word)
{
    if (word.isEmpty())
        return empty();
    if (word.contains(QChar(0)) || hasControl(word))
        return control();
    if (word.startsWith(QLatin1Char('-')))
        return dash();
    return {};
}
} // namespace

QString nameProblem(const QString& name)
{
    if (QString why = wordProblem(name); !why.isEmpty())
        return why;
    if (name.startsWith(QLatin1Char('.')))
        return SafeValueText::tr("it starts with '.', so as a file name it would be hidden or name a folder above");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return SafeValueText::tr("it holds '/' or '\\', so as a file name it would name another folder");
    if (name.size() > 128)
        return SafeValueText::tr("it is longer than %1 characters").arg(128);
    return {};
}

QString hostProblem(const QString& host)
{
    if (QString why = wordProblem(host); !why.isEmpty())
        return why;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:\\[\\]%-]{1,253}$"));
    if (!valid.match(host).hasMatch())
        return SafeValueText::tr("a host is a name or an address: letters, digits and . - _ : only");
    return {};
}

QString userProblem(const QString& user)
{
    if (QString why = wordProblem(user); !why.isEmpty())
        return why;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,63}\\$?$"));
    if (!valid.match(user).hasMatch())
        return SafeValueText::tr("a user name is letters, digits and . _ - @ only");
    return {};
}

QString interfaceProblem(const QString& name)
{
    if (QString why = wordProblem(name); !why.isEmpty())
        return why;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:@-]{1,15}$"));
    if (!valid.match(name).hasMatch())
        return SafeValueText::tr("an interface name is at most 15 letters, digits and . _ - : @");
    return {};
}

QString imageProblem(const QString& image)
{
    if (QString why = wordProblem(image); !why.isEmpty())
        return why;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,511}$"));
    if (!valid.match(image).hasMatch())
        return SafeValueText::tr("an image is [registry/]name[:tag][@digest]: letters, digits and . _ / : @ + - only");
    return {};
}

QString operandProblem(const QString& value)
{
    if (QString why = wordProblem(value); !why.isEmpty())
        return why;
    return lineValueProblem(value);
}

QString argumentProblem(const QString& value)
{
    // An inline chat template spans lines; quoting keeps it one argument. Other controls have no business here.
    for (QChar c : value) {
        if (isControl(c) && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return control();
    }
    return {};
}

QString bareFileNameProblem(const QString& name)
{
    if (QString why = wordProblem(name); !why.isEmpty())
        return why;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (!valid.match(name).hasMatch())
        return SafeValueText::tr("it must be a bare file name: letters, digits and . _ - only, no folder");
    return {};
}

} // namespace npufleet::safe
