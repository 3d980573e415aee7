// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/ServingOptionsForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <algorithm>

#include "core/util/ShellQuote.h"

namespace npufleet::ui {

namespace {

const QString kBlock = QStringLiteral("--block-size");
const QString kKvDtype = QStringLiteral("--kv-cache-dtype");
const QString kQuant = QStringLiteral("--quantization");
const QString kPrefixOn = QStringLiteral("--enable-prefix-caching");
const QString kPrefixOff = QStringLiteral("--no-enable-prefix-caching");
const QString kEager = QStringLiteral("--enforce-eager");

// Takes "--flag value" or "--flag=value" out of args; the value, or a null string when absent.
QString takeValue(QStringList& args, const QString& flag)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(flag + QLatin1Char('='))) {
            const QString v = args[i].mid(flag.size() + 1);
            args.removeAt(i);
            return v;
        }
        if (args[i] == flag && i + 1 < args.size()) {
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
    }
    return {};
}

bool takeFlag(QStringList& args, const QString& flag)
{
    return args.removeAll(flag) > 0;
}

QComboBox* combo(const QStringList& data)
{
    auto* box = new QComboBox;
    for (const QString& d : data)
        box->addItem(d, d);
    return box;
}

void setData(QComboBox* box, const QString& value)
{
    int i = box->findData(value);
    if (i < 0) { // a value the list does not know: kept as it is
        box->addItem(value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

} // namespace

ServingOptionsForm::ServingOptionsForm(QWidget* parent)
    : QWidget(parent)
    , m_maxModelLen(new QSpinBox)
    , m_maxNumSeqs(new QSpinBox)
    , m_memory(new QDoubleSpinBox)
    , m_blockSize(new QSpinBox)
    , m_kvDtype(combo({QString(), QStringLiteral("auto"), QStringLiteral("bfloat16"), QStringLiteral("fp8"),
                       QStringLiteral("fp8_e4m3"), QStringLiteral("fp8_e5m2"), QStringLiteral("int8")}))
    , m_prefix(combo({QString(), kPrefixOn, kPrefixOff}))
    , m_graph(combo({QString(), kEager}))
    , m_quant(combo(
          {QString(), QStringLiteral("ascend"), QStringLiteral("fp8"), QStringLiteral("awq"), QStringLiteral("gptq")}))
    , m_served(new QLineEdit)
    , m_additional(new QLineEdit)
    , m_extra(new QLineEdit)
{
    setObjectName(QStringLiteral("servingOptions"));
    m_maxModelLen->setRange(0, 16'777'216);
    m_maxModelLen->setObjectName(QStringLiteral("maxModelLen"));
    m_maxNumSeqs->setRange(0, 1'000'000);
    m_maxNumSeqs->setObjectName(QStringLiteral("maxNumSeqs"));
    m_memory->setRange(0.05, 1.0);
    m_memory->setSingleStep(0.01);
    m_memory->setDecimals(2);
    m_memory->setObjectName(QStringLiteral("memoryUtilization"));
    m_blockSize->setRange(0, 1024);
    m_blockSize->setSingleStep(16);
    m_blockSize->setObjectName(QStringLiteral("blockSize"));
    m_kvDtype->setObjectName(QStringLiteral("kvCacheDtype"));
    m_prefix->setObjectName(QStringLiteral("prefixCaching"));
    m_graph->setObjectName(QStringLiteral("graphMode"));
    m_quant->setObjectName(QStringLiteral("quantization"));
    m_served->setObjectName(QStringLiteral("servedModelName"));
    m_additional->setObjectName(QStringLiteral("additionalConfig"));
    m_extra->setObjectName(QStringLiteral("extraFlags"));

    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    const auto row = [this](QFormLayout* form, QWidget* field) {
        auto* label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(left, m_maxModelLen);
    row(left, m_maxNumSeqs);
    row(left, m_memory);
    row(left, m_blockSize);
    row(left, m_served);
    row(right, m_kvDtype);
    row(right, m_prefix);
    row(right, m_graph);
    row(right, m_quant);
    row(right, m_additional);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* extra = new QFormLayout;
    row(extra, m_extra);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(columns);
    outer->addLayout(extra);

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    for (QSpinBox* s : {m_maxModelLen, m_maxNumSeqs, m_blockSize}) {
        s->setKeyboardTracking(false);
        connect(s, &QSpinBox::valueChanged, this, changed);
    }
    m_memory->setKeyboardTracking(false);
    connect(m_memory, &QDoubleSpinBox::valueChanged, this, changed);
    for (QComboBox* c : {m_kvDtype, m_prefix, m_graph, m_quant})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit* e : {m_served, m_additional, m_extra})
        connect(e, &QLineEdit::editingFinished, this, [this, e, changed] {
            if (e->isModified()) {
                e->setModified(false);
                changed();
            }
        });
    retranslate();
}

void ServingOptionsForm::setOptions(const project::ServingOptions& o)
{
    m_loading = true;
    QStringList args = o.extraArgs;
    m_maxModelLen->setValue(o.maxModelLen);
    m_maxNumSeqs->setValue(o.maxNumSeqs);
    m_memory->setValue(o.gpuMemoryUtilization);
    m_blockSize->setValue(takeValue(args, kBlock).toInt());
    setData(m_kvDtype, takeValue(args, kKvDtype));
    setData(m_quant, takeValue(args, kQuant));
    const bool on = takeFlag(args, kPrefixOn);
    const bool off = takeFlag(args, kPrefixOff);
    setData(m_prefix, on ? kPrefixOn : off ? kPrefixOff : QString());
    setData(m_graph, takeFlag(args, kEager) ? kEager : QString());
    m_served->setText(o.servedModelName);
    m_additional->setText(o.additionalConfig);
    m_extra->setText(shell::join(args));
    for (QLineEdit* e : {m_served, m_additional, m_extra})
        e->setModified(false);
    m_loading = false;
}

project::ServingOptions ServingOptionsForm::options(const project::ServingOptions& base) const
{
    project::ServingOptions o = base;
    o.maxModelLen = m_maxModelLen->value();
    o.maxNumSeqs = m_maxNumSeqs->value();
    o.gpuMemoryUtilization = m_memory->value();
    o.servedModelName = m_served->text().trimmed();
    o.additionalConfig = m_additional->text().trimmed();
    QStringList args;
    if (m_blockSize->value() > 0)
        args << kBlock << QString::number(m_blockSize->value());
    if (const QString v = m_kvDtype->currentData().toString(); !v.isEmpty())
        args << kKvDtype << v;
    if (const QString v = m_prefix->currentData().toString(); !v.isEmpty())
        args << v;
    if (const QString v = m_graph->currentData().toString(); !v.isEmpty())
        args << v;
    if (const QString v = m_quant->currentData().toString(); !v.isEmpty())
        args << kQuant << v;
    o.extraArgs = args + QProcess::splitCommand(m_extra->text());
    // Unchanged flags keep their order, so that showing and saving a deployment changes nothing.
    QStringList kept = base.extraArgs;
    std::sort(kept.begin(), kept.end());
    QStringList now = o.extraArgs;
    std::sort(now.begin(), now.end());
    if (kept == now)
        o.extraArgs = base.extraArgs;
    return o;
}

void ServingOptionsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServingOptionsForm::retranslate()
{
    const QStringList labels {tr("Max model &length:"),  tr("Max &sequences:"),     tr("NPU &memory share:"),
                              tr("&Block size:"),        tr("Served model &name:"), tr("&KV-cache dtype:"),
                              tr("&Prefix caching:"),    tr("&Graph mode:"),        tr("&Quantization:"),
                              tr("Additional &config:"), tr("E&xtra flags:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels.value(i));
    m_maxModelLen->setSpecialValueText(tr("engine default"));
    m_maxNumSeqs->setSpecialValueText(tr("engine default"));
    m_blockSize->setSpecialValueText(tr("engine default"));
    m_kvDtype->setItemText(0, tr("engine default"));
    m_prefix->setItemText(0, tr("engine default"));
    m_prefix->setItemText(1, tr("on"));
    m_prefix->setItemText(2, tr("off"));
    m_graph->setItemText(0, tr("graph mode (engine default)"));
    m_graph->setItemText(1, tr("eager (--enforce-eager)"));
    m_quant->setItemText(0, tr("from the model"));
    m_served->setPlaceholderText(tr("the model's name"));
    m_additional->setPlaceholderText(tr("--additional-config JSON, e.g. {\"ascend_scheduler_config\":{}}"));
    m_extra->setPlaceholderText(tr("more engine flags, as on a command line"));
    m_maxModelLen->setToolTip(tr("Context length per request (--max-model-len)"));
    m_maxNumSeqs->setToolTip(tr("Sequences served at once (--max-num-seqs)"));
    m_memory->setToolTip(tr("Share of NPU memory the engine may use (--gpu-memory-utilization)"));
    m_blockSize->setToolTip(tr("KV cache block size in tokens (--block-size)"));
}

} // namespace npufleet::ui
