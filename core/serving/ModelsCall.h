// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include "core/serving/ChatTypes.h"

class QNetworkAccessManager;

class QTimer;

namespace npufleet::serving {

// GET /v1/models. Deletes itself after finished().
class ModelsCall : public QObject
{
    Q_OBJECT
public:
    ModelsCall(QNetworkAccessManager* manager, Endpoint endpoint, Timeouts timeouts, QObject* parent = nullptr);
    ~ModelsCall() override;
    void start();
    void cancel();

signals:
    void finished(const npufleet::serving::ModelsResult& result);

private:
    void onFinished();

    QNetworkAccessManager* m_manager;
    Endpoint m_endpoint;
    Timeouts m_timeouts;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer;
    ServingError m_localError;
};

} // namespace npufleet::serving
