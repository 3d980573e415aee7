// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/FanOut.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>

#include "core/remote/LineSplitter.h"

namespace npufleet::remote {

ExecResult runSplitting(Transport& transport,
                        const cluster::Node& node,
                        const ExecRequest& request,
                        const std::atomic_bool& cancel,
                        const std::function<void(Stream, const QByteArray&)>& onLine)
{
    if (!onLine)
        return transport.execute(node, request, cancel);
    LineSplitter out([&](const QByteArray& line) { onLine(Stream::Stdout, line); });
    LineSplitter err([&](const QByteArray& line) { onLine(Stream::Stderr, line); });
    const ExecResult result = transport.execute(node, request, cancel, [&](Stream stream, const QByteArray& chunk) {
        (stream == Stream::Stdout ? out : err).feed(chunk);
    });
    out.finish();
    err.finish();
    return result;
}

FanOut::FanOut(std::shared_ptr<Transport> transport, QObject* parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<ExecResult>();
    qRegisterMetaType<Stream>();
}

FanOut::~FanOut()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void FanOut::setConcurrency(int concurrency)
{
    m_concurrency = qMax(0, concurrency);
}

void FanOut::start(const QList<cluster::Node>& nodes, const ExecRequest& request)
{
    if (m_pending > 0 || !m_transport)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_total = m_pending = int(nodes.size());
    m_results.clear();
    m_results.resize(nodes.size());
    m_pool.setMaxThreadCount(m_concurrency > 0 ? m_concurrency : qMax(1, int(nodes.size())));
    emit progress(0, m_total);
    if (nodes.isEmpty()) {
        emit finished();
        return;
    }
    QPointer<FanOut> self(this);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const cluster::Node node = nodes.at(i);
        m_results[i].node = node.name;
        m_pool.start([self, i, node, request, transport = m_transport, cancel = m_cancel] {
            QMetaObject::invokeMethod(
                self,
                [self, name = node.name] {
                    if (self)
                        emit self->nodeStarted(name);
                },
                Qt::QueuedConnection);
            const ExecResult result
                = runSplitting(*transport, node, request, *cancel, [&](Stream stream, const QByteArray& line) {
                      QMetaObject::invokeMethod(
                          self,
                          [self, name = node.name, stream, text = QString::fromUtf8(line)] {
                              if (self)
                                  emit self->outputLine(name, stream, text);
                          },
                          Qt::QueuedConnection);
                  });
            QMetaObject::invokeMethod(
                self,
                [self, i, name = node.name, result] {
                    if (!self)
                        return;
                    self->m_results[i].result = result;
                    --self->m_pending;
                    emit self->nodeFinished(name, result);
                    emit self->progress(self->m_total - self->m_pending, self->m_total);
                    if (self->m_pending == 0)
                        emit self->finished();
                },
                Qt::QueuedConnection);
        });
    }
}

void FanOut::cancel()
{
    m_cancel->store(true);
}

QList<FanOutResult> FanOut::run(Transport& transport,
                                const QList<cluster::Node>& nodes,
                                const ExecRequest& request,
                                const std::atomic_bool& cancel,
                                int concurrency,
                                const LineHandler& onLine,
                                const ResultHandler& onResult)
{
    QList<FanOutResult> results(nodes.size());
    QMutex callbackMutex; // handlers see one call at a time, so lines never interleave
    QThreadPool pool;
    pool.setMaxThreadCount(concurrency > 0 ? concurrency : qMax(1, int(nodes.size())));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        pool.start([&, i] {
            const cluster::Node& node = nodes.at(i);
            std::function<void(Stream, const QByteArray&)> lineHandler;
            if (onLine) {
                lineHandler = [&](Stream stream, const QByteArray& line) {
                    QMutexLocker lock(&callbackMutex);
                    onLine(node.name, stream, line);
                };
            }
            results[i] = {node.name, runSplitting(transport, node, request, cancel, lineHandler)};
            if (onResult) {
                QMutexLocker lock(&callbackMutex);
                onResult(results[i]);
            }
        });
    }
    pool.waitForDone();
    return results;
}

} // namespace npufleet::remote
