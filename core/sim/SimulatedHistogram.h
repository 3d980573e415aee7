// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace npufleet::sim {

// A classic Prometheus histogram as prometheus_client keeps it: cumulative buckets, sum and count.
class SimulatedHistogram
{
public:
    explicit SimulatedHistogram(QList<double> bounds);

    void observe(double value, double times = 1);
    // The _bucket, _count and _sum lines with these labels (e.g. `engine="0",model_name="m"`).
    QByteArray lines(const QByteArray& name, const QByteArray& labels) const;

    // vLLM's buckets (vllm/v1/metrics/loggers.py).
    static QList<double> ttftBounds();
    static QList<double> tpotBounds();
    static QList<double> e2eBounds();

private:
    QList<double> m_bounds;
    QList<double> m_counts; // per bucket, not cumulative; one more for +Inf
    double m_sum = 0;
    double m_count = 0;
};

// A number as Python's prometheus_client writes it: repr(float), "12.0", "1.048576e+06", "+Inf".
QByteArray promNumber(double value);

} // namespace npufleet::sim
