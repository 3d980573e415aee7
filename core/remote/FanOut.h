// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

#include "core/cluster/Node.h"
#include "core/remote/Transport.h"

namespace npufleet::remote {

struct FanOutResult
{
    QString node;
    ExecResult result;
};

// Runs one command on many nodes at once: one job per node on a thread pool (at most `concurrency`
// at a time; 0 = all), so that a failed or unreachable node never holds up or fails the others.
// Output comes back line by line and results node by node, as queued signals.
class FanOut : public QObject
{
    Q_OBJECT
public:
    explicit FanOut(std::shared_ptr<Transport> transport, QObject* parent = nullptr);
    ~FanOut() override;

    void setConcurrency(int concurrency);
    void start(const QList<cluster::Node>& nodes, const ExecRequest& request);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    QList<FanOutResult> results() const { return m_results; } // in node order, once finished

    using LineHandler = std::function<void(const QString& node, Stream stream, const QByteArray& line)>;
    using ResultHandler = std::function<void(const FanOutResult& result)>;
    // The blocking form, for the CLI: handlers are called from worker threads, one call at a time.
    static QList<FanOutResult> run(Transport& transport,
                                   const QList<cluster::Node>& nodes,
                                   const ExecRequest& request,
                                   const std::atomic_bool& cancel,
                                   int concurrency = 0,
                                   const LineHandler& onLine = {},
                                   const ResultHandler& onResult = {});

signals:
    void nodeStarted(const QString& node);
    void outputLine(const QString& node, npufleet::remote::Stream stream, const QString& line);
    void nodeFinished(const QString& node, const npufleet::remote::ExecResult& result);
    void progress(int done, int total);
    void finished();

private:
    std::shared_ptr<Transport> m_transport;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<FanOutResult> m_results;
    int m_concurrency = 0;
    int m_pending = 0;
    int m_total = 0;
};

// Runs request on node with a line splitter per stream: the shared body of both forms.
ExecResult runSplitting(Transport& transport,
                        const cluster::Node& node,
                        const ExecRequest& request,
                        const std::atomic_bool& cancel,
                        const std::function<void(Stream, const QByteArray&)>& onLine);

} // namespace npufleet::remote
