<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AxisText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>BenchText</name>
    <message>
        <source>goodput wants KEY:MILLISECONDS, e.g. ttft:200, not &apos;%1&apos;</source>
        <translation>goodput 需要 KEY:MILLISECONDS，例如 ttft:200，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown goodput metric &apos;%1&apos; (ttft, tpot or e2el)</source>
        <translation>未知的 goodput 指标 &apos;%1&apos;（ttft、tpot 或 e2el）</translation>
    </message>
    <message>
        <source>metadata wants KEY=VALUE, not &apos;%1&apos;</source>
        <translation>metadata 应为 KEY=VALUE，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a request rate is a positive number or inf, not &apos;%1&apos;</source>
        <translation>请求速率应为正数或 inf，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a concurrency is a whole number, not &apos;%1&apos;</source>
        <translation>并发应为整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a percentile is a number from 0 to 100, not &apos;%1&apos;</source>
        <translation>百分位应为 0 到 100 之间的数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1, rate %2</source>
        <translation>%1，速率 %2</translation>
    </message>
    <message>
        <source>, concurrency %1</source>
        <translation>，并发 %1</translation>
    </message>
    <message>
        <source>not a benchmark result: no &quot;completed&quot; or &quot;duration&quot;</source>
        <translation>不是压测结果：没有 &quot;completed&quot; 或 &quot;duration&quot;</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>无法写入结果：%1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>random dataset: lengths must be at least 1 and the range ratio in [0, 1)</source>
        <translation>random 数据集：长度必须至少为 1，范围比例必须在 [0, 1) 内</translation>
    </message>
    <message>
        <source>not a ShareGPT JSON list: %1</source>
        <translation>不是 ShareGPT JSON 列表：%1</translation>
    </message>
    <message>
        <source>the ShareGPT file has no usable conversations</source>
        <translation>ShareGPT 文件中没有可用的对话</translation>
    </message>
    <message>
        <source>bad JSON line: %1</source>
        <translation>JSON 行无效：%1</translation>
    </message>
    <message>
        <source>the JSON line has no &quot;prompt&quot;</source>
        <translation>该 JSON 行没有 &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>the prompts file is empty</source>
        <translation>提示词文件为空</translation>
    </message>
    <message>
        <source>the number of prompts must be at least 1</source>
        <translation>提示词数量必须至少为 1</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (%2)</source>
        <translation>未知指标 &apos;%1&apos;（%2）</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>结果文件</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>--num-prompts must be from 1 to %1, not %2</source>
        <translation>--num-prompts 必须在 1 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>--%1 must be at most %2 tokens, not %3</source>
        <translation>--%1 不得超过 %2 个 token，而不是 %3</translation>
    </message>
    <message>
        <source>%1 prompts of up to %2 tokens are %3 tokens, more than the %4 that a benchmark run holds</source>
        <translation>%1 个提示词、每个最多 %2 个 token，共 %3 个 token，超出一次基准测试可容纳的 %4 个</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown format &apos;%1&apos; (use table or json)</source>
        <translation>未知格式 &apos;%1&apos;（请使用 table 或 json）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The log to read (&apos;-&apos; for standard input).</source>
        <translation>要读取的日志（&apos;-&apos; 表示标准输入）。</translation>
    </message>
    <message>
        <source>Name known failures in a log and say how to fix them.</source>
        <translation>识别日志中的已知故障并说明修复方法。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>未知格式 &apos;%1&apos;（请使用 text 或 json）</translation>
    </message>
    <message>
        <source>give exactly one LOGFILE</source>
        <translation>请指定且只指定一个 LOGFILE</translation>
    </message>
    <message>
        <source>%1: cannot read the log: %2</source>
        <translation>%1：无法读取日志：%2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>%1; check the fingerprint with the server&apos;s owner, then rerun with --accept-new-host-keys</source>
        <translation>%1；请与服务器管理员核对指纹，然后加上 --accept-new-host-keys 重新运行</translation>
    </message>
    <message>
        <source>Run on the nodes of this project.</source>
        <translation>在此项目的节点上运行。</translation>
    </message>
    <message>
        <source>P.yaml</source>
        <translation>P.yaml</translation>
    </message>
    <message>
        <source>Only these nodes of the project: a,b,...</source>
        <translation>仅限项目中的这些节点：a,b,...</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Run on these hosts: [user@]host[:port],...</source>
        <translation>在这些主机上运行：[user@]host[:port],...</translation>
    </message>
    <message>
        <source>SSH private key to log in with.</source>
        <translation>用于登录的 SSH 私钥。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Known-hosts file to check keys against.</source>
        <translation>用于校验密钥的 known_hosts 文件。</translation>
    </message>
    <message>
        <source>Trust host keys seen for the first time (never changed ones).</source>
        <translation>信任首次出现的主机密钥（已更改的密钥绝不信任）。</translation>
    </message>
    <message>
        <source>Stop the command after this many seconds.</source>
        <translation>命令运行超过此秒数后停止。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The command to run, after --.</source>
        <translation>要运行的命令，放在 -- 之后。</translation>
    </message>
    <message>
        <source>-- COMMAND</source>
        <translation>-- COMMAND</translation>
    </message>
    <message>
        <source>Run one command on many nodes at once.</source>
        <translation>在多个节点上同时执行一条命令。</translation>
    </message>
    <message>
        <source>give either --project P.yaml or --hosts LIST</source>
        <translation>请指定 --project P.yaml 或 --hosts LIST 之一</translation>
    </message>
    <message>
        <source>--nodes selects nodes of a --project</source>
        <translation>--nodes 用于选择 --project 中的节点</translation>
    </message>
    <message>
        <source>no command given (put it after --)</source>
        <translation>未指定命令（请放在 -- 之后）</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout 需要正数秒数</translation>
    </message>
    <message>
        <source>; check the fingerprint %1, then rerun with --accept-new-host-keys</source>
        <translation>；请核对指纹 %1，然后加上 --accept-new-host-keys 重新运行</translation>
    </message>
    <message>
        <source>Parse a saved `npu-smi info` output instead of asking the nodes.</source>
        <translation>解析已保存的 `npu-smi info` 输出，而不是查询节点。</translation>
    </message>
    <message>
        <source>Ask the nodes of this project.</source>
        <translation>查询此项目中的节点。</translation>
    </message>
    <message>
        <source>Ask these hosts: [user@]host[:port],...</source>
        <translation>查询这些主机：[user@]host[:port],...</translation>
    </message>
    <message>
        <source>SSH private key for --hosts.</source>
        <translation>--hosts 使用的 SSH 私钥。</translation>
    </message>
    <message>
        <source>Known-hosts file for --hosts.</source>
        <translation>--hosts 使用的 known_hosts 文件。</translation>
    </message>
    <message>
        <source>Trust host keys seen for the first time.</source>
        <translation>信任首次出现的主机密钥。</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>输出格式：table（默认）或 json。</translation>
    </message>
    <message>
        <source>List the accelerators of nodes.</source>
        <translation>列出各节点的加速卡。</translation>
    </message>
    <message>
        <source>--parse-npu-smi cannot be combined with --project or --hosts</source>
        <translation>--parse-npu-smi 不能与 --project 或 --hosts 同时使用</translation>
    </message>
    <message>
        <source>give either --project P.yaml or --hosts LIST, not both</source>
        <translation>请指定 --project P.yaml 或 --hosts LIST 之一，不能同时指定</translation>
    </message>
    <message>
        <source>give --parse-npu-smi FILE, --project P.yaml or --hosts LIST</source>
        <translation>请指定 --parse-npu-smi FILE、--project P.yaml 或 --hosts LIST</translation>
    </message>
    <message>
        <source>The project: a YAML file, or demo:NAME for a bundled demo.</source>
        <translation>项目：YAML 文件，或用 demo:NAME 指定内置演示项目。</translation>
    </message>
    <message>
        <source>The deployment to check (default: the first).</source>
        <translation>要检查的部署（默认：第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Check every node of a deployment before launching it.</source>
        <translation>在启动部署前检查其每个节点。</translation>
    </message>
    <message>
        <source>give --project P.yaml or --project demo:NAME</source>
        <translation>请指定 --project P.yaml 或 --project demo:NAME</translation>
    </message>
    <message>
        <source>npufleet preflight: this build cannot reach real nodes yet (no SSH transport); try a demo project: --project demo:deepseek-2node</source>
        <translation>npufleet preflight：此版本尚无法连接真实节点（没有 SSH 传输）；请尝试演示项目：--project demo:deepseek-2node</translation>
    </message>
    <message>
        <source>the deployment has no nodes to check</source>
        <translation>该部署没有可检查的节点</translation>
    </message>
    <message>
        <source>Reach a deployment of this project (a YAML file, or demo:NAME: the simulator, no network) instead of --base-url.</source>
        <translation>访问此项目的一个部署（YAML 文件，或 demo:NAME：使用模拟器，不联网），代替 --base-url。</translation>
    </message>
    <message>
        <source>The deployment of --project to reach (default: the first).</source>
        <translation>要访问的 --project 中的部署（默认：第一个）。</translation>
    </message>
    <message>
        <source>--deployment needs --project</source>
        <translation>--deployment 需要与 --project 一起使用</translation>
    </message>
    <message>
        <source>give --base-url or --project, not both</source>
        <translation>请给出 --base-url 或 --project，不能两者都给</translation>
    </message>
    <message>
        <source>%1: no deployment of this project is placed on a node with an address</source>
        <translation>%1：此项目没有放置在有地址的节点上的部署</translation>
    </message>
    <message>
        <source>%1: no deployment named &apos;%2&apos; (deployments: %3)</source>
        <translation>%1：没有名为“%2”的部署（现有部署：%3）</translation>
    </message>
    <message>
        <source>Print text from servers, nodes and logs as it is, control characters (terminal escape sequences) included.</source>
        <translation>按原样输出来自服务器、节点和日志的文本，包括控制字符（终端转义序列）。</translation>
    </message>
    <message>
        <source>--nodes needs one node name or more: n1,n2</source>
        <translation>--nodes 需要一个或多个节点名：n1,n2</translation>
    </message>
    <message numerus="yes">
        <source>TP x PP x DP = %1 NPUs do not split evenly over %n node(s)</source>
        <translation>
            <numerusform>TP × PP × DP = %1 张 NPU 无法均分到 %n 个节点上</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown engine &apos;%1&apos; (one of: %2)</source>
        <translation>未知引擎 &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>--gpu-memory-utilization is a number in (0, 1]</source>
        <translation>--gpu-memory-utilization 应为 (0, 1] 范围内的数</translation>
    </message>
    <message>
        <source>--env wants NAME=VALUE on one line, not &apos;%1&apos;</source>
        <translation>--env 需要单行的 NAME=VALUE，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The project file to edit.</source>
        <translation>要编辑的项目文件。</translation>
    </message>
    <message>
        <source>The deployment&apos;s name.</source>
        <translation>部署名称。</translation>
    </message>
    <message>
        <source>Model folder on the nodes (shared storage or copied).</source>
        <translation>节点上的模型文件夹（共享存储或已复制）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Catalog model whose config.json describes it, when the folder is not here.</source>
        <translation>当本机没有该文件夹时，用于描述它的内置模型目录条目（提供 config.json）。</translation>
    </message>
    <message>
        <source>Weight format: auto|bf16|fp16|fp8|w8a8|w4a8|w4a16.</source>
        <translation>权重格式：auto|bf16|fp16|fp8|w8a8|w4a8|w4a16。</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Serving engine: %1.</source>
        <translation>推理引擎：%1。</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Container image (default: the engine&apos;s).</source>
        <translation>容器镜像（默认：引擎的默认镜像）。</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>Tensor-parallel size.</source>
        <translation>张量并行大小。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pipeline-parallel size.</source>
        <translation>流水线并行大小。</translation>
    </message>
    <message>
        <source>Data-parallel size.</source>
        <translation>数据并行大小。</translation>
    </message>
    <message>
        <source>Expert parallel on.</source>
        <translation>开启专家并行。</translation>
    </message>
    <message>
        <source>Expert parallel off.</source>
        <translation>关闭专家并行。</translation>
    </message>
    <message>
        <source>Nodes to place it on, head first: n1,n2 (the first TP x PP x DP / nodes NPUs of each).</source>
        <translation>部署所在的节点，主节点在前：n1,n2（每个节点使用前 TP × PP × DP / 节点数 张 NPU）。</translation>
    </message>
    <message>
        <source>Serving port.</source>
        <translation>服务端口。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Context length per request (0: the engine&apos;s default).</source>
        <translation>每个请求的上下文长度（0：引擎默认值）。</translation>
    </message>
    <message>
        <source>Sequences served at once (0: the engine&apos;s default).</source>
        <translation>同时服务的序列数（0：引擎默认值）。</translation>
    </message>
    <message>
        <source>Share of NPU memory the engine may use (default 0.9).</source>
        <translation>引擎可使用的 NPU 显存比例（默认 0.9）。</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>The model name clients ask for.</source>
        <translation>客户端请求时使用的模型名。</translation>
    </message>
    <message>
        <source>KV cache block size in tokens.</source>
        <translation>KV cache 块大小（token 数）。</translation>
    </message>
    <message>
        <source>One more engine argument, passed as it is (repeat for more).</source>
        <translation>额外的引擎参数，原样传递（可重复）。</translation>
    </message>
    <message>
        <source>ARG</source>
        <translation>ARG</translation>
    </message>
    <message>
        <source>An environment variable NAME=VALUE (repeat for more; secrets as ${VAR}).</source>
        <translation>环境变量 NAME=VALUE（可重复；密钥请写成 ${VAR}）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Output of show: table (default) or json.</source>
        <translation>show 的输出格式：table（默认）或 json。</translation>
    </message>
    <message>
        <source>add, set, remove or show</source>
        <translation>add、set、remove 或 show</translation>
    </message>
    <message>
        <source>add|set|remove|show</source>
        <translation>add|set|remove|show</translation>
    </message>
    <message>
        <source>Add, change, remove or show a deployment.</source>
        <translation>添加、修改、删除或查看部署。</translation>
    </message>
    <message>
        <source>use: npufleet deployment add|set|remove|show --project P --name N ...</source>
        <translation>用法：npufleet deployment add|set|remove|show --project P --name N ...</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>必须指定 --name</translation>
    </message>
    <message>
        <source>the project has no deployment named %1</source>
        <translation>项目中没有名为 %1 的部署</translation>
    </message>
    <message>
        <source>the project already has a deployment named %1</source>
        <translation>项目中已有名为 %1 的部署</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>the project already has a node named %1</source>
        <translation>项目中已有名为 %1 的节点</translation>
    </message>
    <message>
        <source>--host needs an address or host name</source>
        <translation>--host 需要地址或主机名</translation>
    </message>
    <message>
        <source>--role is head or worker</source>
        <translation>--role 只能是 head 或 worker</translation>
    </message>
    <message>
        <source>--vendor is ascend or nvidia</source>
        <translation>--vendor 只能是 ascend 或 nvidia</translation>
    </message>
    <message>
        <source>--nic &apos;%1&apos; is not a network interface name</source>
        <translation>--nic &apos;%1&apos; 不是网卡名</translation>
    </message>
    <message>
        <source>--nic-address needs the interface&apos;s IPv4 address (default: --host)</source>
        <translation>--nic-address 需要该网卡的 IPv4 地址（默认：--host）</translation>
    </message>
    <message>
        <source>the project has no node named %1</source>
        <translation>项目中没有名为 %1 的节点</translation>
    </message>
    <message>
        <source>deployment %1 runs on %2: remove or move it first</source>
        <translation>部署 %1 运行在 %2 上：请先删除或迁移该部署</translation>
    </message>
    <message>
        <source>The node&apos;s name.</source>
        <translation>节点名称。</translation>
    </message>
    <message>
        <source>Address or host name to reach it over SSH.</source>
        <translation>通过 SSH 访问它的地址或主机名。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>SSH user (default root).</source>
        <translation>SSH 用户（默认 root）。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>SSH 端口（默认 22）。</translation>
    </message>
    <message>
        <source>head or worker (default: head for the first node).</source>
        <translation>head 或 worker（默认：第一个节点为 head）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>ascend or nvidia (default ascend).</source>
        <translation>ascend 或 nvidia（默认 ascend）。</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>VENDOR</translation>
    </message>
    <message>
        <source>Accelerator model, e.g. 910B3.</source>
        <translation>加速卡型号，例如 910B3。</translation>
    </message>
    <message>
        <source>CHIP</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Accelerators in the node (default 8).</source>
        <translation>节点中的加速卡数量（默认 8）。</translation>
    </message>
    <message>
        <source>Memory per accelerator in GiB, e.g. 64.</source>
        <translation>每张加速卡的显存（GiB），例如 64。</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Network interface for cluster traffic (HCCL_SOCKET_IFNAME).</source>
        <translation>承载集群通信的网卡（HCCL_SOCKET_IFNAME）。</translation>
    </message>
    <message>
        <source>IFACE</source>
        <translation>IFACE</translation>
    </message>
    <message>
        <source>IPv4 address of --nic (default: --host).</source>
        <translation>--nic 的 IPv4 地址（默认：--host）。</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>替换已存在的文件。</translation>
    </message>
    <message>
        <source>Create the project FILE.</source>
        <translation>创建项目文件 FILE。</translation>
    </message>
    <message>
        <source>new FILE</source>
        <translation>new FILE</translation>
    </message>
    <message>
        <source>Create a project file.</source>
        <translation>创建项目文件。</translation>
    </message>
    <message>
        <source>use: npufleet project new FILE --name NAME</source>
        <translation>用法：npufleet project new FILE --name NAME</translation>
    </message>
    <message>
        <source>%1 exists; give --force to replace it</source>
        <translation>%1 已存在；如需替换请加 --force</translation>
    </message>
    <message>
        <source>the project name cannot contain a line break</source>
        <translation>项目名称不能包含换行</translation>
    </message>
    <message>
        <source>--project FILE is required</source>
        <translation>必须指定 --project FILE</translation>
    </message>
    <message>
        <source>demo projects are read-only: export a copy with the GUI&apos;s Save As and edit that</source>
        <translation>演示项目是只读的：请在图形界面中用“另存为”保存一份副本后再编辑</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1 name &apos;%2&apos; must be 1-63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1名称 &apos;%2&apos; 必须由 1-63 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成，并以字母或数字开头</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>the npu-smi output</source>
        <translation>npu-smi 输出</translation>
    </message>
    <message>
        <source>--npu-access is %1</source>
        <translation>--npu-access 的取值为 %1</translation>
    </message>
    <message>
        <source>How containers get the NPUs: devices (--device lines, the default) or ascend-docker-runtime (ASCEND_VISIBLE_DEVICES).</source>
        <translation>容器获得 NPU 的方式：devices（--device 挂载，默认）或 ascend-docker-runtime（ASCEND_VISIBLE_DEVICES）。</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>add, set or remove</source>
        <translation>add、set 或 remove</translation>
    </message>
    <message>
        <source>add|set|remove</source>
        <translation>add|set|remove</translation>
    </message>
    <message>
        <source>Add a node to a project, change one, or remove one.</source>
        <translation>向项目添加节点、修改节点或删除节点。</translation>
    </message>
    <message>
        <source>use: npufleet node add|set|remove --project P --name N ...</source>
        <translation>用法：npufleet node add|set|remove --project P --name N ...</translation>
    </message>
    <message>
        <source>SSH handshakes in flight at once (default: %1 on this machine).</source>
        <translation>同时进行的 SSH 握手数（默认：本机为 %1）。</translation>
    </message>
    <message>
        <source>--max-handshakes takes a number from 1 to 1024</source>
        <translation>--max-handshakes 需要 1 到 1024 之间的数字</translation>
    </message>
    <message>
        <source>--npu-address takes N=A: an NPU id and its address, e.g. 0=192.168.100.51</source>
        <translation>--npu-address 的格式为 N=A：NPU 编号及其地址，例如 0=192.168.100.51</translation>
    </message>
    <message>
        <source>--npu-address %1: &apos;%2&apos; is not an IPv4 address</source>
        <translation>--npu-address %1：&apos;%2&apos; 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>nothing to set: give --npu-access or --npu-address</source>
        <translation>没有要修改的内容：请指定 --npu-access 或 --npu-address</translation>
    </message>
    <message>
        <source>An NPU&apos;s RoCE address as hccn_tool -i N -ip -g reports it, for MindIE&apos;s rank table (repeat for each NPU; N= forgets one).</source>
        <translation>NPU 的 RoCE 地址（即 hccn_tool -i N -ip -g 的输出），用于 MindIE 的 rank table（每张 NPU 重复一次；N= 表示删除）。</translation>
    </message>
    <message>
        <source>N=A</source>
        <translation>N=A</translation>
    </message>
</context>
<context>
    <name>ClusterText</name>
    <message>
        <source>the line reads: %1</source>
        <translation>该行内容：%1</translation>
    </message>
    <message>
        <source>not an &apos;ip -o addr&apos; line</source>
        <translation>不是 &apos;ip -o addr&apos; 的输出行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address with a prefix</source>
        <translation>&apos;%1&apos; 不是带前缀长度的 IPv4 地址</translation>
    </message>
    <message>
        <source>the &apos;ip -o addr&apos; output is empty</source>
        <translation>&apos;ip -o addr&apos; 的输出为空</translation>
    </message>
    <message>
        <source>not a KEY=value line</source>
        <translation>不是 KEY=value 格式的行</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>引号不配对</translation>
    </message>
    <message>
        <source>the os-release text has neither ID nor NAME</source>
        <translation>os-release 文本中既没有 ID 也没有 NAME</translation>
    </message>
    <message>
        <source>expected the header of &apos;free -b&apos; (total, used, free ...)</source>
        <translation>应为 &apos;free -b&apos; 的表头（total, used, free ...）</translation>
    </message>
    <message>
        <source>the Mem: line has no byte counts</source>
        <translation>Mem: 行中没有字节数</translation>
    </message>
    <message>
        <source>no &apos;Mem:&apos; line in the &apos;free -b&apos; output</source>
        <translation>&apos;free -b&apos; 输出中没有 &apos;Mem:&apos; 行</translation>
    </message>
    <message>
        <source>expected the header of &apos;df -B1&apos;</source>
        <translation>应为 &apos;df -B1&apos; 的表头</translation>
    </message>
    <message>
        <source>expected byte counts (run df with -B1)</source>
        <translation>应为字节数（请用 -B1 运行 df）</translation>
    </message>
    <message>
        <source>the df output lists no file system</source>
        <translation>df 输出中没有列出任何文件系统</translation>
    </message>
    <message>
        <source>the df output is empty</source>
        <translation>df 输出为空</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>CHIP</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>BUS-ID</source>
        <translation>总线ID</translation>
    </message>
    <message>
        <source>POWER(W)</source>
        <translation>功耗(W)</translation>
    </message>
    <message>
        <source>TEMP(C)</source>
        <translation>温度(C)</translation>
    </message>
    <message>
        <source>AICORE(%)</source>
        <translation>AICORE(%)</translation>
    </message>
    <message>
        <source>MEMORY(MiB)</source>
        <translation>显存(MiB)</translation>
    </message>
    <message>
        <source>PROCS</source>
        <translation>进程</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n accelerator(s), %2 not OK</source>
        <translation>
            <numerusform>%1：%n 张加速卡，其中 %2 张异常</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a chip id, found &apos;%1&apos;</source>
        <translation>应为芯片 ID，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the npu-smi header has only one row</source>
        <translation>npu-smi 表头只有一行</translation>
    </message>
    <message>
        <source>no npu-smi info table found</source>
        <translation>未找到 npu-smi info 表格</translation>
    </message>
    <message>
        <source>the input starts with: %1</source>
        <translation>输入内容开头为：%1</translation>
    </message>
    <message>
        <source>the npu-smi output is empty</source>
        <translation>npu-smi 输出为空</translation>
    </message>
    <message>
        <source>the npu-smi table lists no NPU</source>
        <translation>npu-smi 表格中没有列出任何 NPU</translation>
    </message>
    <message>
        <source>no &apos;Key : value&apos; lines found in the npu-smi output</source>
        <translation>npu-smi 输出中没有找到 &apos;Key : value&apos; 行</translation>
    </message>
    <message>
        <source>the nvidia-smi output lists no GPU</source>
        <translation>nvidia-smi 输出中没有列出任何 GPU</translation>
    </message>
    <message>
        <source>a row broken over two lines (%1 and %2) was joined</source>
        <translation>一行被拆成了两行（第 %1 和 %2 行），已合并</translation>
    </message>
    <message>
        <source>%1 is listed twice; the second row is left out</source>
        <translation>%1 出现了两次，第二行已忽略</translation>
    </message>
    <message>
        <source>the row of %1 has no second line; its bus id, AI Core use and memory are unknown</source>
        <translation>%1 所在行缺少第二行，其总线号、AI Core 占用率和内存未知</translation>
    </message>
    <message>
        <source>process %1 runs on NPU %2 chip %3, which the table does not list</source>
        <translation>进程 %1 运行在 NPU %2 的芯片 %3 上，但表中没有列出该芯片</translation>
    </message>
    <message>
        <source>the row is cut off or its columns are mangled; it is left out</source>
        <translation>该行被截断或列已错乱，已忽略</translation>
    </message>
    <message>
        <source>a second row (bus id %1) without the NPU row before it; it is left out</source>
        <translation>该第二行（总线号 %1）前面缺少 NPU 行，已忽略</translation>
    </message>
    <message>
        <source>the process row is cut off or its columns are mangled; it is left out</source>
        <translation>该进程行被截断或列已错乱，已忽略</translation>
    </message>
    <message>
        <source>rows were left out at the end of the table (&apos;%1&apos;)</source>
        <translation>表格末尾省略了若干行（&apos;%1&apos;）</translation>
    </message>
    <message>
        <source>the table ends without its closing border: the output may be cut off</source>
        <translation>表格没有结束边框：输出可能被截断了</translation>
    </message>
    <message>
        <source>rows were left out here (&apos;%1&apos;): NPUs there are not listed</source>
        <translation>此处省略了若干行（&apos;%1&apos;）：其中的 NPU 未列出</translation>
    </message>
    <message>
        <source>text inside the table is skipped: &apos;%1&apos;</source>
        <translation>已跳过表格中的文字：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (%2); left empty</source>
        <translation>&apos;%1&apos; 不是数字（%2），该值留空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &apos;used / total&apos; (%2); left empty</source>
        <translation>&apos;%1&apos; 不是“已用 / 总量”格式（%2），该值留空</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected an NPU id, found &apos;%1&apos;; the row is left out</source>
        <translation>应为 NPU ID，实际为 &apos;%1&apos;；该行已忽略</translation>
    </message>
    <message>
        <source>expected an NPU id in the process table, found &apos;%1&apos;; the row is left out</source>
        <translation>进程表中应为 NPU ID，实际为 &apos;%1&apos;；该行已忽略</translation>
    </message>
    <message>
        <source>expected a chip id in the process table, found &apos;%1&apos;; the row is left out</source>
        <translation>进程表中应为芯片 ID，实际为 &apos;%1&apos;；该行已忽略</translation>
    </message>
    <message>
        <source>expected a process id, found &apos;%1&apos;; the row is left out</source>
        <translation>应为进程 ID，实际为 &apos;%1&apos;；该行已忽略</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a process memory size; left empty</source>
        <translation>&apos;%1&apos; 不是进程内存大小，该值留空</translation>
    </message>
    <message>
        <source>expected 7 comma-separated values (index, name, memory used, memory total, temperature, power, utilization), found %1; the line is left out</source>
        <translation>应为 7 个以逗号分隔的值（索引、名称、已用内存、总内存、温度、功耗、利用率），实际为 %1 个；该行已忽略</translation>
    </message>
    <message>
        <source>expected a GPU index, found &apos;%1&apos;; the line is left out</source>
        <translation>应为 GPU 索引，实际为 &apos;%1&apos;；该行已忽略</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>%1: no known failure recognised.
</source>
        <translation>%1：未识别出已知故障。
</translation>
    </message>
    <message>
        <source>    What happened: %1
</source>
        <translation>    发生了什么：%1
</translation>
    </message>
    <message>
        <source>    What to do: %1
</source>
        <translation>    处理方法：%1
</translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation>故障特征 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>missing or repeated id</source>
        <translation>id 缺失或重复</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a title, an explanation and a fix</source>
        <translation>&apos;%1&apos; 需要标题、说明和修复方法</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: bad pattern &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos;：模式 &apos;%2&apos; 无效：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no patterns</source>
        <translation>&apos;%1&apos; 没有任何模式</translation>
    </message>
    <message>
        <source>no signatures found</source>
        <translation>未找到任何故障特征</translation>
    </message>
    <message>
        <source> - first cause</source>
        <translation> - 首要原因</translation>
    </message>
    <message>
        <source>CANN module %1 (not in Huawei&apos;s list)</source>
        <translation>CANN 模块 %1（不在华为的模块列表中）</translation>
    </message>
    <message>
        <source>%1 error %2</source>
        <translation>%1 错误 %2</translation>
    </message>
    <message>
        <source>Codes 9000 to 9999 are the component&apos;s internal errors: the text printed after the code and the plog (~/ascend/log/debug/plog) say more; keep both for Huawei support.</source>
        <translation>9000 到 9999 的错误码是该组件的内部错误：错误码后面打印的文字和 plog（~/ascend/log/debug/plog）有更多信息，请保留两者以便华为技术支持分析。</translation>
    </message>
    <message>
        <source>torch_npu error %1</source>
        <translation>torch_npu 错误 %1</translation>
    </message>
    <message>
        <source>AscendCL call failed with %1</source>
        <translation>AscendCL 调用失败，返回 %1</translation>
    </message>
    <message>
        <source>An AscendCL (ACL) call returned %1. The first digit says what kind of error it is:</source>
        <translation>某个 AscendCL（ACL）调用返回了 %1。首位数字表示错误类别：</translation>
    </message>
    <message>
        <source>HCCL call returned %1 (%2)</source>
        <translation>HCCL 调用返回 %1（%2）</translation>
    </message>
    <message>
        <source>An HCCL call made by torch_npu returned %1, which HCCL names %2.</source>
        <translation>torch_npu 发起的 HCCL 调用返回了 %1，HCCL 将其定义为 %2。</translation>
    </message>
    <message>
        <source>%1 logged an error</source>
        <translation>%1 记录了一条错误</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>refusing to record the host key of %1: it is not a first-seen key</source>
        <translation>拒绝记录 %1 的主机密钥：这不是首次出现的密钥</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LimitText</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than NPU Fleet reads</source>
        <translation>%1大于 %2，超出 NPU Fleet 的读取上限</translation>
    </message>
    <message>
        <source>check that this is the right file</source>
        <translation>请确认文件是否正确</translation>
    </message>
