// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::remote {

// What a command is for, said by the code that writes it. It travels beside the shell text so that a
// node that is not a shell (the demo simulator) answers the purpose instead of parsing the text back;
// SSH runs the text and ignores it. Commands nobody describes (a user's `exec`) stay Unknown.
enum class CommandKind {
    Unknown,
    // What a node has (inventory, pre-flight)
    Hostname,
    Addresses, // ip -o -4 addr
    OsRelease, // path: the os-release file
    Memory, // free -b
    NpuSmi,
    NvidiaSmi,
    UserGroups, // id -un && id -Gn
    SudoCheck,
    Clock,
    CannVersion,
    DockerVersion,
    Containers, // docker ps: the names of the running containers
    DockerRuntimes,
    ImageId, // value: the image
    Firewall,
    TcpListeners,
    UdpListeners,
    ModelFiles, // path: the model folder
    ModelFile, // path: a small file of a model folder (config.json, its index, a quantization description)
    DiskFree, // path
    HccnQuery, // npu; field: hccn_tool's query (link, net_health, ip, gateway, netdetect, lldp, ping); value: ping
               // address
    HccnConf, // path
    // Shared storage (NFS)
    ReadFile, // path
    WriteFile, // path; value: its backup; the content is the standard input
    ListExports, // value: the server
    IsMountPoint, // path
    StorageSetup, // install, enable, export, mount: changes the node, prints nothing that matters
    WriteProbe, // path; value: the token written
    ReadProbe, // path
    RemoveProbe, // path
    ListFiles, // path: sizes of the files under it
    // Launch and stop
    DockerCheck,
    PullImage, // value: the image
    RemoveContainer, // value: the container
    RunContainer, // value: the container
    DockerAction, // exec, swarm init / join, stack deploy / rm: succeeds silently
    LaunchCheck, // a check a healthy node passes silently (firewall off, Swarm's runtime)
    PrintJoinToken, // prints the swarm's worker join token
    PrintToken, // prints a token a server generated
    PlaceFile, // path; the content is the standard input
    WaitReady, // waits until a server answers or a cluster formed
};

struct CommandIntent
{
    CommandKind kind = CommandKind::Unknown;
    int npu = -1;
    QString field;
    QString path;
    QString value;

    static CommandIntent of(CommandKind kind) { return {kind, -1, {}, {}, {}}; }
    static CommandIntent onPath(CommandKind kind, const QString& path) { return {kind, -1, {}, path, {}}; }
    static CommandIntent withValue(CommandKind kind, const QString& value) { return {kind, -1, {}, {}, value}; }
};

} // namespace npufleet::remote
