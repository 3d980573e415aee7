// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two demo projects as ProjectData values, for the recipe and export tests
// (the shipped YAML demos hold the same content).

#include "core/project/ProjectData.h"

namespace npufleet::test {

inline cluster::Node
demoNode(const QString& name, const QString& ip, const QString& nic, bool head, const QString& chip, qint64 hbmMib)
{
    cluster::Node n;
    n.name = name;
    n.host = ip;
    n.user = QStringLiteral("root");
    n.role = head ? cluster::NodeRole::Head : cluster::NodeRole::Worker;
    n.clusterInterface = nic;
    n.interfaces << cluster::NetworkInterface {nic, ip, 24};
    n.hardware.server = QStringLiteral("Atlas 800I A2");
    n.hardware.cpu = QStringLiteral("Kunpeng 920");
    n.hardware.os = QStringLiteral("openEuler 22.03");
    n.hardware.vendor = cluster::Vendor::Ascend;
    n.hardware.chip = chip;
    n.hardware.acceleratorCount = 8;
    n.hardware.memoryMibPerAccelerator = hbmMib;
    return n;
}

inline project::ProjectData atlasLab()
{
    project::ProjectData p;
    p.name = QStringLiteral("Atlas lab");
    p.demo = true;
    for (int i = 106; i <= 110; ++i)
        p.nodes << demoNode(QStringLiteral("atlas-%1").arg(i), QStringLiteral("172.16.33.%1").arg(i),
                            QStringLiteral("enp189s0f0"), i == 106, QStringLiteral("910B4"), 32768);
    const QString image = QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.2rc1");
    project::ModelSource qwen3;
    qwen3.id = QStringLiteral("qwen3-30b-a3b");
    qwen3.name = QStringLiteral("Qwen3-30B-A3B");
    qwen3.path = QStringLiteral("/models/Qwen3-30B-A3B");
    qwen3.quantization = QStringLiteral("bf16");
    project::ModelSource coder;
    coder.id = QStringLiteral("qwen25-coder-32b");
    coder.name = QStringLiteral("Qwen2.5-Coder-32B-Instruct");
    coder.path = QStringLiteral("/models/Qwen2.5-Coder-32B-Instruct");
    coder.quantization = QStringLiteral("bf16");
    p.models << qwen3 << coder;

    project::Deployment a;
    a.name = QStringLiteral("qwen3-30b-a3b");
    a.model = qwen3.id;
    a.engine = project::Engine::VllmAscend;
    a.image = image;
    a.placement << project::Placement {QStringLiteral("atlas-106"), {0, 1, 2, 3}};
    a.layout.tp = 4;
    a.layout.ep = true;
    a.serving.port = 8001;
    a.serving.maxModelLen = 32768;
    a.serving.servedModelName = a.name;
    a.environment << qMakePair(QStringLiteral("HCCL_BUFFSIZE"), QStringLiteral("1024"))
                  << qMakePair(QStringLiteral("PYTORCH_NPU_ALLOC_CONF"), QStringLiteral("max_split_size_mb:256"));
    project::Deployment b;
    b.name = QStringLiteral("qwen25-coder-32b");
    b.model = coder.id;
    b.engine = project::Engine::VllmAscend;
    b.image = image;
    b.placement << project::Placement {QStringLiteral("atlas-106"), {4, 5, 6, 7}};
    b.layout.tp = 4;
    b.serving.port = 8002;
    b.serving.maxModelLen = 16384;
    b.serving.servedModelName = b.name;
    b.environment << qMakePair(QStringLiteral("PYTORCH_NPU_ALLOC_CONF"), QStringLiteral("max_split_size_mb:256"));
    p.deployments << a << b;
    return p;
}

// Two Atlas 800 A2 64 GB servers serving DeepSeek-R1 W8A8 as DP2 x TP8 with expert parallel, with the
// serving options of the vllm-ascend multi-node guide's example (as resources/demo/deepseek-2node.yaml).
inline project::ProjectData deepseekTwoNode()
{
    project::ProjectData p;
    p.name = QStringLiteral("DeepSeek two-node");
    p.demo = true;
    const QString nic = QStringLiteral("enp67s0f5");
    p.nodes << demoNode(QStringLiteral("ds-node0"), QStringLiteral("10.226.72.51"), nic, true, QStringLiteral("910B3"),
                        65536)
            << demoNode(QStringLiteral("ds-node1"), QStringLiteral("10.226.72.52"), nic, false, QStringLiteral("910B3"),
                        65536);
    project::ModelSource m;
    m.id = QStringLiteral("deepseek-r1-0528-w8a8");
    m.name = QStringLiteral("DeepSeek-R1-0528-W8A8");
    m.path = QStringLiteral("/models/DeepSeek-R1-0528-W8A8");
    m.quantization = QStringLiteral("w8a8");
    p.models << m;
    project::Deployment d;
    d.name = QStringLiteral("deepseek-r1");
    d.model = m.id;
    d.engine = project::Engine::VllmAscendDp;
    d.image = QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.2rc1");
    d.placement << project::Placement {QStringLiteral("ds-node0"), {0, 1, 2, 3, 4, 5, 6, 7}}
                << project::Placement {QStringLiteral("ds-node1"), {0, 1, 2, 3, 4, 5, 6, 7}};
    d.layout.tp = 8;
    d.layout.dp = 2;
    d.layout.ep = true;
    d.serving.port = 8000;
    d.serving.maxModelLen = 32768;
    d.serving.maxNumSeqs = 16;
    d.serving.servedModelName = QStringLiteral("deepseek-r1");
    d.serving.gpuMemoryUtilization = 0.92;
    d.serving.additionalConfig
        = QStringLiteral(R"({"ascend_scheduler_config":{"enabled":true},"torchair_graph_config":{"enabled":true}})");
    d.serving.extraArgs << QStringLiteral("--trust-remote-code") << QStringLiteral("--no-enable-prefix-caching")
                        << QStringLiteral("--max-num-batched-tokens") << QStringLiteral("4096");
    d.environment << qMakePair(QStringLiteral("HCCL_BUFFSIZE"), QStringLiteral("1024"))
                  << qMakePair(QStringLiteral("OMP_PROC_BIND"), QStringLiteral("false"))
                  << qMakePair(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("10"))
                  << qMakePair(QStringLiteral("VLLM_USE_V1"), QStringLiteral("1"));
    p.deployments << d;
    return p;
}

// The DeepSeek cluster driven through Ray instead: TP8 per node, PP2 across the two nodes.
inline project::ProjectData deepseekRay()
{
    project::ProjectData p = deepseekTwoNode();
    project::Deployment& d = p.deployments.first();
    d.name = QStringLiteral("deepseek-r1-ray");
    d.engine = project::Engine::VllmAscendRay;
    d.layout.dp = 1;
    d.layout.pp = 2;
    return p;
}

// The Atlas lab with one deployment for each of the other engines, and an NVIDIA node for vllm-cuda.
inline project::ProjectData engineLab()
{
    project::ProjectData p = atlasLab();
    p.storage.serverNode = QStringLiteral("atlas-106");
    p.storage.cacheDir = QStringLiteral("/data/models/gpustack-cache");
    cluster::Node gpu = demoNode(QStringLiteral("gpu-1"), QStringLiteral("172.16.33.120"), QStringLiteral("eth0"),
                                 false, QStringLiteral("NVIDIA A100-SXM4-80GB"), 81920);
    gpu.hardware.vendor = cluster::Vendor::Nvidia;
    gpu.hardware.acceleratorCount = 2;
    p.nodes << gpu;
    const auto make = [&](const char* name, project::Engine engine, const char* image, int tp, int dp, int port) {
        project::Deployment d;
        d.name = QLatin1String(name);
        d.model = p.models.first().id;
        d.engine = engine;
        d.image = QLatin1String(image);
        d.layout.tp = tp;
        d.layout.dp = dp;
        d.serving.port = port;
        return d;
    };
    project::Deployment gs = make("gpustack", project::Engine::GpuStack, "gpustack/gpustack:latest-npu", 8, 2, 80);
    gs.placement << project::Placement {QStringLiteral("atlas-107"), {0, 1, 2, 3, 4, 5, 6, 7}}
                 << project::Placement {QStringLiteral("atlas-108"), {0, 1, 2, 3, 4, 5, 6, 7}};
    project::Deployment sw
        = make("qwen3-swarm", project::Engine::Swarm, "quay.io/ascend/vllm-ascend:v0.11.0", 4, 2, 8010);
    sw.placement << project::Placement {QStringLiteral("atlas-109"), {0, 1, 2, 3}}
                 << project::Placement {QStringLiteral("atlas-110"), {0, 1, 2, 3}};
    project::Deployment mi = make("qwen3-mindie", project::Engine::MindIE,
                                  "swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.0.RC1-800I-A2", 4, 1, 1025);
    mi.placement << project::Placement {QStringLiteral("atlas-110"), {4, 5, 6, 7}};
    project::Deployment cu = make("qwen3-cuda", project::Engine::VllmCuda, "vllm/vllm-openai:v0.10.1", 2, 1, 8003);
    cu.placement << project::Placement {QStringLiteral("gpu-1"), {0, 1}};
    p.deployments << gs << sw << mi << cu;
    return p;
}

} // namespace npufleet::test
