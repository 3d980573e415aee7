// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parser's states, one function each, as in expfmt/text_parse.go.
#include "core/monitoring/PromSyntax.h"
#include "core/monitoring/PromTextParser.h"
#include "core/util/Utf8.h"

namespace npufleet::monitoring::promtext {

Next Parser::startOfLine()
{
    ++m_line;
    m_lineStart = m_pos;
    m_mf = -1;
    m_insideBraces = m_namePresent = false;
    m_sampleName.clear();
    m_pairs.clear();
    m_allPairs.clear();
    m_work = PromMetric();
    m_target = -1;
    m_timestamp.reset();
    skipBlankTab();
    if (m_eof)
        return Next::Done; // the only place where the end of the input is expected
    if (m_cur == '#')
        return Next::StartComment;
    if (m_cur == '\n')
        return Next::StartOfLine;
    if (m_cur == '{') {
        m_insideBraces = true;
        return Next::ReadingLabels;
    }
    return Next::ReadingMetricName;
}

Next Parser::startComment()
{
    skipBlankTab();
    if (bad())
        return Next::Failed;
    if (m_cur == '\n')
        return Next::StartOfLine;
    readTokenUntilWhitespace();
    if (bad())
        return Next::Failed;
    if (m_cur == '\n')
        return Next::StartOfLine;
    const QByteArray keyword = m_token;
    if (keyword != "HELP" && keyword != "TYPE") {
        while (m_cur != '\n')
            if (!readByte())
                return Next::Failed;
        return Next::StartOfLine;
    }
    skipBlankTab();
    if (bad())
        return Next::Failed;
    readTokenAsName(true);
    if (bad())
        return Next::Failed;
    if (m_cur == '\n')
        return Next::StartOfLine;
    if (!isBlankOrTab(m_cur))
        return fault(MonitorText::tr("invalid metric name in comment"));
    setOrCreateFamily(m_token);
    if (bad())
        return Next::Failed;
    skipBlankTab();
    if (bad())
        return Next::Failed;
    if (m_cur == '\n')
        return Next::StartOfLine;
    return keyword == "HELP" ? Next::ReadingHelp : Next::ReadingType;
}

Next Parser::readingMetricName()
{
    readTokenAsName(true);
    if (bad())
        return Next::Failed;
    if (m_token.isEmpty())
        return fault(MonitorText::tr("invalid metric name"), m_tokenAt);
    m_sampleName = QString::fromUtf8(m_token);
    setOrCreateFamily(m_token);
    if (bad())
        return Next::Failed;
    if (!family().typeSet)
        family().typeSet = true; // untyped from here on: a later TYPE line is an error
    m_work = PromMetric();
    skipBlankTabIfCurrentBlankTab();
    if (bad())
        return Next::Failed;
    return Next::ReadingLabels;
}

Next Parser::readingLabels()
{
    if (special()) {
        m_labels.clear();
        m_labels.insert(QStringLiteral("__name__"), familyName());
        m_quantile = m_bucket = std::nan("");
    }
    return m_cur == '{' ? Next::StartLabelName : Next::ReadingValue;
}

Next Parser::startLabelName()
{
    skipBlankTab();
    if (bad())
        return Next::Failed;
    if (m_cur == '}') {
        if (m_mf < 0) {
            m_pairs.clear();
            return fault(MonitorText::tr("invalid metric name"));
        }
        m_work.labels += m_pairs;
        m_pairs.clear();
        skipBlankTab();
        return bad() ? Next::Failed : Next::ReadingValue;
    }
    readTokenAsName(false);
    if (bad())
        return Next::Failed;
    if (m_token.isEmpty())
        return fault(MonitorText::tr("invalid label name for metric %1").arg(goQuoted(familyName().toUtf8())),
                     m_tokenAt);
    skipBlankTabIfCurrentBlankTab();
    if (bad())
        return Next::Failed;
    if (m_cur != '=') {
        if (m_insideBraces) {
            if (m_namePresent)
                return fault(
                    MonitorText::tr("multiple metric names for metric %1").arg(goQuoted(familyName().toUtf8())));
            if (m_cur == ',' || m_cur == '}')
                return braceName(m_cur == '}');
            return fault(MonitorText::tr("unexpected end of metric name %1").arg(goQuotedByte(m_cur)));
        }
        m_pairs.clear();
        return fault(MonitorText::tr("expected '=' after label name, found %1").arg(goQuotedByte(m_cur)));
    }
    m_pairName = QString::fromUtf8(m_token);
    if (m_pairName == QLatin1String("__name__")) {
        m_pairs.clear();
        return fault(MonitorText::tr("label name \"__name__\" is reserved"), m_tokenAt);
    }
    if (!util::isValidUtf8(m_token)) {
        m_pairs.clear();
        return fault(MonitorText::tr("invalid label name %1").arg(goQuoted(m_token)), m_tokenAt);
    }
    const bool quantile = m_mf >= 0 && isSummary(family()) && m_pairName == QLatin1String("quantile");
    const bool le = m_mf >= 0 && isHistogram(family()) && m_pairName == QLatin1String("le");
    m_pairKept = !quantile && !le;
    if (m_pairKept) {
        for (const auto& [name, value] : std::as_const(m_pairs)) {
            if (name == m_pairName) {
                m_pairs.clear();
                return fault(
                    MonitorText::tr("duplicate label names for metric %1").arg(goQuoted(familyName().toUtf8())),
                    m_tokenAt);
            }
        }
        m_pairs.append({m_pairName, QString()});
    }
    return Next::StartLabelValue;
}

// A quoted metric name inside the braces ({"name", …} or {…, "name"}). expfmt reads the labels
// before it as if the family had no type; here they are read again once the family is known.
Next Parser::braceName(bool closing)
{
    setOrCreateFamily(m_token);
    if (bad()) {
        m_pairs.clear();
        return Next::Failed;
    }
    family().typeSet = true;
    m_work = PromMetric();
    m_namePresent = true;
    m_sampleName = QString::fromUtf8(m_token);
    if (special()) {
        readingLabels();
        const PromLabels written = m_allPairs;
        m_pairs.clear();
        for (const auto& [name, value] : written) {
            if (!specialLabel(name, value.toUtf8()))
                return Next::Failed;
            if (name != QLatin1String(isSummary(family()) ? "quantile" : "le"))
                m_pairs.append({name, value});
        }
    }
    if (!closing)
        return Next::StartLabelName;
    m_work.labels += m_pairs;
    m_pairs.clear();
    skipBlankTab();
    return bad() ? Next::Failed : Next::ReadingValue;
}

// A summary's quantile or a histogram's le becomes a number; other labels make the signature.
bool Parser::specialLabel(const QString& name, const QByteArray& value)
{
    if (m_mf < 0)
        return true;
    const bool summary = isSummary(family());
    if (!summary && !isHistogram(family()))
        return true;
    if (name == QLatin1String(summary ? "quantile" : "le")) {
        const std::optional<double> v = parsePromFloat(value);
        if (!v) {
            m_pairs.clear();
            fault(summary ? MonitorText::tr("expected float as value for 'quantile' label, got %1").arg(goQuoted(value))
                          : MonitorText::tr("expected float as value for 'le' label, got %1").arg(goQuoted(value)),
                  m_tokenAt);
            return false;
        }
        (summary ? m_quantile : m_bucket) = *v;
    } else {
        m_labels.insert(name, QString::fromUtf8(value));
    }
    return true;
}

Next Parser::startLabelValue()
{
    skipBlankTab();
    if (bad())
        return Next::Failed;
    if (m_cur != '"')
        return fault(MonitorText::tr("expected '\"' at start of label value, found %1").arg(goQuotedByte(m_cur)));
    readTokenAsLabelValue();
    if (bad())
        return Next::Failed;
    if (!util::isValidUtf8(m_token))
        return fault(MonitorText::tr("invalid label value %1").arg(goQuoted(m_token)), m_tokenAt);
    const QString value = QString::fromUtf8(m_token);
    if (m_pairKept)
        m_pairs.last().second = value;
    m_allPairs.append({m_pairName, value});
    if (!specialLabel(m_pairName, m_token))
        return Next::Failed;
    skipBlankTab();
    if (bad())
        return Next::Failed;
    if (m_cur == ',')
        return Next::StartLabelName;
    if (m_cur == '}') {
        if (m_mf < 0)
            return fault(MonitorText::tr("invalid metric name"));
        m_work.labels += m_pairs;
        m_pairs.clear();
        skipBlankTab();
        return bad() ? Next::Failed : Next::ReadingValue;
    }
    m_pairs.clear();
    return fault(MonitorText::tr("unexpected end of label value %1").arg(goQuoted(value.toUtf8())));
}

Next Parser::readingValue()
{
    Family& f = family();
    if (special()) {
        QString signature;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
            signature += it.key() + QChar(0xFFFF) + it.value() + QChar(0xFFFF);
        m_target = f.bySignature.value(signature, -1);
        if (m_target < 0) {
            f.f.metrics.append(m_work);
            m_target = f.f.metrics.size() - 1;
            f.bySignature.insert(signature, m_target);
        }
    } else {
        f.f.metrics.append(m_work);
        m_target = f.f.metrics.size() - 1;
    }
    readTokenUntilWhitespace();
    if (bad())
        return Next::Failed;
    const std::optional<double> parsed = parsePromFloat(m_token);
    if (!parsed)
        return fault(MonitorText::tr("expected float as value, got %1").arg(goQuoted(m_token)), m_tokenAt);
    m_value = *parsed;
    PromMetric& m = f.f.metrics[m_target];
    const QByteArray name = f.f.name.toUtf8();
    if (isSummary(f)) {
        if (m_summaryCount)
            m.count = std::trunc(m_value); // expfmt keeps it as an unsigned integer
        else if (m_summarySum)
            m.sum = m_value;
        else if (!std::isnan(m_quantile))
            m.quantiles.append({m_quantile, m_value});
    } else if (isHistogram(f)) {
        if (m_histogramCount) {
            if (m_value < 0)
                return fault(MonitorText::tr("negative count for histogram %1").arg(goQuoted(name)), m_tokenAt);
            m.count = m_value;
        } else if (m_histogramSum) {
            m.sum = m_value;
        } else if (!std::isnan(m_bucket)) {
            if (m_value < 0)
                return fault(MonitorText::tr("negative bucket population for histogram %1").arg(goQuoted(name)),
                             m_tokenAt);
            m.buckets.append({m_bucket, m_value});
        }
    } else {
        m.value = m_value;
    }
    if (m_cur == '\n') {
        record();
        return Next::StartOfLine;
    }
    return Next::StartTimestamp;
}

Next Parser::startTimestamp()
{
    skipBlankTab();
    if (bad())
        return Next::Failed;
    readTokenUntilWhitespace();
    if (bad())
        return Next::Failed;
    const std::optional<qint64> timestamp = parsePromTimestamp(m_token);
    if (!timestamp)
        return fault(MonitorText::tr("expected integer as timestamp, got %1").arg(goQuoted(m_token)), m_tokenAt);
    family().f.metrics[m_target].timestampMs = timestamp;
    m_timestamp = timestamp;
    readTokenUntilNewline(false);
    if (bad())
        return Next::Failed;
    if (!m_token.isEmpty())
        return fault(MonitorText::tr("spurious string after timestamp: %1").arg(goQuoted(m_token)), m_tokenAt);
    record();
    return Next::StartOfLine;
}

Next Parser::readingHelp()
{
    if (family().f.hasHelp)
        return fault(MonitorText::tr("second HELP line for metric name %1").arg(goQuoted(familyName().toUtf8())));
    readTokenUntilNewline(true);
    if (bad())
        return Next::Failed;
    family().f.help = QString::fromUtf8(m_token);
    family().f.hasHelp = true;
    return Next::StartOfLine;
}

Next Parser::readingType()
{
    if (family().typeSet)
        return fault(MonitorText::tr("second TYPE line for metric name %1, or TYPE reported after samples")
                         .arg(goQuoted(familyName().toUtf8())));
    readTokenUntilNewline(false);
    if (bad())
        return Next::Failed;
    const QByteArray type = m_token.toUpper();
    static const QHash<QByteArray, QString> types = {
        {"COUNTER", QStringLiteral("counter")},
        {"GAUGE", QStringLiteral("gauge")},
        {"SUMMARY", QStringLiteral("summary")},
        {"UNTYPED", QStringLiteral("untyped")},
        {"HISTOGRAM", QStringLiteral("histogram")},
        {"GAUGE_HISTOGRAM", QStringLiteral("gaugehistogram")},
        {"GAUGEHISTOGRAM", QStringLiteral("gaugehistogram")}, // OpenMetrics' spelling
    };
    const auto it = types.constFind(type);
    if (it == types.constEnd())
        return fault(MonitorText::tr("unknown metric type %1").arg(goQuoted(m_token)), m_tokenAt);
    family().f.type = *it;
    family().typeSet = true;
    return Next::StartOfLine;
}

} // namespace npufleet::monitoring::promtext
