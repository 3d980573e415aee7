// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/StepJob.h"

#include "core/remote/FanOut.h"

namespace npufleet::remote {

StepContext::StepContext(Transport& transport,
                         cluster::Node node,
                         const std::atomic_bool& cancel,
                         int timeoutMs,
                         QList<QByteArray> masked,
                         LineSink sink)
    : m_transport(transport)
    , m_node(std::move(node))
    , m_cancel(cancel)
    , m_timeoutMs(timeoutMs)
    , m_masked(std::move(masked))
    , m_sink(std::move(sink))
{
}

QByteArray StepContext::masked(QByteArray line) const
{
    for (const QByteArray& s : m_masked) {
        if (s.size() >= 4) // shorter values would mask ordinary words
            line.replace(s, "********");
    }
    return line;
}

void StepContext::print(Stream stream, const QByteArray& line)
{
    if (m_sink)
        m_sink(stream, masked(line));
}

ExecRequest StepContext::bounded(ExecRequest request) const
{
    if (request.timeoutMs <= 0)
        request.timeoutMs = m_timeoutMs;
    // A step that timed out or was cancelled must not run on behind the report.
    request.killOnStop = true;
    return request;
}

ExecResult StepContext::execQuiet(ExecRequest request)
{
    return m_transport.execute(m_node, bounded(std::move(request)), m_cancel);
}

ExecResult StepContext::exec(ExecRequest request, const LineSink& instead)
{
    request = bounded(std::move(request));
    if (!instead && !m_sink)
        return m_transport.execute(m_node, request, m_cancel);
    return runSplitting(m_transport, m_node, request, m_cancel, [&](Stream stream, const QByteArray& line) {
        if (instead)
            instead(stream, line);
        else
            print(stream, line);
    });
}

} // namespace npufleet::remote
