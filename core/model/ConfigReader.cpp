// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ConfigReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

namespace npufleet::model {

namespace {

// The largest values read from a config.json: well above every published model, far below what would
// overflow the planner's arithmetic or take it long (docs/limits.md).
constexpr qint64 kMaxLayers = 4096;
constexpr qint64 kMaxWidth = 1 << 20; // hidden size, head dims, LoRA ranks
constexpr qint64 kMaxIntermediate = 1 << 24; // MLP and expert widths
constexpr qint64 kMaxHeads = 1 << 16;
constexpr qint64 kMaxExperts = 1 << 16;
constexpr qint64 kMaxVocab = 1 << 24;
constexpr qint64 kMaxPositions = qint64(1) << 30;
constexpr double kMaxParams = 1e15;

// Reads typed keys from one JSON object; the first problem is kept and names the key and its line.
class Fields
{
public:
    Fields(const QJsonObject& object, const QByteArray& text, const QString& file)
        : m_object(object)
        , m_text(text)
        , m_file(file)
    {
    }

    bool has(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }

    // A required integer from 1 to max.
    qint64 required(const char* key, qint64 max)
    {
        if (!has(key)) {
            fail(key, ConfigReader::tr("the key '%1' is missing").arg(QLatin1String(key)), false);
            return 0;
        }
        return integer(key, 0, max, true);
    }

    // An optional integer from 0 (or 1 when positive) to max; fallback when absent or null. The range
    // keeps every count the planner multiplies or divides by sane: no zero divisor, no overflow, no
    // per-layer loop over billions of layers.
    qint64 integer(const char* key, qint64 fallback, qint64 max, bool positive = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1);
        const qint64 min = positive ? 1 : 0;
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(key,
                 ConfigReader::tr("the key '%1' must be a whole number from %2 to %3, not %4")
                     .arg(QLatin1String(key))
                     .arg(min)
                     .arg(max)
                     .arg(describe(v)),
                 true);
            return fallback;
        }
        return static_cast<qint64>(d);
    }

    bool boolean(const char* key, bool fallback)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(key,
                 ConfigReader::tr("the key '%1' must be true or false, not %2").arg(QLatin1String(key), describe(v)),
                 true);
            return fallback;
        }
        return v.toBool();
    }

    QString string(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(key, ConfigReader::tr("the key '%1' must be a string, not %2").arg(QLatin1String(key), describe(v)),
                 true);
            return {};
        }
        return v.toString();
    }

    QList<qint64> integerList(const char* key)
    {
        QList<qint64> out;
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, ConfigReader::tr("the key '%1' must be a list of integers").arg(QLatin1String(key)), true);
            return out;
        }
        const QJsonArray array = v.toArray();
        for (const QJsonValue& item : array) {
            const double d = item.toDouble(-1);
            if (!item.isDouble() || d != std::floor(d) || d < 0 || d > double(kMaxLayers)) {
                fail(key,
                     ConfigReader::tr("the key '%1' must be a list of layer numbers from 0 to %2")
                         .arg(QLatin1String(key))
                         .arg(kMaxLayers),
                     true);
                return {};
            }
            out << static_cast<qint64>(d);
        }
        return out;
    }

    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }

private:
    static QString describe(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return ConfigReader::tr("the string \"%1\"").arg(v.toString());
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Array:
            return ConfigReader::tr("a list");
        case QJsonValue::Object:
            return ConfigReader::tr("an object");
        case QJsonValue::Double:
            return QString::number(v.toDouble());
        default:
            return ConfigReader::tr("null");
        }
    }

    void fail(const char* key, const QString& message, bool present)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error.message = message;
        m_error.file = m_file;
        if (present) {
            // Point at the key in the text, so the user can jump to it.
            const QByteArray quoted = QByteArray("\"") + key + "\"";
            const qsizetype at = m_text.indexOf(quoted);
            if (at >= 0)
                ConfigReader::lineColumn(m_text, at, &m_error.line, &m_error.column);
        }
    }

    QJsonObject m_object;
    QByteArray m_text;
    QString m_file;
    bool m_failed = false;
    Error m_error;
};

// Points an error at where a key is written, so the user can jump to it.
void pointAt(const QByteArray& text, const char* key, Error& e)
{
    const QByteArray quoted = QByteArray("\"") + key + "\"";
    const qsizetype at = text.indexOf(quoted);
    if (at >= 0)
        util::lineColumnAt(text, at, &e.line, &e.column);
}

