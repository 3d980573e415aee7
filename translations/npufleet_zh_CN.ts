<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>%1 in %2 looks like a secret: write it as a reference such as ${%1}</source>
        <translation>%2 中的 %1 看起来是敏感信息：请写成引用形式，例如 ${%1}</translation>
    </message>
    <message>
        <source>secrets are never stored in project files; set the variable on the machine that runs the launch</source>
        <translation>敏感信息从不保存在项目文件中；请在执行启动的机器上设置该变量</translation>
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
        <source>deployment &apos;%1&apos; uses model &apos;%2&apos;, which the project does not list</source>
        <translation>部署 &apos;%1&apos; 使用了模型 &apos;%2&apos;，但项目中没有列出该模型</translation>
    </message>
    <message>
        <source>add it under &apos;models&apos; or correct the id</source>
        <translation>请将其添加到 &apos;models&apos; 下，或更正 ID</translation>
    </message>
    <message>
        <source>deployment &apos;%1&apos; is placed on node &apos;%2&apos;, which the cluster does not have</source>
        <translation>部署 &apos;%1&apos; 分配到了节点 &apos;%2&apos;，但集群中没有该节点</translation>
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
        <source>cannot open the project file: %1</source>
        <translation>无法打开项目文件：%1</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>无法保存项目：%1</translation>
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
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
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
</context>
<context>
    <name>cluster</name>
    <message>
        <source>npu-smi output not understood: %1</source>
        <translation>无法解析 npu-smi 输出：%1</translation>
    </message>
    <message>
        <source>npu-smi failed: %1</source>
        <translation>npu-smi 执行失败：%1</translation>
    </message>
    <message>
        <source>nvidia-smi failed: %1</source>
        <translation>nvidia-smi 执行失败：%1</translation>
    </message>
</context>
<context>
    <name>npufleet::cli</name>
    <message>
        <source>this command is not available in this build yet</source>
        <translation>此版本尚不支持该命令</translation>
    </message>
    <message>
        <source>Try &apos;npufleet %1 --help&apos;.</source>
        <translation>请尝试 &apos;npufleet %1 --help&apos;。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>%1: cannot read the npu-smi output: %2</source>
        <translation>%1：无法读取 npu-smi 输出：%2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Parse a saved `npu-smi info` output instead of asking the nodes.</source>
        <translation>解析已保存的 `npu-smi info` 输出，而不是查询节点。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Ask the nodes of this project.</source>
        <translation>查询此项目中的节点。</translation>
    </message>
    <message>
        <source>P.yaml</source>
        <translation>P.yaml</translation>
    </message>
    <message>
        <source>Ask these hosts: [user@]host[:port],...</source>
        <translation>查询这些主机：[user@]host[:port],...</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
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
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>List the accelerators of nodes.</source>
        <translation>列出各节点的加速卡。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use table or json)</source>
        <translation>未知格式 &apos;%1&apos;（请使用 table 或 json）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--parse-npu-smi cannot be combined with --project or --hosts</source>
        <translation>--parse-npu-smi 不能与 --project 或 --hosts 同时使用</translation>
    </message>
    <message>
        <source>live inventory over SSH is not available in this build; save `npu-smi info` output and use --parse-npu-smi FILE</source>
        <translation>此版本尚不支持通过 SSH 实时获取设备清单；请保存 `npu-smi info` 的输出，并使用 --parse-npu-smi FILE</translation>
    </message>
    <message>
        <source>give --parse-npu-smi FILE, --project P.yaml or --hosts LIST</source>
        <translation>请指定 --parse-npu-smi FILE、--project P.yaml 或 --hosts LIST</translation>
    </message>
    <message>
        <source>Usage: npufleet [PROJECT.yaml]          start the GUI (the demo project when none is given)
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

Options:
  -h, --help     show this help (&apos;npufleet VERB --help&apos; for a verb&apos;s options)
  -v, --version  show the version
</source>
        <translation>用法：npufleet [PROJECT.yaml]          启动图形界面（未指定项目时打开演示项目）
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

选项：
  -h, --help     显示此帮助（&apos;npufleet VERB --help&apos; 查看子命令的选项）
  -v, --version  显示版本