</context>
<context>
    <name>MonitorText</name>
    <message numerus="yes">
        <source>p50 %1 s, p90 %2 s, p99 %3 s (%n request(s))</source>
        <translation>
            <numerusform>p50 %1 秒，p90 %2 秒，p99 %3 秒（%n 个请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests running</source>
        <translation>运行中的请求</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>等待中的请求</translation>
    </message>
    <message>
        <source>KV-cache usage</source>
        <translation>KV cache 使用率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示词 token</translation>
    </message>
    <message>
        <source>Generation tokens</source>
        <translation>生成 token</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 时延</translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation>端到端时延</translation>
    </message>
    <message>
        <source>Metrics of %1</source>
        <translation>%1 的指标</translation>
    </message>
    <message>
        <source>No vLLM metrics found at this URL.</source>
        <translation>此 URL 没有 vLLM 指标。</translation>
    </message>
    <message>
        <source>error in the exposition: %1</source>
        <translation>指标文本有错误：%1</translation>
    </message>
    <message>
        <source>%1 s: %2 running, %3 waiting, KV cache %4 %, prompt %5 tokens/s, generation %6 tokens/s</source>
        <translation>%1 秒：运行 %2，等待 %3，KV cache %4 %，提示词 %5 token/秒，生成 %6 token/秒</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos;</source>
        <translation>无效的转义序列 &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>metric name %1 contains unescaped new-line</source>
        <translation>指标名 %1 含有未转义的换行符</translation>
    </message>
    <message>
        <source>label name %1 contains unescaped new-line</source>
        <translation>标签名 %1 含有未转义的换行符</translation>
    </message>
    <message>
        <source>label value %1 contains unescaped new-line</source>
        <translation>标签值 %1 含有未转义的换行符</translation>
    </message>
    <message>
        <source>invalid metric name %1</source>
        <translation>无效的指标名 %1</translation>
    </message>
    <message>
        <source>unexpected end of input stream</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <source>invalid metric name in comment</source>
        <translation>注释中的指标名无效</translation>
    </message>
    <message>
        <source>invalid metric name</source>
        <translation>无效的指标名</translation>
    </message>
    <message>
        <source>invalid label name for metric %1</source>
        <translation>指标 %1 的标签名无效</translation>
    </message>
    <message>
        <source>multiple metric names for metric %1</source>
        <translation>指标 %1 有多个指标名</translation>
    </message>
    <message>
        <source>unexpected end of metric name %1</source>
        <translation>指标名意外结束于 %1</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name, found %1</source>
        <translation>标签名后应为 &apos;=&apos;，实际为 %1</translation>
    </message>
    <message>
        <source>label name &quot;__name__&quot; is reserved</source>
        <translation>标签名 &quot;__name__&quot; 是保留名</translation>
    </message>
    <message>
        <source>invalid label name %1</source>
        <translation>无效的标签名 %1</translation>
    </message>
    <message>
        <source>duplicate label names for metric %1</source>
        <translation>指标 %1 的标签名重复</translation>
    </message>
    <message>
        <source>expected float as value for &apos;quantile&apos; label, got %1</source>
        <translation>&apos;quantile&apos; 标签的值应为浮点数，实际为 %1</translation>
    </message>
    <message>
        <source>expected float as value for &apos;le&apos; label, got %1</source>
        <translation>&apos;le&apos; 标签的值应为浮点数，实际为 %1</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; at start of label value, found %1</source>
        <translation>标签值应以 &apos;&quot;&apos; 开头，实际为 %1</translation>
    </message>
    <message>
        <source>invalid label value %1</source>
        <translation>无效的标签值 %1</translation>
    </message>
    <message>
        <source>unexpected end of label value %1</source>
        <translation>标签值 %1 之后意外结束</translation>
    </message>
    <message>
        <source>expected float as value, got %1</source>
        <translation>样本值应为浮点数，实际为 %1</translation>
    </message>
    <message>
        <source>negative count for histogram %1</source>
        <translation>直方图 %1 的计数为负</translation>
    </message>
    <message>
        <source>negative bucket population for histogram %1</source>
        <translation>直方图 %1 的桶计数为负</translation>
    </message>
    <message>
        <source>expected integer as timestamp, got %1</source>
        <translation>时间戳应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>spurious string after timestamp: %1</source>
        <translation>时间戳后有多余内容：%1</translation>
    </message>
    <message>
        <source>second HELP line for metric name %1</source>
        <translation>指标名 %1 出现第二行 HELP</translation>
    </message>
    <message>
        <source>second TYPE line for metric name %1, or TYPE reported after samples</source>
        <translation>指标名 %1 出现第二行 TYPE，或 TYPE 出现在样本之后</translation>
    </message>
    <message>
        <source>unknown metric type %1</source>
        <translation>未知的指标类型 %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>PreflightText</name>
    <message>
        <source>%1 %2 (head: %3)</source>
        <translation>%1 %2（主节点：%3）</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, %3 on %4</source>
        <translation>%1 为 %2 字节，在 %4 上为 %3</translation>
    </message>
    <message>
        <source>differs from %1: %2%3</source>
        <translation>与 %1 不同：%2%3</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等另外 %1 项</translation>
    </message>
    <message>
        <source>Copy the model again from %1 (rsync -a --checksum) or serve it from shared storage, so that every node loads the same weights.</source>
        <translation>从 %1 重新复制模型（rsync -a --checksum），或从共享存储提供模型，使每个节点加载相同的权重。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>driver (npu-smi)</source>
        <translation>驱动 (npu-smi)</translation>
    </message>
    <message>
        <source>CANN toolkit</source>
        <translation>CANN 工具包</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>same as the head</source>
        <translation>与主节点相同</translation>
    </message>
    <message>
        <source>Install the same driver, CANN toolkit, Docker and image on every node (docker pull the same tag, compare `docker image inspect` ids; the CANN version is in /usr/local/Ascend/ascend-toolkit/latest/&lt;arch&gt;-linux/ascend_toolkit_install.info).</source>
        <translation>在每个节点上安装相同的驱动、CANN 工具包、Docker 和镜像（docker pull 同一标签，比较 `docker image inspect` 的 id；CANN 版本见 /usr/local/Ascend/ascend-toolkit/latest/&lt;arch&gt;-linux/ascend_toolkit_install.info）。</translation>
    </message>
    <message>
        <source>offset from this computer: %1 s</source>
        <translation>与本机的时间偏差：%1 s</translation>
    </message>
    <message>
        <source>%1 s off the head</source>
        <translation>与主节点相差 %1 s</translation>
    </message>
    <message>
        <source>Synchronise the clocks (chrony or ntpd against one server): timeouts and logs across nodes assume the same time.</source>
        <translation>同步时钟（chrony 或 ntpd 对准同一台服务器）：跨节点的超时和日志都假定时间一致。</translation>
    </message>
    <message>
        <source>within %1 s of the head</source>
        <translation>与主节点相差不超过 %1 s</translation>
    </message>
    <message>
        <source>NPU %1 → %2 NPU %3 (%4)</source>
        <translation>NPU %1 → %2 NPU %3（%4）</translation>
    </message>
    <message>
        <source>Check that both NPUs are on the same network (subnet, or gateways set), that the switch ports are in the same VLAN, and that TLS settings match (`hccn_tool -i N -tls -g`).</source>
        <translation>检查两张 NPU 是否在同一网络中（同一子网，或已设置网关），交换机端口是否在同一 VLAN，以及 TLS 设置是否一致（`hccn_tool -i N -tls -g`）。</translation>
    </message>
    <message>
        <source>no reply: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <source>packet loss: %1</source>
        <translation>丢包：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n peer NPU(s) answer</source>
        <translation>
            <numerusform>%n 张对端 NPU 有应答</numerusform>
        </translation>
    </message>
    <message>
        <source>The host key changed: make sure this is the same machine, then remove the old key from known_hosts.</source>
        <translation>主机密钥已更改：请确认是同一台机器，然后从 known_hosts 中删除旧密钥。</translation>
    </message>
    <message>
        <source>Check that the node is on, that its address and SSH port are right, and that no firewall blocks SSH.</source>
        <translation>检查节点是否开机、地址和 SSH 端口是否正确，以及是否有防火墙拦截 SSH。</translation>
    </message>
    <message>
        <source>`ip -o -4 addr` failed</source>
        <translation>`ip -o -4 addr` 执行失败</translation>
    </message>
    <message>
        <source>Make sure iproute2 is installed on the node.</source>
        <translation>请确保节点上已安装 iproute2。</translation>
    </message>
    <message>
        <source>no interface holds the cluster address %1</source>
        <translation>没有网卡持有集群地址 %1</translation>
    </message>
    <message>
        <source>Correct the node&apos;s cluster address in the project; the node has: %1</source>
        <translation>请在项目中更正该节点的集群地址；该节点现有地址：%1</translation>
    </message>
    <message>
        <source>the project says %1, but %2 is on %3</source>
        <translation>项目中为 %1，但 %2 在 %3 上</translation>
    </message>
    <message>
        <source>Set the node&apos;s cluster interface to %1: HCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME and TP_SOCKET_IFNAME must name the NIC that holds %2.</source>
        <translation>将该节点的集群网卡设为 %1：HCCL_SOCKET_IFNAME、GLOO_SOCKET_IFNAME 和 TP_SOCKET_IFNAME 必须指定持有 %2 的网卡。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 在 %2 上</translation>
    </message>
    <message>
        <source>Docker engine not available</source>
        <translation>Docker 引擎不可用</translation>
    </message>
    <message>
        <source>Install Docker and start it (systemctl enable --now docker); the user must be root or in the docker group.</source>
        <translation>安装并启动 Docker（systemctl enable --now docker）；用户必须是 root 或属于 docker 组。</translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation>Docker %1</translation>
    </message>
    <message>
        <source>Pull it before the launch (docker pull %1), or docker load a saved copy on nodes without registry access; otherwise the first start waits for the download.</source>
        <translation>请在启动前拉取（docker pull %1），无法访问镜像仓库的节点可 docker load 已保存的副本；否则首次启动要等待下载。</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>firewalld is active</source>
        <translation>firewalld 正在运行</translation>
    </message>
    <message>
        <source>Swarm fails with &apos;Unable to enable SKIP DNAT rule&apos; when firewalld rewrites Docker&apos;s iptables chains: systemctl stop firewalld; systemctl disable firewalld; systemctl restart docker.</source>
        <translation>当 firewalld 改写 Docker 的 iptables 链时，Swarm 会报错 &apos;Unable to enable SKIP DNAT rule&apos;：systemctl stop firewalld; systemctl disable firewalld; systemctl restart docker。</translation>
    </message>
    <message>
        <source>firewalld may block the ports the nodes use to talk to each other and competes with Docker for iptables: stop it (systemctl disable --now firewalld; systemctl restart docker) or open the ports.</source>
        <translation>firewalld 可能拦截节点间通信所用的端口，并与 Docker 争用 iptables：请停用它（systemctl disable --now firewalld; systemctl restart docker）或放行这些端口。</translation>
    </message>
    <message>
        <source>firewalld is %1</source>
        <translation>firewalld 状态：%1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>--shm-size %1 is not a size docker accepts</source>
        <translation>--shm-size %1 不是 docker 接受的大小</translation>
    </message>
    <message>
        <source>Write the size as docker does: a number with b, k, m or g (for example 16g) in the deployment&apos;s shmSize.</source>
        <translation>按 docker 的写法填写大小：数字加 b、k、m 或 g（例如 16g），写在部署的 shmSize 中。</translation>
    </message>
    <message>
        <source>free failed</source>
        <translation>free 执行失败</translation>
    </message>
    <message>
        <source>could not read the memory of the node</source>
        <translation>无法读取节点的内存</translation>
    </message>
    <message>
        <source>Install procps (free) on the node so that --shm-size can be checked against its memory.</source>
        <translation>在节点上安装 procps（free），以便对照内存检查 --shm-size。</translation>
    </message>
    <message>
        <source>--shm-size %1 (%2 GiB) is more than the node&apos;s memory (%3 GiB)</source>
        <translation>--shm-size %1（%2 GiB）超过节点内存（%3 GiB）</translation>
    </message>
    <message>
        <source>Lower shmSize in the deployment to what the node can hold (16g is the usual value).</source>
        <translation>将部署中的 shmSize 降到节点能容纳的值（通常为 16g）。</translation>
    </message>
    <message>
        <source>--shm-size %1 is more than half of the %2 GiB available</source>
        <translation>--shm-size %1 超过可用内存 %2 GiB 的一半</translation>
    </message>
    <message>
        <source>Free memory on the node (other containers, page cache held by processes) or lower shmSize: a full /dev/shm takes host memory from loading the weights.</source>
        <translation>释放节点内存（其他容器、进程占用的页缓存）或降低 shmSize：/dev/shm 占满会挤占加载权重所需的主机内存。</translation>
    </message>
    <message>
        <source>--shm-size %1 of %2 GiB available</source>
        <translation>--shm-size %1，可用 %2 GiB</translation>
    </message>
    <message>
        <source>could not list listening ports</source>
        <translation>无法列出监听端口</translation>
    </message>
    <message>
        <source>Install iproute2 (ss) on the node so that the ports can be checked.</source>
        <translation>请在节点上安装 iproute2 (ss)，以便检查端口。</translation>
    </message>
    <message>
        <source>in use: %1</source>
        <translation>被占用：%1</translation>
    </message>
    <message>
        <source>no ports needed</source>
        <translation>无需端口</translation>
    </message>
    <message>
        <source>free: %1</source>
        <translation>空闲：%1</translation>
    </message>
    <message>
        <source>cannot run commands: %1</source>
        <translation>无法执行命令：%1</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>已以 %1 身份连接</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>connected as %1, sudo without password</source>
        <translation>已以 %1 身份连接，sudo 无需密码</translation>
    </message>
    <message>
        <source>%1 is not root, not in the docker group and has no password-less sudo</source>
        <translation>%1 不是 root，不在 docker 组中，也没有免密码 sudo</translation>
    </message>
    <message>
        <source>Add the user to the docker group (usermod -aG docker %1) or allow it sudo without a password for docker, npu-smi and hccn_tool.</source>
        <translation>将用户加入 docker 组（usermod -aG docker %1），或允许其免密码 sudo 执行 docker、npu-smi 和 hccn_tool。</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>Copy the model to %1 on this node, or mount the shared storage there (NFS) so that every node sees the same folder.</source>
        <translation>将模型复制到此节点的 %1，或在该处挂载共享存储 (NFS)，使每个节点看到同一个文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 GiB</source>
        <translation>
            <numerusform>%n 个文件，%1 GiB</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB free on %2</source>
        <translation>%2 上可用空间 %1 GiB</translation>
    </message>
    <message>
        <source>Free space on %1: images, caches and compiled graphs need tens of GiB.</source>
        <translation>请释放 %1 上的空间：镜像、缓存和编译后的图需要数十 GiB。</translation>
    </message>
    <message>
        <source>(not run)</source>
        <translation>（未运行）</translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source>npu-smi failed</source>
        <translation>npu-smi 执行失败</translation>
    </message>
    <message>
        <source>npu-smi gave no NPU table: %1</source>
        <translation>npu-smi 未给出 NPU 表格：%1</translation>
    </message>
    <message>
        <source>Install or repair the Ascend driver so that `npu-smi info` lists the NPUs; check that the user may run it.</source>
        <translation>安装或修复 Ascend 驱动，使 `npu-smi info` 能列出 NPU；并检查该用户是否有权运行它。</translation>
    </message>
    <message>
        <source>%1 health is %2</source>
        <translation>%1 健康状态为 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2 MiB held by others, %3 MiB free; the engine wants %4 MiB (%5 × %6 MiB)</source>
        <translation>%1：其他进程占用 %2 MiB，空闲 %3 MiB；引擎需要 %4 MiB（%5 × %6 MiB）</translation>
    </message>
    <message>
        <source>NPU %1 not found</source>
        <translation>未找到 NPU %1</translation>
    </message>
    <message>
        <source>Place the deployment on NPUs that are present and healthy, or have the unhealthy ones looked at (`npu-smi info -t health -i N` names the alarm); a reset or a driver reinstall clears some faults.</source>
        <translation>将部署分配到存在且健康的 NPU 上，或检修不健康的 NPU（`npu-smi info -t health -i N` 可查看告警）；复位或重装驱动可清除部分故障。</translation>
    </message>
    <message>
        <source>NPU %1 present, health OK</source>
        <translation>NPU %1 存在，健康状态正常</translation>
    </message>
    <message>
        <source>Stop what holds the memory (see the processes in the evidence), or lower --gpu-memory-utilization so that the engine asks only for what is free.</source>
        <translation>停止占用显存的程序（见输出中的进程），或调低 --gpu-memory-utilization，使引擎只申请空闲的显存。</translation>
    </message>
    <message>
        <source>enough HBM free for --gpu-memory-utilization %1</source>
        <translation>空闲 HBM 足够 --gpu-memory-utilization %1 使用</translation>
    </message>
    <message>
        <source>Stop these processes (or their containers) before the launch; if they are an earlier run of this deployment, stop that first.</source>
        <translation>启动前请停止这些进程（或其容器）；如果它们是此部署之前的运行，请先将其停止。</translation>
    </message>
    <message>
        <source>no other process on the NPUs</source>
        <translation>NPU 上没有其他进程</translation>
    </message>
    <message>
        <source>all links UP</source>
        <translation>所有链路均为 UP</translation>
    </message>
    <message>
        <source>link not UP on NPU %1</source>
        <translation>NPU %1 的链路不是 UP</translation>
    </message>
    <message>
        <source>Check the cable or optical module and the switch port of these NPUs; after a repair run `hccn_tool -i N -cfg recovery` and check `hccn_tool -i N -link -g` shows UP.</source>
        <translation>检查这些 NPU 的线缆或光模块以及交换机端口；修复后运行 `hccn_tool -i N -cfg recovery`，并确认 `hccn_tool -i N -link -g` 显示 UP。</translation>
    </message>
    <message>
        <source>network health not Success on NPU %1</source>
        <translation>NPU %1 的网络健康状态不是 Success</translation>
    </message>
    <message>
        <source>The NPU cannot reach its detect address: check its link, IP, gateway and netdetect address (`hccn_tool -i N -netdetect -s address A`) and the switch.</source>
        <translation>NPU 无法访问其检测地址：请检查其链路、IP、网关和 netdetect 地址（`hccn_tool -i N -netdetect -s address A`）以及交换机。</translation>
    </message>
    <message>
        <source>network health still Init on NPU %1 (no detect address probed yet)</source>
        <translation>NPU %1 的网络健康状态仍为 Init（尚未探测任何检测地址）</translation>
    </message>
    <message>
        <source>Set a netdetect address so that the NPU probes its network: `hccn_tool -i N -netdetect -s address &lt;gateway&gt;`.</source>
        <translation>设置 netdetect 地址，使 NPU 探测其网络：`hccn_tool -i N -netdetect -s address &lt;gateway&gt;`。</translation>
    </message>
    <message>
        <source>all Success</source>
        <translation>全部为 Success</translation>
    </message>
    <message>
        <source>every NPU has an address</source>
        <translation>每张 NPU 都有地址</translation>
    </message>
    <message>
        <source>no address on NPU %1</source>
        <translation>NPU %1 没有地址</translation>
    </message>
    <message>
        <source>Give each NPU a RoCE address: `hccn_tool -i N -ip -s address A.B.C.D netmask M` (this also writes /etc/hccn.conf).</source>
        <translation>为每张 NPU 配置 RoCE 地址：`hccn_tool -i N -ip -s address A.B.C.D netmask M`（同时会写入 /etc/hccn.conf）。</translation>
    </message>
    <message>
        <source>gateway and detect address set</source>
        <translation>已设置网关和检测地址</translation>
    </message>
    <message>
        <source>no gateway or detect address on NPU %1</source>
        <translation>NPU %1 没有网关或检测地址</translation>
    </message>
    <message>
        <source>Set them when NPUs of different nodes are in different subnets: `hccn_tool -i N -gateway -s gateway G` and `hccn_tool -i N -netdetect -s address G`.</source>
        <translation>当不同节点的 NPU 位于不同子网时，请设置：`hccn_tool -i N -gateway -s gateway G` 和 `hccn_tool -i N -netdetect -s address G`。</translation>
    </message>
    <message>
        <source>every NPU sees its switch port</source>
        <translation>每张 NPU 都能看到其交换机端口</translation>
    </message>
    <message>
        <source>no switch port seen from NPU %1</source>
        <translation>NPU %1 看不到交换机端口</translation>
    </message>
    <message>
        <source>The NPU hears no LLDP from a switch: check its cabling, or enable LLDP on the switch to confirm which port each NPU is on.</source>
        <translation>NPU 收不到交换机的 LLDP：请检查其布线，或在交换机上启用 LLDP，以确认每张 NPU 连接的端口。</translation>
    </message>
    <message>
        <source>/etc/hccn.conf could not be read</source>
        <translation>无法读取 /etc/hccn.conf</translation>
    </message>
    <message>
        <source>Configure the NPU network with hccn_tool -ip -s, which writes /etc/hccn.conf.</source>
        <translation>使用 hccn_tool -ip -s 配置 NPU 网络，它会写入 /etc/hccn.conf。</translation>
    </message>
    <message>
        <source>NPU %1: file %2, device %3</source>
        <translation>NPU %1：文件中为 %2，设备上为 %3</translation>
    </message>
    <message>
        <source>NPU %1: file netmask %2, device %3</source>
        <translation>NPU %1：文件中子网掩码为 %2，设备为 %3</translation>
    </message>
    <message>
        <source>NPU %1: file gateway %2, device %3</source>
        <translation>NPU %1：文件中网关为 %2，设备为 %3</translation>
    </message>
    <message>
        <source>Make address_N, netmask_N and gateway_N in /etc/hccn.conf match the device (set them again with `hccn_tool -i N -ip -s address A netmask M` and `hccn_tool -i N -gateway -s gateway G`).</source>
        <translation>使 /etc/hccn.conf 中的 address_N、netmask_N 和 gateway_N 与设备一致（用 `hccn_tool -i N -ip -s address A netmask M` 和 `hccn_tool -i N -gateway -s gateway G` 重新设置）。</translation>
    </message>
    <message>
        <source>no address_N entry for NPU %1</source>
        <translation>NPU %1 没有 address_N 条目</translation>
    </message>
    <message>
        <source>Set the addresses with hccn_tool -ip -s so that they are saved in /etc/hccn.conf and survive a reboot.</source>
        <translation>使用 hccn_tool -ip -s 设置地址，使其保存在 /etc/hccn.conf 中，重启后依然有效。</translation>
    </message>
    <message>
        <source>consistent with the devices</source>
        <translation>与设备一致</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Pre-flight of %1 on %2

</source>
        <translation>预检：%1，节点 %2

</translation>
    </message>
    <message>
        <source>
What to do:
</source>
        <translation>
处理方法：
</translation>
    </message>
    <message>
        <source>
Cancelled: some checks did not run.
</source>
        <translation>
已取消：部分检查未运行。
</translation>
    </message>
    <message>
        <source>
%1 passed, %2 warning(s), %3 error(s)
</source>
        <translation>
%1 项通过，%2 个警告，%3 个错误
</translation>
    </message>
    <message>
        <source>%1 is not on the node yet; the registry has it</source>
        <translation>%1 尚未在节点上；镜像仓库中有此镜像</translation>
    </message>
    <message>
        <source>%1 is not on the node and cannot be pulled</source>
        <translation>%1 不在节点上，且无法拉取</translation>
    </message>
    <message>
        <source>Check the image name and tag, docker login to its registry, or copy it to the node (docker save on a node that has it, docker load here).</source>
        <translation>检查镜像名称和标签，docker login 登录其镜像仓库，或将镜像复制到节点（在已有该镜像的节点上 docker save，在此处 docker load）。</translation>
    </message>
    <message>
        <source>Stop what listens there (`ss -ltunp` names the process), or change the port in the deployment.</source>
        <translation>停止在该端口监听的程序（`ss -ltunp` 可查出进程），或在部署中更换端口。</translation>
    </message>
    <message>
        <source>Check the user and key of this node (ssh-copy-id, or the identity file in the project); for a password or a key&apos;s passphrase, Refresh the cluster and enter it when asked.</source>
        <translation>检查此节点的用户和密钥（ssh-copy-id，或项目中的身份文件）；若需要密码或密钥口令，请点击“刷新设备清单”并在询问时输入。</translation>
    </message>
    <message>
        <source>Confirm the node&apos;s host key: Refresh the cluster and trust it when asked, or ssh to it once.</source>
        <translation>确认节点的主机密钥：点击“刷新设备清单”并在询问时信任它，或先用 ssh 登录一次。</translation>
    </message>
    <message>
        <source>or tell NPU Fleet the node&apos;s way: npufleet node set --project P --name %1 --npu-access %2</source>
        <translation>或告诉 NPU Fleet 该节点的方式：npufleet node set --project P --name %1 --npu-access %2</translation>
    </message>
    <message>
        <source>Docker&apos;s runtimes could not be read</source>
        <translation>无法读取 Docker 的运行时</translation>
    </message>
    <message>
        <source>Check `docker info` on the node: the launch needs the Ascend Docker Runtime (runtime &quot;%1&quot;).</source>
        <translation>请在节点上检查 `docker info`：启动需要 Ascend Docker Runtime（运行时 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>the Ascend Docker Runtime is not registered with Docker (runtimes: %1)</source>
        <translation>Ascend Docker Runtime 未在 Docker 中注册（现有运行时：%1）</translation>
    </message>
    <message>
        <source>Install the Ascend Docker Runtime (it adds the runtime &quot;%1&quot; to /etc/docker/daemon.json) and restart Docker, %2</source>
        <translation>安装 Ascend Docker Runtime（它会在 /etc/docker/daemon.json 中添加运行时 &quot;%1&quot;）并重启 Docker，%2</translation>
    </message>
    <message>
        <source>Swarm services start with the default runtime, which is %1, not %2</source>
        <translation>Swarm 服务使用默认运行时启动，当前默认为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>Merge this node&apos;s daemon-json fragment of the export into /etc/docker/daemon.json (&quot;default-runtime&quot;: &quot;%1&quot;) and restart Docker; RUNBOOK.md has the steps.</source>
        <translation>将导出文件中此节点的 daemon.json 片段合并到 /etc/docker/daemon.json（&quot;default-runtime&quot;: &quot;%1&quot;）并重启 Docker；步骤见 RUNBOOK.md。</translation>
    </message>
    <message>
        <source>the node offers %1 NPU(s) to Swarm, the stack reserves %2</source>
        <translation>该节点向 Swarm 提供 %1 张 NPU，而堆栈预留 %2 张</translation>
    </message>
    <message>
        <source>Add &quot;node-generic-resources&quot;: [&quot;NPU=%1&quot;] to /etc/docker/daemon.json (this node&apos;s daemon-json fragment of the export) and restart Docker.</source>
        <translation>在 /etc/docker/daemon.json 中加入 &quot;node-generic-resources&quot;: [&quot;NPU=%1&quot;]（即导出文件中此节点的 daemon.json 片段）并重启 Docker。</translation>
    </message>
    <message>
        <source>through the Ascend Docker Runtime (ASCEND_VISIBLE_DEVICES)%1</source>
        <translation>通过 Ascend Docker Runtime（ASCEND_VISIBLE_DEVICES）%1</translation>
    </message>
    <message>
        <source>, the default runtime</source>
        <translation>，为默认运行时</translation>
    </message>
    <message>
        <source>as mounted devices; the Ascend Docker Runtime is installed too (npu_access: %1 would use it)</source>
        <translation>以挂载设备方式；节点也安装了 Ascend Docker Runtime（npu_access: %1 即可使用它）</translation>
    </message>
    <message>
        <source>as mounted devices (no Ascend Docker Runtime)</source>
        <translation>以挂载设备方式（未安装 Ascend Docker Runtime）</translation>
    </message>
    <message>
        <source>NPU %1: %2 in the project</source>
        <translation>NPU %1：项目中%2</translation>
    </message>
    <message>
        <source>NPU %1: hccn_tool reports no address</source>
        <translation>NPU %1：hccn_tool 未报告地址</translation>
    </message>
    <message>
        <source>NPU %1: the rank table would say %2, the NPU has %3</source>
        <translation>NPU %1：rank table 中将写入 %2，而该 NPU 的地址是 %3</translation>
    </message>
    <message numerus="yes">
        <source>the rank table&apos;s addresses match hccn_tool on %n NPU(s)</source>
        <translation>
            <numerusform>rank table 中的地址与 hccn_tool 在 %n 张 NPU 上的结果一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Record each NPU&apos;s address as the node reports it (hccn_tool -i N -ip -g): npufleet node set --project P --name %1 --npu-address N=A, then export again so that hccl.json carries it.</source>
        <translation>按节点报告的地址（hccn_tool -i N -ip -g）记录每张 NPU 的地址：npufleet node set --project P --name %1 --npu-address N=A，然后重新导出，使 hccl.json 包含该地址。</translation>
    </message>
    <message>
        <source>no rank table: this deployment does not use one</source>
        <translation>无需 rank table：此部署不使用</translation>
    </message>
    <message>
        <source>%1 of an earlier run of this deployment runs here: Launch stops and removes it first, which frees its ports. If another program listens there, stop it.</source>
        <translation>此部署先前运行的 %1 正在此节点运行：启动时会先停止并删除它，从而释放其端口。若有其他程序在这些端口监听，请停止它。</translation>
    </message>
    <message>
        <source>%1 of an earlier run of this deployment runs here: Launch stops and removes it first, which frees its memory. If other processes hold it, stop them.</source>
        <translation>此部署先前运行的 %1 正在此节点运行：启动时会先停止并删除它，从而释放其内存。若有其他进程占用内存，请停止它们。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>there is no demo project named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的演示项目</translation>
    </message>
    <message>
        <source>demo projects: %1</source>
        <translation>演示项目：%1</translation>
    </message>
    <message>
        <source>the demo project is missing from this build</source>
        <translation>此版本中缺少该演示项目</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 必须是键值映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: passwords are never kept in project files</source>
        <translation>&apos;%1&apos;：项目文件中从不保存密码</translation>
    </message>
    <message>
        <source>remove the key; NPU Fleet asks for passwords when needed and can keep them in the system keychain</source>
        <translation>请删除该键；NPU Fleet 会在需要时询问密码，并可将其保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (kept as it is)</source>
        <translation>%2 中有未知键 &apos;%1&apos;（已原样保留）</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>%2 中有未知键 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>缺少必需的键 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value, not a list or mapping</source>
        <translation>&apos;%1&apos; 必须是单个值，不能是列表或映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; 必须是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3, not %4</source>
        <translation>&apos;%1&apos; 必须介于 %2 和 %3 之间，而不是 %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; 必须是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; 必须是列表</translation>
    </message>
    <message>
        <source>every item of &apos;%1&apos; must be a single value</source>
        <translation>&apos;%1&apos; 的每一项都必须是单个值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of numbers, like [0, 1, 2, 3]</source>
        <translation>&apos;%1&apos; 必须是数字列表，例如 [0, 1, 2, 3]</translation>
    </message>
    <message>
        <source>every item of &apos;%1&apos; must be a device number (0 or more)</source>
        <translation>&apos;%1&apos; 的每一项都必须是设备编号（0 或更大）</translation>
    </message>
    <message>
        <source>&apos;interfaces&apos; must be a list of {name, address}</source>
        <translation>&apos;interfaces&apos; 必须是 {name, address} 的列表</translation>
    </message>
    <message>
        <source>an interface</source>
        <translation>网卡条目</translation>
    </message>
    <message>
        <source>&apos;address&apos; must be an IPv4 address such as 172.16.33.106/24</source>
        <translation>&apos;address&apos; 必须是 IPv4 地址，例如 172.16.33.106/24</translation>
    </message>
    <message>
        <source>&apos;vendor&apos; must be ascend or nvidia, not &apos;%1&apos;</source>
        <translation>&apos;vendor&apos; 必须是 ascend 或 nvidia，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a node</source>
        <translation>节点条目</translation>
    </message>
    <message>
        <source>&apos;role&apos; must be head or worker, not &apos;%1&apos;</source>
        <translation>&apos;role&apos; 必须是 head 或 worker，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>节点 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>模型条目</translation>
    </message>
    <message>
        <source>&apos;quantization&apos; must be one of auto, bf16, fp16, fp8, w8a8, w4a8, w4a16</source>
        <translation>&apos;quantization&apos; 必须是 auto、bf16、fp16、fp8、w8a8、w4a8、w4a16 之一</translation>
    </message>
    <message>
        <source>model &apos;%1&apos;</source>
        <translation>模型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;environment&apos; must be a mapping of NAME: value</source>
        <translation>&apos;environment&apos; 必须是 NAME: value 形式的映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name</source>
        <translation>&apos;%1&apos; 不是有效的环境变量名</translation>
    </message>
    <message>
        <source>the value of %1 must be a single value</source>
        <translation>%1 的值必须是单个值</translation>
    </message>
    <message>
        <source>a deployment</source>
        <translation>部署条目</translation>
    </message>
    <message>
        <source>unknown engine &apos;%1&apos;</source>
        <translation>未知引擎 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>可选值：%1</translation>
    </message>
    <message>
        <source>&apos;placement&apos; must be a list of {node, devices}</source>
        <translation>&apos;placement&apos; 必须是 {node, devices} 的列表</translation>
    </message>
    <message>
        <source>a placement</source>
        <translation>设备分配条目</translation>
    </message>
    <message>
        <source>deployment &apos;%1&apos;</source>
        <translation>部署 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>node name &apos;%1&apos; is used twice</source>
        <translation>节点名称 &apos;%1&apos; 重复出现</translation>
    </message>
    <message>
        <source>model id &apos;%1&apos; is used twice</source>
        <translation>模型 ID &apos;%1&apos; 重复出现</translation>
    </message>
    <message>
        <source>deployment name &apos;%1&apos; is used twice</source>
        <translation>部署名称 &apos;%1&apos; 重复出现</translation>
    </message>
    <message>
        <source>storage server &apos;%1&apos; is not a node of the cluster</source>
        <translation>存储服务端 &apos;%1&apos; 不是集群中的节点</translation>
    </message>
    <message>
        <source>storage client &apos;%1&apos; is not a node of the cluster</source>
        <translation>存储客户端 &apos;%1&apos; 不是集群中的节点</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a project starts with &apos;version: 1&apos;</source>
        <translation>项目文件应以 &apos;version: 1&apos; 开头</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>missing required key &apos;version&apos;</source>
        <translation>缺少必需的键 &apos;version&apos;</translation>
    </message>
    <message>
        <source>this project was written by a newer NPU Fleet (version %1; this one reads up to %2)</source>
        <translation>此项目由更新版本的 NPU Fleet 写入（格式版本 %1；当前程序最高只能读取 %2）</translation>
    </message>
    <message>
        <source>&apos;nodes&apos; must be a list</source>
        <translation>&apos;nodes&apos; 必须是列表</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>无法保存项目：%1</translation>
    </message>
    <message>
        <source>&apos;simulation&apos; names no recording bundled with NPU Fleet: &quot;%1&quot;</source>
        <translation>&apos;simulation&apos; 指定的不是 NPU Fleet 自带的录制输出：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>the project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>&apos;npu_access&apos; must be %1, not &apos;%2&apos;</source>
        <translation>&apos;npu_access&apos; 必须是 %1，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;simulation_fault&apos; must be %1, not &apos;%2&apos;</source>
        <translation>&apos;simulation_fault&apos; 必须是 %1，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;npu_addresses&apos; must map NPU ids to addresses, e.g. {0: 192.168.100.51}</source>
        <translation>&apos;npu_addresses&apos; 必须是 NPU 编号到地址的映射，例如 {0: 192.168.100.51}</translation>
    </message>
    <message>
        <source>&apos;npu_addresses&apos; keys are NPU ids 0-63, not &apos;%1&apos;</source>
        <translation>&apos;npu_addresses&apos; 的键必须是 0-63 的 NPU 编号，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the address of NPU %1 must be text</source>
        <translation>NPU %1 的地址必须是文本</translation>
    </message>
    <message>
        <source>deployment &apos;%1&apos;: %2</source>
        <translation>部署“%1”：%2</translation>
    </message>
    <message>
        <source>a calibration entry</source>
        <translation>校准条目</translation>
    </message>