enum class Kind { Dense, Qwen2Dense, Qwen3Dense, Qwen2Moe, Qwen3Moe, Mixtral, Deepseek, Unknown };

Kind kindOf(const QString& architecture, const QString& modelType)
{
    static const QStringList llamaLike {QStringLiteral("LlamaForCausalLM"), QStringLiteral("MistralForCausalLM")};
    if (llamaLike.contains(architecture) || modelType == QLatin1String("llama")
        || modelType == QLatin1String("mistral"))
        return Kind::Dense;
    if (architecture == QLatin1String("Qwen2ForCausalLM") || modelType == QLatin1String("qwen2"))
        return Kind::Qwen2Dense;
    if (architecture == QLatin1String("Qwen3ForCausalLM") || modelType == QLatin1String("qwen3"))
        return Kind::Qwen3Dense;
    if (architecture == QLatin1String("Qwen2MoeForCausalLM") || modelType == QLatin1String("qwen2_moe"))
        return Kind::Qwen2Moe;
    if (architecture == QLatin1String("Qwen3MoeForCausalLM") || modelType == QLatin1String("qwen3_moe"))
        return Kind::Qwen3Moe;
    if (architecture == QLatin1String("MixtralForCausalLM") || modelType == QLatin1String("mixtral"))
        return Kind::Mixtral;
    if (architecture.startsWith(QLatin1String("DeepseekV2")) || architecture.startsWith(QLatin1String("DeepseekV3"))
        || modelType == QLatin1String("deepseek_v2") || modelType == QLatin1String("deepseek_v3")
        || modelType == QLatin1String("kimi_k2"))
        return Kind::Deepseek;
    return Kind::Unknown;
}

void readQuantization(const QJsonObject& config, ModelSpec& spec)
{
    const QJsonObject q = config.value(QLatin1String("quantization_config")).toObject();
    if (q.isEmpty())
        return;
    const QString method = q.value(QLatin1String("quant_method")).toString().toLower();
    spec.quant.method = method;
    if (method == QLatin1String("fp8")) {
        spec.quant.scheme = QuantScheme::Fp8;
        spec.quant.bits = 8;
        spec.quant.blockFp8 = q.value(QLatin1String("weight_block_size")).isArray();
    } else if (method.startsWith(QLatin1String("awq")) || method.startsWith(QLatin1String("gptq"))) {
        spec.quant.scheme = QuantScheme::W4A16;
        spec.quant.bits = q.value(QLatin1String("bits")).toInt(q.value(QLatin1String("w_bit")).toInt(4));
        spec.quant.groupSize
            = q.value(QLatin1String("group_size")).toInt(q.value(QLatin1String("q_group_size")).toInt(128));
        if (spec.quant.bits < 1 || spec.quant.bits > 16) {
            spec.warnings << ConfigReader::tr("quantization bits %1 are not possible; 4 assumed").arg(spec.quant.bits);
            spec.quant.bits = 4;
        }
        if (spec.quant.groupSize < -1 || spec.quant.groupSize > (1 << 20))
            spec.quant.groupSize = 128; // -1 (one group per column) and 0 are read as 128 later
    } else {
        spec.warnings << ConfigReader::tr("quantization method '%1' is not known; weights are estimated in %2")
                             .arg(method, spec.torchDtype);
    }
}

} // namespace

void ConfigReader::lineColumn(const QByteArray& text, qsizetype offset, int* line, int* column)
{
    util::lineColumnAt(text, offset, line, column);
}

Result<ModelSpec> ConfigReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.message = tr("cannot read the model config: %1").arg(file.errorString());
        e.file = path;
        return e;
    }
    const Result<QByteArray> bytes = util::readLimited(path, limits::kModelConfigBytes, tr("the model config"));
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

