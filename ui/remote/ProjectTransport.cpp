// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remote/ProjectTransport.h"

#include "core/project/Project.h"
#include "core/remote/SshCredentials.h"
#include "core/remote/TransportFactory.h"

#include "ui/main/Settings.h"

namespace npufleet::ui {

ProjectTransport* ProjectTransport::of(project::Project* project)
{
    if (auto* existing = project->findChild<ProjectTransport*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ProjectTransport(project);
}

ProjectTransport::ProjectTransport(project::Project* project)
    : QObject(project)
    , m_project(project)
    , m_credentials(std::make_shared<remote::InMemoryCredentials>())
{
    // Runs that still hold the old transport finish with it; the next one dials the new project's nodes.
    connect(project, &project::Project::aboutToReset, this, [this] { m_transport.reset(); });
}

std::shared_ptr<remote::Transport> ProjectTransport::transport()
{
    if (!m_transport)
        m_transport = remote::transportFor(m_project->data(), m_credentials, settings::maxHandshakes.value());
    return m_transport;
}

} // namespace npufleet::ui
