// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedExchange.h"

#include <QTimer>
#include <cmath>

#include "core/sim/SimulatedServer.h"
#include "core/sim/SimulatedText.h"

namespace npufleet::sim {

SimulatedExchange::SimulatedExchange(
    std::shared_ptr<SimulatedServer> server, QByteArray method, QString path, QByteArray body, QObject* parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SimulatedExchange::pump);
}

SimulatedExchange::~SimulatedExchange()
{
    abort();
}

void SimulatedExchange::start()
{
    if (!m_server) {
        m_done = true;
        QTimer::singleShot(0, this, [this] {
            emit failed(SimulationText::tr("no simulated server answers at this address (open its demo project)"));
        });
        return;
    }
    m_response = SimulatedResponse::answer(*m_server, m_method, m_path, m_body);
    m_timer->start(0);
}

void SimulatedExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    if (m_server && m_response && m_response->requestId())
        m_server->abort(*m_response->requestId(), m_server->now());
}

void SimulatedExchange::pump()
{
    if (m_done || !m_response)
        return;
    const SimulatedResponse& r = *m_response;
    // Everything due goes out now, each piece with its own time: a late wake-up (a busy thread)
    // does not move the server's timing, as kernel timestamps do for a real socket.
    const double now = m_server->now();
    if (!m_headSent) {
        if (r.headersAt() > now)
            return m_timer->start(int(std::ceil((r.headersAt() - now) * 1000)));
        m_headSent = true;
        emit headReady(r.status(), r.contentType(), m_server->timeAt(r.headersAt()));
        if (m_done)
            return; // the receiver aborted
    }
    const int count = r.pieceCount();
    while (m_next < count) {
        const double at = r.pieceAt(m_next);
        if (at > now) {
            // Whole milliseconds, rounded down: a piece sent up to a millisecond early is stamped
            // with its own time, never earlier than planned.
            return m_timer->start(std::max(0, int((at - now) * 1000)));
        }
        const QByteArray bytes = r.piece(m_next++);
        emit dataReady(bytes, m_server->timeAt(at));
        if (m_done)
            return;
    }
    m_done = true;
    emit finished();
}

} // namespace npufleet::sim
