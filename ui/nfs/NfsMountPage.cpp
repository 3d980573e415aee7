// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/nfs/NfsMountPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/storage/ConfigEntries.h"

#include "ui/nfs/NfsWizard.h"

namespace npufleet::ui {

namespace {
struct OptionText
{
    const char* option;
    const char* explanation;
};
const OptionText kMountOptions[] = {
    {"vers=3",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsMountPage",
                       "NFS version 3: simple and supported everywhere. Use vers=4.2 when only NFSv4 is "
                       "open between the nodes.")},
    {"hard",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsMountPage",
                       "Retry for as long as the server is away instead of failing: a model load waits, it "
                       "never reads half a file.")},
    {"timeo=600",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsMountPage",
                       "Wait 60 seconds (the unit is a tenth of a second) before retrying a request.")},
    {"retrans=3",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsMountPage",
                       "Retries before \"server not responding\" is logged (a hard mount keeps trying).")},
    {"_netdev",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsMountPage",
                       "Mount at boot only once the network is up, so a booting node does not hang.")},
};
} // namespace

NfsMountPage::NfsMountPage(NfsWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("How clients mount it"));
    setSubTitle(tr("Every client mounts the share at the same path, now and at each boot (/etc/fstab)."));
    m_mountPoint = new QLineEdit(this);
    m_mountPoint->setObjectName(QStringLiteral("mountPoint"));
    auto* options = new QVBoxLayout;
    for (const OptionText& o : kMountOptions) {
        auto* box = new QCheckBox(QLatin1String(o.option), this);
        box->setObjectName(QStringLiteral("mount_")
                           + QLatin1String(o.option).left(QLatin1String(o.option).indexOf(QLatin1Char('='))));
        box->setProperty("option", QLatin1String(o.option));
        box->setToolTip(QCoreApplication::translate("npufleet::ui::NfsMountPage", o.explanation));
        options->addWidget(box);
        m_options << box;
        connect(box, &QCheckBox::toggled, this, [this] { updateDraft(); });
    }
    auto* intr = new QLabel(tr("<i>intr</i> is not offered: Linux ignores it since 2.6.25, and a hard mount can "
                               "always be interrupted with SIGKILL."),
                            this);
    intr->setWordWrap(true);
    intr->setEnabled(false);
    options->addWidget(intr);
    m_extraOptions = new QLineEdit(this);
    m_extraOptions->setObjectName(QStringLiteral("extraMountOptions"));
    m_extraOptions->setPlaceholderText(tr("more options, comma-separated (e.g. nconnect=8, rsize=1048576)"));
    options->addWidget(m_extraOptions);

    m_useCache = new QCheckBox(tr("Keep model caches on the share"), this);
    m_useCache->setObjectName(QStringLiteral("useCache"));
    m_useCache->setToolTip(tr("GPUStack's --cache-dir, MODELSCOPE_CACHE and HF_HOME point here, so a model "
                              "downloaded by one node is there for all."));
    m_cacheDir = new QLineEdit(this);
    m_cacheDir->setObjectName(QStringLiteral("cacheDir"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Mount point:"), m_mountPoint);
    form->addRow(tr("Mount options:"), options);
    form->addRow(m_useCache);
    form->addRow(tr("Cache &folder:"), m_cacheDir);
    setLayout(form);

    connect(m_mountPoint, &QLineEdit::textEdited, this, [this] { updateDraft(); });
    connect(m_extraOptions, &QLineEdit::textEdited, this, [this] { updateDraft(); });
    connect(m_cacheDir, &QLineEdit::textEdited, this, [this] { updateDraft(); });
    connect(m_useCache, &QCheckBox::toggled, this, [this](bool on) {
        m_cacheDir->setEnabled(on);
        updateDraft();
    });
}

void NfsMountPage::initializePage()
{
    m_filling = true;
    const project::SharedStorage& s = m_wizard->draft();
    m_mountPoint->setText(s.mountPoint);
    QStringList extra = storage::ConfigEditor::optionSet(s.mountOptions);
    for (QCheckBox* box : std::as_const(m_options)) {
        const QString o = box->property("option").toString();
        box->setChecked(extra.contains(o));
        extra.removeAll(o);
    }
    extra.removeAll(QStringLiteral("intr"));
    m_extraOptions->setText(extra.join(QLatin1Char(',')));
    m_useCache->setChecked(!s.cacheDir.isEmpty());
    m_cacheDir->setText(s.cacheDir.isEmpty() ? s.mountPoint + QStringLiteral("/gpustack-cache") : s.cacheDir);
    m_cacheDir->setEnabled(m_useCache->isChecked());
    m_filling = false;
    updateDraft();
}

void NfsMountPage::updateDraft()
{
    if (m_filling)
        return;
    project::SharedStorage& s = m_wizard->draft();
    s.mountPoint = m_mountPoint->text().trimmed();
    QStringList opts;
    for (QCheckBox* box : std::as_const(m_options)) {
        if (box->isChecked())
            opts << box->property("option").toString();
    }
    for (const QString& o : m_extraOptions->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        opts << o.trimmed();
    s.mountOptions = opts.join(QLatin1Char(','));
    s.cacheDir = m_useCache->isChecked() ? m_cacheDir->text().trimmed() : QString();
    emit completeChanged();
}

bool NfsMountPage::isComplete() const
{
    const project::SharedStorage& s = m_wizard->draft();
    return s.mountPoint.startsWith(QLatin1Char('/')) && !s.mountOptions.isEmpty()
        && (s.cacheDir.isEmpty() || s.cacheDir.startsWith(QLatin1Char('/')));
}

} // namespace npufleet::ui
