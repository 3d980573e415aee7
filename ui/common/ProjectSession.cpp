// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ProjectSession.h"

#include "core/project/Project.h"
#include "core/remote/SshCredentials.h"
#include "core/remote/TransportFactory.h"

#include "ui/main/Settings.h"

namespace npufleet::ui {

ProjectSession* ProjectSession::of(project::Project* project)
{
    if (auto* existing = project->findChild<ProjectSession*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ProjectSession(project);
}

ProjectSession::ProjectSession(project::Project* project)
    : QObject(project)
    , m_project(project)
    , m_credentials(std::make_shared<remote::InMemoryCredentials>())
{
    // Runs that still hold the old transport finish with it; the next one dials the new project's nodes.
    // The last project's benchmark runs are not this one's.
    connect(project, &project::Project::aboutToReset, this, [this] {
        m_transport.reset();
        m_benchRuns.clear();
    });
    // Another project keeps the deployment chosen when it has one of that name (the same project opened
    // again), otherwise starts on its first.
    connect(project, &project::Project::wasReset, this, &ProjectSession::followDeployments);
    connect(project, &project::Project::deploymentsChanged, this, &ProjectSession::followDeployments);
    followDeployments();
}

std::shared_ptr<remote::Transport> ProjectSession::transport()
{
    if (!m_transport) {
        remote::SshTransportOptions options;
        options.credentials = m_credentials;
        options.maxHandshakes = settings::maxHandshakes.value();
        options.defaultUser = settings::sshUser.value();
        options.defaultIdentityFile = settings::sshIdentityFile.value();
        options.knownHostsFile = settings::sshKnownHostsFile.value();
        options.connectTimeoutMs = settings::sshConnectTimeoutSeconds.value() * 1000;
        m_transport = remote::transportFor(m_project->data(), std::move(options));
    }
    return m_transport;
}

void ProjectSession::dropTransport()
{
    m_transport.reset();
}

void ProjectSession::setCurrentDeployment(const QString& name)
{
    if (name == m_current || (!name.isEmpty() && m_project->data().deploymentIndex(name) < 0))
        return;
    m_current = name;
    emit currentDeploymentChanged(name);
}

void ProjectSession::addBenchRuns(const QList<bench::BenchResult>& runs)
{
    if (runs.isEmpty())
        return;
    m_benchRuns << runs;
    emit benchRunsChanged();
}

void ProjectSession::clearBenchRuns()
{
    if (m_benchRuns.isEmpty())
        return;
    m_benchRuns.clear();
    emit benchRunsChanged();
}

void ProjectSession::followDeployments()
{
    const auto& deployments = m_project->data().deployments;
    if (!m_current.isEmpty() && m_project->data().deploymentIndex(m_current) >= 0)
        return;
    const QString first = deployments.isEmpty() ? QString() : deployments.first().name;
    if (first == m_current)
        return;
    m_current = first;
    emit currentDeploymentChanged(m_current);
}

} // namespace npufleet::ui
