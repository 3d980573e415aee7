// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

namespace npufleet::project {
class Project;
}
namespace npufleet::remote {
class InMemoryCredentials;
class Transport;
} // namespace npufleet::remote

namespace npufleet::ui {

// The open project's one transport, shared by inventory, pre-flight, launch and the NFS wizard, so that
// SSH sessions, trusted host keys and a password given once serve them all. Another project gets a new
// transport; secrets given in this run stay in memory (they belong to user@host, not to a project).
class ProjectTransport : public QObject
{
    Q_OBJECT
public:
    // The holder of this project's transport, made on first use as the project's child.
    static ProjectTransport* of(project::Project* project);

    // Null when this build cannot reach real nodes.
    std::shared_ptr<remote::Transport> transport();
    const std::shared_ptr<remote::InMemoryCredentials>& credentials() const { return m_credentials; }

private:
    explicit ProjectTransport(project::Project* project);

    project::Project* m_project;
    std::shared_ptr<remote::InMemoryCredentials> m_credentials;
    std::shared_ptr<remote::Transport> m_transport;
};

} // namespace npufleet::ui