</context>
<context>
    <name>RecipeText</name>
    <message>
        <source>no shared storage is configured: each node keeps its own model cache</source>
        <translation>未配置共享存储：每个节点各自保存模型缓存</translation>
    </message>
    <message>
        <source>No container of an earlier run holds the name or the NPUs</source>
        <translation>没有之前运行留下的容器占用该名称或这些 NPU</translation>
    </message>
    <message>
        <source>Start the GPUStack server (with this node&apos;s NPUs as its worker)</source>
        <translation>启动 GPUStack 服务端（本节点的 NPU 作为其工作节点）</translation>
    </message>
    <message>
        <source>Start a GPUStack worker and register it with the server</source>
        <translation>启动 GPUStack 工作节点并注册到服务端</translation>
    </message>
    <message>
        <source>The GPUStack server answers /healthz</source>
        <translation>GPUStack 服务端响应 /healthz</translation>
    </message>
    <message>
        <source>Read the worker registration token from the server</source>
        <translation>从服务端读取工作节点注册令牌</translation>
    </message>
    <message>
        <source>Stop and remove the GPUStack container</source>
        <translation>停止并删除 GPUStack 容器</translation>
    </message>
    <message>
        <source>Deploy the model %1 (%2) from GPUStack&apos;s web UI or API once the workers are listed.</source>
        <translation>工作节点列出后，在 GPUStack 的 Web 界面或 API 中部署模型 %1（%2）。</translation>
    </message>
    <message>
        <source>the Swarm recipe runs one independent replica per node: DP must be %1, not %2</source>
        <translation>Swarm 方案在每个节点上运行一个独立副本：DP 必须为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>node %1 has %2 devices, but each replica needs TP x PP = %3</source>
        <translation>节点 %1 有 %2 个设备，但每个副本需要 TP × PP = %3 个</translation>
    </message>
    <message>
        <source>firewalld is off and Docker&apos;s iptables chains exist (else tasks fail: Unable to enable SKIP DNAT rule)</source>
        <translation>firewalld 已关闭且 Docker 的 iptables 链存在（否则任务会失败：Unable to enable SKIP DNAT rule）</translation>
    </message>
    <message>
        <source>firewalld is active: systemctl stop firewalld; systemctl disable firewalld; systemctl restart docker</source>
        <translation>firewalld 处于运行状态：systemctl stop firewalld; systemctl disable firewalld; systemctl restart docker</translation>
    </message>
    <message>
        <source>This node is a swarm manager</source>
        <translation>本节点是 swarm 管理节点</translation>
    </message>
    <message>
        <source>Read the worker join token</source>
        <translation>读取工作节点加入令牌</translation>
    </message>
    <message>
        <source>This node joins the swarm</source>
        <translation>本节点加入 swarm</translation>
    </message>
    <message>
        <source>Deploy the stack (one vLLM-Ascend service per node)</source>
        <translation>部署 stack（每个节点一个 vLLM-Ascend 服务）</translation>
    </message>
    <message>
        <source>The service on this node answers /health</source>
        <translation>本节点上的服务响应 /health</translation>
    </message>
    <message>
        <source>Remove the stack</source>
        <translation>删除 stack</translation>
    </message>
    <message>
        <source>The stack&apos;s placement uses the nodes&apos; host names; they must match `docker node ls`.</source>
        <translation>stack 的放置约束使用节点的主机名，必须与 `docker node ls` 中的一致。</translation>
    </message>
    <message>
        <source>--additional-config is not a JSON object: %1</source>
        <translation>--additional-config 不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>the image tag of %1 names no version: flags were not checked against a release</source>
        <translation>%1 的镜像标签中没有版本号：参数未按具体版本检查</translation>
    </message>
    <message>
        <source>image %1 (vllm-ascend %2) has no %3</source>
        <translation>镜像 %1（vllm-ascend %2）没有 %3</translation>
    </message>
    <message>
        <source>Docker answers on this node</source>
        <translation>本节点上的 Docker 正常响应</translation>
    </message>
    <message>
        <source>The engine image is on this node</source>
        <translation>引擎镜像已在本节点上</translation>
    </message>
    <message numerus="yes">
        <source>engine %1 runs on one node, but %n nodes are placed</source>
        <translation>
            <numerusform>引擎 %1 只能在单个节点上运行，但分配了 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>engine %1 runs tensor parallel only here; DP and PP must be 1</source>
        <translation>引擎 %1 在此只支持张量并行；DP 和 PP 必须为 1</translation>
    </message>
    <message>
        <source>The server answers %1 (the model is loaded)</source>
        <translation>服务器响应 %1（模型已加载）</translation>
    </message>
    <message>
        <source>Stop and remove the engine container</source>
        <translation>停止并删除引擎容器</translation>
    </message>
    <message>
        <source>MindIE config.json keys for this layout</source>
        <translation>此切分方案对应的 MindIE config.json 键</translation>
    </message>
    <message>
        <source>Merges the settings into config.json and starts MindIE</source>
        <translation>将设置合并到 config.json 并启动 MindIE</translation>
    </message>
    <message>
        <source>The service settings are in %1</source>
        <translation>服务设置位于 %1</translation>
    </message>
    <message>
        <source>Start MindIE Service on NPUs %1 (world size %2)</source>
        <translation>在 NPU %1 上启动 MindIE Service（world size %2）</translation>
    </message>
    <message>
        <source>No container of an earlier run holds the name or the GPUs</source>
        <translation>没有之前运行留下的容器占用该名称或这些 GPU</translation>
    </message>
    <message>
        <source>Start vLLM on GPUs %1</source>
        <translation>在 GPU %1 上启动 vLLM</translation>
    </message>
    <message>
        <source>Start vLLM-Ascend on NPUs %1</source>
        <translation>在 NPU %1 上启动 vLLM-Ascend</translation>
    </message>
    <message>
        <source>The server answers /health (the model is loaded)</source>
        <translation>服务器响应 /health（模型已加载）</translation>
    </message>
    <message>
        <source>node %1 has %2 devices, not a multiple of TP x PP = %3</source>
        <translation>节点 %1 有 %2 个设备，不是 TP × PP = %3 的整数倍</translation>
    </message>
    <message>
        <source>DP rank %1</source>
        <translation>DP rank %1</translation>
    </message>
    <message>
        <source>DP ranks %1-%2</source>
        <translation>DP rank %1-%2</translation>
    </message>
    <message>
        <source>Start the data-parallel head (API server, %1)</source>
        <translation>启动数据并行主节点（API 服务器，%1）</translation>
    </message>
    <message>
        <source>Start a headless data-parallel worker (%1)</source>
        <translation>启动 headless 数据并行工作节点（%1）</translation>
    </message>
    <message>
        <source>the nodes hold %1 DP ranks, but DP is %2</source>
        <translation>各节点共有 %1 个 DP rank，但 DP 为 %2</translation>
    </message>
    <message>
        <source>All DP ranks joined and the API server answers /health</source>
        <translation>所有 DP rank 均已加入，且 API 服务器响应 /health</translation>
    </message>
    <message>
        <source>the Ray recipe runs one data-parallel rank; DP is %1</source>
        <translation>Ray 方案只运行一个数据并行 rank；当前 DP 为 %1</translation>
    </message>
    <message>
        <source>Start the Ray head</source>
        <translation>启动 Ray 主节点</translation>
    </message>
    <message>
        <source>Start a Ray worker and join the head</source>
        <translation>启动 Ray 工作节点并加入主节点</translation>
    </message>
    <message>
        <source>The Ray head answers `ray status`</source>
        <translation>Ray 主节点响应 `ray status`</translation>
    </message>
    <message numerus="yes">
        <source>All %n node(s) joined the Ray cluster</source>
        <translation>
            <numerusform>全部 %n 个节点已加入 Ray 集群</numerusform>
        </translation>
    </message>
    <message>
        <source>Start vllm serve on the Ray head (TP %1 x PP %2)</source>
        <translation>在 Ray 主节点上启动 vllm serve（TP %1 × PP %2）</translation>
    </message>
    <message>
        <source>The server answers /health (the model is loaded on every node)</source>
        <translation>服务器响应 /health（模型已在每个节点上加载）</translation>
    </message>
    <message>
        <source>use %1 or %2 for several nodes</source>
        <translation>多节点请使用 %1 或 %2</translation>
    </message>
    <message>
        <source>engine %1 runs one data-parallel rank</source>
        <translation>引擎 %1 只运行一个数据并行 rank</translation>
    </message>
    <message>
        <source>use %1 for data parallel</source>
        <translation>数据并行请使用 %1</translation>
    </message>
    <message>
        <source>use %1 for data parallel across nodes</source>
        <translation>跨节点数据并行请使用 %1</translation>
    </message>
    <message>
        <source>deployment &quot;%1&quot;: %2</source>
        <translation>部署 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes resource name (e.g. huawei.com/Ascend910)</source>
        <translation>&apos;%1&apos; 不是 Kubernetes 资源名（例如 huawei.com/Ascend910）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PersistentVolumeClaim name (lower case letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>&apos;%1&apos; 不是 PersistentVolumeClaim 名称（仅限小写字母、数字、&apos;-&apos; 和 &apos;.&apos;）</translation>
    </message>
    <message>
        <source>every pod gets the same number of NPUs, but node %1 has %2 and node %3 has %4</source>
        <translation>每个 Pod 分得的 NPU 数量必须相同，但节点 %1 有 %2 张，节点 %3 有 %4 张</translation>
    </message>
    <message>
        <source>a LeaderWorkerSet runs the same number of DP ranks in every pod: %1 pods of %2 NPUs with TP x PP = %3 hold %4 ranks, but DP is %5</source>
        <translation>LeaderWorkerSet 在每个 Pod 中运行相同数量的 DP rank：%1 个 Pod、每个 %2 张 NPU、TP × PP = %3，共 %4 个 rank，但 DP 为 %5</translation>
    </message>
    <message>
        <source>MindIE across nodes uses the same number of NPUs on every node: %1 has %2, %3 has %4</source>
        <translation>跨节点运行 MindIE 时每个节点的 NPU 数量必须相同：%1 有 %2 张，%3 有 %4 张</translation>
    </message>
    <message>
        <source>MindIE across nodes runs one model over all %1 NPUs: TP must be %1, not %2</source>
        <translation>跨节点运行 MindIE 时一个模型使用全部 %1 张 NPU：TP 必须为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>HCCL rank table: every node&apos;s NPUs and their RoCE addresses</source>
        <translation>HCCL rank table：各节点的 NPU 及其 RoCE 地址</translation>
    </message>
    <message>
        <source>Start MindIE Service, the master (rank 0, serves the API), on NPUs %1</source>
        <translation>在 NPU %1 上启动 MindIE Service 主节点（rank 0，对外提供 API）</translation>
    </message>
    <message>
        <source>Start MindIE Service, a slave, on NPUs %1</source>
        <translation>在 NPU %1 上启动 MindIE Service 从节点</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>未记录地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no address an NPU can be reached at</source>
        <translation>&quot;%1&quot; 不是可访问 NPU 的地址</translation>
    </message>
    <message>
        <source>node %1, NPU %2: %3 for the rank table&apos;s device_ip</source>
        <translation>节点 %1，NPU %2：rank table 的 device_ip %3</translation>
    </message>
    <message>
        <source>read it on the node with `hccn_tool -i %1 -ip -g` (set one with `hccn_tool -i %1 -ip -s address A netmask M`), then record it: npufleet node set --project P --name %2 --npu-address %1=A</source>
        <translation>在节点上用 `hccn_tool -i %1 -ip -g` 读取地址（用 `hccn_tool -i %1 -ip -s address A netmask M` 设置），然后记录：npufleet node set --project P --name %2 --npu-address %1=A</translation>
    </message>
    <message numerus="yes">
        <source>Docker&apos;s default runtime is the Ascend Docker Runtime and the node offers %n NPU(s) to Swarm</source>
        <translation>
            <numerusform>Docker 的默认运行时为 Ascend Docker Runtime，且节点向 Swarm 提供 %n 张 NPU</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 on this node first (RUNBOOK.md: Before the first start)</source>
        <translation>请先在此节点上运行 %1（见 RUNBOOK.md：首次启动之前）</translation>
    </message>
    <message>
        <source>daemon.json keys for node %1: the Ascend Docker Runtime as default runtime, its NPUs as Swarm generic resources</source>
        <translation>节点 %1 的 daemon.json 配置项：以 Ascend Docker Runtime 为默认运行时，并将其 NPU 作为 Swarm 通用资源</translation>
    </message>
    <message>
        <source>Merges daemon.json into /etc/docker/daemon.json and restarts Docker when it changed</source>
        <translation>将 daemon.json 合并到 /etc/docker/daemon.json，有变化时重启 Docker</translation>
    </message>
    <message>
        <source>On **%1** (`%2`): `sudo bash %3` — makes the Ascend Docker Runtime Docker&apos;s default runtime and offers the node&apos;s %4 NPUs to Swarm (kind %5); keeps the other keys of /etc/docker/daemon.json and a dated backup, and restarts Docker if anything changed (running containers stop unless live-restore is on).</source>
        <translation>在 **%1**（`%2`）上：`sudo bash %3` —— 将 Ascend Docker Runtime 设为 Docker 的默认运行时，并向 Swarm 提供该节点的 %4 张 NPU（类型 %5）；保留 /etc/docker/daemon.json 中的其他配置项并留有带日期的备份，有变化时重启 Docker（除非开启 live-restore，否则正在运行的容器会停止）。</translation>
    </message>
    <message>
        <source>Swarm ignores devices, shm_size, ipc and privileged (docker stack deploy prints &quot;Ignoring unsupported options&quot;). The NPUs reach each service through the Ascend Docker Runtime, the nodes&apos; default runtime, which mounts the NPUs that ASCEND_VISIBLE_DEVICES names and the driver; shared memory is a tmpfs of %1 GiB mounted at /dev/shm by the stack itself.</source>
        <translation>Swarm 会忽略 devices、shm_size、ipc 和 privileged（docker stack deploy 会提示 &quot;Ignoring unsupported options&quot;）。各服务通过节点的默认运行时 Ascend Docker Runtime 获得 NPU，它会挂载 ASCEND_VISIBLE_DEVICES 指定的 NPU 和驱动；共享内存由堆栈本身以 %1 GiB 的 tmpfs 挂载到 /dev/shm。</translation>
    </message>
</context>
<context>
    <name>RemoteText</name>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>npu-smi output not understood: %1</source>
        <translation>无法解析 npu-smi 输出：%1</translation>
    </message>
    <message>
        <source>npu-smi failed: %1</source>
        <translation>npu-smi 执行失败：%1</translation>
    </message>
    <message>
        <source>nvidia-smi output not understood: %1</source>
        <translation>无法解析 nvidia-smi 输出：%1</translation>
    </message>
    <message>
        <source>neither npu-smi nor nvidia-smi was found on the node</source>
        <translation>节点上既没有找到 npu-smi，也没有找到 nvidia-smi</translation>
    </message>
    <message>
        <source>nvidia-smi failed: %1</source>
        <translation>nvidia-smi 执行失败：%1</translation>
    </message>
    <message>
        <source>bad host &apos;%1&apos; in --hosts: %2</source>
        <translation>--hosts 中的主机 &apos;%1&apos; 无效：%2</translation>
    </message>
    <message>
        <source>--hosts names no host</source>
        <translation>--hosts 未指定任何主机</translation>
    </message>
    <message>
        <source>empty user</source>
        <translation>用户为空</translation>
    </message>
    <message>
        <source>missing ]</source>
        <translation>缺少 ]</translation>
    </message>
    <message>
        <source>expected :port after ]</source>
        <translation>] 后应为 :port</translation>
    </message>
    <message>
        <source>empty host</source>
        <translation>主机为空</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>the project has no node named &apos;%1&apos;</source>
        <translation>项目中没有名为 &apos;%1&apos; 的节点</translation>
    </message>
    <message>
        <source>no node to run on</source>
        <translation>没有可运行的节点</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>unknown node &quot;%1&quot; in the placement</source>
        <translation>设备分配中有未知节点 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>node %1 appears twice in the placement</source>
        <translation>节点 %1 在设备分配中出现了两次</translation>
    </message>
    <message>
        <source>no devices chosen on node %1</source>
        <translation>节点 %1 上未选择任何设备</translation>
    </message>
    <message>
        <source>device %1 is used twice on node %2</source>
        <translation>设备 %1 在节点 %2 上被使用了两次</translation>
    </message>
    <message>
        <source>device %1 does not exist on node %2 (it has %3)</source>
        <translation>节点 %2 上不存在设备 %1（该节点：%3）</translation>
    </message>
    <message>
        <source>no accelerators</source>
        <translation>无加速卡</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>device %1 on node %2 is also used by deployment &quot;%3&quot;</source>
        <translation>节点 %2 上的设备 %1 也被部署 &quot;%3&quot; 使用</translation>
    </message>
    <message>
        <source>node %1 has no cluster network interface</source>
        <translation>节点 %1 没有集群网卡</translation>
    </message>
    <message>
        <source>set the NIC that carries cluster traffic (HCCL_SOCKET_IFNAME) for every node</source>
        <translation>请为每个节点设置承载集群流量的网卡（HCCL_SOCKET_IFNAME）</translation>
    </message>
    <message>
        <source>engine %1 cannot run on node %2 (%3 accelerators)</source>
        <translation>引擎 %1 无法在节点 %2 上运行（%3 加速卡）</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is not in the project</source>
        <translation>模型 &quot;%1&quot; 不在项目中</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; has no path on the nodes</source>
        <translation>模型 &quot;%1&quot; 没有设置在节点上的路径</translation>
    </message>
    <message>
        <source>no placement: assign NPUs on at least one node</source>
        <translation>未分配设备：请至少在一个节点上分配 NPU</translation>
    </message>
    <message>
        <source>TP, PP and DP must each be at least 1</source>
        <translation>TP、PP 和 DP 都必须至少为 1</translation>
    </message>
    <message>
        <source>TP %1 x PP %2 x DP %3 = %4 devices, but %5 are placed</source>
        <translation>TP %1 × PP %2 × DP %3 = %4 个设备，但分配了 %5 个</translation>
    </message>
    <message>
        <source>TP %1 does not divide the model&apos;s %2 attention heads</source>
        <translation>TP %1 不能整除模型的 %2 个注意力头</translation>
    </message>
    <message>
        <source>memory not estimated: %1</source>
        <translation>未估算显存：%1</translation>
    </message>
    <message>
        <source>give the model a folder with its config.json here, or a catalog entry</source>
        <translation>为模型提供本机上含 config.json 的文件夹，或一个目录条目</translation>
    </message>
    <message>
        <source>over the HBM budget by %1 GiB per NPU (weights %2 GiB per NPU)</source>
        <translation>每张 NPU 超出 HBM 预算 %1 GiB（每张 NPU 权重 %2 GiB）</translation>
    </message>
    <message>
        <source>use more NPUs (Plan lists the layouts that fit), a shorter max-model-len or a quantized model</source>
        <translation>使用更多 NPU（“规划”列出可容纳的布局）、更短的 max-model-len 或量化模型</translation>
    </message>
    <message>
        <source>add it under &apos;models&apos; or correct the id</source>
        <translation>请将其添加到 &apos;models&apos; 下，或更正 ID</translation>
    </message>
    <message>
        <source>drop it on NPUs, use Assign to… or Auto-place</source>
        <translation>将其拖放到 NPU 上，或使用“分配到…”或“自动分配”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a TP %1 group spans %2: its all-reduce runs over RoCE, much slower than HCCS</source>
        <translation>一个 TP %1 组跨越 %2：其 all-reduce 经 RoCE 进行，远慢于 HCCS</translation>
    </message>
    <message>
        <source>place each TP group on one node; spread across nodes with DP or PP</source>
        <translation>将每个 TP 组放在同一节点上；跨节点请用 DP 或 PP</translation>
    </message>
    <message>
        <source>TP group on %1 uses NPUs %2; keep a TP group on consecutive NPUs inside 0-3 or 4-7</source>
        <translation>%1 上的 TP 组使用 NPU %2；TP 组应位于 0-3 或 4-7 内的连续 NPU 上</translation>
    </message>
    <message>
        <source>a process npu-smi does not list</source>
        <translation>npu-smi 未列出的进程</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation>进程 %1（%2）</translation>
    </message>
    <message>
        <source>NPU %1: %2 GiB held by %3</source>
        <translation>NPU %1：%3 占用 %2 GiB</translation>
    </message>
    <message>
        <source>stop those processes (an earlier run of this deployment too), place it on other NPUs, or lower gpu-memory-utilization to %1 or less</source>
        <translation>停止这些进程（包括本部署先前的运行），将其放到其他 NPU 上，或将 gpu-memory-utilization 降至 %1 或更低</translation>
    </message>
    <message>
        <source>stop those processes (an earlier run of this deployment too) or place it on other NPUs</source>
        <translation>停止这些进程（包括本部署先前的运行），或将其放到其他 NPU 上</translation>
    </message>
    <message>
        <source>memory in use on %1: %2; the engine asks for %3 GiB of %4 GiB per NPU (gpu-memory-utilization %5)</source>
        <translation>%1 上的显存已被占用：%2；引擎需要每张 NPU %4 GiB 中的 %3 GiB（gpu-memory-utilization %5）</translation>
    </message>
</context>
<context>
    <name>SafeValueText</name>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation>节点 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;</source>
        <translation>模型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>deployment &quot;%1&quot;</source>
        <translation>部署 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the shared storage</source>
        <translation>共享存储</translation>
    </message>
    <message>
        <source>it holds a control character (a newline, NUL, escape or the like)</source>
        <translation>其中含有控制字符（换行、NUL、转义符等）</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>it starts with &apos;-&apos;, so a program would read it as an option</source>
        <translation>以 &apos;-&apos; 开头，程序会把它当作选项</translation>
    </message>
    <message>
        <source>it must be one host, address, network (10.0.0.0/24), wildcard or @netgroup, without spaces, parentheses or quotes</source>
        <translation>必须是单个主机、地址、网段（10.0.0.0/24）、通配符或 @netgroup，不能含空格、括号或引号</translation>
    </message>
    <message>
        <source>it must be a comma-separated list of name or name=value options, without spaces, quotes, &apos;#&apos; or parentheses</source>
        <translation>必须是以逗号分隔的 name 或 name=value 选项列表，不能含空格、引号、&apos;#&apos; 或括号</translation>
    </message>
    <message>
        <source>an environment variable name is letters, digits and _, not starting with a digit</source>
        <translation>环境变量名只能包含字母、数字和 _，且不能以数字开头</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处%1</translation>
    </message>
    <message>
        <source>it must be a JSON object, {...}</source>
        <translation>必须是 JSON 对象 {...}</translation>
    </message>
    <message>
        <source>it must be an absolute path, starting with /</source>
        <translation>必须是以 / 开头的绝对路径</translation>
    </message>
    <message>
        <source>it must not contain a &apos;..&apos; part</source>
        <translation>不能包含 &apos;..&apos; 路径段</translation>
    </message>
    <message>
        <source>it holds &apos;%1&apos;, which /etc/exports and /etc/fstab read as syntax</source>
        <translation>其中含有 &apos;%1&apos;，/etc/exports 和 /etc/fstab 会把它当作语法</translation>
    </message>
    <message>
        <source>it holds &apos;:&apos;, which separates the parts of a container volume</source>
        <translation>其中含有 &apos;:&apos;，它用于分隔容器卷的各部分</translation>
    </message>
    <message>
        <source>it must be a relative path</source>
        <translation>必须是相对路径</translation>
    </message>
    <message>
        <source>it must not have an empty, &apos;.&apos; or &apos;..&apos; part</source>
        <translation>不能包含空的、&apos;.&apos; 或 &apos;..&apos; 路径段</translation>
    </message>
    <message>
        <source>it starts with &apos;.&apos;, so as a file name it would be hidden or name a folder above</source>
        <translation>以 &apos;.&apos; 开头，作为文件名会被隐藏或指向上级文件夹</translation>
    </message>
    <message>
        <source>it holds &apos;/&apos; or &apos;\&apos;, so as a file name it would name another folder</source>
        <translation>其中含有 &apos;/&apos; 或 &apos;\&apos;，作为文件名会指向另一个文件夹</translation>
    </message>
    <message>
        <source>a host is a name or an address: letters, digits and . - _ : only</source>
        <translation>主机是名称或地址：只能包含字母、数字和 . - _ :</translation>
    </message>
    <message>
        <source>a user name is letters, digits and . _ - @ only</source>
        <translation>用户名只能包含字母、数字和 . _ - @</translation>
    </message>
    <message>
        <source>an interface name is at most 15 letters, digits and . _ - : @</source>
        <translation>网卡名最多 15 个字符，只能包含字母、数字和 . _ - : @</translation>
    </message>
    <message>
        <source>an image is [registry/]name[:tag][@digest]: letters, digits and . _ / : @ + - only</source>
        <translation>镜像格式为 [registry/]name[:tag][@digest]：只能包含字母、数字和 . _ / : @ + -</translation>
    </message>
    <message>
        <source>it must be a bare file name: letters, digits and . _ - only, no folder</source>
        <translation>必须是不含文件夹的文件名：只能包含字母、数字和 . _ -</translation>
    </message>
    <message>
        <source>%1: refused &quot;%2&quot;: %3</source>
        <translation>%1：拒绝了 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>%1, %2: refused &quot;%3&quot;: %4</source>
        <translation>%1，%2：拒绝了 &quot;%3&quot;：%4</translation>
    </message>
    <message>
        <source>correct the value: it would reach a command on the nodes or a line of a file</source>
        <translation>请更正该值：它会进入节点上的命令或文件中的一行</translation>
    </message>
    <message>
        <source>calibration &quot;%1&quot;</source>
        <translation>校准“%1”</translation>
    </message>
</context>
<context>
    <name>SecretText</name>
    <message>
        <source>secrets are never stored in project files or exports; set the variable on the machine that runs the launch</source>
        <translation>敏感信息从不保存在项目文件或导出文件中；请在执行启动的机器上设置该变量</translation>
    </message>
    <message>
        <source>the JSON key &quot;%1&quot; holds a secret</source>
        <translation>JSON 键 &quot;%1&quot; 中含有敏感信息</translation>
    </message>
    <message>
        <source>keep secrets out of JSON options: give the engine the secret through an environment variable such as %1: ${%1}</source>
        <translation>不要把敏感信息写进 JSON 选项：请通过环境变量把它交给引擎，例如 %1: ${%1}</translation>
    </message>
    <message>
        <source>the JSON value of &quot;%1&quot; looks like a secret (%2)</source>
        <translation>&quot;%1&quot; 的 JSON 值看起来是敏感信息（%2）</translation>
    </message>
    <message>
        <source>keep secrets out of JSON options: pass them in an environment variable written as ${VAR}</source>
        <translation>不要把敏感信息写进 JSON 选项：请通过写成 ${VAR} 的环境变量传递</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>OpenAI 风格的 API 密钥</translation>
    </message>
    <message>
        <source>a Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>GitHub 令牌</translation>
    </message>
    <message>
        <source>a GitLab token</source>
        <translation>GitLab 令牌</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>Slack 令牌</translation>
    </message>
    <message>
        <source>an AWS key</source>
        <translation>AWS 密钥</translation>
    </message>
    <message>
        <source>an Authorization header value</source>
        <translation>Authorization 请求头的值</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>JSON Web Token（JWT）</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>a URL with a password</source>
        <translation>含密码的 URL</translation>
    </message>
    <message>
        <source>a long random token</source>
        <translation>一串很长的随机令牌</translation>
    </message>
    <message>
        <source>%1 looks like a secret: write it as a reference such as ${%2}</source>
        <translation>%1 看起来是敏感信息：请写成引用形式，例如 ${%2}</translation>
    </message>
    <message>
        <source>%1 in %2 looks like a secret: write it as a reference such as ${%3}</source>
        <translation>%2 中的 %1 看起来是敏感信息：请写成引用形式，例如 ${%3}</translation>
    </message>
    <message>
        <source>the value of %1 looks like a secret (%2)</source>
        <translation>%1 的值看起来是敏感信息（%2）</translation>
    </message>
    <message>
        <source>write it as a reference such as ${%1}; </source>
        <translation>请写成引用形式，例如 ${%1}；</translation>
    </message>
    <message>
        <source>a value looks like a secret (%1)</source>
        <translation>某个值看起来是敏感信息（%1）</translation>
    </message>
    <message>
        <source>move the secret into an environment variable and write it as ${VAR}</source>
        <translation>请把敏感信息移到环境变量中，并写成 ${VAR}</translation>
    </message>
    <message>
        <source>%1 carries a secret on the engine&apos;s command line</source>
        <translation>%1 会把敏感信息放到引擎的命令行上</translation>
    </message>
    <message>
        <source>remove %1 and its value; add %2: ${%2} under environment (the engine reads it from there, and the value comes from the launching machine)</source>
        <translation>请删除 %1 及其值；在 environment 下添加 %2: ${%2}（引擎从那里读取，值来自执行启动的机器）</translation>
    </message>
    <message>
        <source>an argument looks like a secret (%1)</source>
        <translation>某个参数看起来是敏感信息（%1）</translation>
    </message>
    <message>
        <source>pass the secret in an environment variable the engine reads, written as ${VAR} under environment</source>
        <translation>请通过引擎会读取的环境变量传递敏感信息，在 environment 下写成 ${VAR}</translation>
    </message>
</context>
<context>
    <name>SimulationText</name>
    <message>
        <source>no simulated server answers at this address (open its demo project)</source>
        <translation>此地址没有模拟服务器应答（请打开对应的演示项目）</translation>
    </message>
    <message>
        <source>the simulated server at %1 answered HTTP %2</source>
        <translation>%1 的模拟服务器返回 HTTP %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>This is a simulated reply from %1, served by the demo deployment %2 on %3 (Ascend %4, TP %5, PP %6, DP %7). Nothing was sent to the lab: a demo project answers from NPU Fleet&apos;s built-in simulator, with the time to first token and the time per output token that the planner estimates for this model and layout.</source>
        <translation>这是 %1 的模拟回复，由演示部署 %2 在 %3 上提供（昇腾 %4，TP %5，PP %6，DP %7）。没有任何请求发往实验室：演示项目由 NPU Fleet 内置的模拟器应答，首 token 时延和每个输出 token 的时延取自规划器对该模型和布局的估算。</translation>
    </message>
    <message>
        <source>The Benchmark tab measures it as vllm bench serve would.</source>
        <translation>“压测”页会像 vllm bench serve 一样测量它。</translation>
    </message>
    <message>
        <source>The Monitor tab watches its /metrics: requests running and waiting, KV-cache usage, token rates and latency histograms.</source>
        <translation>“监控”页会观察它的 /metrics：运行中和等待中的请求、KV cache 使用率、token 速率和时延直方图。</translation>
    </message>
    <message>
        <source>Other users of the lab send requests too, so the figures move even when you do not.</source>
        <translation>实验室的其他用户也在发送请求，所以即使你什么都不发，这些数字也会变化。</translation>
    </message>
    <message>
        <source>Long prompts wait for their prefill; long replies run one decode step per token, and each step takes longer as the batch grows.</source>
        <translation>长提示词要等待预填充；长回复每个 token 执行一次解码步骤，批次越大，每一步越慢。</translation>
    </message>
    <message>
        <source>simulated node %1: connection refused</source>
        <translation>模拟节点 %1：连接被拒绝</translation>
    </message>
    <message>
        <source>simulated node %1: no answer within %2 s</source>
        <translation>模拟节点 %1：%2 秒内无应答</translation>
    </message>
    <message>
        <source>simulated node %1: no recorded output for &apos;%2&apos;
</source>
        <translation>模拟节点 %1：没有 &apos;%2&apos; 的录制输出
</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1 has no value</source>
        <translation>%1 没有值</translation>
    </message>
    <message>
        <source>Port %1 is not a port number</source>
        <translation>Port %1 不是有效的端口号</translation>
    </message>
    <message>
        <source>%1: the %%2 token is not expanded in &apos;%3&apos;</source>
        <translation>%1：&apos;%3&apos; 中的 %%2 标记不会被展开</translation>
    </message>
    <message>
        <source>Match block skipped: its conditions are not evaluated on import</source>
        <translation>已跳过 Match 块：导入时不评估其条件</translation>
    </message>
    <message>
        <source>Host line without a pattern</source>
        <translation>Host 行缺少主机模式</translation>
    </message>
    <message>
        <source>%1 skipped: a negated pattern is not a host</source>
        <translation>已跳过 %1：否定模式不是主机</translation>
    </message>
    <message>
        <source>%1 skipped: a wildcard pattern is not a host (its options apply to matching hosts)</source>
        <translation>已跳过 %1：通配符模式不是主机（其选项作用于匹配的主机）</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>the SSH config file does not exist</source>
        <translation>SSH 配置文件不存在</translation>
    </message>
    <message>
        <source>cannot read the SSH config: %1</source>
        <translation>无法读取 SSH 配置：%1</translation>
    </message>
    <message>
        <source>line skipped: %1</source>
        <translation>已跳过该行：%1</translation>
    </message>
    <message>
        <source>Include names no file</source>
        <translation>Include 未指定文件</translation>
    </message>
    <message>
        <source>Include nested more than %1 deep: not followed</source>
        <translation>Include 嵌套超过 %1 层：不再继续展开</translation>
    </message>
    <message>
        <source>Include %1: no file matches</source>
        <translation>Include %1：没有匹配的文件</translation>
    </message>
    <message>
        <source>Include %1: the file does not exist</source>
        <translation>Include %1：文件不存在</translation>
    </message>
    <message>
        <source>SSH config</source>
        <translation>SSH 配置</translation>
    </message>
