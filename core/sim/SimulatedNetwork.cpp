// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedNetwork.h"

#include "core/sim/ServingProfile.h"
#include "core/sim/SimulatedExchange.h"
#include "core/sim/SimulatedServer.h"

namespace npufleet::sim {

bool isSimulated(const QUrl& url)
{
    return url.scheme() == QLatin1String(kScheme);
}

QString simulatedHost(const QString& nodeName)
{
    QString host;
    for (const QChar c : nodeName.toLower())
        host += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ? c : QLatin1Char('-');
    while (host.startsWith(QLatin1Char('-')) || host.startsWith(QLatin1Char('.')))
        host.remove(0, 1);
    return host.isEmpty() ? QStringLiteral("node") : host;
}

SimulatedNetwork& SimulatedNetwork::instance()
{
    static SimulatedNetwork network;
    return network;
}

QString SimulatedNetwork::key(const QUrl& url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(80));
}

QUrl SimulatedNetwork::serve(const project::ProjectData& data, const project::Deployment& deployment)
{
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    const int serving = data.servingPlacement(deployment);
    url.setHost(simulatedHost(serving < 0 ? QString() : deployment.placement.at(serving).node));
    url.setPort(deployment.serving.port);
    url.setPath(QStringLiteral("/v1"));
    const QMutexLocker lock(&m_mutex);
    Entry& e = m_servers[key(url)];
    if (!(e.deployment == deployment) || e.data.models != data.models) {
        e.server.reset(); // made again, from these settings, when first reached
        e.data = data;
        e.deployment = deployment;
    }
    return url;
}

QUrl SimulatedNetwork::serve(const QString& host, int port, std::shared_ptr<SimulatedServer> server)
{
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/v1"));
    const QMutexLocker lock(&m_mutex);
    Entry& e = m_servers[key(url)];
    e.deployment = {};
    e.server = std::move(server);
    return url;
}

std::shared_ptr<SimulatedServer> SimulatedNetwork::server(const QUrl& url)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_servers.find(key(url));
    if (it == m_servers.end())
        return {};
    if (!it->server && !it->deployment.name.isEmpty())
        it->server = std::make_shared<SimulatedServer>(profileFor(it->data, it->deployment),
                                                       qHash(it->deployment.name) + quint64(url.port()));
    return it->server;
}

SimulatedExchange*
SimulatedNetwork::open(const QUrl& url, const QByteArray& method, const QByteArray& body, QObject* parent)
{
    QString path = url.path();
    if (path.isEmpty())
        path = QStringLiteral("/");
    auto* exchange = new SimulatedExchange(server(url), method, path, body, parent);
    exchange->start();
    return exchange;
}

} // namespace npufleet::sim
