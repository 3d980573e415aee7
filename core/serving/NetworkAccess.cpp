// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/NetworkAccess.h"

#include "core/simulation/SimulatedNetwork.h"
#include "core/simulation/SimulatedReply.h"

namespace npufleet::serving {

NetworkAccess::NetworkAccess(QObject* parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply*
NetworkAccess::createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData)
{
    if (simulation::isSimulated(request.url()))
        return new simulation::SimulatedReply(operation, request, outgoingData ? outgoingData->readAll() : QByteArray(),
                                              this);
    return QNetworkAccessManager::createRequest(operation, request, outgoingData);
}

} // namespace npufleet::serving