</context>
<context>
    <name>SshImportText</name>
    <message>
        <source>%1 is already in the project; skipped.</source>
        <translation>%1 已在项目中；已跳过。</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>无法创建 SSH 会话</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <source>no host key from %1: %2</source>
        <translation>未从 %1 获得主机密钥：%2</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED (now %2). Someone may be intercepting the connection, or the server was reinstalled. Refused; remove the old key from %3 only once you have verified the new one.</source>
        <translation>警告：%1 的主机密钥已更改（现为 %2）。可能有人正在拦截连接，也可能服务器已重装。已拒绝连接；请先核实新密钥，然后再从 %3 中删除旧密钥。</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3)</source>
        <translation>%1 的主机密钥未知（%2 %3）</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>无法检查 %1 的主机密钥：%2</translation>
    </message>
    <message>
        <source>connection lost during login: %1</source>
        <translation>登录过程中连接断开：%1</translation>
    </message>
    <message>
        <source>key %1 does not exist</source>
        <translation>密钥 %1 不存在</translation>
    </message>
    <message>
        <source>key %1 needs a passphrase</source>
        <translation>密钥 %1 需要口令</translation>
    </message>
    <message>
        <source>key %1: wrong passphrase or unreadable key</source>
        <translation>密钥 %1：口令错误或密钥无法读取</translation>
    </message>
    <message>
        <source>key %1 cannot be read</source>
        <translation>无法读取密钥 %1</translation>
    </message>
    <message>
        <source>key %1 was refused</source>
        <translation>密钥 %1 被拒绝</translation>
    </message>
    <message>
        <source>no default key in ~/.ssh was accepted</source>
        <translation>~/.ssh 中的默认密钥均未被接受</translation>
    </message>
    <message>
        <source>the password was refused</source>
        <translation>密码被拒绝</translation>
    </message>
    <message>
        <source>a password is needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>%1@%2 refused the login: %3</source>
        <translation>%1@%2 拒绝登录：%3</translation>
    </message>
    <message>
        <source>(local user)</source>
        <translation>（本地用户）</translation>
    </message>
    <message>
        <source>no usable method</source>
        <translation>没有可用的认证方式</translation>
    </message>
    <message>
        <source>%1: connection lost %2: %3</source>
        <translation>%1：%2连接断开：%3</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无通道）</translation>
    </message>
    <message>
        <source>while opening a channel</source>
        <translation>在打开通道时</translation>
    </message>
    <message>
        <source>while starting the command</source>
        <translation>在启动命令时</translation>
    </message>
    <message>
        <source>while writing input</source>
        <translation>在写入输入时</translation>
    </message>
    <message>
        <source>no result after %1 s: stopped</source>
        <translation>%1 s 后仍无结果：已停止</translation>
    </message>
    <message>
        <source>while the command ran</source>
        <translation>在命令运行期间</translation>
    </message>
    <message>
        <source>before the exit status came</source>
        <translation>在收到退出状态之前</translation>
    </message>
    <message>
        <source>%1: the command ended without an exit status (killed by a signal?)</source>
        <translation>%1：命令结束时没有退出状态（被信号终止？）</translation>
    </message>
    <message>
        <source>%1: %2 %3 failed (SFTP error %4): %5</source>
        <translation>%1：%2 %3 失败（SFTP 错误 %4）：%5</translation>
    </message>
    <message>
        <source>starting SFTP for</source>
        <translation>启动 SFTP 以传输</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>setting the mode of</source>
        <translation>设置权限</translation>
    </message>
    <message>
        <source>cancelled while connecting</source>
        <translation>连接时已取消</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: no answer within %3 s</source>
        <translation>无法连接 %1:%2：%3 秒内无应答</translation>
    </message>
    <message numerus="yes">
        <source>keyboard-interactive asks for %n answer(s), more than a password</source>
        <translation>
            <numerusform>keyboard-interactive 要求 %n 个回答，不只是密码</numerusform>
        </translation>
    </message>
    <message>
        <source>keyboard-interactive asks &apos;%1&apos;, which is not a password</source>
        <translation>keyboard-interactive 询问“%1”，这不是密码</translation>
    </message>
    <message>
        <source>the password was refused (keyboard-interactive)</source>
        <translation>密码被拒绝（keyboard-interactive）</translation>
    </message>
    <message>
        <source>%1: the command printed more than %2: stopped</source>
        <translation>%1：命令输出超过 %2，已停止</translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>no unverified host key is known for %1</source>
        <translation>没有 %1 的未验证主机密钥</translation>
    </message>
    <message>
        <source>the host key of %1 has changed: it is never accepted from here; remove the old key from %2 once you have verified the new one</source>
        <translation>%1 的主机密钥已更改：此处绝不会接受该密钥；核实新密钥后，请从 %2 中删除旧密钥</translation>
    </message>
</context>
<context>
    <name>YamlGuardText</name>
    <message>
        <source>the alias *%1 is inside the node it names: it would repeat for ever</source>
        <translation>别名 *%1 位于它所指向的节点内部：展开将永无止境</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (aliases counted each time they are used)</source>
        <translation>文档展开后超过 %1 个节点（别名每使用一次都计数）</translation>
    </message>
    <message>
        <source>a project file needs no aliases; write the values out</source>
        <translation>项目文件无需别名；请直接写出各个值</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is given twice in this mapping</source>
        <translation>此映射中键 &apos;%1&apos; 出现了两次</translation>
    </message>
    <message>
        <source>keep one of them</source>
        <translation>只保留其中一个</translation>
    </message>
    <message>
        <source>the document nests more than %1 levels deep</source>
        <translation>文档嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the project file is larger than %1, more than NPU Fleet reads</source>
        <translation>项目文件大于 %1，超出 NPU Fleet 的读取上限</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 here</source>
        <translation>此处的文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>请将文件保存为 UTF-8 编码</translation>
    </message>
</context>
<context>
    <name>npufleet::bench::LoadGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>the stream carried data that is not JSON</source>
        <translation>流中含有不是 JSON 的数据</translation>
    </message>
    <message>
        <source>no complete reply within %1 s</source>
        <translation>%1 s 内没有完整的回复</translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation>%1 s 内没有进展</translation>
    </message>
    <message>
        <source>the run&apos;s deadline (%1 s) passed</source>
        <translation>已超过本次运行的截止时间（%1 s）</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>npufleet::bench::StreamConnection</name>
    <message>
        <source>not an HTTP response</source>
        <translation>不是 HTTP 响应</translation>
    </message>
    <message>
        <source>bad chunked encoding</source>
        <translation>chunked 编码无效</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未响应即关闭了连接</translation>
    </message>
    <message>
        <source>the connection closed before the response ended</source>
        <translation>响应结束前连接已关闭</translation>
    </message>
</context>
<context>
    <name>npufleet::bench::StreamOutput</name>
    <message>
        <source>never received a valid chunk to calculate TTFT</source>
        <translation>从未收到有效的数据块，无法计算 TTFT</translation>
    </message>
    <message>
        <source>the stream ended before the reply was complete</source>
        <translation>回复完成前数据流已结束</translation>
    </message>
</context>
<context>
    <name>npufleet::bench::SummaryTable</name>
    <message>
        <source>Failed requests by reason:</source>
        <translation>按原因统计的失败请求：</translation>
    </message>
</context>
<context>
    <name>npufleet::checks::CheckCatalog</name>
    <message>
        <source>SSH access</source>
        <translation>SSH 访问</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>NPUs present and healthy</source>
        <translation>NPU 存在且健康</translation>
    </message>
    <message>
        <source>HBM free</source>
        <translation>空闲 HBM</translation>
    </message>
    <message>
        <source>Other processes on the NPUs</source>
        <translation>NPU 上的其他进程</translation>
    </message>
    <message>
        <source>NPU links</source>
        <translation>NPU 链路</translation>
    </message>
    <message>
        <source>NPU network health</source>
        <translation>NPU 网络健康状态</translation>
    </message>
    <message>
        <source>NPU addresses</source>
        <translation>NPU 地址</translation>
    </message>
    <message>
        <source>NPU gateway</source>
        <translation>NPU 网关</translation>
    </message>
    <message>
        <source>Switch ports (LLDP)</source>
        <translation>交换机端口 (LLDP)</translation>
    </message>
    <message>
        <source>/etc/hccn.conf</source>
        <translation>/etc/hccn.conf</translation>
    </message>
    <message>
        <source>NPU ping to peers</source>
        <translation>NPU ping 对端</translation>
    </message>
    <message>
        <source>Cluster NIC</source>
        <translation>集群网卡</translation>
    </message>
    <message>
        <source>Docker engine</source>
        <translation>Docker 引擎</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>firewalld</source>
        <translation>firewalld</translation>
    </message>
    <message>
        <source>Ports free</source>
        <translation>端口空闲</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>磁盘空间</translation>
    </message>
    <message>
        <source>Same versions</source>
        <translation>版本一致</translation>
    </message>
    <message>
        <source>Shared memory (--shm-size)</source>
        <translation>共享内存（--shm-size）</translation>
    </message>
    <message>
        <source>NPUs in containers</source>
        <translation>容器中的 NPU</translation>
    </message>
    <message>
        <source>Rank table addresses</source>
        <translation>Rank table 地址</translation>
    </message>
</context>
<context>
    <name>npufleet::checks::PortsOnNode</name>
    <message>
        <source>cannot list the listening ports on %1: %2</source>
        <translation>无法列出 %1 上正在监听的端口：%2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::checks::Preflight</name>
    <message>
        <source>the project has no deployment</source>
        <translation>项目中没有部署</translation>
    </message>
</context>
<context>
    <name>npufleet::cli</name>
    <message>
        <source>Try &apos;npufleet %1 --help&apos;.</source>
        <translation>请尝试 &apos;npufleet %1 --help&apos;。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>npufleet: unknown option &apos;%1&apos;
</source>
        <translation>npufleet：未知选项 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>npufleet: this build has no GUI (built with NPUFLEET_GUI=OFF); give a verb
</source>
        <translation>npufleet：此版本不含图形界面（以 NPUFLEET_GUI=OFF 构建）；请指定一个子命令
</translation>
    </message>
    <message>
        <source>Usage: npufleet [PROJECT.yaml]          start the GUI (a start page when none is given)
       npufleet VERB [options]          run one task without the GUI

Verbs:
  plan        which TP/PP/DP/EP layouts of a model fit on the NPUs, with weights and KV cache per NPU
  inventory   nodes and their NPUs, live over SSH or from a saved npu-smi output
  exec        run one command on many nodes at once
  export      write a deployment&apos;s launch scripts and configs to files
  preflight   check nodes, NPUs, links and network before a launch
  diagnose    name known failures in a log and their fixes
  chat        stream one reply from an OpenAI-compatible endpoint
  bench       measure throughput and latency like &apos;vllm bench serve&apos;
  monitor     read a vLLM server&apos;s /metrics once or every few seconds
  project     create a project file (project new FILE --name NAME)
  node        add a node to a project, or remove one
  deployment  add, change, remove or show a deployment of a project

Options:
  -h, --help     show this help (&apos;npufleet VERB --help&apos; for a verb&apos;s options)
  -v, --version  show the version
</source>
        <translation>用法：npufleet [PROJECT.yaml]          启动图形界面（未指定项目时显示开始页）
      npufleet VERB [options]          不启动图形界面，执行单个任务

子命令：
  plan        计算模型的哪些 TP/PP/DP/EP 切分方案能放进 NPU，以及每张 NPU 上的权重和 KV cache
  inventory   列出节点及其 NPU，通过 SSH 实时获取，或读取已保存的 npu-smi 输出
  exec        在多个节点上同时执行一条命令
  export      将部署的启动脚本和配置写入文件
  preflight   启动前预检节点、NPU、链路和网络
  diagnose    识别日志中的已知故障并给出修复方法
  chat        从 OpenAI 兼容端点流式获取一条回复
  bench       像 &apos;vllm bench serve&apos; 一样测量吞吐和时延
  monitor     读取 vLLM 服务器的 /metrics，一次或每隔几秒
  project     创建项目文件（project new FILE --name NAME）
  node        向项目添加节点或从中删除节点
  deployment  添加、修改、删除或查看项目中的部署

选项：
  -h, --help     显示此帮助（&apos;npufleet VERB --help&apos; 查看子命令的选项）
  -v, --version  显示版本
</translation>
    </message>
</context>
<context>
    <name>npufleet::cli::BenchCommand</name>
    <message>
        <source>The server, e.g. http://10.0.0.11:8000 (with or without /v1).</source>
        <translation>服务器，例如 http://10.0.0.11:8000（带或不带 /v1）。</translation>
    </message>
    <message>
        <source>Server host when --base-url is not given.</source>
        <translation>未指定 --base-url 时的服务器主机。</translation>
    </message>
    <message>
        <source>Server port when --base-url is not given.</source>
        <translation>未指定 --base-url 时的服务器端口。</translation>
    </message>
    <message>
        <source>Tokenizer name, recorded in the result.</source>
        <translation>分词器名称，记录在结果中。</translation>
    </message>
    <message>
        <source>/v1/completions or /v1/chat/completions.</source>
        <translation>/v1/completions 或 /v1/chat/completions。</translation>
    </message>
    <message>
        <source>openai (completions) or openai-chat; sets --endpoint.</source>
        <translation>openai (completions) 或 openai-chat；设置 --endpoint。</translation>
    </message>
    <message>
        <source>random, sharegpt or custom (a prompts file: lines or JSONL).</source>
        <translation>random、sharegpt 或 custom（提示词文件：纯文本行或 JSONL）。</translation>
    </message>
    <message>
        <source>The ShareGPT JSON or prompts file.</source>
        <translation>ShareGPT JSON 或提示词文件。</translation>
    </message>
    <message>
        <source>Prompt tokens per request (random dataset).</source>
        <translation>每个请求的提示词 token 数（random 数据集）。</translation>
    </message>
    <message>
        <source>Output tokens per request (random and custom datasets).</source>
        <translation>每个请求的输出 token 数（random 和 custom 数据集）。</translation>
    </message>
    <message>
        <source>Lengths vary within ±ratio.</source>
        <translation>长度在 ±ratio 范围内变化。</translation>
    </message>
    <message>
        <source>Tokens shared at the start of every prompt.</source>
        <translation>每个提示词开头共享的 token。</translation>
    </message>
    <message>
        <source>Fixed output length for ShareGPT.</source>
        <translation>ShareGPT 的固定输出长度。</translation>
    </message>
    <message>
        <source>Fixed output length for a prompts file.</source>
        <translation>提示词文件的固定输出长度。</translation>
    </message>
    <message>
        <source>Requests to send.</source>
        <translation>要发送的请求数。</translation>
    </message>
    <message>
        <source>Requests per second, inf, or a sweep such as 1,2,4,inf.</source>
        <translation>每秒请求数、inf，或扫描序列如 1,2,4,inf。</translation>
    </message>
    <message>
        <source>Gamma shape of the arrivals: 1 Poisson, &lt;1 burstier, &gt;1 steadier.</source>
        <translation>到达间隔的 Gamma 形状：1 为泊松，&lt;1 更突发，&gt;1 更平稳。</translation>
    </message>
    <message>
        <source>Most requests in flight, or a sweep such as 1,8,64.</source>
        <translation>最大在途请求数，或扫描序列如 1,8,64。</translation>
    </message>
    <message>
        <source>Warm-up requests before the measured run.</source>
        <translation>正式测量前的预热请求数。</translation>
    </message>
    <message>
        <source>Seed of the dataset and arrivals.</source>
        <translation>数据集和到达时间的随机种子。</translation>
    </message>
    <message>
        <source>SLOs for goodput, e.g. &quot;ttft:200 tpot:50&quot; (ms).</source>
        <translation>goodput 的 SLO，例如 &quot;ttft:200 tpot:50&quot;（ms）。</translation>
    </message>
    <message>
        <source>Save the result JSON (vLLM&apos;s fields); one file per point of a sweep.</source>
        <translation>保存结果 JSON（vLLM 的字段）；扫描的每个点一个文件。</translation>
    </message>
    <message>
        <source>Name of the run in the result.</source>
        <translation>结果中的运行名称。</translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation>存放 API 密钥的环境变量。</translation>
    </message>
    <message>
        <source>table (as vLLM prints) or json.</source>
        <translation>table（与 vLLM 输出一致）或 json。</translation>
    </message>
    <message>
        <source>Measure an OpenAI-compatible server as vllm bench serve does, and print its table.</source>
        <translation>像 vllm bench serve 一样测量兼容 OpenAI 的服务器，并打印其表格。</translation>
    </message>
    <message>
        <source>--base-url needs an http:// or https:// URL</source>
        <translation>--base-url 需要 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>必须指定 --model</translation>
    </message>
    <message>
        <source>--backend is openai, vllm or openai-chat</source>
        <translation>--backend 应为 openai、vllm 或 openai-chat</translation>
    </message>
    <message>
        <source>--endpoint is /v1/completions or /v1/chat/completions</source>
        <translation>--endpoint 应为 /v1/completions 或 /v1/chat/completions</translation>
    </message>
    <message>
        <source>--dataset-name is random, sharegpt or custom</source>
        <translation>--dataset-name 应为 random、sharegpt 或 custom</translation>
    </message>
    <message>
        <source>--dataset-path is required for this dataset</source>
        <translation>此数据集必须指定 --dataset-path</translation>
    </message>
    <message>
        <source>a numeric option has a bad value</source>
        <translation>某个数值选项的值无效</translation>
    </message>
    <message>
        <source>--%1 must be at least 1</source>
        <translation>--%1 必须至少为 1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>环境变量 %1 未设置</translation>
    </message>
    <message>
        <source>--format is table or json</source>
        <translation>--format 应为 table 或 json</translation>
    </message>
    <message>
        <source>Traffic request rate: %1
</source>
        <translation>Traffic request rate: %1
</translation>
    </message>
    <message>
        <source>Burstiness factor: %1
</source>
        <translation>Burstiness factor: %1
</translation>
    </message>
    <message>
        <source>Maximum request concurrency: %1
</source>
        <translation>Maximum request concurrency: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n request(s) to %1</source>
        <translation>
            <numerusform>正在向 %1 发送 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY=VALUE pairs saved as fields of the result, as vLLM&apos;s --metadata.</source>
        <translation>以 KEY=VALUE 形式保存为结果字段，同 vLLM 的 --metadata。</translation>
    </message>
    <message>
        <source>Metrics in the table and the result: ttft,tpot,itl,e2el,client_queue_time,e2el_including_client_queue.</source>
        <translation>表格和结果中包含的指标：ttft,tpot,itl,e2el,client_queue_time,e2el_including_client_queue。</translation>
    </message>
    <message>
        <source>Percentiles in the table and the result, e.g. 50,90,99.</source>
        <translation>表格和结果中包含的百分位，例如 50,90,99。</translation>
    </message>
    <message>
        <source>Also save the per-request lists (input_lens, output_lens, start_times, ttfts, itls, generated_texts, errors), as vLLM&apos;s --save-detailed.</source>
        <translation>同时保存逐请求列表（input_lens、output_lens、start_times、ttfts、itls、generated_texts、errors），同 vLLM 的 --save-detailed。</translation>
    </message>
    <message>
        <source>Add the result to the --save-result file as one more line, as vLLM&apos;s --append-result, instead of replacing it.</source>
        <translation>将结果作为新的一行追加到 --save-result 文件，而不是覆盖它，同 vLLM 的 --append-result。</translation>
    </message>
    <message>
        <source>Sampling temperature sent with every request (default: the server&apos;s).</source>
        <translation>每个请求发送的采样温度（默认：由服务器决定）。</translation>
    </message>
    <message>
        <source>top_p sent with every request.</source>
        <translation>每个请求发送的 top_p。</translation>
    </message>
    <message>
        <source>top_k sent with every request.</source>
        <translation>每个请求发送的 top_k。</translation>
    </message>
    <message>
        <source>min_p sent with every request.</source>
        <translation>每个请求发送的 min_p。</translation>
    </message>
    <message>
        <source>frequency_penalty sent with every request.</source>
        <translation>每个请求发送的 frequency_penalty。</translation>
    </message>
    <message>
        <source>presence_penalty sent with every request.</source>
        <translation>每个请求发送的 presence_penalty。</translation>
    </message>
    <message>
        <source>repetition_penalty sent with every request.</source>
        <translation>每个请求发送的 repetition_penalty。</translation>
    </message>
    <message>
        <source>A JSON object added to every request body, as vLLM&apos;s --extra-body.</source>
        <translation>添加到每个请求体中的 JSON 对象，同 vLLM 的 --extra-body。</translation>
    </message>
    <message>
        <source>Ask the server to ignore EOS (always so with the random dataset, as in vLLM).</source>
        <translation>请求服务器忽略 EOS（使用 random 数据集时总是如此，与 vLLM 相同）。</translation>
    </message>
    <message>
        <source>--%1 wants a number</source>
        <translation>--%1 需要一个数字</translation>
    </message>
    <message>
        <source>--extra-body wants a JSON object</source>
        <translation>--extra-body 需要一个 JSON 对象</translation>
    </message>
    <message>
        <source>Model name as the server serves it (with --project: the deployment&apos;s).</source>
        <translation>服务器提供的模型名（使用 --project 时默认为该部署的模型名）。</translation>
    </message>
    <message>
        <source>Seconds without progress (the response head, then each complete event) before a stream fails (default 600).</source>
        <translation>流在多少秒内没有进展（先是响应头，然后是每个完整事件）即判定失败（默认 600）。</translation>
    </message>
    <message>
        <source>Seconds one request may take from send to end (default 21600, as vLLM&apos;s client).</source>
        <translation>单个请求从发送到结束最多可用的秒数（默认 21600，与 vLLM 客户端相同）。</translation>
    </message>
    <message>
        <source>Seconds the whole run may take; requests unfinished then fail (default 0: no limit).</source>
        <translation>整个运行最多可用的秒数；届时未完成的请求判定失败（默认 0：不限制）。</translation>
    </message>
</context>
<context>
    <name>npufleet::cli::ChatCommand</name>
    <message>
        <source>The server&apos;s OpenAI API, e.g. http://10.0.0.11:8000/v1 (with or without /v1).</source>
        <translation>服务器的 OpenAI API，例如 http://10.0.0.11:8000/v1（带不带 /v1 均可）。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the API key.</source>
        <translation>保存 API 密钥的环境变量名。</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>系统提示词。</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>采样温度。</translation>
    </message>
    <message>
        <source>Longest reply in tokens.</source>
        <translation>回复的最大 token 数。</translation>
    </message>
    <message>
        <source>Sampling seed.</source>
        <translation>采样随机种子。</translation>
    </message>
    <message>
        <source>Ask for one JSON answer, not a stream.</source>
        <translation>请求一次性返回 JSON 答复，而不是流式输出。</translation>
    </message>
    <message>
        <source>Print time to first token, tokens/s and token counts on stderr.</source>
        <translation>在 stderr 上输出首 token 时间、tokens/s 和 token 数。</translation>
    </message>
    <message>
        <source>What to ask.</source>
        <translation>要提问的内容。</translation>
    </message>
    <message>
        <source>Stream one reply from an OpenAI-compatible server (thinking goes to stderr).</source>
        <translation>从 OpenAI 兼容服务器流式获取一条回复（思考过程输出到 stderr）。</translation>
    </message>
    <message>
        <source>--base-url needs an http:// or https:// URL</source>
        <translation>--base-url 需要 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>必须指定 --model</translation>
    </message>
    <message>
        <source>no PROMPT given</source>
        <translation>未指定 PROMPT</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>环境变量 %1 未设置</translation>
    </message>
    <message>
        <source>Model name as the server serves it (see /v1/models; with --project: the deployment&apos;s).</source>
        <translation>服务器提供的模型名（见 /v1/models；使用 --project 时默认为该部署的模型名）。</translation>
    </message>
    <message>
        <source>Seconds without progress (the response head, then each complete event) before giving up (default 300).</source>
        <translation>多少秒内没有进展（先是响应头，然后是每个完整事件）即放弃（默认 300）。</translation>
    </message>
    <message>
        <source>Seconds the whole reply may take (default 3600; 0: no limit).</source>
        <translation>整个回复最多可用的秒数（默认 3600；0：不限制）。</translation>
    </message>
    <message>
        <source>--temperature, --max-tokens, --seed, --timeout and --deadline need non-negative numbers</source>
        <translation>--temperature、--max-tokens、--seed、--timeout 和 --deadline 需要非负数</translation>
    </message>
</context>
<context>
    <name>npufleet::cli::ExportCommand</name>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Project file, or demo:NAME for a bundled demo.</source>
        <translation>项目文件，或用 demo:NAME 指定内置演示项目。</translation>
    </message>
    <message>
        <source>P.yaml</source>
        <translation>P.yaml</translation>
    </message>
    <message>
        <source>Export this deployment only (default: all of them).</source>
        <translation>只导出此部署（默认：全部导出）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Output folder (created if missing); each deployment gets a sub-folder named after it.</source>
        <translation>输出文件夹（不存在时自动创建）；每个部署对应一个以其名称命名的子文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write launch scripts, compose files and a runbook for deployments.</source>
        <translation>为部署生成启动脚本、compose 文件和操作手册。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the project has no deployment named &quot;%1&quot; (it has: %2)</source>
        <translation>项目中没有名为 &quot;%1&quot; 的部署（现有：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the project has no deployments to export</source>
        <translation>项目中没有可导出的部署</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1：无法创建输出文件夹</translation>
    </message>
    <message>
        <source>no deployment of the project can be exported as %1</source>
        <translation>项目中没有可导出为 %1 的部署</translation>
    </message>
    <message>
        <source>What to write: sh|compose|stack|ray|gpustack|lws|k8s|kuberay|nfs|all.</source>
        <translation>要生成的内容：sh|compose|stack|ray|gpustack|lws|k8s|kuberay|nfs|all。</translation>
    </message>
    <message>
        <source>Kubernetes: the NPU resource the device plugin offers (default huawei.com/Ascend910).</source>
        <translation>Kubernetes：设备插件提供的 NPU 资源名（默认 huawei.com/Ascend910）。</translation>
    </message>
    <message>
        <source>Kubernetes: a PersistentVolumeClaim that holds the model (default: the project&apos;s NFS share, else a hostPath).</source>
        <translation>Kubernetes：存放模型的 PersistentVolumeClaim（默认：项目的 NFS 共享，否则使用 hostPath）。</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>CLAIM</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use sh, compose, stack, ray, gpustack, lws, k8s, kuberay, nfs or all)</source>
        <translation>未知格式 &apos;%1&apos;（请使用 sh、compose、stack、ray、gpustack、lws、k8s、kuberay、nfs 或 all）</translation>
    </message>
</context>
<context>
    <name>npufleet::cli::MonitorCommand</name>
    <message>
        <source>The server, e.g. http://10.0.0.11:8000, or its /metrics URL.</source>
        <translation>服务器，例如 http://10.0.0.11:8000，或其 /metrics URL。</translation>
    </message>
    <message>
        <source>Read /metrics once, print it and exit.</source>
        <translation>读取一次 /metrics，打印后退出。</translation>
    </message>
    <message>
        <source>Seconds between reads (default 5).</source>
        <translation>两次读取之间的秒数（默认 5）。</translation>
    </message>
    <message>
        <source>Stop after this many reads (default: never).</source>
        <translation>读取这么多次后停止（默认：不停止）。</translation>
    </message>
    <message>
        <source>table, or json (one object; one line per read when watching).</source>
        <translation>table 或 json（一个对象；持续观察时每次读取一行）。</translation>
    </message>
    <message>
        <source>Read a vLLM server&apos;s /metrics: requests, KV cache, token rates, latencies.</source>
        <translation>读取 vLLM 服务器的 /metrics：请求、KV cache、token 速率、时延。</translation>
    </message>
    <message>
        <source>give --base-url URL (http:// or https://) or --project P</source>
        <translation>请给出 --base-url URL（http:// 或 https://）或 --project P</translation>
    </message>
    <message>
        <source>--interval needs at least 0.2 seconds</source>
        <translation>--interval 至少为 0.2 秒</translation>
    </message>
    <message>
        <source>--count needs a whole number, 0 or more</source>
        <translation>--count 需要 0 或更大的整数</translation>
    </message>
</context>
<context>
    <name>npufleet::cli::PlanCommand</name>
    <message>
        <source>Model folder, its config.json, or a catalog name (e.g. Qwen3-32B).</source>
        <translation>模型文件夹、其 config.json，或内置模型目录中的名称（如 Qwen3-32B）。</translation>
    </message>
    <message>
        <source>Number of nodes.</source>
        <translation>节点数。</translation>
    </message>
    <message>
        <source>NPUs per node.</source>
        <translation>每个节点的 NPU 数。</translation>
    </message>
    <message>
        <source>Memory per NPU in GiB, as the runtime reports it (a 64 GB 910B shows ~61.3).</source>
        <translation>每张 NPU 的显存，单位 GiB，以运行时报告的值为准（64 GB 的 910B 显示约 61.3）。</translation>
    </message>
    <message>
        <source>Weight format: auto|bf16|fp16|fp8|w8a8|w4a8|w4a16 (default auto: from the model).</source>
        <translation>权重格式：auto|bf16|fp16|fp8|w8a8|w4a8|w4a16（默认 auto：取自模型）。</translation>
    </message>
    <message>
        <source>Context length per request (default: min(max_position_embeddings, 32768)).</source>
        <translation>每个请求的上下文长度（默认：min(max_position_embeddings, 32768)）。</translation>
    </message>
    <message>
        <source>Share of the memory the engine may use (default 0.9).</source>
        <translation>引擎可使用的显存比例（默认 0.9）。</translation>
    </message>
    <message>
        <source>Evaluate only this tensor-parallel size.</source>
        <translation>只评估此张量并行 (TP) 大小。</translation>
    </message>
    <message>
        <source>Evaluate only this pipeline-parallel size.</source>
        <translation>只评估此流水线并行 (PP) 大小。</translation>
    </message>
    <message>
        <source>Evaluate only this data-parallel size.</source>
        <translation>只评估此数据并行 (DP) 大小。</translation>
    </message>
    <message>
        <source>Expert parallel on (only EP layouts without --tp/--pp/--dp).</source>
        <translation>启用专家并行（未指定 --tp/--pp/--dp 时只评估 EP 方案）。</translation>
    </message>
    <message>
        <source>KV cache block size in tokens (default 128 on Ascend, 16 on CUDA).</source>
        <translation>KV cache 块大小，单位 token（Ascend 默认 128，CUDA 默认 16）。</translation>
    </message>
    <message>
        <source>KV cache dtype: auto|bf16|fp8 (default auto).</source>
        <translation>KV cache 数据类型：auto|bf16|fp8（默认 auto）。</translation>
    </message>
    <message>
        <source>KV cache budget per NPU in GiB, as vLLM&apos;s --kv-cache-memory.</source>
        <translation>每张 NPU 的 KV cache 预算，单位 GiB，同 vLLM 的 --kv-cache-memory。</translation>
    </message>
    <message>
        <source>Tokens of the profiling pass that sets the activation peak (default 8192).</source>
        <translation>profiling 阶段的 token 数，决定激活值峰值（默认 8192）。</translation>
    </message>
    <message>
        <source>ascend|cuda (default ascend).</source>
        <translation>ascend|cuda（默认 ascend）。</translation>
    </message>
    <message>
        <source>MTP speculative decoding on: count the MTP layers.</source>
        <translation>启用 MTP 投机解码：计入 MTP 层。</translation>
    </message>
    <message>
        <source>Output: table|json (default table).</source>
        <translation>输出：table|json（默认 table）。</translation>
    </message>
    <message>
        <source>Plan how a model fits on a cluster of NPUs.</source>
        <translation>规划模型如何部署到 NPU 集群上。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>unknown --quant &apos;%1&apos;</source>
        <translation>未知的 --quant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --kv-cache-dtype &apos;%1&apos;</source>
        <translation>未知的 --kv-cache-dtype &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --platform &apos;%1&apos;</source>
        <translation>未知的 --platform &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;</source>
        <translation>未知的 --format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>npufleet plan: the given layout does not fit</source>
        <translation>npufleet plan：指定的切分方案放不下</translation>
    </message>
    <message>
        <source>npufleet plan: no layout fits this cluster</source>
        <translation>npufleet plan：没有适合此集群的切分方案</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必须是 %2 到 %3 之间的数字，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Chip the speeds are predicted for: %1 (default 910B3; 910B4 for NPUs of 40 GiB or less; H100 with --platform cuda).</source>
        <translation>用于预测速度的芯片：%1（默认 910B3；每卡 40 GiB 及以下为 910B4；--platform cuda 时为 H100）。</translation>
    </message>
    <message>
        <source>Users sending requests at once, for the speed prediction (default %1).</source>
        <translation>同时发送请求的用户数，用于速度预测（默认 %1）。</translation>
    </message>
    <message>
        <source>Prompt tokens per request (default %1).</source>
        <translation>每个请求的提示词 token 数（默认 %1）。</translation>
    </message>
    <message>
        <source>Output tokens per request (default %1).</source>
        <translation>每个请求的输出 token 数（默认 %1）。</translation>
    </message>
    <message>
        <source>Requests one DP rank runs at once, as vLLM&apos;s --max-num-seqs (default %1).</source>
        <translation>每个 DP rank 同时运行的请求数，即 vLLM 的 --max-num-seqs（默认 %1）。</translation>
    </message>
    <message>
        <source>Rank by throughput (output tokens/s), latency (time of one request) or balanced (default throughput).</source>
        <translation>排序依据：throughput（输出 token/s）、latency（单个请求的耗时）或 balanced（默认 throughput）。</translation>
    </message>
    <message>
        <source>unknown --chip &apos;%1&apos; (known: %2)</source>
        <translation>未知的 --chip“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>unknown --objective &apos;%1&apos;</source>
        <translation>未知的 --objective“%1”</translation>
    </message>
    <message>
        <source>--calibrate takes the layout and workload from the deployment and the run: leave out --%1</source>
        <translation>--calibrate 从部署和测试运行中获取布局和负载：请去掉 --%1</translation>
    </message>
    <message>
        <source>--calibrate needs --project P.yaml: the correction is stored there</source>
        <translation>--calibrate 需要 --project P.yaml：校正系数保存在其中</translation>
    </message>
    <message>
        <source>Stored in %1; later plans of this project use it.</source>
        <translation>已保存到 %1；此项目之后的规划将使用它。</translation>
    </message>
    <message>
        <source>the project has no deployments to plan</source>
        <translation>项目中没有可规划的部署</translation>
    </message>
    <message>
        <source>choose the deployment with --deployment (the project has: %1)</source>
        <translation>请用 --deployment 选择部署（项目中有：%1）</translation>
    </message>
    <message>
        <source>Plan a deployment of this project (a YAML file, or demo:NAME): its model, NPUs, chip and speed correction; the options above override them.</source>
        <translation>规划此项目（YAML 文件，或 demo:NAME）中的一个部署：使用其模型、NPU、芯片和速度校正；上面的选项会覆盖它们。</translation>
    </message>
    <message>
        <source>The deployment of --project (default: its only one).</source>
        <translation>--project 中的部署（默认：唯一的那个）。</translation>
    </message>
    <message>
        <source>Compare a benchmark result (npufleet bench or vllm bench serve --save-result) with the prediction for the deployment&apos;s layout and store the speed correction in --project.</source>
        <translation>将基准测试结果（npufleet bench 或 vllm bench serve --save-result）与该部署布局的预测相比较，并把速度校正系数保存到 --project 中。</translation>
    </message>
    <message>
        <source>--deployment needs --project</source>
        <translation>--deployment 需要 --project</translation>
    </message>
</context>
<context>
    <name>npufleet::cluster</name>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source> chip %1</source>
        <translation> 芯片 %1</translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation>未刷新</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>host key not verified</source>
        <translation>主机密钥未验证</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>npufleet::deployment::LaunchRunner</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>node unreachable: %1</source>
        <translation>节点不可达：%1</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <source>unknown host key %1: confirm it first (Inventory)</source>
        <translation>未知主机密钥 %1：请先确认（清单）</translation>
    </message>
    <message>
        <source>the host key changed (%1): refused</source>
        <translation>主机密钥已更改（%1）：已拒绝</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Place %1 (%2)</source>
        <translation>放置 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is not set: give it before launching</source>
        <translation>%1 未设置：请在启动前提供</translation>
    </message>
    <message>
        <source>printed no value for %1</source>
        <translation>未输出 %1 的值</translation>
    </message>
    <message>
        <source>kept %1 (not shown)</source>
        <translation>保留了 %1（未显示）</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 steps done.</source>
        <translation>已取消：已完成 %1/%2 个步骤。</translation>
    </message>
    <message numerus="yes">
        <source>Launched: all %n step(s) done.</source>
        <translation>
            <numerusform>已启动：全部 %n 个步骤已完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: all %n step(s) done.</source>
        <translation>
            <numerusform>已停止：全部 %n 个步骤已完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done, %3 failed, %4 skipped.</source>
        <translation>已完成 %1/%2 个步骤，%3 个失败，%4 个跳过。</translation>
    </message>
</context>
<context>
    <name>npufleet::exporting::Exporter</name>
    <message>
        <source>deployment &quot;%1&quot;: %2</source>
        <translation>部署 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>deployment &quot;%1&quot;, engine %2, image %3</source>
        <translation>部署 &quot;%1&quot;，引擎 %2，镜像 %3</translation>
    </message>
    <message>
        <source>stop this node&apos;s part</source>
        <translation>停止本节点上的部分</translation>
    </message>
    <message>
        <source>the head node&apos;s steps</source>
        <translation>主节点的步骤</translation>
    </message>
    <message>
        <source>this node&apos;s steps</source>
        <translation>本节点的步骤</translation>
    </message>
    <message>
        <source>%1 for deployment &quot;%2&quot; on node %3</source>
        <translation>%1：部署 &quot;%2&quot;，节点 %3</translation>
    </message>
    <message>
        <source>NPU Fleet: containers of %1 on node %2</source>
        <translation>NPU Fleet：节点 %2 上的容器，%1</translation>
    </message>
    <message>
        <source>Start on that node: docker-compose up -d (see RUNBOOK.md for the order)</source>
        <translation>在该节点上启动：docker-compose up -d（启动顺序见 RUNBOOK.md）</translation>
    </message>
    <message>
        <source>this node&apos;s containers</source>
        <translation>本节点的容器</translation>
    </message>
    <message>
        <source>engine %1 runs no containers to put in a compose file</source>
        <translation>引擎 %1 不运行容器，无法生成 compose 文件</translation>
    </message>
    <message>
        <source>NPU Fleet: Docker Swarm stack of %1</source>
        <translation>NPU Fleet：Docker Swarm stack，%1</translation>
    </message>
    <message>
        <source>Deploy on the swarm manager: docker stack deploy -c %1 %2</source>
        <translation>在 swarm 管理节点上部署：docker stack deploy -c %1 %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a stack file needs the %1 engine, not %2</source>
        <translation>stack 文件需要 %1 引擎，而不是 %2</translation>
    </message>
    <message>
        <source>Ray scripts need the %1 engine, not %2</source>
        <translation>Ray 脚本需要 %1 引擎，而不是 %2</translation>
    </message>
    <message>
        <source>GPUStack commands need the %1 engine, not %2</source>
        <translation>GPUStack 命令需要 %1 引擎，而不是 %2</translation>
    </message>
    <message>
        <source>refused to write &quot;%1&quot; outside %2: %3</source>
        <translation>拒绝在 %2 之外写入 &quot;%1&quot;：%3</translation>
    </message>
    <message>
        <source>%1: from the environment of docker-compose, or from a .env file next to this file (NAME=value lines; chmod 600 .env, never commit it)</source>
        <translation>%1：取自 docker-compose 的环境，或取自本文件旁的 .env 文件（每行 NAME=value；请 chmod 600 .env，切勿提交到版本库）</translation>
    </message>
    <message>
        <source>NPU Fleet: Kubernetes manifests of %1</source>
        <translation>NPU Fleet：%1 的 Kubernetes 清单</translation>
    </message>
    <message>
        <source>Apply: kubectl apply -f %1 (see RUNBOOK.md)</source>
        <translation>应用：kubectl apply -f %1（见 RUNBOOK.md）</translation>
    </message>
    <message>
        <source>%1 needs the engine %2, not %3</source>
        <translation>%1 需要引擎 %2，而不是 %3</translation>
    </message>
</context>
<context>
    <name>npufleet::exporting::KubeWriter</name>
    <message>
        <source>Runbook: deployment &quot;%1&quot; on Kubernetes</source>
        <translation>操作手册：Kubernetes 上的部署 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s), each with %1 NPU(s) of the resource `%2` from the NPU device plugin; image `%3`.</source>
        <translation>
            <numerusform>%n 个 Pod，每个使用 NPU 设备插件提供的资源 `%2` 共 %1 张；镜像 `%3`。</numerusform>
        </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Install LeaderWorkerSet (kubernetes-sigs/lws) in the cluster.</source>
        <translation>在集群中安装 LeaderWorkerSet（kubernetes-sigs/lws）。</translation>
    </message>
    <message>
        <source>Install the KubeRay operator in the cluster.</source>
        <translation>在集群中安装 KubeRay operator。</translation>
    </message>
    <message>
        <source>Each NPU node runs the Ascend device plugin that offers `%1`; change the resource name with `npufleet export --npu-resource` for another plugin (HAMi, for instance).</source>
        <translation>每个 NPU 节点都运行提供 `%1` 的昇腾设备插件；如使用其他插件（例如 HAMi），请用 `npufleet export --npu-resource` 修改资源名。</translation>
    </message>
    <message>
        <source>The secret values are not in the files: put them in the Secret %1 first.</source>
        <translation>密钥值不在这些文件中：请先将其放入 Secret %1。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>The leader serves the API; the workers run headless data-parallel ranks. Wait until the leader is ready:</source>
        <translation>Leader 提供 API；worker 运行无头（headless）的数据并行 rank。等待 leader 就绪：</translation>
    </message>
    <message>
        <source>When every Ray pod is ready, start vllm serve on the head (it drives the workers through Ray):</source>
        <translation>所有 Ray Pod 就绪后，在 head 上启动 vllm serve（它通过 Ray 驱动各 worker）：</translation>
    </message>
    <message>
        <source>Check the service</source>
        <translation>检查服务</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>npufleet::exporting::RunbookWriter</name>
    <message>
        <source>Runbook: deployment &quot;%1&quot;</source>
        <translation>操作手册：部署 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Engine **%1**, image `%2`</source>
        <translation>引擎 **%1**，镜像 `%2`</translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation> (版本 %1)</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source> (head)</source>
        <translation> (主节点)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>敏感信息</translation>
    </message>
    <message>
        <source>These values are never written into the exported files. Before a script that needs one, set it in the shell that runs the script, without echoing it, e.g.:</source>
        <translation>这些值从不写入导出的文件。在运行需要它们的脚本之前，请在运行该脚本的 shell 中设置，且不要回显，例如：</translation>
    </message>
    <message>
        <source>Start, in this order</source>
        <translation>按以下顺序启动</translation>
    </message>
    <message>
        <source>Copy the files to the nodes (for instance `scp FILE root@HOST:`), then run:</source>
        <translation>将文件复制到各节点（例如 `scp FILE root@HOST:`），然后运行：</translation>
    </message>
    <message>
        <source>On **%1** (`%2`): `bash %3` — %4</source>
        <translation>在 **%1**（`%2`）上：`bash %3` — %4</translation>
    </message>
    <message>
        <source>A script that needs a step of another node (a `# Needs first:` line) waits for it with a time limit; start the other node&apos;s script while it waits.</source>
        <translation>需要其他节点上某个步骤的脚本（含 `# 需先完成：` 行）会限时等待该步骤；请在它等待期间启动另一节点的脚本。</translation>
    </message>
    <message>
        <source>Every step and how to check it</source>
        <translation>各步骤及检查方法</translation>
    </message>
    <message>
        <source>after</source>
        <translation>需先完成</translation>
    </message>
    <message>
        <source>check: the step itself is the check; it fails (non-zero exit) when the condition does not hold</source>
        <translation>检查：该步骤本身即为检查；条件不满足时失败（退出码非零）</translation>
    </message>
    <message>
        <source>check: `docker ps --filter name=%1` shows it Up; `docker logs -f %1` shows its progress</source>
        <translation>检查：`docker ps --filter name=%1` 显示其状态为 Up；`docker logs -f %1` 可查看其进度</translation>
    </message>
    <message>
        <source>check: the command exits with status 0</source>
        <translation>检查：命令以状态 0 退出</translation>
    </message>
    <message>
        <source>Check the service</source>
        <translation>检查服务</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Before the first start</source>
        <translation>首次启动之前</translation>
    </message>
    <message>
        <source>Once per node; the start scripts check that it was done.</source>
        <translation>每个节点执行一次；启动脚本会检查是否已完成。</translation>
    </message>
