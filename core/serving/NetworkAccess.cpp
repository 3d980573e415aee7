// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/NetworkAccess.h"

#include "core/sim/SimulatedNetwork.h"
#include "core/sim/SimulatedReply.h"

namespace npufleet::serving {

NetworkAccess::NetworkAccess(QObject* parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply*
NetworkAccess::createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData)
{
    if (sim::isSimulated(request.url()))
        return new sim::SimulatedReply(operation, request, outgoingData ? outgoingData->readAll() : QByteArray(), this);
    return QNetworkAccessManager::createRequest(operation, request, outgoingData);
}

} // namespace npufleet::serving
