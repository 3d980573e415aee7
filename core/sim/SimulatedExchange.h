// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "core/sim/SimulatedResponse.h"

class QTimer;

namespace npufleet::sim {

class SimulatedServer;

// One HTTP exchange with a simulated server, played in the thread it lives in: the response's head
// and body pieces go out (as signals) when the server's plan says, each with that time. Nothing here
// waits; a precise timer wakes it for the next piece. Aborting, or deleting it, mid-reply tells the
// server that the client went away.
class SimulatedExchange : public QObject
{
    Q_OBJECT
public:
    // server null: nothing answers at that address (failed() follows).
    SimulatedExchange(std::shared_ptr<SimulatedServer> server,
                      QByteArray method,
                      QString path,
                      QByteArray body,
                      QObject* parent = nullptr);
    ~SimulatedExchange() override;

    // Plans the answer and starts playing it; the first signal comes from the event loop.
    void start();
    void abort();

signals:
    void headReady(int status, const QByteArray& contentType, npufleet::serving::SteadyClock::time_point at);
    void dataReady(const QByteArray& bytes, npufleet::serving::SteadyClock::time_point at);
    void finished();
    void failed(const QString& message);

private:
    void pump();

    std::shared_ptr<SimulatedServer> m_server;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    std::optional<SimulatedResponse> m_response;
    QTimer* m_timer;
    int m_next = 0; // next piece
    bool m_headSent = false;
    bool m_done = false;
};

} // namespace npufleet::sim