</context>
<context>
    <name>npufleet::exporting::ScriptWriter</name>
    <message>
        <source>Node %1 (%2@%3), deployment &quot;%4&quot;, engine %5, image %6</source>
        <translation>节点 %1（%2@%3），部署 &quot;%4&quot;，引擎 %5，镜像 %6</translation>
    </message>
    <message>
        <source>Run it on that node. RUNBOOK.md says in which order the nodes go.</source>
        <translation>请在该节点上运行。各节点的执行顺序见 RUNBOOK.md。</translation>
    </message>
    <message>
        <source>%1 comes from the environment and is never written to a file.</source>
        <translation>%1 取自环境变量，从不写入文件。</translation>
    </message>
    <message>
        <source>set %1 first (see RUNBOOK.md)</source>
        <translation>请先设置 %1（见 RUNBOOK.md）</translation>
    </message>
    <message>
        <source>Needs first: %1</source>
        <translation>需先完成：%1</translation>
    </message>
    <message>
        <source>This prints a secret (%1) for the next steps: keep it in a variable, not in a file.</source>
        <translation>此命令会输出敏感信息（%1）供后续步骤使用：请保存在变量中，不要写入文件。</translation>
    </message>
    <message>
        <source>==&gt; done on %1</source>
        <translation>==&gt; 节点 %1 已完成</translation>
    </message>
    <message>
        <source>start deployment &quot;%1&quot; on node %2</source>
        <translation>在节点 %2 上启动部署 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>stop deployment &quot;%1&quot; on node %2</source>
        <translation>在节点 %2 上停止部署 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>npufleet::model::ConfigReader</name>
    <message>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>缺少键 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be true or false, not %2</source>
        <translation>键 &apos;%1&apos; 必须是 true 或 false，而不是 %2</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be a string, not %2</source>
        <translation>键 &apos;%1&apos; 必须是字符串，而不是 %2</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be a list of integers</source>
        <translation>键 &apos;%1&apos; 必须是整数列表</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>quantization method &apos;%1&apos; is not known; weights are estimated in %2</source>
        <translation>未知的量化方法 &apos;%1&apos;；权重按 %2 估算</translation>
    </message>
    <message>
        <source>cannot read the model config: %1</source>
        <translation>无法读取模型配置：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a model config must be a JSON object</source>
        <translation>模型配置必须是 JSON 对象</translation>
    </message>
    <message>
        <source>architecture &apos;%1&apos; is not known; its size is estimated as a generic decoder (attention + gated MLP%2)</source>
        <translation>未知架构 &apos;%1&apos;；按通用解码器（注意力 + 门控 MLP%2）估算其大小</translation>
    </message>
    <message>
        <source> + routed experts</source>
        <translation> + 路由专家</translation>
    </message>
    <message>
        <source>num_key_value_heads (%1) must divide num_attention_heads (%2)</source>
        <translation>num_key_value_heads（%1）必须能整除 num_attention_heads（%2）</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be a whole number from %2 to %3, not %4</source>
        <translation>键 &apos;%1&apos; 必须是 %2 到 %3 之间的整数，而不是 %4</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; must be a list of layer numbers from 0 to %2</source>
        <translation>键 &apos;%1&apos; 必须是 0 到 %2 之间的层编号列表</translation>
    </message>
    <message>
        <source>quantization bits %1 are not possible; 4 assumed</source>
        <translation>量化位数 %1 不可能；按 4 位估算</translation>
    </message>
    <message>
        <source>the model config</source>
        <translation>模型配置</translation>
    </message>
    <message>
        <source>num_attention_heads (%1) cannot be more than hidden_size (%2)</source>
        <translation>num_attention_heads（%1）不能大于 hidden_size（%2）</translation>
    </message>
    <message>
        <source>these sizes describe about %1 parameters, more than NPU Fleet plans for (at most %2)</source>
        <translation>这些尺寸约合 %1 个参数，超出 NPU Fleet 的规划范围（最多 %2）</translation>
    </message>
</context>
<context>
    <name>npufleet::model::ModelLoader</name>
    <message>
        <source>the model folder has no config.json</source>
        <translation>模型文件夹中没有 config.json</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a model folder, a config.json nor a catalog model</source>
        <translation>&apos;%1&apos; 既不是模型文件夹或 config.json，也不是内置模型目录中的模型</translation>
    </message>
    <message>
        <source>catalog models: %1</source>
        <translation>内置模型目录：%1</translation>
    </message>
</context>
<context>
    <name>npufleet::model::RemoteModelFolder</name>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>the folder on the node must be an absolute path</source>
        <translation>节点上的文件夹必须是绝对路径</translation>
    </message>
    <message>
        <source>cannot list the folder on %1: %2</source>
        <translation>无法列出 %1 上的文件夹：%2</translation>
    </message>
    <message>
        <source>the folder on %1 has no config.json</source>
        <translation>%1 上的文件夹中没有 config.json</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1 on %2 is %3 MiB: too big for a model&apos;s description</source>
        <translation>%2 上的 %1 有 %3 MiB：作为模型描述文件过大</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>无法读取 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>cannot keep a copy of %1: %2</source>
        <translation>无法保存 %1 的副本：%2</translation>
    </message>
    <message>
        <source>file sizes on %1</source>
        <translation>%1 上的文件大小</translation>
    </message>
</context>
<context>
    <name>npufleet::model::WeightFiles</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>not a safetensors file (shorter than 8 bytes)</source>
        <translation>不是 safetensors 文件（不足 8 字节）</translation>
    </message>
    <message>
        <source>not a safetensors file (header length %1)</source>
        <translation>不是 safetensors 文件（头部长度 %1）</translation>
    </message>
    <message>
        <source>the safetensors header is not valid JSON: %1</source>
        <translation>safetensors 头部不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no data_offsets</source>
        <translation>张量 &apos;%1&apos; 没有 data_offsets</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
</context>
<context>
    <name>npufleet::planning::Calibrator</name>
    <message>
        <source>no request of the run completed: there is no speed to compare</source>
        <translation>此次运行没有完成任何请求：没有可比较的速度</translation>
    </message>
    <message>
        <source>&apos;output_throughput&apos; is missing or not above 0</source>
        <translation>“output_throughput”缺失或不大于 0</translation>
    </message>
    <message>
        <source>&apos;total_input_tokens&apos; and &apos;total_output_tokens&apos; must be above 0</source>
        <translation>“total_input_tokens”和“total_output_tokens”必须大于 0</translation>
    </message>
    <message>
        <source>the result states neither &apos;max_concurrency&apos; nor the latencies to tell how many requests ran at once</source>
        <translation>结果中既没有“max_concurrency”，也没有可推算同时运行请求数的延迟</translation>
    </message>
    <message>
        <source>no deployment named &apos;%1&apos;</source>
        <translation>没有名为“%1”的部署</translation>
    </message>
    <message>
        <source>the project has no deployments</source>
        <translation>项目中没有部署</translation>
    </message>
    <message>
        <source>the project has: %1</source>
        <translation>项目中有：%1</translation>
    </message>
    <message>
        <source>the run&apos;s label does not name a deployment: choose one with --deployment</source>
        <translation>此次运行的标签不是部署名：请用 --deployment 选择一个</translation>
    </message>
    <message>
        <source>TP%1 PP%2 DP%3%4</source>
        <translation>TP%1 PP%2 DP%3%4</translation>
    </message>
    <message>
        <source> EP</source>
        <translation> EP</translation>
    </message>
    <message>
        <source>deployment &apos;%1&apos;: its layout %2 does not fit its NPUs, so there is no prediction to compare with</source>
        <translation>部署“%1”：其布局 %2 放不进它的 NPU，因此没有可比较的预测</translation>
    </message>
    <message>
        <source>measured %1 output tokens/s against %2 predicted for %3: a factor outside %4 to %5 is no measurement of this layout</source>
        <translation>%3 实测输出 %1 token/s，预测 %2：超出 %4 到 %5 的系数不可能是此布局的测量结果</translation>
    </message>
    <message>
        <source>check that the run measured deployment &apos;%1&apos;</source>
        <translation>请确认此次运行测量的是部署“%1”</translation>
    </message>
    <message>
        <source>Deployment %1: %2, %3 on %4</source>
        <translation>部署 %1：%2，%3，运行于 %4</translation>
    </message>
    <message>
        <source>Workload: %1 users, %2 input and %3 output tokens per request</source>
        <translation>负载：%1 个用户，每个请求输入 %2、输出 %3 个 token</translation>
    </message>
    <message>
        <source>%1: predicted %2 (not in the result)</source>
        <translation>%1：预测 %2（结果中没有）</translation>
    </message>
    <message>
        <source>%1: measured %2, predicted %3 (%4 x)</source>
        <translation>%1：实测 %2，预测 %3（%4 倍）</translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation>输出 token/s</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT 毫秒</translation>
    </message>
    <message>
        <source>TPOT ms</source>
        <translation>TPOT 毫秒</translation>
    </message>
    <message>
        <source>Speed correction for %1 with %2: %3</source>
        <translation>%1 上 %2 的速度校正：%3</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation>（原为 %1）</translation>
    </message>
</context>
<context>
    <name>npufleet::planning::MemoryEstimator</name>
    <message>
        <source>the weight files hold %1 GiB, the config suggests %2 GiB: the files are used</source>
        <translation>权重文件共 %1 GiB，按配置估算为 %2 GiB：以文件为准</translation>
    </message>
    <message>
        <source>max-model-len %1 is longer than the model&apos;s max_position_embeddings (%2)</source>
        <translation>max-model-len %1 超过了模型的 max_position_embeddings（%2）</translation>
    </message>
</context>
<context>
    <name>npufleet::planning::PerformanceModel</name>
    <message>
        <source> per DP group</source>
        <translation>（每个 DP 组）</translation>
    </message>
    <message>
        <source>KV capacity caps batch at %1%2</source>
        <translation>KV 缓存容量将批大小限制为 %1%2</translation>
    </message>
    <message>
        <source>max-num-seqs caps batch at %1%2</source>
        <translation>max-num-seqs 将批大小限制为 %1%2</translation>
    </message>
    <message>
        <source>decode: HBM bandwidth (weights)</source>
        <translation>解码：HBM 带宽（权重）</translation>
    </message>
    <message>
        <source>decode: HBM bandwidth (KV cache)</source>
        <translation>解码：HBM 带宽（KV 缓存）</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>TP all-reduce inside a node</source>
        <translation>节点内 TP all-reduce</translation>
    </message>
    <message>
        <source>cross-node TP all-reduce</source>
        <translation>跨节点 TP all-reduce</translation>
    </message>
    <message>
        <source>MoE all-to-all across nodes</source>
        <translation>跨节点 MoE all-to-all</translation>
    </message>
    <message>
        <source>MoE all-to-all inside a node</source>
        <translation>节点内 MoE all-to-all</translation>
    </message>
    <message>
        <source>pipeline bubbles: %1 requests for %2 stages</source>
        <translation>流水线气泡：%1 个请求对应 %2 个阶段</translation>
    </message>
    <message>
        <source>prefill steps stall decode on every DP rank</source>
        <translation>预填充步骤使所有 DP rank 的解码停顿</translation>
    </message>
    <message>
        <source>prefill steps stall decode</source>
        <translation>预填充步骤使解码停顿</translation>
    </message>
    <message>
        <source>kernel launch overhead per step</source>
        <translation>每步的算子下发开销</translation>
    </message>
</context>
<context>
    <name>npufleet::planning::PlacementEvaluator</name>
    <message>
        <source>the project has no model &apos;%1&apos;</source>
        <translation>项目中没有模型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no NPUs chosen</source>
        <translation>未选择 NPU</translation>
    </message>
    <message>
        <source>the chosen nodes do not state their HBM per NPU</source>
        <translation>所选节点未注明每张 NPU 的 HBM</translation>
    </message>
    <message>
        <source>model config not available: %1</source>
        <translation>模型配置不可用：%1</translation>
    </message>
    <message numerus="yes">
        <source>no TP x PP x DP layout that the engine accepts uses exactly %n NPU(s)</source>
        <translation>
            <numerusform>没有引擎可接受的 TP × PP × DP 切分方案恰好使用 %n 张 NPU</numerusform>
        </translation>
    </message>
    <message>
        <source>TP%1 PP%2 DP%3%4</source>
        <translation>TP%1 PP%2 DP%3%4</translation>
    </message>
    <message>
        <source> EP</source>
        <translation> EP</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>tight: %1 %2</source>
        <translation>勉强放得下：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n NPU(s): %2</source>
        <translation>
            <numerusform>%1 使用 %n 张 NPU：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::planning::PlacementPlanner</name>
    <message>
        <source>no free NPUs on %1</source>
        <translation>%1 上没有空闲 NPU</translation>
    </message>
    <message numerus="yes">
        <source>fits on no free NPUs; largest try, %n NPU(s): %1</source>
        <translation>
            <numerusform>空闲 NPU 上放不下；最大尝试 %n 张 NPU：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no room for %n NPU(s): not enough free NPUs on the nodes</source>
        <translation>
            <numerusform>没有容纳 %n 张 NPU 的空间：各节点上的空闲 NPU 不足</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::planning::PlanFormatter</name>
    <message>
        <source>Model %1: %2 parameters (%3 active per token)</source>
        <translation>模型 %1：参数量 %2（每个 token 激活 %3）</translation>
    </message>
    <message>
        <source>, MTP %1 apart</source>
        <translation>，另含 MTP %1</translation>
    </message>
    <message>
        <source>Weights %1, %2 bytes/parameter; KV cache %3 bytes/token (whole model); max-model-len %4
</source>
        <translation>权重 %1，每参数 %2 字节；KV cache 每 token %3 字节（整个模型）；max-model-len %4
</translation>
    </message>
    <message>
        <source>Cluster: %1 node(s) x %2 NPUs, %3 GiB each, utilization %4, block size %5
</source>
        <translation>集群：%1 个节点 × 每节点 %2 张 NPU，每张 %3 GiB，利用率 %4，块大小 %5
</translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation>NPU数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Weights/NPU</source>
        <translation>权重/NPU</translation>
    </message>
    <message>
        <source>KV/NPU</source>
        <translation>KV/NPU</translation>
    </message>
    <message>
        <source>KV tokens</source>
        <translation>KV token</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>… %1 more layouts (use --format json to see all)
</source>
        <translation>… 另有 %1 种切分方案（使用 --format json 查看全部）
</translation>
    </message>
    <message>
        <source>Speed on %1 for %2 users, %3 tokens in, %4 out (max-num-seqs %5), ranked by %6
</source>
        <translation>速度按 %1 预测：%2 个用户，输入 %3 token，输出 %4 token（max-num-seqs %5），按 %6 排序
</translation>
    </message>
    <message>
        <source>Tok/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Speeds scaled by %1, the correction measured on this chip and engine
</source>
        <translation>速度已乘以 %1，即在此芯片和引擎上测得的校正系数
</translation>
    </message>
</context>
<context>
    <name>npufleet::planning::PlanInput</name>
    <message>
        <source>catalog %1</source>
        <translation>内置模型目录 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the built-in catalog</source>
        <translation>&apos;%1&apos; 不在内置模型目录中</translation>
    </message>
    <message>
        <source>%1 has no config.json on this machine</source>
        <translation>本机上没有 %1 的 config.json</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; names neither a catalog entry nor a folder</source>
        <translation>模型 &apos;%1&apos; 既不是内置模型目录条目，也不是文件夹</translation>
    </message>
    <message>
        <source>no deployment named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的部署</translation>
    </message>
    <message>
        <source>deployment &apos;%1&apos; has no placement: assign NPUs to it first</source>
        <translation>部署 &apos;%1&apos; 没有设备分配：请先为其分配 NPU</translation>
    </message>
    <message>
        <source>the placed nodes do not state their HBM per NPU (node hardware or inventory)</source>
        <translation>已分配的节点未注明每张 NPU 的 HBM（节点硬件或设备清单）</translation>
    </message>
    <message>
        <source>model config not available: the project has no model &apos;%1&apos;</source>
        <translation>模型配置不可用：项目中没有模型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>model config not available: %1</source>
        <translation>模型配置不可用：%1</translation>
    </message>
</context>
<context>
    <name>npufleet::planning::Planner</name>
    <message>
        <source>TP, PP and DP must be at least 1</source>
        <translation>TP、PP 和 DP 都必须至少为 1</translation>
    </message>
    <message>
        <source>TP %1 does not divide the %2 attention heads</source>
        <translation>TP %1 不能整除 %2 个注意力头</translation>
    </message>
    <message>
        <source>TP %1 and the %2 KV heads do not divide each other</source>
        <translation>TP %1 与 %2 个 KV 头无法相互整除</translation>
    </message>
    <message>
        <source>PP %1 is more than the %2 layers</source>
        <translation>PP %1 超过了 %2 层</translation>
    </message>
    <message>
        <source>expert parallel needs a mixture-of-experts model</source>
        <translation>专家并行需要混合专家 (MoE) 模型</translation>
    </message>
    <message>
        <source>TP %1 does not split evenly into nodes of %2 NPUs</source>
        <translation>TP %1 无法均匀拆分到每节点 %2 张 NPU 的节点上</translation>
    </message>
    <message>
        <source>FP8 weight blocks of 128 do not split over %1 ranks (use EP)</source>
        <translation>FP8 权重的 128 分块无法拆分到 %1 个 rank 上（请使用 EP）</translation>
    </message>
    <message>
        <source>FP8 weight blocks of 128 do not split over TP %1</source>
        <translation>FP8 权重的 128 分块无法按 TP %1 拆分</translation>
    </message>
    <message>
        <source>TP %1 spans %2 nodes: its all-reduce runs over RoCE, much slower than HCCS inside a node</source>
        <translation>TP %1 跨 %2 个节点：其 all-reduce 经 RoCE 进行，远慢于节点内的 HCCS</translation>
    </message>
    <message>
        <source>%1 KV heads over TP %2: KV heads are replicated (each rank stores one)</source>
        <translation>%1 个 KV 头分到 TP %2：KV 头会被复制（每个 rank 存一份）</translation>
    </message>
    <message>
        <source>%1 experts over %2 EP ranks: uneven, %3 on the fullest rank</source>
        <translation>%1 个专家分到 %2 个 EP rank：分配不均，最多的 rank 上有 %3 个</translation>
    </message>
    <message>
        <source>Ascend NPUs have no FP8 weights support in vLLM-Ascend: use a BF16 or W8A8 conversion (figures assume FP8)</source>
        <translation>vLLM-Ascend 不支持 Ascend NPU 上的 FP8 权重：请使用 BF16 或 W8A8 转换版本（数值按 FP8 计算）</translation>
    </message>
    <message>
        <source>does not fit: %1 GiB short per NPU</source>
        <translation>放不下：每张 NPU 缺少 %1 GiB</translation>
    </message>
    <message>
        <source>not accepted by the engine: %1</source>
        <translation>引擎不接受：%1</translation>
    </message>
    <message>
        <source>does not fit: %1 GiB short per NPU (weights %2 GiB per NPU)</source>
        <translation>放不下：每张 NPU 缺少 %1 GiB（每张 NPU 权重 %2 GiB）</translation>
    </message>
    <message>
        <source>no TP traffic</source>
        <translation>无 TP 通信</translation>
    </message>
    <message>
        <source>TP %1 across nodes over RoCE</source>
        <translation>TP %1 跨节点（RoCE）</translation>
    </message>
    <message>
        <source>TP %1 inside one node over HCCS</source>
        <translation>TP %1 在节点内（HCCS）</translation>
    </message>
    <message>
        <source>, PP %1 %2</source>
        <translation>，PP %1 %2</translation>
    </message>
    <message>
        <source>across nodes</source>
        <translation>跨节点</translation>
    </message>
    <message>
        <source>inside a node</source>
        <translation>在节点内</translation>
    </message>
    <message>
        <source>, experts split over %1 EP ranks</source>
        <translation>，专家分布到 %1 个 EP rank</translation>
    </message>
    <message>
        <source> per DP group, %1 groups</source>
        <translation>，按每个 DP 组计，共 %1 组</translation>
    </message>
    <message>
        <source>fits: %1 KV tokens (%2x at %3)%4; %5</source>
        <translation>放得下：%1 个 KV token（按 %3 长度计可并发 %2 个请求）%4；%5</translation>
    </message>
    <message>
        <source>the cluster needs at least one node with one NPU</source>
        <translation>集群至少需要一个节点和一张 NPU</translation>
    </message>
    <message>
        <source>the memory utilization must be in (0, 1]</source>
        <translation>显存利用率必须在 (0, 1] 范围内</translation>
    </message>
    <message>
        <source>block size and max model length cannot be negative</source>
        <translation>块大小和最大模型长度不能为负数</translation>
    </message>
    <message>
        <source>the KV cache memory must be positive</source>
        <translation>KV cache 显存必须为正数</translation>
    </message>
    <message>
        <source>the layout TP %1 x PP %2 x DP %3 needs %4 NPUs; the cluster has %5</source>
        <translation>切分方案 TP %1 × PP %2 × DP %3 需要 %4 张 NPU；集群只有 %5 张</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1必须在 %2 到 %3 之间，而不是 %4</translation>
    </message>
    <message>
        <source>the number of nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>the number of NPUs per node</source>
        <translation>每节点 NPU 数</translation>
    </message>
    <message>
        <source>the HBM size in GiB</source>
        <translation>HBM 容量（GiB）</translation>
    </message>
    <message>
        <source>the max model length must be at most %1 and the block size at most %2</source>
        <translation>最大模型长度不得超过 %1，块大小不得超过 %2</translation>
    </message>
    <message>
        <source>the KV cache memory must be a finite number</source>
        <translation>KV 缓存内存必须是有限的数值</translation>
    </message>
    <message>
        <source>; predicted %1 tok/s (%2 per user), TTFT %3 ms, TPOT %4 ms; limit: %5</source>
        <translation>；预测 %1 token/s（每用户 %2），TTFT %3 ms，TPOT %4 ms；瓶颈：%5</translation>
    </message>
    <message>
        <source>unknown chip &apos;%1&apos;: speeds are predicted for a %2</source>
        <translation>未知芯片“%1”：速度按 %2 预测</translation>
    </message>
    <message>
        <source>the concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>input and output lengths must be from 1 to %1 tokens</source>
        <translation>输入和输出长度须为 1 到 %1 个 token</translation>
    </message>
    <message>
        <source>max-num-seqs</source>
        <translation>max-num-seqs</translation>
    </message>
    <message>
        <source>the speed correction</source>
        <translation>速度校正系数</translation>
    </message>
</context>
<context>
    <name>npufleet::project::Engine</name>
    <message>
        <source>vLLM-Ascend</source>
        <translation>vLLM-Ascend</translation>
    </message>
    <message>
        <source>vLLM-Ascend, data parallel across nodes</source>
        <translation>vLLM-Ascend，跨节点数据并行</translation>
    </message>
    <message>
        <source>vLLM-Ascend on a Ray cluster</source>
        <translation>vLLM-Ascend（Ray 集群）</translation>
    </message>
    <message>
        <source>MindIE</source>
        <translation>MindIE</translation>
    </message>
    <message>
        <source>GPUStack</source>
        <translation>GPUStack</translation>
    </message>
    <message>
        <source>vLLM-Ascend on Docker Swarm</source>
        <translation>vLLM-Ascend（Docker Swarm）</translation>
    </message>
    <message>
        <source>vLLM on NVIDIA GPUs</source>
        <translation>vLLM（NVIDIA GPU）</translation>
    </message>
</context>
<context>
    <name>npufleet::recipes::EngineCapabilities</name>
    <message>
        <source>no version table for engine %1</source>
        <translation>没有引擎 %1 的版本表</translation>
    </message>
    <message>
        <source>the engine version table is not valid JSON: %1</source>
        <translation>引擎版本表不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 or later: %4</source>
        <translation>%1 需要 %2 %3 或更高版本：%4</translation>
    </message>
    <message>
        <source>--additional-config key &quot;%1&quot; was removed in %2 %3; use %4</source>
        <translation>--additional-config 的键 &quot;%1&quot; 已在 %2 %3 中移除；请改用 %4</translation>
    </message>
    <message>
        <source>--additional-config key &quot;%1&quot; is not among those documented for %2 %3</source>
        <translation>--additional-config 的键 &quot;%1&quot; 不在 %2 %3 的文档所列键中</translation>
    </message>
</context>
<context>
    <name>npufleet::recipes::RecipeContext</name>
    <message>
        <source>deployment &quot;%1&quot;: %2</source>
        <translation>部署 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>no deployment named &quot;%1&quot; in the project</source>
        <translation>项目中没有名为 &quot;%1&quot; 的部署</translation>
    </message>
