// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/Diagnosis.h"

#include <QHash>
#include <QSet>
#include <algorithm>

#include "core/checks/ErrorCodes.h"
#include "core/checks/ErrorFamilies.h"
#include "core/checks/LogLines.h"

namespace npufleet::checks {

namespace {

// A log of any size gives a bounded answer (docs/limits.md: the log itself may be 256 MiB).
constexpr qsizetype kMaxCodes = 64; // distinct codes followed
constexpr qsizetype kMaxCodesPerSignature = 16; // codes kept from the lines a signature matched

// Where a finding ranks: lower first, then by line.
enum Tier { Cause = 0, FollowUp = 1, Wrapper = 2 };

struct Ranked
{
    Finding finding;
    Tier tier = Cause;
};

// "EZ9999: Inner Error!" only announces the lines that follow: quote the first line of a code that says more.
bool saysMoreThanInnerError(const QString& line, const CodeHit& hit)
{
    const QString after = line.mid(hit.position + hit.code.size());
    return !after.contains(QLatin1String("Inner Error"), Qt::CaseInsensitive);
}

// The code a signature's finding carries: a CANN code on one of its lines wins over a wrapper's.
QString bestCode(const QList<CodeHit>& hits)
{
    for (const CodeHit& h : hits) {
        if (h.kind == CodeKind::Cann)
            return h.code;
    }
    for (const CodeHit& h : hits) {
        if (h.kind != CodeKind::Plog && !h.code.isEmpty())
            return h.code;
    }
    return {};
}

class Diagnoser
{
public:
    Diagnoser(QByteArrayView log, const QList<Signature>& signatures, Language language)
        : m_lines(splitLog(log))
        , m_signatures(signatures)
        , m_language(language)
    {
    }

    QList<Finding> run();

private:
    void matchSignatures(int index, const QList<CodeHit>& hits);
    void noteCodes(int index, const QList<CodeHit>& hits);
    QList<Ranked> codeFindings() const;
    Finding located(Finding f, int index, qsizetype at) const;

    QList<LogLine> m_lines;
    const QList<Signature>& m_signatures;
    Language m_language;

    QList<Ranked> m_found; // signature findings, in the order first seen
    QHash<QString, int> m_signatureAt; // id -> index in m_found
    QHash<QString, QList<CodeHit>> m_signatureCodes; // id -> codes on the lines it matched
    QSet<QString> m_explained; // codes on lines a signature matched

    struct CodeSeen
    {
        CodeHit hit;
        int index = -1; // first line that says more than "Inner Error!", else the first line
        bool informative = false;
    };
    QList<QString> m_codeOrder;
    QHash<QString, CodeSeen> m_codes;
};

Finding Diagnoser::located(Finding f, int index, qsizetype at) const
{
    f.line = m_lines.at(index).number;
    f.evidence = evidenceAt(m_lines.at(index).text, at);
    f.context = contextAfter(m_lines, index, at);
    return f;
}

void Diagnoser::matchSignatures(int index, const QList<CodeHit>& hits)
{
    const QString& line = m_lines.at(index).text;
    for (const Signature& s : m_signatures) {
        for (const QRegularExpression& re : s.patterns) {
            const QRegularExpressionMatch m = re.match(line);
            if (!m.hasMatch())
                continue;
            for (const CodeHit& h : hits)
                m_explained.insert(h.code);
            QList<CodeHit>& codes = m_signatureCodes[s.id];
            if (codes.size() < kMaxCodesPerSignature)
                codes << hits;
            if (!m_signatureAt.contains(s.id)) {
                Finding f;
                f.id = s.id;
                f.title = s.title.text(m_language);
                f.explanation = s.explanation.text(m_language);
                f.fix = s.fix.text(m_language);
                m_signatureAt.insert(s.id, int(m_found.size()));
                m_found << Ranked {located(f, index, m.capturedStart()), s.followUp ? FollowUp : Cause};
            }
            break;
        }
    }
}

void Diagnoser::noteCodes(int index, const QList<CodeHit>& hits)
{
    for (const CodeHit& h : hits) {
        const QString key = h.kind == CodeKind::Plog ? QStringLiteral("plog:") + h.module : h.code;
        const bool informative = saysMoreThanInnerError(m_lines.at(index).text, h);
        auto it = m_codes.find(key);
        if (it == m_codes.end() && m_codes.size() >= kMaxCodes)
            continue;
        if (it == m_codes.end()) {
            m_codeOrder << key;
            m_codes.insert(key, CodeSeen {h, index, informative});
        } else if (!it->informative && informative) {
            *it = CodeSeen {h, index, true};
        }
    }
}

QList<Ranked> Diagnoser::codeFindings() const
{
    QList<Ranked> out;
    for (const QString& key : m_codeOrder) {
        const CodeSeen& seen = m_codes.value(key);
        if (!seen.hit.code.isEmpty() && m_explained.contains(seen.hit.code))
            continue;
        const Finding f = located(familyFinding(seen.hit, m_language), seen.index, seen.hit.position);
        out << Ranked {f, isWrapper(seen.hit.kind) ? Wrapper : Cause};
    }
    return out;
}

QList<Finding> Diagnoser::run()
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).text.isEmpty())
            continue;
        const QList<CodeHit> hits = findCodes(m_lines.at(i).text);
        matchSignatures(i, hits);
        noteCodes(i, hits);
    }
    // Drop symptoms explained by a root cause that was found too.
    QSet<QString> suppressed;
    for (const Signature& s : m_signatures) {
        if (!m_signatureAt.contains(s.id))
            continue;
        for (const QString& cause : s.suppressedBy) {
            if (m_signatureAt.contains(cause))
                suppressed.insert(s.id);
        }
    }
    QList<Ranked> ranked;
    for (Ranked r : std::as_const(m_found)) {
        if (suppressed.contains(r.finding.id))
            continue;
        r.finding.code = bestCode(m_signatureCodes.value(r.finding.id));
        ranked << r;
    }
    ranked << codeFindings();
    // Wrappers only say that a call failed: when anything else names the failure, they add nothing.
    const bool named = std::any_of(ranked.cbegin(), ranked.cend(), [](const Ranked& r) { return r.tier != Wrapper; });
    if (named)
        ranked.removeIf([](const Ranked& r) { return r.tier == Wrapper; });
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return a.tier != b.tier ? a.tier < b.tier : a.finding.line < b.finding.line;
    });
    QList<Finding> findings;
    for (const Ranked& r : std::as_const(ranked))
        findings << r.finding;
    return findings;
}

} // namespace

QList<Finding> diagnoseLog(QByteArrayView log, const QList<Signature>& signatures, Language language)
{
    return Diagnoser(log, signatures, language).run();
}

QList<Finding> diagnoseLog(QByteArrayView log, Language language)
{
    return diagnoseLog(log, builtinSignatures(), language);
}

} // namespace npufleet::checks
