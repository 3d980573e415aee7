// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportHighlighter.h"

#include <QColor>
#include <QFont>
#include <QRegularExpression>

namespace npufleet::ui {

namespace {
// Block states: what a line leaves open for the next one.
enum State { Normal = 0, InSingle = 1, InDouble = 2, InAnsi = 3, InFence = 4 };

bool isShellMeta(QChar c)
{
    return c.isSpace() || c == u';' || c == u'|' || c == u'&' || c == u'(' || c == u')' || c == u'<' || c == u'>';
}

// Length of the variable reference starting at text[i] == '$', 0 when it is none ($( or a lone $).
int variableLength(const QString& text, int i)
{
    const int n = int(text.size());
    if (i + 1 >= n)
        return 0;
    const QChar next = text.at(i + 1);
    if (next == u'{') {
        const int close = int(text.indexOf(u'}', i + 2));
        return close < 0 ? n - i : close - i + 1;
    }
    if (next.isLetter() || next == u'_') {
        int j = i + 2;
        while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == u'_'))
            ++j;
        return j - i;
    }
    if (next.isDigit() || QStringView(u"@#?*!$-").contains(next))
        return 2;
    return 0;
}

bool isShellKeyword(QStringView word)
{
    static const QStringList keywords {
        QStringLiteral("export"), QStringLiteral("set"),   QStringLiteral("if"),    QStringLiteral("then"),
        QStringLiteral("else"),   QStringLiteral("elif"),  QStringLiteral("fi"),    QStringLiteral("for"),
        QStringLiteral("in"),     QStringLiteral("do"),    QStringLiteral("done"),  QStringLiteral("while"),
        QStringLiteral("until"),  QStringLiteral("case"),  QStringLiteral("esac"),  QStringLiteral("function"),
        QStringLiteral("return"), QStringLiteral("exit"),  QStringLiteral("local"), QStringLiteral("readonly"),
        QStringLiteral("trap"),   QStringLiteral("shift"), QStringLiteral("unset"), QStringLiteral("source"),
        QStringLiteral("echo"),   QStringLiteral("printf")};
    return keywords.contains(word);
}
} // namespace

ExportHighlighter::ExportHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    makeFormats();
}

ExportHighlighter::Language ExportHighlighter::languageFor(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".sh")) || lower.endsWith(QLatin1String(".bash")))
        return Language::Shell;
    if (lower.endsWith(QLatin1String(".yml")) || lower.endsWith(QLatin1String(".yaml")))
        return Language::Yaml;
    if (lower.endsWith(QLatin1String(".md")))
        return Language::Markdown;
    return Language::Plain;
}

void ExportHighlighter::setFileName(const QString& fileName)
{
    m_language = languageFor(fileName);
    rehighlight();
}

void ExportHighlighter::setDarkBackground(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    makeFormats();
    rehighlight();
}

void ExportHighlighter::makeFormats()
{
    auto colour = [this](const char* light, const char* dark) { return QColor(QLatin1String(m_dark ? dark : light)); };
    m_comment = {};
    m_comment.setForeground(colour("#6a737d", "#8b949e"));
    m_comment.setFontItalic(true);
    m_string = {};
    m_string.setForeground(colour("#1a7f37", "#7ee787"));
    m_variable = {};
    m_variable.setForeground(colour("#b35900", "#ffa657"));
    m_keyword = {};
    m_keyword.setForeground(colour("#8250df", "#d2a8ff"));
    m_keyword.setFontWeight(QFont::Bold);
    m_flag = {};
    m_flag.setForeground(colour("#0550ae", "#79c0ff"));
    m_key = {};
    m_key.setForeground(colour("#0550ae", "#79c0ff"));
    m_key.setFontWeight(QFont::DemiBold);
    m_heading = {};
    m_heading.setForeground(colour("#24292f", "#e6edf3"));
    m_heading.setFontWeight(QFont::Bold);
}

void ExportHighlighter::highlightBlock(const QString& text)
{
    setCurrentBlockState(Normal);
    switch (m_language) {
    case Language::Shell:
        highlightShell(text);
        break;
    case Language::Yaml:
        highlightYaml(text);
        break;
    case Language::Markdown:
        highlightMarkdown(text);
        break;
    case Language::Plain:
        break;
    }
}

int ExportHighlighter::shellStringEnd(const QString& text, int from, QChar quote, bool escapes)
{
    const int n = int(text.size());
    for (int j = from; j < n; ++j) {
        if (escapes && text.at(j) == u'\\')
            ++j;
        else if (text.at(j) == quote)
            return j + 1;
    }
    return -1;
}