</context>
<context>
    <name>npufleet::recipes::TuningVariables</name>
    <message>
        <source>Cache size in MB for sharing data between two NPUs (HCCL). The docs use 1024 most often; large MoE models with expert parallel may need more.</source>
        <translation>两张 NPU 之间共享数据的缓存大小，单位 MB（HCCL）。文档中最常用 1024；使用专家并行的大型 MoE 模型可能需要更大的值。</translation>
    </message>
    <message>
        <source>Seconds HCCL waits for the other ranks to connect (CANN default 120). Raise it when nodes start far apart, e.g. a slow model load on one node (error EI0006).</source>
        <translation>HCCL 等待其他 rank 建立连接的秒数（CANN 默认 120）。各节点启动时间相差较大时（例如某个节点模型加载很慢）请调大（错误 EI0006）。</translation>
    </message>
    <message>
        <source>Seconds an HCCL collective may run before it is declared hung.</source>
        <translation>HCCL 集合通信运行多少秒后被判定为挂起。</translation>
    </message>
    <message>
        <source>AIV: communication is scheduled by the AI vector cores directly with RoCE instead of by the AI CPU.</source>
        <translation>AIV：由 AI Vector 核直接通过 RoCE 调度通信，而不是由 AI CPU 调度。</translation>
    </message>
    <message>
        <source>NPU memory allocator options. expandable_segments:True uses virtual memory to reduce fragmentation; max_split_size_mb:250 stops large blocks from being split.</source>
        <translation>NPU 显存分配器选项。expandable_segments:True 使用虚拟内存来减少碎片；max_split_size_mb:250 可防止大块被拆分。</translation>
    </message>
    <message>
        <source>Operator delivery queue optimisation (1 or 2). 2 may raise peak memory and hurt when memory is tight.</source>
        <translation>算子下发队列优化（1 或 2）。设为 2 可能提高峰值显存，在显存紧张时反而有害。</translation>
    </message>
    <message>
        <source>OpenMP thread binding; the multi-node guide sets false. No further explanation in the vllm-ascend docs.</source>
        <translation>OpenMP 线程绑核；多节点指南中设为 false。vllm-ascend 文档中没有更多说明。</translation>
    </message>
    <message>
        <source>OpenMP threads per process; the multi-node guide uses 10 (v0.11.0) or 100 (v0.9.1), single-node examples 1.</source>
        <translation>每个进程的 OpenMP 线程数；多节点指南使用 10（v0.11.0）或 100（v0.9.1），单节点示例使用 1。</translation>
    </message>
    <message>
        <source>Download models from ModelScope instead of Hugging Face (useful where Hugging Face is unreachable). Local model folders are used as they are.</source>
        <translation>从 ModelScope 而不是 Hugging Face 下载模型（适用于无法访问 Hugging Face 的环境）。本地模型文件夹按原样使用。</translation>
    </message>
    <message>
        <source>Use vLLM&apos;s V1 engine. The v0.9.1 multi-node guide sets it on the worker node; later versions use V1 by default.</source>
        <translation>使用 vLLM 的 V1 引擎。v0.9.1 多节点指南在工作节点上设置该变量；之后的版本默认使用 V1。</translation>
    </message>
</context>
<context>
    <name>npufleet::remote::InventoryRunner</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::remote::StepRunner</name>
    <message>
        <source>waits for %1, which did not succeed</source>
        <translation>等待的 %1 未成功</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>an earlier step on this node did not succeed</source>
        <translation>此节点上较早的步骤未成功</translation>
    </message>
    <message>
        <source>waits for a step that cannot run</source>
        <translation>等待一个无法运行的步骤</translation>
    </message>
    <message>
        <source>an earlier step on this node failed</source>
        <translation>此节点上较早的步骤失败</translation>
    </message>
</context>
<context>
    <name>npufleet::serving</name>
    <message>
        <source>could not connect to %1 within %2 s</source>
        <translation>%2 s 内无法连接到 %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>the stream ended before the reply was complete</source>
        <translation>回复完成前数据流已结束</translation>
    </message>
    <message>
        <source>**User**</source>
        <translation>**用户**</translation>
    </message>
    <message>
        <source>**Assistant**</source>
        <translation>**助手**</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>not an NPU Fleet conversation file</source>
        <translation>不是 NPU Fleet 对话文件</translation>
    </message>
    <message>
        <source>saved by a newer NPU Fleet (version %1)</source>
        <translation>由更新版本的 NPU Fleet 保存（版本 %1）</translation>
    </message>
    <message>
        <source>the file holds no conversation</source>
        <translation>文件中没有对话</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%2 s 内 %1 没有应答</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation>服务器错误：%1</translation>
    </message>
    <message>
        <source>no error message</source>
        <translation>没有错误消息</translation>
    </message>
    <message>
        <source>the server&apos;s /v1/models answer has no &quot;data&quot; list</source>
        <translation>服务器的 /v1/models 应答中没有 &quot;data&quot; 列表</translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the server reported an error in the stream</source>
        <translation>服务器在流中报告了错误</translation>
    </message>
    <message>
        <source>no complete reply within %1 s</source>
        <translation>%1 s 内没有完整的回复</translation>
    </message>
    <message>
        <source>the server sent nothing usable for %1 s</source>
        <translation>服务器 %1 s 内没有发送任何可用内容</translation>
    </message>
    <message>
        <source>the server redirected from https to %1: not followed</source>
        <translation>服务器从 https 重定向到 %1：未跟随</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1): not followed, so that the API key goes nowhere else</source>
        <translation>服务器重定向到另一个源（%1）：未跟随，以免 API 密钥被发往别处</translation>
    </message>
</context>
<context>
    <name>npufleet::storage</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>RHEL family</source>
        <translation>RHEL 系</translation>
    </message>
    <message>
        <source>Debian family</source>
        <translation>Debian 系</translation>
    </message>
    <message>
        <source>unknown, decided on the node</source>
        <translation>未知，在节点上判断</translation>
    </message>
</context>
<context>
    <name>npufleet::storage::ConfigEditor</name>
    <message>
        <source>change or remove that line by hand, then run the wizard again</source>
        <translation>请手动修改或删除该行，然后再次运行向导</translation>
    </message>
    <message>
        <source>line %1 already exports %2 to %3 with other options (%4)</source>
        <translation>第 %1 行已将 %2 以其他选项（%4）导出到 %3</translation>
    </message>
    <message>
        <source>line %1 already mounts %2 at %3</source>
        <translation>第 %1 行已将 %2 挂载到 %3</translation>
    </message>
    <message>
        <source>line %1 already has an equivalent entry; it is kept and no block is written</source>
        <translation>第 %1 行已有等效条目；保留该条目，不写入标记块</translation>
    </message>
    <message>
        <source>marked block written</source>
        <translation>已写入标记块</translation>
    </message>
    <message>
        <source>marked block already up to date</source>
        <translation>标记块已是最新</translation>
    </message>
    <message>
        <source>marked block removed</source>
        <translation>已删除标记块</translation>
    </message>
    <message>
        <source>no marked block</source>
        <translation>没有标记块</translation>
    </message>
    <message>
        <source>refused to write a line with a control character: &quot;%1&quot;</source>
        <translation>拒绝写入含控制字符的行：&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>npufleet::storage::MarkedBlock</name>
    <message>
        <source>a second &quot;%1&quot; before &quot;%2&quot;</source>
        <translation>在 &quot;%2&quot; 之前出现了第二个 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>repair the marked block by hand (a backup of the file is a good start)</source>
        <translation>请手动修复标记块（先备份该文件）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without &quot;%2&quot; before it</source>
        <translation>&quot;%1&quot; 之前没有 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never closed by &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 没有以 &quot;%2&quot; 结束</translation>
    </message>
</context>
<context>
    <name>npufleet::storage::NfsExecutor</name>
    <message>
        <source>exit status %1%2</source>
        <translation>退出状态 %1%2</translation>
    </message>
    <message>
        <source>mount settings unchanged</source>
        <translation>挂载设置未变</translation>
    </message>
    <message>
        <source>the marked entry for %1 has other settings; unmounting it first</source>
        <translation>%1 的标记条目设置不同；先卸载它</translation>
    </message>
    <message>
        <source>settings changed: %1 unmounted (if it was mounted), to be mounted again</source>
        <translation>设置已更改：已卸载 %1（如已挂载），稍后重新挂载</translation>
    </message>
    <message>
        <source> (when it is busy, stop what uses %1, such as a model server, and apply again)</source>
        <translation> （若设备忙，请停止使用 %1 的程序，例如模型服务，然后重新应用）</translation>
    </message>
</context>
<context>
    <name>npufleet::storage::NfsPlanner</name>
    <message>
        <source>the project has no shared storage</source>
        <translation>项目中没有共享存储</translation>
    </message>
    <message>
        <source>run the NFS wizard, or add a &apos;storage:&apos; section naming the server node</source>
        <translation>请运行 NFS 向导，或添加指定服务端节点的 &apos;storage:&apos; 部分</translation>
    </message>
    <message>
        <source>the storage server &apos;%1&apos; is not a node of the project</source>
        <translation>存储服务端 &apos;%1&apos; 不是项目中的节点</translation>
    </message>
    <message>
        <source>no network to export to</source>
        <translation>没有要导出到的网络</translation>
    </message>
    <message>
        <source>enter the network the clients are in, e.g. 10.0.0.0/24</source>
        <translation>请输入客户端所在的网络，例如 10.0.0.0/24</translation>
    </message>
    <message>
        <source>the cache folder %1 is not under the mount point %2, so it is not shared</source>
        <translation>缓存文件夹 %1 不在挂载点 %2 下，因此不会被共享</translation>
    </message>
    <message>
        <source>Install the NFS server (%1)</source>
        <translation>安装 NFS 服务端（%1）</translation>
    </message>
    <message>
        <source>Create the export folder</source>
        <translation>创建导出文件夹</translation>
    </message>
    <message>
        <source>Export the folder in %1</source>
        <translation>在 %1 中导出该文件夹</translation>
    </message>
    <message>
        <source>Open NFS in firewalld when it runs</source>
        <translation>若 firewalld 正在运行，则在其中放行 NFS</translation>
    </message>
    <message>
        <source>Enable and start the NFS server (%1)</source>
        <translation>启用并启动 NFS 服务端（%1）</translation>
    </message>
    <message>
        <source>Reload the export table</source>
        <translation>重新加载导出表</translation>
    </message>
    <message>
        <source>Remove the marked block from %1</source>
        <translation>从 %1 中删除标记块</translation>
    </message>
    <message>
        <source>Reload the export table (the service and the folder stay)</source>
        <translation>重新加载导出表（服务和文件夹保留）</translation>
    </message>
    <message>
        <source>the storage client &apos;%1&apos; is not a node of the project</source>
        <translation>存储客户端 &apos;%1&apos; 不是项目中的节点</translation>
    </message>
    <message>
        <source>the server %1 cannot also be a client</source>
        <translation>服务端 %1 不能同时作为客户端</translation>
    </message>
    <message>
        <source>Install the NFS client (%1)</source>
        <translation>安装 NFS 客户端（%1）</translation>
    </message>
    <message>
        <source>Create the mount point</source>
        <translation>创建挂载点</translation>
    </message>
    <message>
        <source>Mount at boot: %1</source>
        <translation>开机挂载：%1</translation>
    </message>
    <message>
        <source>Mount the share now</source>
        <translation>立即挂载共享目录</translation>
    </message>
    <message>
        <source>Unmount the share</source>
        <translation>卸载共享目录</translation>
    </message>
    <message>
        <source>&apos;intr&apos; is ignored by Linux since 2.6.25: a hard mount can always be interrupted by SIGKILL</source>
        <translation>Linux 自 2.6.25 起忽略 &apos;intr&apos;：hard 挂载始终可以被 SIGKILL 中断</translation>
    </message>
    <message>
        <source>&apos;soft&apos; mounts can lose writes when the server is slow; &apos;hard&apos; is safer for model folders</source>
        <translation>服务器较慢时，&apos;soft&apos; 挂载可能丢失写入；对模型文件夹而言 &apos;hard&apos; 更安全</translation>
    </message>
    <message>
        <source>the server sees the share at %1, the clients at %2: recipes on the server use %1</source>
        <translation>服务端在 %1 访问共享目录，客户端在 %2：服务端上的方案使用 %1</translation>
    </message>
    <message>
        <source>edit %1: back it up to %1.npufleet-backup-&lt;time&gt;, then keep exactly one marked block (an equivalent hand-written line is reused instead):</source>
        <translation>编辑 %1：先备份为 %1.npufleet-backup-&lt;time&gt;，然后只保留一个标记块（若已有等效的手写行，则沿用该行）：</translation>
    </message>
    <message>
        <source>edit %1: back it up, then remove the lines from &quot;%2&quot; to &quot;%3&quot;; other lines stay as they are</source>
        <translation>编辑 %1：先备份，然后删除从 &quot;%2&quot; 到 &quot;%3&quot; 的行；其他行保持不变</translation>
    </message>
    <message>
        <source>%1 (%2) - %3, %4%5</source>
        <translation>%1（%2）- %3，%4%5</translation>
    </message>
    <message>
        <source>NFS server</source>
        <translation>NFS 服务端</translation>
    </message>
    <message>
        <source>NFS client</source>
        <translation>NFS 客户端</translation>
    </message>
    <message>
        <source>, commands run with sudo</source>
        <translation>，命令通过 sudo 运行</translation>
    </message>
    <message>
        <source>Unmount first if the mount settings changed</source>
        <translation>如挂载设置已更改则先卸载</translation>
    </message>
    <message>
        <source>mount options %1 -&gt; %2</source>
        <translation>挂载选项 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>export %1 -&gt; %2, mount point %3 -&gt; %4</source>
        <translation>导出 %1 -&gt; %2，挂载点 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>the mount settings changed since the last apply (%1): clients that have the share mounted unmount it and mount it again; stop what uses it first, as umount fails while files are open</source>
        <translation>自上次应用以来挂载设置已更改（%1）：已挂载该共享的客户端会先卸载再重新挂载；请先停止使用它的程序，因为有文件打开时 umount 会失败</translation>
    </message>
    <message>
        <source>read %1: when its marked block mounts the share with other settings than the line below (changed options such as vers=, another server or mount point), unmount that mount point so that the mount step mounts it again with the new settings; otherwise do nothing:</source>
        <translation>读取 %1：若其标记块以与下行不同的设置挂载该共享（如 vers= 等选项、其他服务器或挂载点发生变化），则卸载该挂载点，以便挂载步骤用新设置重新挂载；否则不做任何操作：</translation>
    </message>
    <message>
        <source># or the mount point that the old line names</source>
        <translation># 或旧条目所指的挂载点</translation>
    </message>
</context>
<context>
    <name>npufleet::storage::NfsRunner</name>
    <message numerus="yes">
        <source>All %n step(s) succeeded.</source>
        <translation>
            <numerusform>全部 %n 个步骤均已成功。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps succeeded, %3 failed, %4 not run%5.</source>
        <translation>%2 个步骤中 %1 个成功，%3 个失败，%4 个未运行%5。</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (已取消)</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%2 项检查中 %1 项通过。</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed (stopped).</source>
        <translation>%2 项检查中 %1 项通过（已停止）。</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>List the export on the server</source>
        <translation>列出服务器上导出目录的文件</translation>
    </message>
    <message>
        <source>Verify the share on %1</source>
        <translation>在 %1 上验证共享</translation>
    </message>
</context>
<context>
    <name>npufleet::storage::NfsScripts</name>
    <message>
        <source>stop exporting %1 from %2</source>
        <translation>停止从 %2 导出 %1</translation>
    </message>
    <message>
        <source>export %1 from %2 to %3</source>
        <translation>从 %2 将 %1 导出到 %3</translation>
    </message>
    <message>
        <source>unmount %1 on %2</source>
        <translation>在 %2 上卸载 %1</translation>
    </message>
    <message>
        <source>mount %1:%2 at %3 on %4</source>
        <translation>在 %4 上将 %1:%2 挂载到 %3</translation>
    </message>
    <message>
        <source>Run it after the client undo scripts.</source>
        <translation>请在客户端撤销脚本之后运行。</translation>
    </message>
    <message>
        <source>Run it before the server&apos;s undo script.</source>
        <translation>请在服务端撤销脚本之前运行。</translation>
    </message>
    <message>
        <source>Run it first, then the client scripts.</source>
        <translation>请先运行此脚本，再运行客户端脚本。</translation>
    </message>
    <message>
        <source>Run it after the server script.</source>
        <translation>请在服务端脚本之后运行。</translation>
    </message>
    <message>
        <source>Node %1 (%2), %3. %4</source>
        <translation>节点 %1（%2），%3。%4</translation>
    </message>
    <message>
        <source>Running it again changes nothing. Files are edited inside a marked block, after a timestamped backup.</source>
        <translation>重复运行不会产生任何变化。文件在带时间戳的备份之后，于标记块内编辑。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>npufleet::storage::NfsVerifier</name>
    <message>
        <source>exit status %1%2</source>
        <translation>退出状态 %1%2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>size differs: %1 (%2 on the server, %3 here)</source>
        <translation>大小不同：%1（服务端 %2，本地 %3）</translation>
    </message>
    <message>
        <source>not on the server: %1</source>
        <translation>服务端上没有：%1</translation>
    </message>
    <message>
        <source>The server exports %1</source>
        <translation>服务端导出了 %1</translation>
    </message>
    <message>
        <source>%1 is mounted</source>
        <translation>%1 已挂载</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 seen on %2 and removed</source>
        <translation>在 %2 上看到了 %1，并已删除</translation>
    </message>
    <message>
        <source>%1 not seen on %2 at %3</source>
        <translation>在 %2 的 %3 处没有看到 %1</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>A file written here is seen on the server</source>
        <translation>在此写入的文件能在服务端看到</translation>
    </message>
    <message>
        <source>Same files and sizes as the server</source>
        <translation>文件及大小与服务端一致</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1</source>
        <translation>
            <numerusform>%n 处差异：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ApplyLayoutCommand</name>
    <message>
        <source>TP%1 PP%2 DP%3</source>
        <translation>TP%1 PP%2 DP%3</translation>
    </message>
    <message>
        <source> EP</source>
        <translation> EP</translation>
    </message>
    <message>
        <source>Set layout of %1 to %2</source>
        <translation>将 %1 的切分方案设为 %2</translation>
    </message>
    <message numerus="yes">
        <source>Set layout of %1 to %2 and move it to %n NPU(s)</source>
        <translation>
            <numerusform>将 %1 的布局设为 %2，并移到 %n 张 NPU 上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::Assigner</name>
    <message>
        <source>NPU %1 of %2 is used by %3</source>
        <translation>%2 的 NPU %1 正被 %3 使用</translation>
    </message>
    <message>
        <source>no deployment named %1</source>
        <translation>没有名为 %1 的部署</translation>
    </message>
    <message>
        <source>%1 has no %2 free NPUs</source>
        <translation>%1 没有 %2 张空闲 NPU</translation>
    </message>
    <message>
        <source>no %1 free NPUs next to NPU %2 of %3</source>
        <translation>%3 的 NPU %2 旁没有 %1 张空闲 NPU</translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %n NPU(s)</source>
        <translation>
            <numerusform>将 %1 分配到 %n 张 NPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::AssignmentBoard</name>
    <message>
        <source>Assignment board</source>
        <translation>分配看板</translation>
    </message>
    <message>
        <source>Auto-&amp;place</source>
        <translation>自动分配(&amp;P)</translation>
    </message>
    <message>
        <source>Place every unplaced deployment on free NPUs (one undo step)</source>
        <translation>将每个未分配的部署分配到空闲 NPU 上（一步即可撤销）</translation>
    </message>
    <message>
        <source>Drag a model onto NPUs, a selection or a node; drag a deployment&apos;s tiles to move it (Ctrl: add NPUs). Right-click or Enter for the same by keyboard.</source>
        <translation>将模型拖到 NPU、选区或节点上；拖动部署的方块可移动它（按住 Ctrl：添加 NPU）。右键或按 Enter 可用键盘完成同样的操作。</translation>
    </message>
    <message>
        <source>%1 left unplaced: %2</source>
        <translation>%1 仍未分配：%2</translation>
    </message>
    <message>
        <source>Nothing to place: every deployment has NPUs</source>
        <translation>无需分配：每个部署都已有 NPU</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>已分配 %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Problems: none, every placement is valid</source>
        <translation>问题：无，所有放置均有效</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::BoardCanvas</name>
    <message>
        <source>Assignment board</source>
        <translation>分配看板</translation>
    </message>
    <message>
        <source>%1
Drop a model here: free NPUs of this node are chosen</source>
        <translation>%1
