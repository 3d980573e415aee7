// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text format 0.0.4 read as prometheus/common expfmt's TextParser reads it (expfmt/text_parse.go):
// the same states, in the same order, with the same messages. Where expfmt stops at the first
// error, this parser records it with its line and column, drops the line and the family the line
// belongs to, and goes on at the next line. Internal to parsePrometheusText.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <cmath>
#include <optional>

#include "core/monitoring/MonitorText.h"
#include "core/monitoring/PrometheusText.h"

namespace npufleet::monitoring::promtext {

enum class Next {
    StartOfLine,
    StartComment,
    ReadingMetricName,
    ReadingLabels,
    StartLabelName,
    StartLabelValue,
    ReadingValue,
    StartTimestamp,
    ReadingHelp,
    ReadingType,
    Failed,
    Done
};

struct Family
{
    PromFamily f;
    bool typeSet = false;
    bool bad = false;
    QHash<QString, qsizetype> bySignature; // summaries and histograms: labels without quantile/le
};

inline bool isSummary(const Family& f)
{
    return f.f.type == QLatin1String("summary");
}
inline bool isHistogram(const Family& f)
{
    return f.f.type == QLatin1String("histogram") || f.f.type == QLatin1String("gaugehistogram");
}

inline bool endsWith(const QByteArray& name, const char* suffix, qsizetype length)
{
    return name.size() > length && name.endsWith(suffix);
}

// prometheus/common expfmt's TextParser, state for state (see PromTextStates.cpp).
class Parser
{
public:
    explicit Parser(const QByteArray& in)
        : m_in(in)
    {
    }
    PromText run();

private:
    bool readByte();
    void skipBlankTab();
    void skipBlankTabIfCurrentBlankTab();
    void readTokenUntilWhitespace();
    void readTokenUntilNewline(bool escapes);
    void readTokenAsName(bool metric);
    void readTokenAsLabelValue();
    bool bad() const { return m_eof || m_fault; }
    // at: the byte the error is about; by default the one just read.
    Next fault(const QString& message, qsizetype at = -1);
    Next escapeFault()
    {
        return fault(MonitorText::tr("invalid escape sequence '\\%1'").arg(QChar::fromLatin1(m_cur)), m_pos - 2);
    }

    Next step(Next state);
    Next startOfLine();
    Next startComment();
    Next readingMetricName();
    Next readingLabels();
    Next startLabelName();
    Next braceName(bool closing);
    Next startLabelValue();
    bool specialLabel(const QString& name, const QByteArray& value);
    Next readingValue();
    Next startTimestamp();
    Next readingHelp();
    Next readingType();
    void setOrCreateFamily(const QByteArray& name);
    void record();

    Family& family() { return m_families[m_mf]; }
    QString familyName() const { return m_mf < 0 ? QString() : m_families.at(m_mf).f.name; }
    bool special() const { return m_mf >= 0 && (isSummary(m_families.at(m_mf)) || isHistogram(m_families.at(m_mf))); }

    const QByteArray& m_in;
    qsizetype m_pos = 0;
    char m_cur = 0;
    bool m_eof = false;
    std::optional<QString> m_fault;
    qsizetype m_faultAt = 0;
    QByteArray m_token;
    qsizetype m_tokenAt = 0; // where m_token began
    int m_line = 0;
    qsizetype m_lineStart = 0;

    QList<Family> m_families;
    QHash<QString, qsizetype> m_byName;
    QList<Error> m_errors;

    // The line being read.
    qsizetype m_mf = -1;
    bool m_insideBraces = false;
    bool m_namePresent = false;
    bool m_summaryCount = false, m_summarySum = false, m_histogramCount = false, m_histogramSum = false;
    QString m_sampleName;
    PromLabels m_pairs; // the metric's labels (no quantile/le in summaries/histograms)
    PromLabels m_allPairs; // every label as written
    QString m_pairName;
    bool m_pairKept = false;
    QMap<QString, QString> m_labels; // signature of a summary's/histogram's metric
    double m_quantile = std::nan("");
    double m_bucket = std::nan("");
    PromMetric m_work;
    qsizetype m_target = -1;
    double m_value = 0;
    std::optional<qint64> m_timestamp;
};

} // namespace npufleet::monitoring::promtext
