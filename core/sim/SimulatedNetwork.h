// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <memory>

#include "core/project/ProjectData.h"

class QObject;

namespace npufleet::sim {

class SimulatedExchange;
class SimulatedServer;

// The scheme of simulated endpoints: sim://NODE:PORT/v1 is the demo deployment that would listen on
// PORT of NODE. No socket is ever opened for it.
inline constexpr char kScheme[] = "sim";
bool isSimulated(const QUrl& url);

// The simulated network of this process: the servers of the open demo projects' deployments, found by
// the host and port of a sim:// URL. The clients (the playground's, the load generator's, the metrics
// poller's) are given URLs, as for real servers, and reach a simulated one through this registry, from
// any thread; it is to sim:// what the network is to http://, which is why it is one per process
// rather than passed around.
class SimulatedNetwork
{
public:
    static SimulatedNetwork& instance();

    // Serves a deployment of a demo project at its sim:// URL (returned). A deployment served before
    // with the same settings keeps its server (and its counters); changed settings replace it.
    QUrl serve(const project::ProjectData& data, const project::Deployment& deployment);
    // Serves a server made elsewhere (tests) at sim://host:port.
    QUrl serve(const QString& host, int port, std::shared_ptr<SimulatedServer> server);
    std::shared_ptr<SimulatedServer> server(const QUrl& url);

    // A started exchange with the server at url (method GET or POST; the body for POST).
    SimulatedExchange* open(const QUrl& url, const QByteArray& method, const QByteArray& body, QObject* parent);

private:
    struct Entry
    {
        project::ProjectData data; // what the server is made from, on first use
        project::Deployment deployment;
        std::shared_ptr<SimulatedServer> server;
    };
    static QString key(const QUrl& url);

    QMutex m_mutex;
    QHash<QString, Entry> m_servers;
};

// The host a node is reached under in sim:// URLs: its name, made a valid host name.
QString simulatedHost(const QString& nodeName);

} // namespace npufleet::sim
