// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedReply.h"

#include <algorithm>
#include <cstring>

#include "core/sim/SimulatedExchange.h"
#include "core/sim/SimulatedNetwork.h"
#include "core/sim/SimulatedText.h"

namespace npufleet::sim {

namespace {

// What QNetworkAccessManager's HTTP backend makes of a status (qnetworkreplyhttpimpl.cpp).
QNetworkReply::NetworkError errorFor(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::UnknownContentError;
    }
}

} // namespace

SimulatedReply::SimulatedReply(QNetworkAccessManager::Operation operation,
                               const QNetworkRequest& request,
                               const QByteArray& body,
                               QObject* parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const QByteArray method = operation == QNetworkAccessManager::PostOperation ? QByteArrayLiteral("POST")
        : operation == QNetworkAccessManager::GetOperation                      ? QByteArrayLiteral("GET")
        : operation == QNetworkAccessManager::HeadOperation                     ? QByteArrayLiteral("HEAD")
        : operation == QNetworkAccessManager::PutOperation                      ? QByteArrayLiteral("PUT")
                                                                                : QByteArrayLiteral("DELETE");
    m_exchange = SimulatedNetwork::instance().open(request.url(), method, body, this);
    // The request is on its way at once, as on a connected socket (whatever the answer's delay).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isFinished())
                emit requestSent();
        },
        Qt::QueuedConnection);
    connect(m_exchange, &SimulatedExchange::headReady, this,
            [this](int status, const QByteArray& contentType, serving::SteadyClock::time_point) {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
                setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                             status == 200 ? QByteArrayLiteral("OK") : QByteArray());
                if (!contentType.isEmpty())
                    setHeader(QNetworkRequest::ContentTypeHeader, contentType);
                emit metaDataChanged();
                if (status >= 400)
                    setError(errorFor(status),
                             SimulationText::tr("the simulated server at %1 answered HTTP %2")
                                 .arg(url().toString())
                                 .arg(status));
            });
    connect(m_exchange, &SimulatedExchange::dataReady, this,
            [this](const QByteArray& bytes, serving::SteadyClock::time_point) {
                m_buffer += bytes;
                emit readyRead();
            });
    connect(m_exchange, &SimulatedExchange::finished, this, [this] {
        if (error() != NoError)
            emit errorOccurred(error());
        end();
    });
    connect(m_exchange, &SimulatedExchange::failed, this,
            [this](const QString& message) { fail(HostNotFoundError, message); });
}

SimulatedReply::~SimulatedReply() = default;

void SimulatedReply::fail(NetworkError code, const QString& message)
{
    if (isFinished())
        return;
    setError(code, message);
    emit errorOccurred(code);
    end();
}

void SimulatedReply::end()
{
    if (isFinished())
        return;
    setFinished(true);
    emit finished();
}

void SimulatedReply::abort()
{
    if (isFinished())
        return;
    if (m_exchange)
        m_exchange->abort();
    fail(OperationCanceledError, SimulationText::tr("stopped"));
}

qint64 SimulatedReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 SimulatedReply::readData(char* data, qint64 maxSize)
{
    if (m_buffer.isEmpty())
        return isFinished() ? -1 : 0;
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

} // namespace npufleet::sim
