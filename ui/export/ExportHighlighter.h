// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace npufleet::ui {

// Colours the exported files in the preview: shell (comments, quoted strings, $variables, a few
// keywords such as `export`, --flags), YAML (keys, comments, strings) and Markdown (headings, code).
// A small per-line lexer, not a parser: quotes that run over a line end are carried in the block state.
class ExportHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Plain, Shell, Yaml, Markdown };

    explicit ExportHighlighter(QTextDocument* document);

    // Picks the language from the file name (.sh, .yml/.yaml, .md) and re-highlights.
    void setFileName(const QString& fileName);
    Language language() const { return m_language; }
    // Lighter colours for a dark base colour.
    void setDarkBackground(bool dark);

    static Language languageFor(const QString& fileName);

protected:
    void highlightBlock(const QString& text) override;

private:
    void highlightShell(const QString& text);
    void highlightYaml(const QString& text);
    void highlightMarkdown(const QString& text);
    // From `from` (just after an opening quote, or the line start when continuing), returns the
    // index after the closing quote, or -1 when the string goes on past the line end.
    int shellStringEnd(const QString& text, int from, QChar quote, bool escapes);
    void shellVariables(const QString& text, int from, int to);
    void makeFormats();

    Language m_language = Language::Plain;
    bool m_dark = false;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_variable;
    QTextCharFormat m_keyword;
    QTextCharFormat m_flag;
    QTextCharFormat m_key;
    QTextCharFormat m_heading;
};

} // namespace npufleet::ui
