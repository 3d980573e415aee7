// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/BenchRunner.h"

#include <QThread>

#include "core/bench/FileLimit.h"
#include "core/bench/LoadGenerator.h"

namespace npufleet::bench {

BenchRunner::BenchRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<LiveSample>();
    qRegisterMetaType<BenchResult>();
}

BenchRunner::~BenchRunner()
{
    m_cancelled = true;
    if (m_generator)
        QMetaObject::invokeMethod(m_generator, &LoadGenerator::cancel, Qt::QueuedConnection);
    stopThread();
}

void BenchRunner::start(const BenchConfig& config, const QList<BenchRequest>& requests)
{
    startSweep(config, requests, {SweepPoint {config.requestRate, config.maxConcurrency}});
}

void BenchRunner::startSweep(const BenchConfig& config,
                             const QList<BenchRequest>& requests,
                             const QList<SweepPoint>& points)
{
    if (isRunning())
        return;
    m_config = config;
    m_requests = requests;
    m_points = points;
    m_results.clear();
    m_point = 0;
    m_cancelled = false;
    raiseFileLimit(4096);
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("bench-loadgen"));
        m_thread->start();
    }
    startPoint();
}

void BenchRunner::cancel()
{
    m_cancelled = true;
    if (m_generator)
        QMetaObject::invokeMethod(m_generator, &LoadGenerator::cancel, Qt::QueuedConnection);
}

void BenchRunner::startPoint()
{
    BenchConfig config = m_config;
    config.requestRate = m_points.at(m_point).requestRate;
    config.maxConcurrency = m_points.at(m_point).maxConcurrency;
    auto* generator = new LoadGenerator(config, m_requests);
    generator->moveToThread(m_thread);
    m_generator = generator;
    connect(generator, &LoadGenerator::warmupFinished, this, &BenchRunner::warmupFinished);
    connect(generator, &LoadGenerator::requestFinished, this, &BenchRunner::requestFinished);
    connect(generator, &LoadGenerator::finished, this, &BenchRunner::onRunFinished);
    connect(generator, &LoadGenerator::finished, generator, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, generator, &QObject::deleteLater); // destroyed mid-run
    emit runStarted(m_point, int(m_requests.size()));
    QMetaObject::invokeMethod(generator, &LoadGenerator::start, Qt::QueuedConnection);
}

void BenchRunner::onRunFinished(const BenchResult& result)
{
    m_generator = nullptr;
    m_results.append(result);
    emit runFinished(m_point, result);
    if (!m_cancelled && ++m_point < m_points.size())
        return startPoint();
    emit allFinished(m_results);
}

void BenchRunner::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace npufleet::bench
