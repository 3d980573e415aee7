// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/project/Deployment.h"
#include "core/recipes/ContainerSpec.h"
#include "core/recipes/KubeSpec.h"
#include "core/remote/CommandIntent.h"

namespace npufleet::recipes {

enum class StepPhase { Check, Prepare, Start, Wait, Stop };

// One thing to run on one node. Exactly one of argv, container or script says what:
// argv is a plain command (each word quoted when rendered), container a `docker run`,
// script a fragment of shell built only from quoted words (pipelines, loops, captures).
struct Step
{
    QString id; // unique in the plan: "<node>/<what>"
    QString node;
    QString purpose; // one line: why this step exists
    StepPhase phase = StepPhase::Start;
    QStringList argv;
    std::optional<ContainerSpec> container;
    QString script;
    QStringList waitsFor; // ids of steps (any node) that must have finished first
    QString captureAs; // the step prints a secret: keep it in this variable, never in a file
    QStringList needsSecrets; // variables that must be set when this step runs (${VAR} references)
    QString group; // which script of a split export it belongs to: "ray-head", "ray-worker", "serve", ...
    QByteArray input; // fed to the command's standard input (the content of a file the step places)
    // What an argv or script step is for (a container step says it itself): see commandIntent().
    remote::CommandIntent intent;

    // The step as one shell command (a docker run, a quoted argv, or the script).
    QString commandLine() const;
    // What the command is for, as the simulator answers it: a container's start, else `intent`.
    remote::CommandIntent commandIntent() const;
};

// What answers when the deployment is up.
struct HealthCheck
{
    QString node;
    QString host;
    int port = 0;
    QStringList paths; // GET each: "/health", "/v1/models"
    QStringList urls() const;
};

// A file a step expects on a node (a config, a stack file); the exporter writes it next to the scripts.
struct PlannedFile
{
    QString node; // empty: not tied to one node (e.g. a stack file for the manager)
    QString name; // file name in the export folder
    QString targetPath; // where it must be on the node ("" = the folder the scripts run in)
    QString purpose;
    QByteArray content;
};

// One service of a Docker Swarm stack (rendered as vllm-stack.yml by core/exporting).
struct StackService
{
    ContainerSpec container;
    QString node; // placement constraint: node.hostname == node
    QString nodeName; // the project's name of that node
    int genericNpus = 0; // NPUs reserved as Swarm generic resources (kind NPU); 0 = none
    // Swarm ignores shm_size: /dev/shm is a tmpfs mount of this size instead. 0 = none.
    qint64 shmBytes = 0;
    QString mode = QStringLiteral("replicated");
    int replicas = 1;
    int publishedPort = 0; // published in host mode; 0 = none
};

struct StackSpec
{
    QString fileName; // vllm-stack.yml
    QString stackName;
    QString network; // overlay network
    QList<StackService> services;
};

struct NodePlan
{
    QString node;
    QString host;
    QString user;
    bool head = false;
    QList<Step> start;
    QList<Step> stop;
    // What must be free on the node before the start (pre-flight checks them): TCP ports the deployment
    // listens on, and Swarm's own ports (held by dockerd once the swarm runs, else free).
    QList<int> ports;
    QList<int> swarmPorts;
    QList<int> swarmUdpPorts;
};

struct LaunchPlan
{
    QString deployment;
    project::Engine engine = project::Engine::VllmAscend;
    QString image;
    QString engineVersion; // as read from the image tag, empty when none
    QList<NodePlan> nodes; // head first
    QList<PlannedFile> files;
    std::optional<StackSpec> stack; // Swarm only
    std::optional<KubeSpec> kube; // the Kubernetes form, for engines that have one
    QString kubeProblem; // why there is none although the engine has one
    HealthCheck health;
    QStringList notes; // things the user should know (unchecked version, ignored options)
    // One-time node set-up the user does before the first start (Markdown lines for the runbook), e.g.
    // making the Ascend Docker Runtime Docker's default runtime for Swarm.
    QStringList setup;

    const NodePlan* nodePlan(const QString& node) const;
    // All start steps in an order that honours waitsFor (stable: head first, then by node).
    QList<Step> orderedStartSteps() const;
    // Stop steps in reverse dependency order: the serving node first, the head last.
    QList<Step> orderedStopSteps() const;
    // Every container that a start step runs, for compose / stack writers.
    QList<ContainerSpec> containers(const QString& node) const;
    // Adds the ${VAR} references of containers (and of the stack's services, to the step that deploys
    // the stack) to their steps' needsSecrets: scripts check them, the launcher sends them on stdin.
    void collectSecretReferences();
};

QString phaseKey(StepPhase phase);

} // namespace npufleet::recipes