</translation>
    </message>
    <message>
        <source>npufleet: unknown option &apos;%1&apos;
</source>
        <translation>npufleet：未知选项 &apos;%1&apos;
</translation>
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
        <source>What to write: sh|compose|stack|ray|gpustack|nfs|all.</source>
        <translation>要生成的内容：sh|compose|stack|ray|gpustack|nfs|all。</translation>
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
        <source>--format nfs is not available in this build yet; use sh, compose, stack, ray, gpustack or all</source>
        <translation>此版本尚不支持 --format nfs；请使用 sh、compose、stack、ray、gpustack 或 all</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use sh, compose, stack, ray, gpustack, nfs or all)</source>
        <translation>未知格式 &apos;%1&apos;（请使用 sh、compose、stack、ray、gpustack、nfs 或 all）</translation>
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
</context>
<context>
    <name>npufleet::cli::PlanCommand</name>
    <message>
        <source>--%1 needs a number of at least %2, not &apos;%3&apos;</source>
        <translation>--%1 需要不小于 %2 的数字，而不是 &apos;%3&apos;</translation>
    </message>
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
        <source>--gpu-memory-utilization must be at most 1</source>
        <translation>--gpu-memory-utilization 不能大于 1</translation>
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
        <translation>名称</translation>
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
    <message>
        <source>%1: %n accelerator(s), %2 not OK</source>
        <translation>%1：%n 张加速卡，其中 %2 张异常</translation>
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
    <message>
        <source>expected an NPU id, found &apos;%1&apos;</source>
        <translation>应为 NPU ID，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a chip id, found &apos;%1&apos;</source>
        <translation>应为芯片 ID，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (%2)</source>
        <translation>&apos;%1&apos; 不是数字（%2）</translation>
    </message>
    <message>
        <source>memory usage is not &apos;used / total&apos;</source>
        <translation>显存用量不是 &apos;used / total&apos; 格式</translation>
    </message>
    <message>
        <source>expected an NPU id in the process table, found &apos;%1&apos;</source>
        <translation>进程表中应为 NPU ID，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a chip id in the process table, found &apos;%1&apos;</source>
        <translation>进程表中应为芯片 ID，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a process id, found &apos;%1&apos;</source>
        <translation>应为进程 ID，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a process memory size</source>
        <translation>&apos;%1&apos; 不是有效的进程显存大小</translation>
    </message>
    <message>
        <source>no &apos;Key : value&apos; lines found in the npu-smi output</source>
        <translation>npu-smi 输出中没有找到 &apos;Key : value&apos; 行</translation>
    </message>
    <message>
        <source>expected 7 comma-separated values (index, name, memory used, memory total, temperature, power, utilization), found %1</source>
        <translation>应为 7 个逗号分隔的值（index, name, memory used, memory total, temperature, power, utilization），实际为 %1 个</translation>
    </message>
    <message>
        <source>expected a GPU index, found &apos;%1&apos;</source>
        <translation>应为 GPU 索引，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the nvidia-smi output lists no GPU</source>
        <translation>nvidia-smi 输出中没有列出任何 GPU</translation>
    </message>