void ExportHighlighter::shellVariables(const QString& text, int from, int to)
{
    for (int j = from; j < to; ++j) {
        if (text.at(j) == u'\\') {
            ++j;
        } else if (text.at(j) == u'$') {
            const int length = qMin(variableLength(text, j), to - j);
            if (length > 0)
                setFormat(j, length, m_variable);
        }
    }
}

void ExportHighlighter::highlightShell(const QString& text)
{
    const int n = int(text.size());
    int i = 0;
    bool wordStart = true;
    // A quoted string that an earlier line left open.
    const int open = previousBlockState();
    if (open == InSingle || open == InDouble || open == InAnsi) {
        const QChar quote = open == InDouble ? u'"' : u'\'';
        const int end = shellStringEnd(text, 0, quote, open != InSingle);
        const int to = end < 0 ? n : end;
        setFormat(0, to, m_string);
        if (open == InDouble)
            shellVariables(text, 0, to);
        if (end < 0) {
            setCurrentBlockState(open);
            return;
        }
        i = end;
        wordStart = false;
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (isShellMeta(c)) {
            wordStart = true;
            ++i;
        } else if (c == u'#' && wordStart) {
            setFormat(i, n - i, m_comment);
            return;
        } else if (c == u'\\') {
            i += 2;
            wordStart = false;
        } else if (c == u'\'' || c == u'"' || (c == u'$' && i + 1 < n && text.at(i + 1) == u'\'')) {
            const bool ansi = c == u'$';
            const QChar quote = ansi ? u'\'' : c;
            const int start = i;
            const int end = shellStringEnd(text, i + (ansi ? 2 : 1), quote, c != u'\'');
            const int to = end < 0 ? n : end;
            setFormat(start, to - start, m_string);
            if (c == u'"')
                shellVariables(text, start, to);
            if (end < 0) {
                setCurrentBlockState(ansi ? InAnsi : (c == u'"' ? InDouble : InSingle));
                return;
            }
            i = end;
            wordStart = false;
        } else if (c == u'$') {
            const int length = variableLength(text, i);
            if (length > 0)
                setFormat(i, length, m_variable);
            i += qMax(length, 1);
            wordStart = false;
        } else if (wordStart) {
            int j = i;
            while (j < n && !isShellMeta(text.at(j)) && !QStringView(u"'\"$\\").contains(text.at(j)))
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (isShellKeyword(word)) {
                setFormat(i, j - i, m_keyword);
            } else if (word.size() > 1 && word.at(0) == u'-' && (word.at(1).isLetter() || word.at(1) == u'-')) {
                const qsizetype eq = word.indexOf(u'=');
                setFormat(i, int(eq < 0 ? word.size() : eq), m_flag);
            }
            i = qMax(j, i + 1);
            wordStart = false;
        } else {
            ++i;
        }
    }
}

void ExportHighlighter::highlightYaml(const QString& text)
{
    const int n = int(text.size());
    int i = 0;
    bool keyPossible = true; // at the line start, after "- ", '{' or ','
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(i, n - i, m_comment);
            return;
        } else if (c == u'-' && (i + 1 == n || text.at(i + 1) == u' ') && keyPossible) {
            ++i;
        } else if (c == u'{' || c == u',' || c == u'[') {
            keyPossible = c != u'[';
            ++i;
        } else if (c == u'"' || c == u'\'') {
            const int end = shellStringEnd(text, i + 1, c, c == u'"');
            const int to = end < 0 ? n : end;
            const bool isKey = keyPossible && to < n && text.at(to) == u':';
            setFormat(i, to - i, isKey ? m_key : m_string);
            i = to;
            keyPossible = false;
        } else {
            // A plain scalar: up to ": ", a flow separator or " #".
            int j = i;
            while (j < n) {
                const QChar d = text.at(j);
                if (d == u':' && (j + 1 == n || text.at(j + 1) == u' '))
                    break;
                if ((d == u',' || d == u'}' || d == u']') && !keyPossible)
                    break;
                if (d == u'#' && j > i && text.at(j - 1).isSpace())
                    break;
                ++j;
            }
            if (keyPossible && j < n && text.at(j) == u':') {
                setFormat(i, j - i, m_key);
                i = j + 1;
            } else {
                i = qMax(j, i + 1);
            }
            keyPossible = false;
        }
    }
}

void ExportHighlighter::highlightMarkdown(const QString& text)
{
    const bool fence = text.startsWith(QLatin1String("```"));
    if (previousBlockState() == InFence) {
        setFormat(0, int(text.size()), m_string);
        setCurrentBlockState(fence ? Normal : InFence);
        return;
    }
    if (fence) {
        setFormat(0, int(text.size()), m_string);
        setCurrentBlockState(InFence);
        return;
    }
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    static const QRegularExpression code(QStringLiteral("`[^`]+`"));
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
}

} // namespace npufleet::ui