Result<ModelSpec> ConfigReader::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e;
        e.message = tr("not valid JSON: %1").arg(parseError.errorString());
        e.file = fileName;
        lineColumn(json, parseError.offset, &e.line, &e.column);
        return e;
    }
    if (!doc.isObject()) {
        Error e;
        e.message = tr("a model config must be a JSON object");
        e.file = fileName;
        return e;
    }
    QJsonObject root = doc.object();
    // Multimodal configs (Qwen2.5-VL, ...) keep the language model in text_config.
    if (!root.contains(QLatin1String("hidden_size")) && root.value(QLatin1String("text_config")).isObject())
        root = root.value(QLatin1String("text_config")).toObject();

    ModelSpec spec;
    Fields f(root, json, fileName);
    const QJsonArray architectures = doc.object().value(QLatin1String("architectures")).toArray();
    spec.architecture = architectures.isEmpty() ? QString() : architectures.first().toString();
    spec.modelType = f.string("model_type");
    const QString dtype = f.has("torch_dtype") ? f.string("torch_dtype") : f.string("dtype");
    if (!dtype.isEmpty())
        spec.torchDtype = dtype;

    spec.hiddenSize = f.required("hidden_size", kMaxWidth);
    spec.numLayers = static_cast<int>(f.required("num_hidden_layers", kMaxLayers));
    spec.numHeads = static_cast<int>(f.required("num_attention_heads", kMaxHeads));
    spec.vocabSize = f.required("vocab_size", kMaxVocab);
    spec.numKvHeads = static_cast<int>(f.integer("num_key_value_heads", spec.numHeads, kMaxHeads, true));
    spec.headDim = f.integer("head_dim", spec.numHeads > 0 ? qMax<qint64>(1, spec.hiddenSize / spec.numHeads) : 0,
                             kMaxWidth, true);
    spec.maxPositionEmbeddings = f.integer("max_position_embeddings", 0, kMaxPositions);
    spec.tieWordEmbeddings = f.boolean("tie_word_embeddings", false);
    const Kind kind = kindOf(spec.architecture, spec.modelType);
    if (f.failed())
        return f.error();

    const bool attentionBias = f.boolean("attention_bias", false);
    spec.qkvBias = kind == Kind::Qwen2Dense || kind == Kind::Qwen2Moe || attentionBias;
    spec.outputBias = kind != Kind::Qwen2Dense && kind != Kind::Qwen2Moe && attentionBias;
    spec.mlpBias = f.boolean("mlp_bias", false);
    spec.qkNorm = kind == Kind::Qwen3Dense || kind == Kind::Qwen3Moe;
    spec.numMtpLayers = static_cast<int>(f.integer("num_nextn_predict_layers", 0, kMaxLayers));

    // Mixture of experts: each family names the same things differently.
    spec.numExperts = static_cast<int>(
        f.integer("n_routed_experts",
                  f.integer("num_experts", f.integer("num_local_experts", 0, kMaxExperts), kMaxExperts), kMaxExperts));
    spec.numExpertsPerToken
        = static_cast<int>(f.integer("num_experts_per_tok", spec.numExperts > 0 ? 1 : 0, kMaxExperts));
    const bool expertsUseIntermediate = kind == Kind::Mixtral;
    if (spec.numExperts > 0 && !expertsUseIntermediate)
        spec.moeIntermediateSize = f.required("moe_intermediate_size", kMaxIntermediate);
    spec.intermediateSize = f.integer("intermediate_size", 0, kMaxIntermediate);
    if (expertsUseIntermediate)
        spec.moeIntermediateSize = f.required("intermediate_size", kMaxIntermediate);
    spec.numSharedExperts = static_cast<int>(f.integer("n_shared_experts", 0, kMaxExperts));
    spec.sharedExpertIntermediateSize = f.integer("shared_expert_intermediate_size", 0, kMaxIntermediate);

    const int firstDense = static_cast<int>(f.integer("first_k_dense_replace", 0, kMaxLayers));
    const int moeFreq = static_cast<int>(f.integer("moe_layer_freq", 1, kMaxLayers, true));
    const int sparseStep = static_cast<int>(f.integer("decoder_sparse_step", 1, kMaxLayers, true));
    const QList<qint64> mlpOnly = f.integerList("mlp_only_layers");
    for (int i = 0; i < spec.numLayers; ++i) {
        bool moe = spec.numExperts > 0;
        if (kind == Kind::Deepseek)
            moe = moe && i >= firstDense && i % moeFreq == 0;
        else
            moe = moe && !mlpOnly.contains(i) && (i + 1) % sparseStep == 0;
        spec.moeLayers << moe;
    }
    if (spec.countMoeLayers() < spec.numLayers && spec.intermediateSize <= 0)
        f.required("intermediate_size", kMaxIntermediate);

    // DeepSeek multi-head latent attention.
    spec.kvLoraRank = f.integer("kv_lora_rank", 0, kMaxWidth);
    if (spec.kvLoraRank > 0) {
        spec.qLoraRank = f.integer("q_lora_rank", 0, kMaxWidth); // null: plain q_proj
        spec.qkRopeHeadDim = f.required("qk_rope_head_dim", kMaxWidth);
        spec.qkNopeHeadDim = f.required("qk_nope_head_dim", kMaxWidth);
        spec.vHeadDim = f.required("v_head_dim", kMaxWidth);
    }
    const QString topkMethod = f.string("topk_method");
    spec.routerBias = kind == Kind::Deepseek
        && (topkMethod == QLatin1String("noaux_tc") || spec.modelType == QLatin1String("deepseek_v3"));
    if (f.failed())
        return f.error();

    switch (kind) {
    case Kind::Deepseek:
        spec.family = ArchitectureFamily::DeepseekMla;
        break;
    case Kind::Qwen2Moe:
    case Kind::Qwen3Moe:
    case Kind::Mixtral:
        spec.family = ArchitectureFamily::Moe;
        break;
    case Kind::Dense:
    case Kind::Qwen2Dense:
    case Kind::Qwen3Dense:
        spec.family = ArchitectureFamily::Dense;
        break;
    case Kind::Unknown:
        spec.family = ArchitectureFamily::Generic;
        spec.warnings << tr("architecture '%1' is not known; its size is estimated as a generic decoder "
                            "(attention + gated MLP%2)")
                             .arg(spec.architecture.isEmpty() ? spec.modelType : spec.architecture,
                                  spec.isMoe() ? tr(" + routed experts") : QString());
        break;
    }
    if (spec.family == ArchitectureFamily::Generic && spec.usesMla())
        spec.family = ArchitectureFamily::DeepseekMla;

    // The cos/sin cache of rotary embeddings lives in model memory (one per model).
    const QJsonValue partial = root.value(QLatin1String("partial_rotary_factor"));
    const double rotaryShare = partial.toDouble(1.0);
    spec.rotaryDim = spec.usesMla()            ? spec.qkRopeHeadDim
        : rotaryShare >= 0 && rotaryShare <= 1 ? static_cast<qint64>(static_cast<double>(spec.headDim) * rotaryShare)
                                               : spec.headDim;

    readQuantization(root, spec);
    if (spec.numHeads > spec.hiddenSize) {
        Error e;
        e.message = tr("num_attention_heads (%1) cannot be more than hidden_size (%2)")
                        .arg(spec.numHeads)
                        .arg(spec.hiddenSize);
        e.file = fileName;
        pointAt(json, "num_attention_heads", e);
        return e;
    }
    // Every key is in range, but together they could still describe more weights than any cluster holds.
    const double widest = double(qMax(spec.intermediateSize, spec.moeIntermediateSize));
    const double estimate = double(spec.vocabSize) * double(spec.hiddenSize) * 2
        + double(spec.numLayers) * (double(spec.numExperts) + double(spec.numSharedExperts) + 1) * 3
            * double(spec.hiddenSize) * widest
        + double(spec.numLayers) * 4 * double(spec.hiddenSize) * double(spec.numHeads) * double(spec.headDim);
    if (estimate > kMaxParams) {
        Error e;
        e.message = tr("these sizes describe about %1 parameters, more than NPU Fleet plans for (at most %2)")
                        .arg(estimate, 0, 'g', 3)
                        .arg(kMaxParams, 0, 'g', 3);
        e.file = fileName;
        return e;
    }
    if (spec.numKvHeads > spec.numHeads || (spec.numKvHeads > 0 && spec.numHeads % spec.numKvHeads != 0)) {
        Error e;
        e.message = tr("num_key_value_heads (%1) must divide num_attention_heads (%2)")
                        .arg(spec.numKvHeads)
                        .arg(spec.numHeads);
        e.file = fileName;
        pointAt(json, spec.numKvHeads > spec.numHeads ? "num_key_value_heads" : "num_attention_heads", e);
        return e;
    }
    spec.name = QFileInfo(fileName).dir().dirName();
    return spec;
}

} // namespace npufleet::model
