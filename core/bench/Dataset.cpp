// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/Dataset.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <random>

#include "core/bench/BenchError.h"
#include "core/bench/BenchText.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

namespace npufleet::bench {

namespace {

// Our own draws, so that a seed means the same requests whatever the standard library does.
quint64 uniformInt(std::mt19937_64& rng, quint64 low, quint64 high)
{
    return low + rng() % (high - low + 1);
}

template<typename T>
void shuffle(QList<T>& list, std::mt19937_64& rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(uniformInt(rng, 0, quint64(i))));
}

// Common English words that are one token each in the usual BPE vocabularies (with the leading space).
const char* const s_words[] = {
    "the",   "of",     "and",     "to",    "in",    "is",   "was",   "for",     "on",     "that",    "with", "as",
    "by",    "at",     "from",    "his",   "her",   "they", "this",  "had",     "not",    "are",     "but",  "one",
    "all",   "were",   "when",    "we",    "there", "can",  "an",    "your",    "which",  "their",   "said", "if",
    "will",  "each",   "about",   "how",   "up",    "out",  "them",  "then",    "she",    "many",    "some", "so",
    "these", "would",  "other",   "into",  "has",   "more", "two",   "like",    "him",    "see",     "time", "could",
    "no",    "make",   "than",    "first", "been",  "its",  "who",   "now",     "people", "my",      "made", "over",
    "did",   "down",   "only",    "way",   "find",  "use",  "may",   "water",   "long",   "little",  "very", "after",
    "words", "called", "just",    "where", "most",  "know", "get",   "through", "back",   "much",    "go",   "good",
    "new",   "write",  "our",     "me",    "man",   "too",  "any",   "day",     "same",   "right",   "look", "think",
    "also",  "around", "another", "came",  "come",  "work", "three", "word",    "must",   "because", "does", "part",
};
constexpr quint64 s_wordCount = sizeof(s_words) / sizeof(s_words[0]);

QString wordsFrom(quint64 start, int count)
{
    QString text;
    text.reserve(count * 6);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += QLatin1String(s_words[(start + quint64(i)) % s_wordCount]);
    }
    return text;
}

Result<QList<BenchRequest>> makeRandom(const DatasetConfig& c)
{
    if (c.inputLen < 1 || c.outputLen < 1 || c.rangeRatio < 0 || c.rangeRatio >= 1 || c.prefixLen < 0)
        return inputError(BenchText::tr("random dataset: lengths must be at least 1 and the range ratio in [0, 1)"));
    std::mt19937_64 rng(c.seed);
    const auto low = [&](int len) { return quint64(std::max(1.0, std::floor(len * (1 - c.rangeRatio)))); };
    const auto high = [&](int len) { return quint64(std::floor(len * (1 + c.rangeRatio))); };
    const QString prefix = c.prefixLen > 0 ? wordsFrom(uniformInt(rng, 0, s_wordCount - 1), c.prefixLen) : QString();
    QList<BenchRequest> out;
    out.reserve(c.numPrompts);
    for (int i = 0; i < c.numPrompts; ++i) {
        const int in = int(uniformInt(rng, low(c.inputLen), high(c.inputLen)));
        const int outLen = int(uniformInt(rng, low(c.outputLen), high(c.outputLen)));
        const quint64 offset = uniformInt(rng, 0, s_wordCount - 1) + quint64(i);
        BenchRequest r;
        r.prompt = prefix.isEmpty() ? wordsFrom(offset, in) : prefix + QLatin1Char(' ') + wordsFrom(offset, in);
        r.promptLen = c.prefixLen + in;
        r.expectedOutputLen = c.fixedOutputLen.value_or(outLen);
        out.append(r);
    }
    return out;
}

Result<QByteArray> readAll(const QString& path)
{
    return util::readLimited(path, limits::kDatasetFileBytes, BenchText::tr("the dataset"));
}

// Prompts are made before the run starts: refuse counts and lengths that would not fit in memory.
Result<void> checkSizes(const DatasetConfig& c)
{
    using namespace limits;
    if (c.numPrompts < 1 || c.numPrompts > kMaxPrompts)
        return inputError(
            BenchText::tr("--num-prompts must be from 1 to %1, not %2").arg(kMaxPrompts).arg(c.numPrompts));
    const QList<QPair<const char*, int>> lengths {
        {"random-input-len", c.inputLen}, {"random-output-len", c.outputLen}, {"random-prefix-len", c.prefixLen}};
    for (const auto& [name, value] : lengths) {
        if (value > kMaxTokensPerPrompt)
            return inputError(BenchText::tr("--%1 must be at most %2 tokens, not %3")
                                  .arg(QLatin1String(name))
                                  .arg(kMaxTokensPerPrompt)
                                  .arg(value));
    }
    if (c.kind == DatasetConfig::Kind::Random) {
        const double perPrompt = double(c.prefixLen) + double(c.inputLen) * (1 + qBound(0.0, c.rangeRatio, 1.0));
        const double total = perPrompt * c.numPrompts;
        if (total > double(kMaxDatasetTokens))
            return inputError(BenchText::tr("%1 prompts of up to %2 tokens are %3 tokens, more than the %4 that "
                                            "a benchmark run holds")
                                  .arg(c.numPrompts)
                                  .arg(qint64(perPrompt))
                                  .arg(qint64(total))
                                  .arg(kMaxDatasetTokens));
    }
    return {};
}