将模型拖放到此处：自动选择此节点的空闲 NPU</translation>
    </message>
    <message>
        <source>&amp;Assign model here</source>
        <translation>在此分配模型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Assign model to node(s)</source>
        <translation>将模型分配到节点(&amp;A)</translation>
    </message>
    <message>
        <source>From the catalog</source>
        <translation>从内置模型目录</translation>
    </message>
    <message>
        <source>&amp;Move deployment here</source>
        <translation>将部署移到此处(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;dd these NPUs to</source>
        <translation>将这些 NPU 添加到(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove these NPUs from %1</source>
        <translation>从 %1 中移除这些 NPU(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete deployment %1</source>
        <translation>删除部署 %1(&amp;L)</translation>
    </message>
    <message>
        <source>Auto-&amp;place unplaced deployments</source>
        <translation>自动分配未分配的部署(&amp;P)</translation>
    </message>
    <message>
        <source>Deployments:</source>
        <translation>部署：</translation>
    </message>
    <message>
        <source>%1 · not placed</source>
        <translation>%1 · 未分配</translation>
    </message>
    <message>
        <source>Deployments: none yet. Drag a model from the library onto NPUs.</source>
        <translation>部署：暂无。请从模型库中将模型拖到 NPU 上。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>free HBM</source>
        <translation>空闲 HBM</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 GiB</source>
        <translation>%1 × %2 · %3 GiB</translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n 张空闲</numerusform>
        </translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>No nodes yet: add nodes to the cluster first</source>
        <translation>暂无节点：请先向集群添加节点</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>head</source>
        <translation>主节点</translation>
    </message>
    <message>
        <source>No node matches the filter</source>
        <translation>没有节点符合筛选条件</translation>
    </message>
    <message>
        <source>Added %1. Double-click its tiles to change its engine, image, port and serving options.</source>
        <translation>已添加 %1。双击其图块可修改引擎、镜像、端口和服务选项。</translation>
    </message>
    <message>
        <source>&amp;New Deployment Here…</source>
        <translation>在此新建部署(&amp;N)…</translation>
    </message>
    <message>
        <source>Pr&amp;operties of %1…</source>
        <translation>%1 的属性(&amp;O)…</translation>
    </message>
    <message>
        <source>other processes</source>
        <translation>其他进程</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::BoardModel</name>
    <message numerus="yes">
        <source>%1 (%2): %n NPU(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 张 NPU</numerusform>
        </translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source>%1 NPU %2: free</source>
        <translation>%1 NPU %2：空闲</translation>
    </message>
    <message>
        <source>%1 NPU %2: %3</source>
        <translation>%1 NPU %2：%3</translation>
    </message>
    <message>
        <source>%1 GiB held by processes outside the project</source>
        <translation>项目之外的进程占用 %1 GiB</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::BoardViewBar</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%1 / %2 个节点</translation>
    </message>
    <message>
        <source>Filter nodes: name, label, chip, free&gt;=4</source>
        <translation>筛选节点：名称、标签、芯片、free&gt;=4</translation>
    </message>
    <message>
        <source>Show only the nodes whose name, host, label or chip contains every word;
free&gt;=N: at least N free NPUs; -word: leave out what matches</source>
        <translation>只显示名称、主机、标签或芯片包含每个词的节点；
free&gt;=N：至少 N 个空闲 NPU；-词：排除匹配项</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>One line per node, NPUs as small cells: for large clusters</source>
        <translation>每个节点一行，NPU 显示为小格：适用于大型集群</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom so that the shown nodes fit the window</source>
        <translation>缩放以使显示的节点适应窗口</translation>
    </message>
    <message>
        <source>Back to 100 %</source>
        <translation>恢复到 100 %</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::CalibrationCommands</name>
    <message>
        <source>Use speed correction %1 for %2 with %3</source>
        <translation>对 %2 上的 %3 使用速度校正 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ChartsPanel</name>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message numerus="yes">
        <source>Point %1 of %2: %n request(s)…</source>
        <translation>
            <numerusform>第 %1/%2 点：%n 个请求…</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests per second, or several for a sweep: 1,2,4,inf</source>
        <translation>每秒请求数，或多个值用于扫描：1,2,4,inf</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Most requests in flight, or several for a sweep: 1,8,64</source>
        <translation>最大在途请求数，或多个值用于扫描：1,8,64</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open result files saved by npufleet bench or vllm bench serve</source>
        <translation>打开由 npufleet bench 或 vllm bench serve 保存的结果文件</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart on show as a PNG image</source>
        <translation>将当前显示的图表保存为 PNG 图像</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of the chart on show as CSV</source>
        <translation>将当前显示图表的数据保存为 CSV</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>In/out tokens:</source>
        <translation>输入/输出 token：</translation>
    </message>
    <message>
        <source>Rate (req/s):</source>
        <translation>速率 (req/s)：</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>并发：</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL.</source>
        <translation>请提供服务器的 URL。</translation>
    </message>
    <message>
        <source>Give the model name the server serves.</source>
        <translation>请提供服务器所提供的模型名称。</translation>
    </message>
    <message>
        <source>Point %1 of %2 done: %3 of %4 requests, %5 output tok/s, median TTFT %6 ms</source>
        <translation>第 %1/%2 点完成：%3/%4 个请求，%5 输出 tok/s，TTFT 中位数 %6 ms</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open benchmark results</source>
        <translation>打开压测结果</translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation>结果 (*.json)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>将图表数据另存为 CSV</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Goodput SLO:</source>
        <translation>Goodput SLO：</translation>
    </message>
    <message>
        <source>Goodput SLOs in milliseconds, as vLLM&apos;s --goodput: ttft, tpot, e2el. The goodput (requests per second that met every SLO) shows with the run&apos;s figures.</source>
        <translation>Goodput 的 SLO，单位毫秒，同 vLLM 的 --goodput：ttft、tpot、e2el。Goodput（每秒满足全部 SLO 的请求数）显示在本次运行的数据中。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ChatColumn</name>
    <message>
        <source>waiting for %1…</source>
        <translation>正在等待 %1…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>正在流式输出…</translation>
    </message>
    <message>
        <source>TTFT %1 ms · %2 chunks · streaming…</source>
        <translation>TTFT %1 ms · %2 个数据块 · 正在流式输出…</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ClusterPane</name>
    <message>
        <source>Filter nodes and NPUs (name, host, chip, health)…</source>
        <translation>筛选节点和 NPU（名称、主机、芯片、健康状态）…</translation>
    </message>
    <message>
        <source>Demo project: telemetry is &lt;b&gt;simulated&lt;/b&gt; from recorded npu-smi outputs of real Atlas servers, and the deployments answer from simulated vLLM servers. Nothing connects to the addresses shown.</source>
        <translation>演示项目：遥测数据根据真实 Atlas 服务器录制的 npu-smi 输出&lt;b&gt;模拟&lt;/b&gt;生成，部署由模拟的 vLLM 服务器应答。不会连接所显示的地址。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) did not answer: %1. &lt;a href=&quot;retry&quot;&gt;Ask them again&lt;/a&gt;</source>
        <translation>
            <numerusform>%n 个节点未应答：%1。&lt;a href=&quot;retry&quot;&gt;重新询问&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ClusterTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>HBM used / total (GiB)</source>
        <translation>HBM 已用 / 总量 (GiB)</translation>
    </message>
    <message>
        <source>Temp (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>功耗 (W)</translation>
    </message>
    <message>
        <source>AI Core (%)</source>
        <translation>AI Core (%)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source> (head)</source>
        <translation> (主节点)</translation>
    </message>
    <message numerus="yes">
        <source>%n NPU(s) not OK</source>
        <translation>
            <numerusform>%n 张 NPU 异常</numerusform>
        </translation>
    </message>
    <message>
        <source>OK (simulated)</source>
        <translation>正常（模拟）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n 个进程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) reading the accelerators:</source>
        <translation>
            <numerusform>读取加速卡时有 %n 条警告：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::CompareView</name>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>ITL</source>
        <translation>ITL</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>E2E 时延</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>Runs to compare:</source>
        <translation>要比较的运行：</translation>
    </message>
    <message>
        <source>%1 %2 (ms)</source>
        <translation>%1 %2 (ms)</translation>
    </message>
    <message>
        <source>%1 vs output throughput</source>
        <translation>%1 与输出吞吐</translation>
    </message>
    <message>
        <source>output throughput (tok/s)</source>
        <translation>输出吞吐 (tok/s)</translation>
    </message>
    <message>
        <source>%1 req/s, %2 output tok/s, %3 tok/s in all; %4 of %5 completed, %6 failed, in %7 s</source>
        <translation>%1 请求/秒，输出 %2 token/秒，总计 %3 token/秒；完成 %4/%5，失败 %6，用时 %7 秒</translation>
    </message>
    <message>
        <source>; goodput %1 req/s</source>
        <translation>；goodput %1 请求/秒</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>在系统钥匙串中记住(&amp;R)</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>%1 的密钥口令</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase. Enter it to log in to %2.</source>
        <translation>密钥 %1 受口令保护。请输入口令以登录 %2。</translation>
    </message>
    <message>
        <source>%1@%2 refused the password. Enter it again.</source>
        <translation>%1@%2 拒绝了该密码。请重新输入。</translation>
    </message>
    <message>
        <source>%1@%2 asks for a password.</source>
        <translation>%1@%2 需要密码。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keychain (GNOME Keyring, KWallet), never in the project file. Unticked, it is kept in memory until NPU Fleet quits.</source>
        <translation>由桌面钥匙串（GNOME Keyring、KWallet）保存，绝不写入项目文件。不勾选时，仅保存在内存中，直到 NPU Fleet 退出。</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::DeploymentActions</name>
    <message>
        <source>&amp;Deployment</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Deployment…</source>
        <translation>新建部署(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose a model, engine, image, layout, NPUs, port and options step by step</source>
        <translation>逐步选择模型、引擎、镜像、并行布局、NPU、端口和选项</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit every field of the current deployment</source>
        <translation>编辑当前部署的所有字段</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::DeploymentCheck</name>
    <message>
        <source>give the deployment a name</source>
        <translation>请为部署命名</translation>
    </message>
    <message>
        <source>another deployment is named %1</source>
        <translation>已有名为 %1 的部署</translation>
    </message>
    <message>
        <source>port %1 is already used by deployment %2</source>
        <translation>端口 %1 已被部署 %2 使用</translation>
    </message>
    <message>
        <source>choose a port no other deployment of the project uses</source>
        <translation>请选择项目中其他部署未使用的端口</translation>
    </message>
    <message>
        <source>needs %1 accelerators</source>
        <translation>需要 %1 加速卡</translation>
    </message>
    <message numerus="yes">
        <source>runs on one node; %n nodes are placed</source>
        <translation>
            <numerusform>只能在单个节点上运行；当前放置了 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>needs the model as a folder on the nodes</source>
        <translation>需要模型以文件夹形式存在于节点上</translation>
    </message>
    <message>
        <source>Use TP %1 × PP %2 × DP %3</source>
        <translation>改用 TP %1 × PP %2 × DP %3</translation>
    </message>
    <message>
        <source>Use the engine %1</source>
        <translation>改用引擎 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::DeploymentCommands</name>
    <message>
        <source>Create deployment %1</source>
        <translation>创建部署 %1</translation>
    </message>
    <message>
        <source>Delete deployment %1</source>
        <translation>删除部署 %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>分配 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message numerus="yes">
        <source>Auto-place %n deployment(s)</source>
        <translation>
            <numerusform>自动分配 %n 个部署</numerusform>
        </translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>添加模型 %1</translation>
    </message>
    <message>
        <source>Edit model %1</source>
        <translation>编辑模型 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove model %1 and its %n deployment(s)</source>
        <translation>
            <numerusform>移除模型 %1 及其 %n 个部署</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>移除模型 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::DeploymentPropertiesDialog</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>serving options</source>
        <translation>服务选项</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Deployment Properties — %1</source>
        <translation>部署属性 — %1</translation>
    </message>
    <message>
        <source>Ready: the deployment rules pass.</source>
        <translation>就绪：部署规则全部通过。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before launch: see the marked tabs.</source>
        <translation>
            <numerusform>启动前需修复 %n 个问题：见带标记的标签页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
    <message>
        <source>engine and layout</source>
        <translation>引擎与并行布局</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;TP:</source>
        <translation>TP(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;PP:</source>
        <translation>PP(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;DP:</source>
        <translation>DP(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Expert parallel (EP)</source>
        <translation>专家并行 (EP)(&amp;E)</translation>
    </message>
    <message>
        <source>Model and Engine</source>
        <translation>模型与引擎</translation>
    </message>
    <message>
        <source>Layout and Placement</source>
        <translation>布局与放置</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>The project has no deployments yet: create one with Deployment &gt; New Deployment…</source>
        <translation>项目中还没有部署：请通过“部署 &gt; 新建部署…”创建。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::DistributionView</name>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>ITL</source>
        <translation>ITL</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>E2E 时延</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>%1 histogram</source>
        <translation>%1 直方图</translation>
    </message>
    <message>
        <source>%1 CDF</source>
        <translation>%1 CDF</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>无数值。</translation>
    </message>
    <message>
        <source>This result has summary figures only (saved without --save-detailed).</source>
        <translation>此结果只有汇总数据（保存时未使用 --save-detailed）。</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s); mean %1 ms, median %2 ms, p99 %3 ms</source>
        <translation>
            <numerusform>%n 个值；平均 %1 ms，中位数 %2 ms，p99 %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>No run yet: run a benchmark, or open a result file.</source>
        <translation>尚无运行：运行一次基准测试，或打开结果文件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 request(s) completed, &lt;b&gt;%4 failed&lt;/b&gt;, in %5 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：完成 %2/%3 个请求，&lt;b&gt;失败 %4 个&lt;/b&gt;，用时 %5 秒</translation>
    </message>
    <message>
        <source>Request throughput &lt;b&gt;%1 req/s&lt;/b&gt;</source>
        <translation>请求吞吐 &lt;b&gt;%1 请求/秒&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, goodput &lt;b&gt;%1 req/s&lt;/b&gt;</source>
        <translation>，goodput &lt;b&gt;%1 请求/秒&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output &lt;b&gt;%1 tok/s&lt;/b&gt;, total &lt;b&gt;%2 tok/s&lt;/b&gt;, peak output %3 tok/s, peak concurrency %4</source>
        <translation>输出 &lt;b&gt;%1 token/秒&lt;/b&gt;，总计 &lt;b&gt;%2 token/秒&lt;/b&gt;，输出峰值 %3 token/秒，并发峰值 %4</translation>
    </message>
    <message>
        <source>Tokens in %1, out %2</source>
        <translation>输入 token %1，输出 %2</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::EndpointPicker</name>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询其模型…</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) served</source>
        <translation>
            <numerusform>提供 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>The project&apos;s deployments, or any OpenAI-compatible server</source>
        <translation>项目中的部署，或任意 OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>http://host:8000/v1</source>
        <translation>http://host:8000/v1</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API 密钥（可选）</translation>
    </message>
    <message>
        <source>Sent as &apos;Authorization: Bearer&apos;. Kept in memory only, never saved.</source>
        <translation>以 &apos;Authorization: Bearer&apos; 发送。仅保存在内存中，从不写入磁盘。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>刷新模型列表</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::EnvironmentEditor</name>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add Variable</source>
        <translation>添加变量(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Make ${VAR} &amp;Reference</source>
        <translation>改为 ${VAR} 引用(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the selected value by a reference the launch reads from your environment</source>
        <translation>将所选值替换为引用，启动时从你的环境中读取</translation>
    </message>
    <message>
        <source>Secrets (tokens, passwords, keys) are written only as ${VAR} references: the value is read from your environment or keychain at launch and never saved in the project.</source>
        <translation>机密信息（令牌、密码、密钥）只以 ${VAR} 引用的形式写入：启动时从你的环境或钥匙串读取，绝不保存在项目中。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ExportDialog</name>
    <message>
        <source>Export deployment</source>
        <translation>导出部署</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Shell scripts (sh)</source>
        <translation>Shell 脚本 (sh)</translation>
    </message>
    <message>
        <source>Docker Compose (compose)</source>
        <translation>Docker Compose (compose)</translation>
    </message>
    <message>
        <source>Swarm stack (stack)</source>
        <translation>Swarm stack (stack)</translation>
    </message>
    <message>
        <source>Ray scripts (ray)</source>
        <translation>Ray 脚本 (ray)</translation>
    </message>
    <message>
        <source>GPUStack commands (gpustack)</source>
        <translation>GPUStack 命令 (gpustack)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole file shown to the clipboard (Ctrl+Shift+C)</source>
        <translation>将显示的整个文件复制到剪贴板 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Write all files into a folder you choose (%1)</source>
        <translation>将所有文件写入你选择的文件夹（%1）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <source>The project has no deployments to export.</source>
        <translation>项目中没有可导出的部署。</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Choose a file on the left to see it here.</source>
        <translation>在左侧选择一个文件，即可在此查看。</translation>
    </message>
    <message>
        <source>Nothing to show until the problem above is fixed.</source>
        <translation>请先修复上面的问题，才能显示内容。</translation>
    </message>
    <message>
        <source>%1, executable</source>
        <translation>%1，可执行</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s). Save… writes them into a folder named &quot;%1&quot; inside the folder you choose.</source>
        <translation>
            <numerusform>%n 个文件。“保存…”会将它们写入你所选文件夹中名为 &quot;%1&quot; 的文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>These files already exist in %1 and will be replaced:

%2</source>
        <translation>以下文件已存在于 %1 中，将被替换：

%2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) into %1.</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of %1 failed: %2</source>
        <translation>导出 %1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n file(s) into %2</source>
        <translation>
            <numerusform>已导出 %1：%n 个文件，保存到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubernetes LeaderWorkerSet (lws)</source>
        <translation>Kubernetes LeaderWorkerSet (lws)</translation>
    </message>
    <message>
        <source>Kubernetes Deployment (k8s)</source>
        <translation>Kubernetes Deployment (k8s)</translation>
    </message>
    <message>
        <source>KubeRay RayCluster (kuberay)</source>
        <translation>KubeRay RayCluster (kuberay)</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::HelpMenu</name>
    <message>
        <source>NPU Fleet &amp;Guide</source>
        <translation>NPU Fleet 指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Command-Line Reference</source>
        <translation>命令行参考(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>Write one file with the version, platform, log and project (secrets removed) to attach to a bug report</source>
        <translation>写出一个文件，包含版本、平台、日志和项目（已去除机密），可附在问题报告中</translation>
    </message>
    <message>
        <source>NPU Fleet Guide</source>
        <translation>NPU Fleet 指南</translation>
    </message>
    <message>
        <source>Command-Line Reference</source>
        <translation>命令行参考</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Problem report written to %1: look it over, then attach it to your report.</source>
        <translation>问题报告已写入 %1：请检查一遍，再附到你的报告中。</translation>
    </message>
    <message>
        <source>Could not write the problem report to %1.</source>
        <translation>无法将问题报告写入 %1。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::HostKeyDialog</name>
    <message>
        <source>Host key changed</source>
        <translation>主机密钥已更改</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未知主机密钥</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED since it was recorded. Someone may be intercepting the connection, or the server was reinstalled. NPU Fleet will not connect. Verify the new key with the server&apos;s administrator, then remove the old line from the known-hosts file.</source>
        <translation>警告：%1 的主机密钥自记录以来已更改。可能有人正在拦截连接，也可能服务器已重装。NPU Fleet 不会连接。请与服务器管理员核实新密钥，然后从 known_hosts 文件中删除旧的那一行。</translation>
    </message>
    <message>
        <source>NPU Fleet has not seen %1 before. Check that the fingerprint below is the server&apos;s (ask its administrator, or run `ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub` on it) before trusting it.</source>
        <translation>NPU Fleet 之前未见过 %1。信任之前，请确认下面的指纹确实属于该服务器（询问其管理员，或在服务器上运行 `ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub`）。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Known-hosts file:</source>
        <translation>known_hosts 文件：</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>信任并连接</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ImagePicker</name>
    <message>
        <source>no version table for this engine: flags are not checked against a release</source>
        <translation>该引擎没有版本表：不会按版本检查参数</translation>
    </message>
    <message>
        <source>the tag names no version: flags are not checked against a release</source>
        <translation>标签中没有版本号：不会按版本检查参数</translation>
    </message>
    <message>
        <source>older than every release line the version table knows</source>
        <translation>早于版本表中已知的所有版本线</translation>
    </message>
    <message>
        <source>release line %1 (vLLM %2): the flags that line takes are checked</source>
        <translation>版本线 %1（vLLM %2）：将按该版本线支持的参数进行检查</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::InventoryController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Live inventory of real nodes needs the SSH transport, which this build does not have.</source>
        <translation>真实节点的实时设备清单需要 SSH 传输，而此版本尚不具备。</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::KubeOptionsRow</name>
    <message>
        <source>NPU &amp;resource:</source>
        <translation>NPU 资源名(&amp;R)：</translation>
    </message>
    <message>
        <source>The extended resource your NPU device plugin offers, e.g. huawei.com/Ascend910 (Huawei&apos;s plugin) or the name HAMi or another plugin registers.</source>
        <translation>NPU 设备插件提供的扩展资源名，例如 huawei.com/Ascend910（华为插件），或 HAMi 等其他插件注册的名称。</translation>
    </message>
    <message>
        <source>Model P&amp;VC:</source>
        <translation>模型 P&amp;VC：</translation>
    </message>
    <message>
        <source>none: use the project&apos;s shared storage or a host path</source>
        <translation>无：使用项目的共享存储或主机路径</translation>
    </message>
    <message>
        <source>An existing PersistentVolumeClaim that holds the model folder.</source>
        <translation>已存在的、存放模型目录的 PersistentVolumeClaim。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::LaunchPanel</name>
    <message>
        <source>[%1] %2 failed: %3</source>
        <translation>[%1] %2 失败：%3</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>部署：</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Check every node of the deployment without changing anything</source>
        <translation>检查部署的每个节点，不做任何更改</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <source>Run the pre-flight, then start the deployment on its nodes</source>
        <translation>运行预检，然后在各节点上启动部署</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop and remove the deployment&apos;s containers</source>
        <translation>停止并删除部署的容器</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Launch even if pre-flight finds errors</source>
        <translation>即使预检发现错误也启动</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The output of every step appears here.</source>
        <translation>每个步骤的输出显示在此处。</translation>
    </message>
    <message>
        <source>Pre-flight checks the nodes; Launch checks them, then starts the deployment step by step.</source>
        <translation>预检会检查节点；启动会先检查，然后逐步启动部署。</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>This build cannot reach real nodes (no SSH transport).</source>
        <translation>此版本无法连接真实节点（没有 SSH 传输）。</translation>
    </message>
    <message>
        <source>Pre-flight of %1…</source>
        <translation>正在预检 %1…</translation>
    </message>
    <message>
        <source>==&gt; Pre-flight of %1</source>
        <translation>==&gt; 预检 %1</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight: %n error(s)</source>
        <translation>
            <numerusform>预检：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>，%n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>  error on %1: %2: %3</source>
        <translation>  %1 上出错：%2：%3</translation>
    </message>
    <message>
        <source>Pre-flight cancelled.</source>
        <translation>预检已取消。</translation>
    </message>
    <message>
        <source>Launch stopped: fix the errors (see Pre-flight), or tick &quot;Launch even if pre-flight finds errors&quot;.</source>
        <translation>启动已停止：请修复错误（见预检），或勾选&quot;即使预检发现错误也启动&quot;。</translation>
    </message>
    <message>
        <source>Cannot launch: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Nothing to run for %1.</source>
        <translation>%1 没有可运行的内容。</translation>
    </message>
    <message>
        <source>Launching %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在停止 %1…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Launch deployment</source>
        <translation>启动部署</translation>
    </message>
    <message>
        <source>Stop deployment</source>
        <translation>停止部署</translation>
    </message>
    <message>
        <source>Launch of %1: %2</source>
        <translation>启动 %1：%2</translation>
    </message>
    <message>
        <source>Stop of %1: %2</source>
        <translation>停止 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <source>Run the pre-flight, then stop the running deployment and start it again on the same nodes</source>
        <translation>先运行预检，然后停止正在运行的部署并在相同节点上重新启动</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 在 %2 上</translation>
    </message>
    <message numerus="yes">
        <source>Launch %1 on %n node(s): %2?</source>
        <translation>
            <numerusform>在 %n 个节点上启动 %1：%2？</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart deployment</source>
        <translation>重启部署</translation>
    </message>
    <message numerus="yes">
        <source>Restart %1 on %n node(s): %2?

Requests being served are cut off while it starts again.</source>
        <translation>
            <numerusform>在 %n 个节点上重启 %1：%2？

重新启动期间，正在处理的请求将被中断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %1 on %n node(s): %2?

Requests being served are cut off.</source>
        <translation>
            <numerusform>在 %n 个节点上停止 %1：%2？

正在处理的请求将被中断。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its containers are stopped and removed.</source>
        <translation>其容器将被停止并删除。</translation>
    </message>
    <message>
        <source>These containers are stopped and removed: %1.</source>
        <translation>以下容器将被停止并删除：%1。</translation>
    </message>
    <message>
        <source>A container of an earlier run of %1 on these nodes is stopped and removed first.</source>
        <translation>这些节点上 %1 先前运行留下的容器会先被停止并删除。</translation>
    </message>
    <message>
        <source>Running now, stopped and removed first: %1.</source>
        <translation>正在运行、将先被停止并删除：%1。</translation>
    </message>
    <message>
        <source>Launch of %1 on %2</source>
        <translation>在 %2 上启动 %1</translation>
    </message>
    <message>
        <source>Stop of %1 on %2</source>
        <translation>在 %2 上停止 %1</translation>
    </message>
    <message>
        <source>%1: failed at %2</source>
        <translation>%1：失败于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) done, %2 not run</source>
        <translation>
            <numerusform>%1：已完成 %n 个步骤，%2 个未运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) done</source>
        <translation>
            <numerusform>%1：已完成 %n 个步骤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::LiveCharts</name>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>输出 tokens/s</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>TTFT per request</source>
        <translation>每个请求的 TTFT</translation>
    </message>
    <message>
        <source>Mean ITL per request</source>
        <translation>每个请求的平均 ITL</translation>
    </message>
    <message>
        <source>seconds into the run</source>
        <translation>运行开始后的秒数</translation>
    </message>
    <message>
        <source>Requests completed: %1</source>
        <translation>已完成请求：%1</translation>
    </message>
    <message>
        <source> (%1 failed)</source>
        <translation> （%1 个失败）</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>首字延迟</translation>
    </message>
    <message>
        <source>ITL</source>
        <translation>字间延迟</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::LogDock</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误: </translation>
    </message>
    <message>
        <source>Save Log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::LoginQuestions</name>
    <message>
        <source>%1: host key trusted, connecting again</source>
        <translation>%1：主机密钥已信任，正在重新连接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the remembered secret was refused and is forgotten</source>
        <translation>%1：记住的密钥信息被拒绝，已删除</translation>
    </message>
    <message>
        <source>System keychain: %1</source>
        <translation>系统钥匙串：%1</translation>
    </message>
    <message>
        <source>%1: using the secret remembered in the system keychain</source>
        <translation>%1：正在使用系统钥匙串中记住的密钥信息</translation>
    </message>
    <message>
        <source>%1: remembered in the system keychain</source>
        <translation>%1：已记住在系统钥匙串中</translation>
    </message>
    <message>
        <source>%1: could not remember it in the system keychain (%2); it is kept in memory until NPU Fleet quits</source>
        <translation>%1：无法记住在系统钥匙串中（%2）；将保存在内存中，直到 NPU Fleet 退出</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::MainWindow</name>
    <message numerus="yes">
        <source>Inventory refreshed: all %n node(s) answered.</source>
        <translation>
            <numerusform>设备清单已刷新：全部 %n 个节点均已响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inventory refreshed: %n node(s) did not answer.</source>
        <translation>
            <numerusform>设备清单已刷新：%n 个节点未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Node…</source>
        <translation>添加节点(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Node…</source>
        <translation>编辑节点(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Node</source>
        <translation>移除节点(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Nodes from ~/.ssh/config…</source>
        <translation>从 ~/.ssh/config 导入节点(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh Inventory</source>
        <translation>刷新设备清单(&amp;F)</translation>
    </message>
    <message>
        <source>Ask every node for its NPUs, health and memory (F5)</source>
        <translation>查询每个节点的 NPU、健康状态和显存 (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Refresh</source>
        <translation>取消刷新(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About NPU Fleet</source>
        <translation>关于 NPU Fleet(&amp;A)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Demo project: simulated telemetry</source>
        <translation>演示项目：模拟遥测数据</translation>
    </message>
    <message>
        <source>No translation for %1; showing English.</source>
        <translation>没有 %1 的翻译；显示英文。</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (演示)</translation>
    </message>
    <message>
        <source>the shared storage</source>
        <translation>共享存储</translation>
    </message>
    <message>
        <source>Node in use</source>
        <translation>节点正在使用</translation>
    </message>
    <message>
        <source>%1 is used by %2. Move or remove those first.</source>
        <translation>%1 正被 %2 使用。请先移走或删除它们。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n node(s) from SSH config</source>
        <translation>
            <numerusform>从 SSH 配置导入 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>About NPU Fleet</source>
        <translation>关于 NPU Fleet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NPU Fleet %1&lt;/h3&gt;&lt;p&gt;Plan, launch, check and measure large language model serving on clusters of Huawei Atlas servers with Ascend NPUs, and on mixed Ascend/NVIDIA fleets.&lt;/p&gt;&lt;p&gt;Built with Qt %2, libssh and yaml-cpp.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NPU Fleet %1&lt;/h3&gt;&lt;p&gt;在搭载 Ascend NPU 的华为 Atlas 服务器集群以及 Ascend/NVIDIA 混合集群上，规划、启动、检查和测评大语言模型推理服务。&lt;/p&gt;&lt;p&gt;基于 Qt %2、libssh 和 yaml-cpp 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Shared &amp;Storage (NFS)…</source>
        <translation>共享存储 (NFS)(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export Launch Files…</source>
        <translation>导出启动文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Preview and save the start/stop scripts, compose files and runbook of a deployment</source>
        <translation>预览并保存部署的启动/停止脚本、compose 文件和操作手册</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>试用台</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>The project has no deployments yet.</source>
        <translation>项目中还没有部署。</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>分配看板</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>压测</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::MessageView</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>以 Markdown 格式复制该消息</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Put this message back in the input box and resend it from here</source>
        <translation>将此消息放回输入框，并从此处重新发送</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message numerus="yes">
        <source>Thinking (%n characters)</source>
        <translation>
            <numerusform>思考过程（%n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ModelBadgeDelegate</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ModelEditDialog</name>
    <message>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Edit model %1</source>
        <translation>编辑模型 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>/data/models/Qwen3-32B (folder on the nodes)</source>
        <translation>/data/models/Qwen3-32B（节点上的文件夹）</translation>
    </message>
    <message>
        <source>Qwen/Qwen3-32B</source>
        <translation>Qwen/Qwen3-32B</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Hub id:</source>
        <translation>Hub ID(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Catalog config:</source>
        <translation>目录配置(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>量化(&amp;Q)：</translation>
    </message>
    <message>
        <source>Give the model an id: deployments refer to it</source>
        <translation>请为模型指定 ID：部署通过它引用模型</translation>
    </message>
    <message>
        <source>Another model already has the id %1</source>
        <translation>已有另一个模型使用 ID %1</translation>
    </message>
    <message>
        <source>Name a folder, a hub id or a catalog entry</source>
        <translation>请指定文件夹、Hub ID 或内置模型目录条目</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ModelLibraryModel</name>
    <message>
        <source>In this project</source>
        <translation>本项目中</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>内置模型目录</translation>
    </message>
    <message>
        <source>%1
%2
Config not available on this machine</source>
        <translation>%1
%2
本机上没有可用的配置</translation>
    </message>
    <message>
        <source>%1
%2
%3 B parameters, %4, %5 GiB of weights
Drag onto NPUs or a node to deploy it</source>
        <translation>%1
%2
参数量 %3 B，%4，权重 %5 GiB
拖到 NPU 或节点上即可部署</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ModelLibraryPane</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a model: a folder on the nodes, a hub id or a catalog entry</source>
        <translation>添加模型：节点上的文件夹、Hub ID 或内置模型目录条目</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the model and the deployments that use it (undoable)</source>
        <translation>移除该模型及使用它的部署（可撤销）</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>分配到(&amp;T)…</translation>
    </message>
    <message>
        <source>Deploy the model without dragging: on a node, the board selection or anywhere free</source>
        <translation>无需拖动即可部署模型：部署到某个节点、看板选区或任意空闲位置</translation>
    </message>
    <message>
        <source>Choose a model first</source>
        <translation>请先选择一个模型</translation>
    </message>
    <message>
        <source>Best free place in the cluster</source>
        <translation>集群中最合适的空闲位置</translation>
    </message>
    <message>
        <source>The board&apos;s selection</source>
        <translation>看板中的选区</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::MonitorPanel</name>
    <message>
        <source>Watch</source>
        <translation>观察</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>部署：</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>KV-cache usage</source>
        <translation>KV cache 使用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒 token 数</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Give the server&apos;s /metrics URL.</source>
        <translation>请提供服务器的 /metrics URL。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>正在观察 %1</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>E2E 时延</translation>
    </message>
    <message>
        <source>%1 sample(s); last at %2 s</source>
        <translation>%1 个样本；最近一次在 %2 s</translation>
    </message>
    <message>
        <source> — no vLLM metrics found at this URL</source>
        <translation> — 在此 URL 未找到 vLLM 指标</translation>
    </message>
    <message>
        <source>bucket upper bound (s)</source>
        <translation>桶上界 (s)</translation>
    </message>
    <message numerus="yes">
        <source> — %n error(s) in the exposition, their metrics left out; first: %1</source>
        <translation>
            <numerusform> — 指标文本中有 %n 处错误，相关指标已略去；第一处：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a deployment or give a server&apos;s /metrics URL, then Watch.</source>
        <translation>选择一个部署或填写服务器的 /metrics URL，然后点击“观察”。</translation>
    </message>
    <message>
        <source>%1 since watching began: no requests yet</source>
        <translation>%1（自开始观察）：尚无请求</translation>
    </message>
    <message>
        <source>%1: no data yet (Watch a server)</source>
        <translation>%1：尚无数据（请观察一个服务器）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), p50 %1 s, p99 %2 s</source>
        <translation>
            <numerusform>%n 个请求，p50 %1 秒，p99 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted since watching began.</source>
        <translation>自开始观察起计数。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NewDeploymentWizard</name>
    <message>
        <source>New deployment %1</source>
        <translation>新建部署 %1</translation>
    </message>
    <message>
        <source>New Deployment</source>
        <translation>新建部署</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NfsApplyPage</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Runs the previewed steps: the server first, then the clients together. Each step has a time limit; Cancel stops after the current step.</source>
        <translation>运行预览中的步骤：先在服务端运行，然后在所有客户端上同时运行。每个步骤都有时间限制；“取消”会在当前步骤完成后停止。</translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation>立即应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel after this step</source>
        <translation>完成此步骤后取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo storage setup</source>
        <translation>撤销存储设置(&amp;U)</translation>
    </message>
    <message>
        <source>Unmounts the share on the clients and removes the marked blocks from /etc/fstab and /etc/exports (after a backup). Packages, services and files stay.</source>
        <translation>在客户端上卸载共享目录，并从 /etc/fstab 和 /etc/exports 中删除标记块（会先备份）。软件包、服务和文件保留。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cancelling: every node stops after its current step…</source>
        <translation>正在取消：每个节点会在当前步骤完成后停止…</translation>
    </message>
    <message>
        <source>Nothing has run yet. Press Apply now to start.</source>
        <translation>尚未运行任何步骤。请按“立即应用”开始。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Undoing the storage setup…</source>
        <translation>正在撤销存储设置…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message>
        <source>Storage setup undone. %1</source>
        <translation>存储设置已撤销。%1</translation>
    </message>
    <message>
        <source>Undo stopped. %1 See the steps below for each node&apos;s state.</source>
        <translation>撤销已停止。%1 各节点的状态见下方步骤。</translation>
    </message>
    <message>
        <source>Applied. %1 Next: verify the share from every client.</source>
        <translation>已应用。%1 下一步：从每个客户端验证共享目录。</translation>
    </message>
    <message>
        <source>Stopped. %1 See the steps below for each node&apos;s state; running Apply again continues safely.</source>
        <translation>已停止。%1 各节点的状态见下方步骤；再次运行“应用”可安全地继续。</translation>
    </message>
    <message>
        <source>Shared storage: %1</source>
        <translation>共享存储：%1</translation>
    </message>
    <message>
        <source>Shared storage undo on %1: %2 changed, %3 unchanged</source>
        <translation>在 %1 上撤销共享存储：%2 项已更改，%3 项未变</translation>
    </message>
    <message>
        <source>Shared storage apply on %1: %2 changed, %3 unchanged</source>
        <translation>在 %1 上应用共享存储：%2 项已更改，%3 项未变</translation>
    </message>
    <message>
        <source>; backups: %1</source>
        <translation>；备份：%1</translation>
    </message>
    <message>
        <source>; stopped at %1</source>
        <translation>；停止于 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NfsMountPage</name>
    <message>
        <source>NFS version 3: simple and supported everywhere. Use vers=4.2 when only NFSv4 is open between the nodes.</source>
        <translation>NFS 版本 3：简单，且处处受支持。如果节点之间只开放了 NFSv4，请使用 vers=4.2。</translation>
    </message>
    <message>
        <source>Retry for as long as the server is away instead of failing: a model load waits, it never reads half a file.</source>
        <translation>服务器离线期间一直重试而不报错：模型加载会等待，绝不会读到半个文件。</translation>
    </message>
    <message>
        <source>Wait 60 seconds (the unit is a tenth of a second) before retrying a request.</source>
        <translation>重试请求前等待 60 秒（单位为十分之一秒）。</translation>
    </message>
    <message>
        <source>Retries before &quot;server not responding&quot; is logged (a hard mount keeps trying).</source>
        <translation>记录 &quot;server not responding&quot; 之前的重试次数（hard 挂载会一直重试）。</translation>
    </message>
    <message>
        <source>Mount at boot only once the network is up, so a booting node does not hang.</source>
        <translation>开机时等网络就绪后再挂载，避免启动中的节点卡住。</translation>
    </message>
    <message>
        <source>How clients mount it</source>
        <translation>客户端如何挂载</translation>
    </message>
    <message>
        <source>Every client mounts the share at the same path, now and at each boot (/etc/fstab).</source>
        <translation>每个客户端都将共享目录挂载到同一路径，立即挂载并在每次开机时挂载 (/etc/fstab)。</translation>
    </message>
    <message>
        <source>&lt;i&gt;intr&lt;/i&gt; is not offered: Linux ignores it since 2.6.25, and a hard mount can always be interrupted with SIGKILL.</source>
        <translation>不提供 &lt;i&gt;intr&lt;/i&gt;：Linux 自 2.6.25 起忽略该选项，hard 挂载始终可以用 SIGKILL 中断。</translation>
    </message>
    <message>
        <source>more options, comma-separated (e.g. nconnect=8, rsize=1048576)</source>
        <translation>更多选项，以逗号分隔（例如 nconnect=8, rsize=1048576）</translation>
    </message>
    <message>
        <source>Keep model caches on the share</source>
        <translation>将模型缓存放在共享目录上</translation>
    </message>
    <message>
        <source>GPUStack&apos;s --cache-dir, MODELSCOPE_CACHE and HF_HOME point here, so a model downloaded by one node is there for all.</source>
        <translation>GPUStack 的 --cache-dir、MODELSCOPE_CACHE 和 HF_HOME 指向此处，这样一个节点下载的模型所有节点都能使用。</translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation>挂载点(&amp;M)：</translation>
    </message>
    <message>
        <source>Mount options:</source>
        <translation>挂载选项：</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>缓存文件夹(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NfsPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Exactly what will run on each node, in order. Nothing has been changed yet; running it again later changes nothing.</source>
        <translation>将在每个节点上按顺序运行的确切内容。目前尚未做任何更改；之后再次运行也不会产生变化。</translation>
    </message>
    <message>
        <source>Export as scripts…</source>
        <translation>导出为脚本…</translation>
    </message>
    <message>
        <source>The same steps as bash scripts: one for the server, one per client, and undo scripts.</source>
        <translation>以 bash 脚本形式提供相同的步骤：服务端一个，每个客户端一个，另有撤销脚本。</translation>
    </message>
    <message>
        <source>Demo project: the steps run on the simulator, never on the network.</source>
        <translation>演示项目：这些步骤在模拟器上运行，绝不会访问网络。</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Undo storage setup would run:</source>
        <translation>撤销存储设置将运行：</translation>
    </message>
    <message numerus="yes">
        <source>OS family read from /etc/os-release on %n node(s).</source>
        <translation>
            <numerusform>已从 %n 个节点的 /etc/os-release 读取操作系统类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading /etc/os-release on the nodes…</source>
        <translation>正在读取各节点的 /etc/os-release…</translation>
    </message>
    <message>
        <source>Export NFS scripts to</source>
        <translation>将 NFS 脚本导出到</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) written to %1/nfs.</source>
        <translation>
            <numerusform>已将 %n 个脚本写入 %1/nfs。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NfsSharePage</name>
    <message>
        <source>clients may write: downloads and caches land on the share</source>
        <translation>客户端可写：下载内容和缓存会存到共享目录上</translation>
    </message>
    <message>
        <source>the server confirms a write once it is on disk: nothing lost if it reboots</source>
        <translation>服务端在写入落盘后才确认：即使重启也不会丢失</translation>
    </message>
    <message>
        <source>root on a client stays root on the share, as containers run as root</source>
        <translation>客户端上的 root 在共享目录上仍是 root，因为容器以 root 运行</translation>
    </message>
    <message>
        <source>skip the subtree check: faster, and no stale handles after renames</source>
        <translation>跳过子树检查：更快，且重命名后不会出现失效的句柄</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>共享什么</translation>
    </message>
    <message>
        <source>One node serves a model folder over NFS; the others mount it, so every model exists once.</source>
        <translation>由一个节点通过 NFS 提供模型文件夹，其他节点挂载它，这样每个模型只需存一份。</translation>
    </message>
    <message>
        <source>From the node addresses</source>
        <translation>根据节点地址</translation>
    </message>
    <message>
        <source>more options, comma-separated (e.g. fsid=0)</source>
        <translation>更多选项，以逗号分隔（例如 fsid=0）</translation>
    </message>
    <message>
        <source>&amp;Server node:</source>
        <translation>服务端节点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>导出文件夹(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Network allowed:</source>
        <translation>允许的网络(&amp;N)：</translation>
    </message>
    <message>
        <source>Export options:</source>
        <translation>导出选项：</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NfsVerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>From each client: the server&apos;s export list, the mount, a probe file seen on the server, and the same files and sizes. Finish records the storage in the project.</source>
        <translation>从每个客户端检查：服务端的导出列表、挂载、服务端能否看到探测文件，以及文件和大小是否一致。点击“完成”会将存储记录到项目中。</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>重新运行检查(&amp;R)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The share works from every client. %1</source>
        <translation>共享目录在每个客户端上均可用。%1</translation>
    </message>
    <message>
        <source>Some checks failed. %1</source>
        <translation>部分检查失败。%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>&amp;Stop checking</source>
        <translation>停止检查(&amp;S)</translation>
    </message>
    <message>
        <source>Stops after the check each client is running now</source>
        <translation>在每个客户端当前正在运行的检查结束后停止</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NfsWizard</name>
    <message>
        <source>Shared model storage (NFS)</source>
        <translation>共享模型存储 (NFS)</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NodeCommands</name>
    <message>
        <source>Add node %1</source>
        <translation>添加节点 %1</translation>
    </message>
    <message>
        <source>Remove node %1</source>
        <translation>移除节点 %1</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>编辑节点 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NodeDetailsPane</name>
    <message>
        <source>Select a node or an NPU in the cluster tree to see its details.</source>
        <translation>在集群树中选择节点或 NPU 以查看其详情。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>head</source>
        <translation>主节点</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>Cluster interface</source>
        <translation>集群网卡</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>%1 × %2, %3 GiB each</source>
        <translation>%1 × %2，每张 %3 GiB</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <source>NPUs %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source>Deployments on this node</source>
        <translation>本节点上的部署</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Bus ID</source>
        <translation>总线 ID</translation>
    </message>
    <message>
        <source>HBM used</source>
        <translation>HBM 已用</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>HBM total</source>
        <translation>HBM 总量</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>AI Core</source>
        <translation>AI Core</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>No processes are using this NPU.</source>
        <translation>没有进程在使用此 NPU。</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>%1 GiB, %2 GiB available</source>
        <translation>%1 GiB，可用 %2 GiB</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NodeDialog</name>
    <message>
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>编辑节点 %1</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP 地址或主机名</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your login name</source>
        <translation>取自 ~/.ssh/config，否则为你的登录名</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>head</source>
        <translation>主节点</translation>
    </message>
    <message>
        <source>ssh-agent or ~/.ssh/config</source>
        <translation>ssh-agent 或 ~/.ssh/config</translation>
    </message>
    <message>
        <source>e.g. enp189s0f0: sets HCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME, TP_SOCKET_IFNAME</source>
        <translation>例如 enp189s0f0：用于设置 HCCL_SOCKET_IFNAME、GLOO_SOCKET_IFNAME、TP_SOCKET_IFNAME</translation>
    </message>
    <message>
        <source>e.g. 172.16.33.106/24: sets HCCL_IF_IP</source>
        <translation>例如 172.16.33.106/24：用于设置 HCCL_IF_IP</translation>
    </message>
    <message>
        <source>comma-separated, e.g. rack-a, 64g</source>
        <translation>以逗号分隔，例如 rack-a, 64g</translation>
    </message>
    <message>
        <source>e.g. 910B4</source>
        <translation>例如 910B4</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>密钥文件(&amp;I)：</translation>
    </message>
    <message>
        <source>NIC &amp;address:</source>
        <translation>网卡地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>厂商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Chip:</source>
        <translation>芯片(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Memory per accelerator:</source>
        <translation>每张加速卡显存(&amp;M)：</translation>
    </message>
    <message>
        <source>A node needs a name.</source>
        <translation>节点需要名称。</translation>
    </message>
    <message>
        <source>Another node is already called %1.</source>
        <translation>已有另一个节点名为 %1。</translation>
    </message>
    <message>
        <source>A node needs a host: its IP address or name.</source>
        <translation>节点需要主机：IP 地址或主机名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>&apos;%1&apos; 不是有效的主机名或地址。</translation>
    </message>
    <message>
        <source>The NIC address must look like 172.16.33.106/24.</source>
        <translation>网卡地址格式应类似 172.16.33.106/24。</translation>
    </message>
    <message>
        <source>Name the NIC that holds this address.</source>
        <translation>请填写持有此地址的网卡名称。</translation>
    </message>
    <message>
        <source>Cluster N&amp;IC:</source>
        <translation>集群网卡(&amp;I)：</translation>
    </message>
    <message>
        <source>Accelerator c&amp;ount:</source>
        <translation>加速卡数量(&amp;O)：</translation>
    </message>
    <message>
        <source>--device lines (container numbering)</source>
        <translation>--device 映射（容器内编号）</translation>
    </message>
    <message>
        <source>Ascend Docker Runtime (ASCEND_VISIBLE_DEVICES)</source>
        <translation>Ascend Docker Runtime（ASCEND_VISIBLE_DEVICES）</translation>
    </message>
    <message>
        <source>How containers on this node reach their NPUs. Pre-flight reads Docker&apos;s runtimes and says when this differs from the node.</source>
        <translation>此节点上的容器如何访问 NPU。预检会读取 Docker 的运行时，并在与节点实际情况不一致时提示。</translation>
    </message>
    <message>
        <source>NPU acc&amp;ess:</source>
        <translation>NPU 访问方式(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::NpuMemoryBars</name>
    <message>
        <source>Weights %1 GiB</source>
        <translation>权重 %1 GiB</translation>
    </message>
    <message>
        <source>KV cache %1 GiB</source>
        <translation>KV cache %1 GiB</translation>
    </message>
    <message>
        <source>Overhead %1 GiB</source>
        <translation>额外开销 %1 GiB</translation>
    </message>
    <message>
        <source>Over the HBM by %1 GiB</source>
        <translation>超出 HBM %1 GiB</translation>
    </message>
    <message>
        <source>Free %1 GiB</source>
        <translation>空闲 %1 GiB</translation>
    </message>
    <message>
        <source>of %1 GiB per NPU, on the fullest PP stage (bold)</source>
        <translation>每张 NPU 共 %1 GiB，按最满的 PP 阶段计（粗体）</translation>
    </message>
    <message>
        <source>of %1 GiB per NPU</source>
        <translation>每张 NPU 共 %1 GiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>rank %1 (not placed)</source>
        <translation>rank %1（未分配）</translation>
    </message>
    <message>
        <source>%1 NPU %2</source>
        <translation>%1 NPU %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, PP stage %2&lt;br&gt;weights %3 GiB&lt;br&gt;KV cache %4 GiB&lt;br&gt;overhead %5 GiB&lt;br&gt;free %6 GiB of %7 GiB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，PP 阶段 %2&lt;br&gt;权重 %3 GiB&lt;br&gt;KV cache %4 GiB&lt;br&gt;额外开销 %5 GiB&lt;br&gt;空闲 %6 GiB，共 %7 GiB</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PingMatrixModel</name>
    <message>
        <source>NPU %1 reaches %2 NPU %3 (%4)</source>
        <translation>NPU %1 可达 %2 NPU %3（%4）</translation>
    </message>
    <message>
        <source>%1% packet loss to %2</source>
        <translation>到 %2 的丢包率 %1%</translation>
    </message>
    <message>
        <source>no reply from %1 NPU %2 (%3)</source>
        <translation>%1 NPU %2（%3）无应答</translation>
    </message>
    <message>
        <source>not tested: an NPU of this pair has no link or no address</source>
        <translation>未测试：这一对 NPU 中有一张没有链路或地址</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>第 %1 对</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PlacementPicker</name>
    <message>
        <source>Node / NPU</source>
        <translation>节点 / NPU</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>占用者</translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PlanCalibrationBox</name>
    <message>
        <source>&amp;Use as correction</source>
        <translation>用作校正(&amp;U)</translation>
    </message>
    <message>
        <source>Store measured ÷ predicted as the speed correction for this chip and engine in the project: later predictions use it (undoable)</source>
        <translation>把“实测 ÷ 预测”作为此芯片和引擎的速度校正保存到项目中：之后的预测会使用它（可撤销）</translation>
    </message>
    <message>
        <source>Benchmark &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>基准测试 &lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>Benchmark &lt;b&gt;%1&lt;/b&gt; (%2 users, %3 → %4 tokens): output &lt;b&gt;%5&lt;/b&gt; tok/s measured, %6 predicted (%7×)</source>
        <translation>基准测试 &lt;b&gt;%1&lt;/b&gt;（%2 个用户，%3 → %4 个 token）：输出实测 &lt;b&gt;%5&lt;/b&gt; token/s，预测 %6（%7×）</translation>
    </message>
    <message>
        <source>TTFT %1 ms measured, %2 predicted</source>
        <translation>TTFT 实测 %1 ms，预测 %2</translation>
    </message>
    <message>
        <source>TPOT %1 ms measured, %2 predicted</source>
        <translation>TPOT 实测 %1 ms，预测 %2</translation>
    </message>
    <message>
        <source>Speed correction in use for %1 with %2: %3 (from %4, %5)</source>
        <translation>%1 上 %2 正在使用的速度校正：%3（来自 %4，%5）</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PlanPanel</name>
    <message>
        <source>&amp;Deployment:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <source>Plan over whole nodes</source>
        <translation>按整节点规划</translation>
    </message>
    <message>
        <source>Also list layouts that use every NPU of the placed nodes, not only the placed ones</source>
        <translation>同时列出使用已分配节点全部 NPU 的切分方案，而不仅是已分配的 NPU</translation>
    </message>
    <message>
        <source>&amp;Apply layout</source>
        <translation>应用切分方案(&amp;A)</translation>
    </message>
    <message>
        <source>Set the selected layout (TP/PP/DP/EP) on the deployment; undoable</source>
        <translation>将所选切分方案 (TP/PP/DP/EP) 设置到该部署上；可撤销</translation>
    </message>
    <message>
        <source>No plan to show</source>
        <translation>没有可显示的规划</translation>
    </message>
    <message>
        <source>The project has no deployments to plan.</source>
        <translation>项目中没有可规划的部署。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ current layout %1 fits&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ 当前切分方案 %1 放得下&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✘ current layout %1 is short by %2 GiB per NPU&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✘ 当前切分方案 %1 每张 NPU 缺少 %2 GiB&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 B parameters</source>
        <translation>参数量 %1 B</translation>
    </message>
    <message>
        <source>%1 B parameters, %2 B active</source>
        <translation>参数量 %1 B，激活 %2 B</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 (%4 bytes/param) · KV %5 bytes/token · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3（每参数 %4 字节）· KV 每 token %5 字节 · %6</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) × %1 NPUs (whole nodes)</source>
        <translation>
            <numerusform>%n 个节点 × %1 张 NPU（整节点）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) × %1 NPUs (placement)</source>
        <translation>
            <numerusform>%n 个节点 × %1 张 NPU（设备分配）</numerusform>
        </translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>设备清单</translation>
    </message>
    <message>
        <source>node hardware</source>
        <translation>节点硬件</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Cluster: %1 · HBM %2 GiB per NPU as the runtime sees it (%3 GiB nominal, from %4) · max-model-len %5 · memory utilization %6 · model from %7</source>
        <translation>集群：%1 · 运行时可见的每张 NPU HBM 为 %2 GiB（标称 %3 GiB，来自 %4）· max-model-len %5 · 显存利用率 %6 · 模型来自 %7</translation>
    </message>
    <message>
        <source>Memory per NPU</source>
        <translation>每张 NPU 的显存</translation>
    </message>
    <message>
        <source>Memory per NPU — %1 (current layout)</source>
        <translation>每张 NPU 的显存 — %1（当前切分方案）</translation>
    </message>
    <message>
        <source>Memory per NPU — %1</source>
        <translation>每张 NPU 的显存 — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;⚠ needs %1 NPUs, placement has %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;⚠ 需要 %1 张 NPU，设备分配中有 %2 张&lt;/span&gt;</translation>
    </message>
    <message>
        <source>uses %1 of the %2 placed NPUs</source>
        <translation>使用已分配的 %2 张 NPU 中的 %1 张</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✘ does not fit, so it cannot be applied&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✘ 放不下，因此无法应用&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Speed versus users</source>
        <translation>速度随用户数变化</translation>
    </message>
    <message>
        <source>Predicted output tokens/s, TTFT and TPOT of the three best layouts, from one user to what their KV cache serves at once</source>
        <translation>最佳三个切分方案的预测输出 token/s、TTFT 和 TPOT，从 1 个用户到其 KV cache 能同时服务的数量</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✘ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✘ %1&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more on the board)</source>
        <translation>
            <numerusform>（分配面板上另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 NPU %2</source>
        <translation>%1 NPU %2</translation>
    </message>
    <message>
        <source>Apply and &amp;re-place</source>
        <translation>应用并重新分配(&amp;R)</translation>
    </message>
    <message>
        <source>Set the selected layout and move the deployment to %1; one undo step</source>
        <translation>设置所选布局并将部署移到 %1；可一步撤销</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✘ cannot re-place: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✘ 无法重新分配：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Apply and re-place moves it to %1</source>
        <translation>“应用并重新分配”会将其移到 %1</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PlanTableModel</name>
    <message>
        <source>TP%1</source>
        <translation>TP%1</translation>
    </message>
    <message>
        <source>PP%1</source>
        <translation>PP%1</translation>
    </message>
    <message>
        <source>DP%1</source>
        <translation>DP%1</translation>
    </message>
    <message>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>✔ fits</source>
        <translation>✔ 放得下</translation>
    </message>
    <message>
        <source>✘ short %1 GiB</source>
        <translation>✘ 缺少 %1 GiB</translation>
    </message>
    <message>
        <source>the deployment&apos;s current layout</source>
        <translation>该部署当前的切分方案</translation>
    </message>
    <message>
        <source>needs %1 NPUs, placement has %2</source>
        <translation>需要 %1 张 NPU，设备分配中有 %2 张</translation>
    </message>
    <message>
        <source>KV tokens per DP group; %1 over all %2 groups</source>
        <translation>每个 DP 组的 KV token 数；全部 %2 组共 %1</translation>
    </message>
    <message>
        <source>Weights per NPU (the fullest pipeline stage)</source>
        <translation>每张 NPU 的权重（最满的流水线阶段）</translation>
    </message>
    <message>
        <source>KV cache budget per NPU</source>
        <translation>每张 NPU 的 KV cache 预算</translation>
    </message>
    <message>
        <source>Tokens the KV cache holds, per DP group</source>
        <translation>每个 DP 组 KV cache 可容纳的 token 数</translation>
    </message>
    <message>
        <source>Requests of max-model-len served at once, per DP group</source>
        <translation>每个 DP 组可同时处理的 max-model-len 长度请求数</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation>NPU数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Weights GiB/NPU</source>
        <translation>权重 GiB/NPU</translation>
    </message>
    <message>
        <source>KV GiB/NPU</source>
        <translation>KV GiB/NPU</translation>
    </message>
    <message>
        <source>KV tokens</source>
        <translation>KV token</translation>
    </message>
    <message>
        <source>Max concurrency</source>
        <translation>最大并发</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>KV capacity</source>
        <translation>KV 容量</translation>
    </message>
    <message>
        <source>max-num-seqs</source>
        <translation>max-num-seqs</translation>
    </message>
    <message>
        <source>HBM: weights</source>
        <translation>HBM：权重</translation>
    </message>
    <message>
        <source>HBM: KV cache</source>
        <translation>HBM：KV cache</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>TP all-reduce</source>
        <translation>TP all-reduce</translation>
    </message>
    <message>
        <source>TP across nodes</source>
        <translation>跨节点 TP</translation>
    </message>
    <message>
        <source>MoE all-to-all</source>
        <translation>MoE all-to-all</translation>
    </message>
    <message>
        <source>pipeline bubbles</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>prefill stalls</source>
        <translation>prefill 阻塞</translation>
    </message>
    <message>
        <source>launch overhead</source>
        <translation>启动开销</translation>
    </message>
    <message>
        <source>predicted at %1 users served at once: %2 output tokens/s, %3 tokens/s per user, TTFT %4 ms, TPOT %5 ms; limit: %6</source>
        <translation>预测（同时服务 %1 个用户）：输出 %2 token/s，每用户 %3 token/s，TTFT %4 ms，TPOT %5 ms；瓶颈：%6</translation>
    </message>
    <message>
        <source>Predicted output tokens/s of the whole deployment at the workload above</source>
        <translation>在上方负载下整个部署的预测输出 token/s</translation>
    </message>
    <message>
        <source>Predicted output tokens/s each user sees (1 / TPOT)</source>
        <translation>每个用户看到的预测输出 token/s（1 / TPOT）</translation>
    </message>
    <message>
        <source>Predicted mean time to first token in ms, waiting in the server&apos;s queue included</source>
        <translation>预测的平均首 token 时间（毫秒），包含在服务器队列中的等待</translation>
    </message>
    <message>
        <source>Predicted mean time per output token in ms, after the first</source>
        <translation>预测的首个之后每个输出 token 的平均时间（毫秒）</translation>
    </message>
    <message>
        <source>What holds the layout back at the workload: memory bandwidth, compute, links, the KV cache or max-num-seqs</source>
        <translation>在此负载下限制该切分方案的因素：显存带宽、算力、互联、KV cache 或 max-num-seqs</translation>
    </message>
    <message>
        <source>Tok/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Tok/s per user</source>
        <translation>每用户 Token/s</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT 毫秒</translation>
    </message>
    <message>
        <source>TPOT ms</source>
        <translation>TPOT 毫秒</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>瓶颈</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PlanWorkloadBar</name>
    <message>
        <source>&amp;Rank by:</source>
        <translation>排序(&amp;R)：</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Throughput: output tokens/s of the deployment. Latency: the time of one request (TTFT + output × TPOT). Balanced: both, total and per user.</source>
        <translation>吞吐量：部署的输出 token/s。延迟：单个请求的耗时（TTFT + 输出 × TPOT）。均衡：兼顾总量与每用户速度。</translation>
    </message>
    <message>
        <source>Users sending requests at once (closed loop, as vllm bench serve --max-concurrency)</source>
        <translation>同时发送请求的用户数（闭环，同 vllm bench serve --max-concurrency）</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>每个请求的提示 token 数</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>每个请求的输出 token 数</translation>
    </message>
    <message>
        <source>U&amp;sers:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PlaygroundPane</name>
    <message>
        <source>Editing message %1: sending replaces it and everything after it.</source>
        <translation>正在编辑第 %1 条消息：发送后将替换它及其后的所有内容。</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>保存对话</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>导出 Markdown</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Conversations (*.json)</source>
        <translation>对话 (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Ctrl+Up/Down recalls earlier prompts</source>
        <translation>Enter 发送，Shift+Enter 换行，Ctrl+Up/Down 调出之前的提示词</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <source>Send the same prompt to a second endpoint or model</source>
        <translation>将同一提示词发送到第二个端点或模型</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Ask something… (Enter sends)</source>
        <translation>请输入问题…（Enter 发送）</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Your prompts are saved in the settings file, to be recalled with Ctrl+Up. Edit › Preferences › Privacy turns this off and clears them.</source>
        <translation>你的提示词保存在设置文件中，可用 Ctrl+Up 调出。在 编辑 › 首选项 › 隐私 中可关闭并清除。</translation>
    </message>
    <message>
        <source>Ctrl+Up recalls this session&apos;s prompts; they are not saved when you quit (Edit › Preferences › Privacy).</source>
        <translation>Ctrl+Up 调出本次会话的提示词；退出后不会保存（编辑 › 首选项 › 隐私）。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PortOnNodeCheck</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Read the listening ports of the serving node again (ss -ltnp, over SSH)</source>
        <translation>通过 SSH 重新读取服务节点正在监听的端口（ss -ltnp）</translation>
    </message>
    <message>
        <source>Place the deployment to check the port on its serving node.</source>
        <translation>先放置部署，才能在其服务节点上检查端口。</translation>
    </message>
    <message>
        <source>Reading the listening ports of %1…</source>
        <translation>正在读取 %1 正在监听的端口…</translation>
    </message>
    <message>
        <source>The ports of %1 have not been read (no connection to it).</source>
        <translation>尚未读取 %1 的端口（无法连接）。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>Port %1 is in use on %2 by %3: choose another port.</source>
        <translation>端口 %1 在 %2 上已被 %3 占用：请选择其他端口。</translation>
    </message>
    <message>
        <source>Port %1 is free on %2.</source>
        <translation>端口 %1 在 %2 上空闲。</translation>
    </message>
    <message>
        <source>Port %1 on %2 is held by this deployment&apos;s running container %3; a relaunch replaces it.</source>
        <translation>%2 上的端口 %1 由本部署正在运行的容器 %3 占用；重新启动时会替换该容器。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Refresh the live inventory of every node at this interval (0 = only on demand, F5).</source>
        <translation>按此间隔刷新每个节点的实时设备清单（0 = 仅手动刷新，F5）。</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh inventory every:</source>
        <translation>设备清单自动刷新间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>SSH connections being opened at the same time (key exchange and login). Lower it if servers drop connections during a refresh of many nodes.</source>
        <translation>同时建立的 SSH 连接数（密钥交换与登录）。若刷新大量节点时服务器断开连接，请调低此值。</translation>
    </message>
    <message>
        <source>SSH &amp;handshakes at once:</source>
        <translation>同时 SSH 握手数(&amp;H)：</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Charts and results</source>
        <translation>图表与结果</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The user of new nodes, and of nodes that name none (the SSH config&apos;s User comes first).</source>
        <translation>新节点以及未指定用户的节点所用的用户（SSH 配置中的 User 优先）。</translation>
    </message>
    <message>
        <source>the SSH agent and ~/.ssh/id_*</source>
        <translation>SSH agent 和 ~/.ssh/id_*</translation>
    </message>
    <message>
        <source>The private key of nodes that name none, neither in the project nor in ~/.ssh/config.</source>
        <translation>项目和 ~/.ssh/config 都未指定私钥的节点所用的私钥。</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Where host keys are checked and trusted keys are added.</source>
        <translation>校验主机密钥、添加受信任密钥的文件。</translation>
    </message>
    <message>
        <source>How long to wait for a node to answer before it counts as unreachable.</source>
        <translation>等待节点应答多久后视为不可达。</translation>
    </message>
    <message>
        <source>Default SSH &amp;user:</source>
        <translation>默认 SSH 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>私钥文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>&amp;Known-hosts file:</source>
        <translation>known_hosts 文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Known-hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <source>Connection &amp;timeout:</source>
        <translation>连接超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Every benchmark run is kept here as a vLLM-format JSON file; the Benchmark tab shows those already there.</source>
        <translation>每次压测运行都以 vLLM 格式的 JSON 文件保存在这里；压测页会显示已有的结果。</translation>
    </message>
    <message>
        <source>&amp;Monitor reads /metrics every:</source>
        <translation>监控读取 /metrics 的间隔(&amp;M)：</translation>
    </message>
    <message>
        <source>Benchmark &amp;prompts:</source>
        <translation>压测提示词数(&amp;P)：</translation>
    </message>
    <message>
        <source>Benchmark &amp;input tokens:</source>
        <translation>压测输入 token 数(&amp;I)：</translation>
    </message>
    <message>
        <source>Benchmark &amp;output tokens:</source>
        <translation>压测输出 token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Results folder:</source>
        <translation>结果文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Results folder</source>
        <translation>结果文件夹</translation>
    </message>
    <message>
        <source>&amp;Keep the Playground&apos;s prompts between sessions</source>
        <translation>在会话之间保留试用台的提示词(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>When on, your last %n prompt(s) are saved in plain text in the settings file, to be recalled with Ctrl+Up. When off, they are kept only until you quit.</source>
        <translation>
            <numerusform>开启时，最近 %n 条提示词以明文保存在设置文件中，可用 Ctrl+Up 调出。关闭时，只保留到退出为止。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>清除历史(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) saved now.</source>
        <translation>
            <numerusform>当前已保存 %n 条提示词。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PreflightPanel</name>
    <message>
        <source>Run pre-flight</source>
        <translation>运行预检</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>NPU link matrix (k-th NPU of each node pings the k-th NPU of the others)</source>
        <translation>NPU 链路矩阵（每个节点的第 k 张 NPU ping 其他节点的第 k 张 NPU）</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>部署：</translation>
    </message>
    <message>
        <source>Select a cell to see what was found, the raw output and what to do.</source>
        <translation>选择一个单元格，查看检查结果、原始输出和处理方法。</translation>
    </message>
    <message>
        <source>Checks every node of a deployment: SSH, NPUs, NPU network, host NIC, Docker, ports, model files.</source>
        <translation>检查部署的每个节点：SSH、NPU、NPU 网络、主机网卡、Docker、端口、模型文件。</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>This build cannot reach real nodes yet (no SSH transport).</source>
        <translation>此版本尚无法连接真实节点（没有 SSH 传输）。</translation>
    </message>
    <message>
        <source>Checking %1 on %2…</source>
        <translation>正在检查 %1，节点 %2…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>已取消. </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s): fix the errors before launching.</source>
        <translation>
            <numerusform>，%n 个警告：请在启动前修复错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors, %n warning(s).</source>
        <translation>
            <numerusform>没有错误，%n 个警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>全部 %n 项检查均已通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>已知信息：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>%1 NPU %2 → %3 NPU %4</source>
        <translation>%1 NPU %2 → %3 NPU %4</translation>
    </message>
    <message>
        <source>Checking %1 again on %2…</source>
        <translation>正在 %2 上重新检查 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) did not answer: %1. &lt;a href=&quot;retry&quot;&gt;Check them again&lt;/a&gt;</source>
        <translation>
            <numerusform>%n 个节点未响应：%1。&lt;a href=&quot;retry&quot;&gt;重新检查这些节点&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>npufleet::ui::PreflightResultsModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>新集群</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Opened the demo project &apos;%1&apos;: its telemetry is simulated.</source>
        <translation>已打开演示项目 &apos;%1&apos;：其遥测数据为模拟数据。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>NPU Fleet projects (*.yaml *.yml);;All files (*)</source>
        <translation>NPU Fleet 项目 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>NPU Fleet projects (*.yaml *.yml)</source>
        <translation>NPU Fleet 项目 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has unsaved changes. Save them?</source>
        <translation>项目 &apos;%1&apos; 有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::RemoteFolderReader</name>
    <message>
        <source>Read on n&amp;ode:</source>
        <translation>在节点上读取(&amp;O)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read config.json, the safetensors index and the quantization description of the folder on that node, over SSH</source>
        <translation>通过 SSH 读取该节点上文件夹中的 config.json、safetensors 索引和量化描述</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::SamplingPanel</name>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>You are a helpful assistant.</source>
        <translation>你是一个乐于助人的助手。</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>e.g. &lt;/answer&gt;|Observation:</source>
        <translation>例如 &lt;/answer&gt;|Observation:</translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation>停止序列，以 | 分隔</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ServingOptionsForm</name>
    <message>
        <source>Max model &amp;length:</source>
        <translation>最大模型长度(&amp;L)：</translation>
    </message>
    <message>
        <source>Max &amp;sequences:</source>
        <translation>最大序列数(&amp;S)：</translation>
    </message>
    <message>
        <source>NPU &amp;memory share:</source>
        <translation>NPU 显存占比(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>块大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Served model &amp;name:</source>
        <translation>服务模型名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;KV-cache dtype:</source>
        <translation>KV 缓存类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Prefix caching:</source>
        <translation>前缀缓存(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Graph mode:</source>
        <translation>图模式(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>量化(&amp;Q)：</translation>
    </message>
    <message>
        <source>Additional &amp;config:</source>
        <translation>附加配置(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;xtra flags:</source>
        <translation>额外参数(&amp;X)：</translation>
    </message>
    <message>
        <source>engine default</source>
        <translation>引擎默认</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>graph mode (engine default)</source>
        <translation>图模式（引擎默认）</translation>
    </message>
    <message>
        <source>eager (--enforce-eager)</source>
        <translation>eager 模式（--enforce-eager）</translation>
    </message>
    <message>
        <source>from the model</source>
        <translation>按模型</translation>
    </message>
    <message>
        <source>the model&apos;s name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>--additional-config JSON, e.g. {&quot;ascend_scheduler_config&quot;:{}}</source>
        <translation>--additional-config JSON，例如 {&quot;ascend_scheduler_config&quot;:{}}</translation>
    </message>
    <message>
        <source>more engine flags, as on a command line</source>
        <translation>更多引擎参数，按命令行格式填写</translation>
    </message>
    <message>
        <source>Context length per request (--max-model-len)</source>
        <translation>每个请求的上下文长度（--max-model-len）</translation>
    </message>
    <message>
        <source>Sequences served at once (--max-num-seqs)</source>
        <translation>同时服务的序列数（--max-num-seqs）</translation>
    </message>
    <message>
        <source>Share of NPU memory the engine may use (--gpu-memory-utilization)</source>
        <translation>引擎可使用的 NPU 显存比例（--gpu-memory-utilization）</translation>
    </message>
    <message>
        <source>KV cache block size in tokens (--block-size)</source>
        <translation>KV 缓存块大小，单位为 token（--block-size）</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::SpeedChart</name>
    <message>
        <source>Output tokens/s</source>
        <translation>输出 token/s</translation>
    </message>
    <message>
        <source>TTFT (time to first token)</source>
        <translation>TTFT（首 token 时间）</translation>
    </message>
    <message>
        <source>TPOT (time per output token)</source>
        <translation>TPOT（每个输出 token 的时间）</translation>
    </message>
    <message>
        <source>users at once</source>
        <translation>同时用户数</translation>
    </message>
    <message>
        <source>No layout fits: nothing to predict</source>
        <translation>没有放得下的切分方案：无可预测</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;: serves up to %3 users at once; at %4 users: %5</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;：最多同时服务 %3 个用户；%4 个用户时：%5</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::SshImportDialog</name>
    <message>
        <source>Import nodes from SSH config</source>
        <translation>从 SSH 配置导入节点</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Config file:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation>定义位置</translation>
    </message>
    <message>
        <source>Notes about the file (wildcard hosts, Match blocks, missing includes) appear here.</source>
        <translation>有关该文件的提示（通配符主机、Match 块、缺失的 Include）会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Tick the hosts to add as nodes. Hosts already in the project are not offered again.</source>
        <translation>勾选要添加为节点的主机。已在项目中的主机不会再次列出。</translation>
    </message>
    <message>
        <source>SSH config file</source>
        <translation>SSH 配置文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::StartPage</name>
    <message>
        <source>Welcome to NPU Fleet</source>
        <translation>欢迎使用 NPU Fleet</translation>
    </message>
    <message>
        <source>Plan, launch, check and measure model serving on Ascend NPU clusters. Start from one of these:</source>
        <translation>在昇腾 NPU 集群上规划、启动、检查和测量模型服务。从以下任一项开始：</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>A project file (*.npufleet.yaml) of your nodes, models and deployments.</source>
        <translation>包含节点、模型和部署的项目文件（*.npufleet.yaml）。</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>A bundled project on simulated machines: try every panel without a network.</source>
        <translation>内置的模拟机器项目：无需网络即可试用每个面板。</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>An empty project: add nodes (Cluster › Add Node) and models, then deploy.</source>
        <translation>空项目：添加节点（集群 › 添加节点）和模型，然后部署。</translation>
    </message>
    <message>
        <source>&amp;Import Hosts from ~/.ssh/config…</source>
        <translation>从 ~/.ssh/config 导入主机(&amp;I)…</translation>
    </message>
    <message>
        <source>A new project with a node for each host of your SSH client configuration.</source>
        <translation>新建项目，为 SSH 客户端配置中的每台主机添加一个节点。</translation>
    </message>
    <message>
        <source>Recent projects (double-click to open):</source>
        <translation>最近的项目（双击打开）：</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::StorageCommands</name>
    <message>
        <source>Set shared storage on %1</source>
        <translation>在 %1 上设置共享存储</translation>
    </message>
    <message>
        <source>Remove shared storage</source>
        <translation>移除共享存储</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::TileMemory</name>
    <message>
        <source>others %1</source>
        <translation>其他 %1</translation>
    </message>
    <message>
        <source>%1 GiB free</source>
        <translation>空闲 %1 GiB</translation>
    </message>
    <message>
        <source>others %1 · free %2 GiB</source>
        <translation>其他 %1 · 空闲 %2 GiB</translation>
    </message>
    <message>
        <source>%1 · memory unknown</source>
        <translation>%1 · 显存未知</translation>
    </message>
    <message>
        <source>memory unknown</source>
        <translation>显存未知</translation>
    </message>
    <message>
        <source>%1 · over by %2 GiB</source>
        <translation>%1 · 超出 %2 GiB</translation>
    </message>
    <message>
        <source>over by %1 GiB</source>
        <translation>超出 %1 GiB</translation>
    </message>
    <message>
        <source>W %1 · KV %2 · free %3</source>
        <translation>W %1 · KV %2 · 空闲 %3</translation>
    </message>
    <message>
        <source>W %1 · KV %2</source>
        <translation>W %1 · KV %2</translation>
    </message>
    <message>
        <source>%1+%2</source>
        <translation>%1+%2</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardEnginePage</name>
    <message>
        <source>%1 (NPU %2)</source>
        <translation>%1（NPU %2）</translation>
    </message>
    <message>
        <source>runs on one node</source>
        <translation>在单个节点上运行</translation>
    </message>
    <message>
        <source>spans nodes by data parallel (one DP rank group per node)</source>
        <translation>通过数据并行跨节点（每个节点一组 DP rank）</translation>
    </message>
    <message>
        <source>spans nodes with a Ray cluster</source>
        <translation>通过 Ray 集群跨节点</translation>
    </message>
    <message>
        <source>spans nodes as a cluster of its own</source>
        <translation>以自身集群方式跨节点</translation>
    </message>
    <message>
        <source>spans nodes with an HCCL rank table</source>
        <translation>通过 HCCL rank table 跨节点</translation>
    </message>
    <message>
        <source>%1 %2. Placed for now on %3; the layout and the NPUs can be changed on the next pages.</source>
        <translation>%1 %2。当前暂放在 %3；并行布局和 NPU 可在后续页面修改。</translation>
    </message>
    <message>
        <source>no NPUs (nothing free fits)</source>
        <translation>无 NPU（没有合适的空闲 NPU）</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Engines the nodes&apos; accelerators and the model do not allow are greyed out, with the reason.</source>
        <translation>节点加速卡或模型不支持的引擎显示为灰色，并注明原因。</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardEnvironmentPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 on %n NPU(s), port %3.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2，%n 个 NPU，端口 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back and fix: %1</source>
        <translation>请返回修复：%1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Variables for the engine&apos;s container. Finish adds the deployment (one undo step).</source>
        <translation>引擎容器的环境变量。点击“完成”添加部署（一步撤销）。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardImagePage</name>
    <message>
        <source>Image and Version</source>
        <translation>镜像与版本</translation>
    </message>
    <message>
        <source>The container image the engine runs in: repository and version (tag).</source>
        <translation>引擎运行所用的容器镜像：仓库与版本（标签）。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardLayoutPage</name>
    <message numerus="yes">
        <source>Planning the layouts of %n NPU(s)…</source>
        <translation>
            <numerusform>正在规划 %n 个 NPU 的并行布局…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best first for the %n placed NPU(s). Choose one:</source>
        <translation>
            <numerusform>按 %n 个已放置 NPU 排序，最佳在前。请选择：</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ fits</source>
        <translation>✔ 可容纳</translation>
    </message>
    <message>
        <source>✘ short %1 GiB</source>
        <translation>✘ 缺少 %1 GiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>not usable here: %1</source>
        <translation>此处不可用：%1</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <source>How the model is split over the NPUs: tensor, pipeline and data parallel, experts.</source>
        <translation>模型如何切分到各 NPU：张量、流水线、数据并行以及专家。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Weights per NPU</source>
        <translation>每 NPU 权重</translation>
    </message>
    <message>
        <source>Predicted output</source>
        <translation>预测输出</translation>
    </message>
    <message>
        <source>Why it ranks here</source>
        <translation>排名原因</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardModelPage</name>
    <message>
        <source>Cannot read the model in %1: %2</source>
        <translation>无法读取 %1 中的模型：%2</translation>
    </message>
    <message>
        <source>config.json: %1, %2 layers, %3 B parameters, weights %4</source>
        <translation>config.json：%1，%2 层，%3 B 参数，权重 %4</translation>
    </message>
    <message>
        <source>safetensors: %1 GiB (%2)</source>
        <translation>safetensors：%1 GiB（%2）</translation>
    </message>
    <message>
        <source>Folder on the nodes: %1</source>
        <translation>节点上的文件夹：%1</translation>
    </message>
    <message>
        <source>none (downloaded by the engine)</source>
        <translation>无（由引擎下载）</translation>
    </message>
    <message>
        <source>The catalog&apos;s config.json describes it; the weights are expected in the folder on the nodes.</source>
        <translation>由目录中的 config.json 描述；权重应位于节点上的文件夹中。</translation>
    </message>
    <message>
        <source>Downloaded on the node (or once onto the shared storage) with:</source>
        <translation>在节点上（或一次性下载到共享存储）使用以下命令下载：</translation>
    </message>
    <message>
        <source>About %1 B parameters (the catalog knows this model).</source>
        <translation>约 %1 B 参数（目录中已收录该模型）。</translation>
    </message>
    <message>
        <source>Model Folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Which model to serve, and the deployment&apos;s name.</source>
        <translation>要提供服务的模型，以及部署名称。</translation>
    </message>
    <message>
        <source>&amp;A model of the project</source>
        <translation>项目中的模型(&amp;A)</translation>
    </message>
    <message>
        <source>From the &amp;catalog</source>
        <translation>从目录选择(&amp;C)</translation>
    </message>
    <message>
        <source>A &amp;folder (local or NFS)</source>
        <translation>文件夹（本地或 NFS）(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;hub id</source>
        <translation>模型仓库 ID(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>/models/Qwen3-32B: config.json is read here when the folder is</source>
        <translation>/models/Qwen3-32B：文件夹在本机时在此读取 config.json</translation>
    </message>
    <message>
        <source>Qwen/Qwen3-32B</source>
        <translation>Qwen/Qwen3-32B</translation>
    </message>
    <message>
        <source>Folder on the &amp;nodes:</source>
        <translation>节点上的文件夹(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>量化(&amp;Q)：</translation>
    </message>
    <message>
        <source>Deployment &amp;name:</source>
        <translation>部署名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 is not a folder on this computer: read it on a node (Read), or give the quantization below; pre-flight checks the folder on every node.</source>
        <translation>%1 不是本机上的文件夹：可在节点上读取（读取），或在下方指定量化方式；预检会在每个节点上检查该文件夹。</translation>
    </message>
    <message>
        <source>Read on %1:</source>
        <translation>在 %1 上读取：</translation>
    </message>
    <message>
        <source>Planned with the catalog&apos;s %1, which has the same name.</source>
        <translation>按目录中同名的 %1 进行规划。</translation>
    </message>
    <message>
        <source>Cannot read the model in %1 on %2: %3</source>
        <translation>无法读取 %2 上 %1 中的模型：%3</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardPlacementPage</name>
    <message>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <source>The NPUs the deployment runs on, head node first. NPUs another deployment holds are greyed out.</source>
        <translation>部署运行所在的 NPU，头节点在前。被其他部署占用的 NPU 显示为灰色。</translation>
    </message>
    <message>
        <source>&amp;Auto-place</source>
        <translation>自动放置(&amp;A)</translation>
    </message>
    <message>
        <source>Choose free NPUs as the board&apos;s Auto-place does (on the drop target when there is one)</source>
        <translation>像分配面板的“自动放置”一样选择空闲 NPU（如有拖放目标则放在目标上）</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardPortPage</name>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Where clients reach the OpenAI-compatible API on the serving (head) node.</source>
        <translation>客户端在服务（头）节点上访问 OpenAI 兼容 API 的端口。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>No other deployment of the project may use it, nor any program on the serving node: the node is asked below, and Pre-flight asks again before launch.</source>
        <translation>项目中的其他部署不能使用该端口，服务节点上的任何程序也不能占用它：下方会询问该节点，启动前预检会再次检查。</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::WizardServingPage</name>
    <message>
        <source>Serving Options</source>
        <translation>服务选项</translation>
    </message>
    <message>
        <source>How the engine serves: leave a field at &quot;engine default&quot; to let the engine choose.</source>
        <translation>引擎如何提供服务：字段保持“引擎默认”即由引擎决定。</translation>
    </message>
</context>
</TS>
