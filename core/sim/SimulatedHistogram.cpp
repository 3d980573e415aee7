// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedHistogram.h"

#include <charconv>
#include <cmath>

namespace npufleet::sim {

SimulatedHistogram::SimulatedHistogram(QList<double> bounds)
    : m_bounds(std::move(bounds))
    , m_counts(m_bounds.size() + 1, 0.0)
{
}

void SimulatedHistogram::observe(double value, double times)
{
    qsizetype i = 0;
    while (i < m_bounds.size() && value > m_bounds.at(i))
        ++i;
    m_counts[i] += times;
    m_sum += value * times;
    m_count += times;
}

QByteArray SimulatedHistogram::lines(const QByteArray& name, const QByteArray& labels) const
{
    QByteArray out;
    double cumulative = 0;
    for (qsizetype i = 0; i <= m_bounds.size(); ++i) {
        cumulative += m_counts.at(i);
        const QByteArray le = i < m_bounds.size() ? promNumber(m_bounds.at(i)) : QByteArrayLiteral("+Inf");
        out += name + "_bucket{" + labels + ",le=\"" + le + "\"} " + promNumber(cumulative) + '\n';
    }
    out += name + "_count{" + labels + "} " + promNumber(m_count) + '\n';
    out += name + "_sum{" + labels + "} " + promNumber(m_sum) + '\n';
    return out;
}

QList<double> SimulatedHistogram::ttftBounds()
{
    return {0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1,  0.25,  0.5,   0.75,
            1.0,   2.5,   5.0,  7.5,  10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0};
}

QList<double> SimulatedHistogram::tpotBounds()
{
    return {0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0};
}

QList<double> SimulatedHistogram::e2eBounds()
{
    return {0.3,  0.5,  0.8,  1.0,  1.5,   2.0,   2.5,   5.0,   10.0,   15.0,  20.0,
            30.0, 40.0, 50.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0};
}

QByteArray promNumber(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    // Python's repr(float) first: whole numbers below 1e16 in full with ".0", else the shortest
    // round trip, in exponent form outside [1e-4, 1e16).
    char buffer[64];
    QByteArray s;
    const double magnitude = std::fabs(value);
    if (value == std::floor(value) && magnitude < 1e16) {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 0);
        s = QByteArray(buffer, r.ptr - buffer) + ".0";
    } else {
        const bool exponent = magnitude >= 1e16 || magnitude < 1e-4;
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value,
                                     exponent ? std::chars_format::scientific : std::chars_format::fixed);
        s = QByteArray(buffer, r.ptr - buffer);
    }
    // prometheus_client's floatToGoString: Go switches to exponents after six digits.
    const qsizetype dot = s.indexOf('.');
    if (value > 0 && dot > 6) {
        QByteArray mantissa = s.left(1) + '.' + s.mid(1, dot - 1) + s.mid(dot + 1);
        while (mantissa.endsWith('0'))
            mantissa.chop(1);
        if (mantissa.endsWith('.'))
            mantissa.chop(1);
        return mantissa + "e+0" + QByteArray::number(dot - 1);
    }
    return s;
}

} // namespace npufleet::sim