// As vLLM: first human turn is the prompt, the reply's length the output length; pairs too short
// or too long for a 2048-token context are skipped.
Result<QList<BenchRequest>> makeShareGpt(const DatasetConfig& c)
{
    const Result<QByteArray> bytes = readAll(c.path);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        const int line = int(bytes->left(parseError.offset).count('\n')) + 1;
        return inputError(BenchText::tr("not a ShareGPT JSON list: %1").arg(parseError.errorString()), c.path, line);
    }
    QList<QPair<QString, QString>> pairs;
    for (const QJsonValue& v : doc.array()) {
        const QJsonArray turns = v.toObject().value(QStringLiteral("conversations")).toArray();
        if (turns.size() < 2)
            continue;
        pairs.append({turns.at(0).toObject().value(QStringLiteral("value")).toString(),
                      turns.at(1).toObject().value(QStringLiteral("value")).toString()});
    }
    std::mt19937_64 rng(c.seed);
    shuffle(pairs, rng);
    QList<BenchRequest> out;
    for (const auto& [prompt, reply] : std::as_const(pairs)) {
        if (out.size() >= c.numPrompts)
            break;
        const int promptLen = estimateTokens(prompt);
        const int outputLen = c.fixedOutputLen.value_or(estimateTokens(reply));
        if (promptLen < 4 || (!c.fixedOutputLen && outputLen < 4))
            continue;
        if (promptLen > 1024 || promptLen + outputLen > 2048)
            continue;
        out.append({prompt, promptLen, outputLen});
    }
    if (out.isEmpty())
        return inputError(BenchText::tr("the ShareGPT file has no usable conversations"), c.path);
    return out;
}

// One prompt per line, or JSONL objects with "prompt" (or "text") and optional "output_len"/"max_tokens".
Result<QList<BenchRequest>> makeCustom(const DatasetConfig& c)
{
    const Result<QByteArray> bytes = readAll(c.path);
    if (!bytes)
        return bytes.error();
    QList<BenchRequest> all;
    int lineNo = 0;
    for (const QByteArray& raw : bytes->split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        BenchRequest r;
        r.expectedOutputLen = c.fixedOutputLen.value_or(c.outputLen);
        if (line.startsWith('{')) {
            QJsonParseError e;
            const QJsonObject obj = QJsonDocument::fromJson(line, &e).object();
            if (e.error != QJsonParseError::NoError)
                return inputError(BenchText::tr("bad JSON line: %1").arg(e.errorString()), c.path, lineNo,
                                  int(e.offset) + 1);
            r.prompt = obj.value(QStringLiteral("prompt")).toString(obj.value(QStringLiteral("text")).toString());
            if (r.prompt.isEmpty())
                return inputError(BenchText::tr("the JSON line has no \"prompt\""), c.path, lineNo);
            const int len = obj.value(QStringLiteral("output_len"))
                                .toInt(obj.value(QStringLiteral("max_tokens")).toInt(r.expectedOutputLen));
            if (!c.fixedOutputLen)
                r.expectedOutputLen = len;
        } else {
            r.prompt = QString::fromUtf8(line);
        }
        r.promptLen = estimateTokens(r.prompt);
        all.append(r);
    }
    if (all.isEmpty())
        return inputError(BenchText::tr("the prompts file is empty"), c.path);
    std::mt19937_64 rng(c.seed);
    shuffle(all, rng);
    // Fewer prompts than asked for: go round again, as a benchmark wants its count.
    QList<BenchRequest> out;
    for (int i = 0; i < c.numPrompts; ++i)
        out.append(all.at(i % all.size()));
    return out;
}

} // namespace

std::optional<DatasetConfig::Kind> datasetKindFromName(const QString& name)
{
    if (name == QLatin1String("random"))
        return DatasetConfig::Kind::Random;
    if (name == QLatin1String("sharegpt"))
        return DatasetConfig::Kind::ShareGpt;
    if (name == QLatin1String("custom") || name == QLatin1String("prompts"))
        return DatasetConfig::Kind::Custom;
    return std::nullopt;
}

int estimateTokens(const QString& text)
{
    int cjk = 0;
    int other = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF))
            ++cjk;
        else
            ++other;
    }
    return cjk + (other + 3) / 4;
}

Result<QList<BenchRequest>> makeDataset(const DatasetConfig& config)
{
    if (config.numPrompts < 1)
        return inputError(BenchText::tr("the number of prompts must be at least 1"));
    if (Result<void> sized = checkSizes(config); !sized)
        return sized.error();
    switch (config.kind) {
    case DatasetConfig::Kind::Random:
        return makeRandom(config);
    case DatasetConfig::Kind::ShareGpt:
        return makeShareGpt(config);
    case DatasetConfig::Kind::Custom:
        break;
    }
    return makeCustom(config);
}

} // namespace npufleet::bench
