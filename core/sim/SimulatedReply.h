// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QPointer>

namespace npufleet::sim {

class SimulatedExchange;

// A QNetworkReply for a sim:// URL: the exchange with the simulated server, seen through the reply
// interface that the OpenAI client and the metrics poller already read (status, content type,
// readyRead as bytes come, finished).
class SimulatedReply : public QNetworkReply
{
    Q_OBJECT
public:
    SimulatedReply(QNetworkAccessManager::Operation operation,
                   const QNetworkRequest& request,
                   const QByteArray& body,
                   QObject* parent = nullptr);
    ~SimulatedReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void fail(NetworkError code, const QString& message);
    void end();

    QPointer<SimulatedExchange> m_exchange;
    QByteArray m_buffer;
};

} // namespace npufleet::sim