</context>
<context>
    <name>npufleet::cluster::TableReader</name>
    <message>
        <source>the row of NPU %1 has no second line (line %2 ends it)</source>
        <translation>NPU %1 的条目缺少第二行（第 %2 行结束了该条目）</translation>
    </message>
    <message>
        <source>line %1: process %2 runs on NPU %3 chip %4, which the table does not list</source>
        <translation>第 %1 行：进程 %2 运行在 NPU %3 芯片 %4 上，但表中没有列出该芯片</translation>
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
        <source>a stack file needs the swarm engine, not %1</source>
        <translation>stack 文件需要 swarm 引擎，而不是 %1</translation>
    </message>
    <message>
        <source>Ray scripts need the vllm-ascend-ray engine, not %1</source>
        <translation>Ray 脚本需要 vllm-ascend-ray 引擎，而不是 %1</translation>
    </message>
    <message>
        <source>GPUStack commands need the gpustack engine, not %1</source>
        <translation>GPUStack 命令需要 gpustack 引擎，而不是 %1</translation>
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
        <source>the key &apos;%1&apos; must be a %2 integer, not %3</source>
        <translation>键 &apos;%1&apos; 必须是%2整数，而不是 %3</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>non-negative</source>
        <translation>非负</translation>
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
        <source>the HBM size must be positive</source>
        <translation>HBM 容量必须为正数</translation>
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
</context>
<context>
    <name>npufleet::recipes</name>
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
        <source>Swarm services get the devices listed in the stack file only on Docker Engine versions that support devices for services; check with `docker inspect` on a task container.</source>
        <translation>只有在支持为服务分配设备的 Docker Engine 版本上，Swarm 服务才能获得 stack 文件中列出的设备；请对任务容器执行 `docker inspect` 确认。</translation>
    </message>
    <message>
        <source>The stack&apos;s placement uses the nodes&apos; host names; they must match `docker node ls`.</source>
        <translation>stack 的放置约束使用节点的主机名，必须与 `docker node ls` 中的一致。</translation>
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
    <message numerus="yes">
        <source>engine vllm-ascend runs on one node, but %n nodes are placed</source>
        <translation>
            <numerusform>引擎 vllm-ascend 只能在单个节点上运行，但分配了 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>use vllm-ascend-dp or vllm-ascend-ray for several nodes</source>
        <translation>多节点请使用 vllm-ascend-dp 或 vllm-ascend-ray</translation>
    </message>
    <message>
        <source>engine vllm-ascend runs one data-parallel rank</source>
        <translation>引擎 vllm-ascend 只运行一个数据并行 rank</translation>
    </message>
    <message>
        <source>use vllm-ascend-dp for data parallel</source>
        <translation>数据并行请使用 vllm-ascend-dp</translation>
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
        <source>use vllm-ascend-dp for data parallel across nodes</source>
        <translation>跨节点数据并行请使用 vllm-ascend-dp</translation>
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
    <message>
        <source>unknown engine &quot;%1&quot;</source>
        <translation>未知引擎 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>可选值：%1</translation>
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
        <source>TP %1 x PP %2 x DP %3 = %4 devices, but %5 are placed</source>
        <translation>TP %1 × PP %2 × DP %3 = %4 个设备，但分配了 %5 个</translation>
    </message>
    <message>
        <source>TP %1 does not divide the model&apos;s %2 attention heads</source>
        <translation>TP %1 不能整除模型的 %2 个注意力头</translation>
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
    <name>npufleet::recipes::support</name>
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
</context>
<context>
    <name>npufleet::remote</name>
    <message>
        <source>simulated node %1: no recorded output for &apos;%2&apos;
</source>
        <translation>模拟节点 %1：没有 &apos;%2&apos; 的录制输出
</translation>
    </message>
</context>
<context>
    <name>npufleet::ui::ClusterPane</name>
    <message>
        <source>Filter nodes and NPUs (name, host, chip, health)…</source>
        <translation>筛选节点和 NPU（名称、主机、芯片、健康状态）…</translation>
    </message>
    <message>
        <source>Demo project: telemetry is &lt;b&gt;simulated&lt;/b&gt; from recorded npu-smi outputs of real Atlas servers. Nothing connects to the addresses shown.</source>
        <translation>演示项目：遥测数据根据真实 Atlas 服务器录制的 npu-smi 输出&lt;b&gt;模拟&lt;/b&gt;生成，不会连接所显示的地址。</translation>
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
</context>
<context>
    <name>npufleet::ui::InventoryController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Live inventory of real nodes needs the SSH transport, which this build does not have yet.</source>
        <translation>实时获取真实节点的设备清单需要 SSH 传输，此版本尚未提供。</translation>
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
        <source>Cluster &amp;NIC:</source>
        <translation>集群网卡(&amp;N)：</translation>
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
        <source>Accelerator &amp;count:</source>
        <translation>加速卡数量(&amp;C)：</translation>
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
    <message>
        <source>%1 is already in the project; skipped.</source>
        <translation>%1 已在项目中；已跳过。</translation>
    </message>
</context>
</TS>
