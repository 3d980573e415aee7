// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/EngineVersion.h"

#include <QRegularExpression>
#include <tuple>

namespace npufleet::recipes {

std::optional<EngineVersion> EngineVersion::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:rc(\\d+))?(?:[-+._].*)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    EngineVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    v.rc = m.captured(4).toInt();
    return v;
}

std::optional<EngineVersion> EngineVersion::fromImage(const QString& image)
{
    QString ref = image.section(QLatin1Char('@'), 0, 0);
    const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash)
        return std::nullopt; // no tag (a registry port is not one)
    return parse(ref.mid(colon + 1));
}

QString EngineVersion::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (rc > 0)
        s += QStringLiteral("rc%1").arg(rc);
    return s;
}

bool operator<(const EngineVersion& a, const EngineVersion& b)
{
    // A release (rc 0) comes after all of its release candidates.
    const auto key
        = [](const EngineVersion& v) { return std::make_tuple(v.major, v.minor, v.patch, v.rc == 0 ? 1 : 0, v.rc); };
    return key(a) < key(b);
}

} // namespace npufleet::recipes
