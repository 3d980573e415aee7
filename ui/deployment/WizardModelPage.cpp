// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardModelPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>

#include "core/model/ModelCatalog.h"
#include "core/model/ModelLoader.h"
#include "core/model/QuantSpec.h"
#include "core/project/Project.h"
#include "core/util/ShellQuote.h"

#include "ui/assign/ModelRefMime.h"
#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"
#include "ui/deployment/RemoteFolderReader.h"

namespace npufleet::ui {

namespace {

QString slug(const QString& text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return s.isEmpty() ? QStringLiteral("model") : s;
}

QString unique(const QString& base, const QSet<QString>& taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

const QStringList kQuants {QStringLiteral("auto"), QStringLiteral("bf16"), QStringLiteral("fp16"),
                           QStringLiteral("fp8"),  QStringLiteral("w8a8"), QStringLiteral("w4a8"),
                           QStringLiteral("w4a16")};

} // namespace

WizardModelPage::WizardModelPage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("name"), QStringLiteral("model")})
    , m_sources(new QButtonGroup(this))
    , m_projectModels(new QComboBox)
    , m_catalog(new QComboBox)
    , m_folder(new QLineEdit)
    , m_browse(new QPushButton)
    , m_reader(new RemoteFolderReader(wizard->project()))
    , m_hub(new QComboBox)
    , m_hubId(new QLineEdit)
    , m_nodePath(new QLineEdit)
    , m_quant(new QComboBox)
    , m_name(new QLineEdit)
    , m_info(new QLabel)
{
    setObjectName(QStringLiteral("modelPage"));
    m_name->setObjectName(QStringLiteral("deploymentName"));
    for (const project::ModelSource& m : wizard->project()->data().models)
        m_projectModels->addItem(m.name.isEmpty() ? m.id : QStringLiteral("%1 (%2)").arg(m.name, m.id), m.id);
    for (const model::CatalogEntry& e : model::ModelCatalog::entries())
        m_catalog->addItem(e.name, e.name);
    m_hub->addItem(QStringLiteral("Hugging Face"), QStringLiteral("hf"));
    m_hub->addItem(QStringLiteral("ModelScope"), QStringLiteral("modelscope"));
    m_quant->addItems(kQuants);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setObjectName(QStringLiteral("modelInfo"));

    auto* form = new QFormLayout(this);
    for (int i = 0; i < 4; ++i) {
        auto* radio = new QRadioButton;
        m_sources->addButton(radio, i);
        m_radios << radio;
    }
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* hubRow = new QHBoxLayout;
    hubRow->addWidget(m_hub);
    hubRow->addWidget(m_hubId, 1);
    form->addRow(m_radios[FromProject], m_projectModels);
    form->addRow(m_radios[FromCatalog], m_catalog);
    form->addRow(m_radios[FromFolder], folderRow);
    form->addRow(QString(), m_reader);
    form->addRow(m_radios[FromHub], hubRow);
    for (QWidget* field :
         {static_cast<QWidget*>(m_nodePath), static_cast<QWidget*>(m_quant), static_cast<QWidget*>(m_name)}) {
        auto* label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    form->addRow(m_info);
    form->addRow(problems());
    m_radios[FromProject]->setEnabled(m_projectModels->count() > 0);
    m_radios[m_projectModels->count() > 0 ? FromProject : FromCatalog]->setChecked(true);

    connect(m_sources, &QButtonGroup::idClicked, this, [this] { update(); });
    for (QComboBox* c : {m_projectModels, m_catalog, m_hub, m_quant})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_folder, &QLineEdit::editingFinished, this, [this] { setSource(FromFolder); });
    connect(m_hubId, &QLineEdit::editingFinished, this, [this] { setSource(FromHub); });
    connect(m_nodePath, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_nodePath, &QLineEdit::editingFinished, this, [this] { update(); });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        update();
    });
    connect(m_browse, &QPushButton::clicked, this, &WizardModelPage::browse);
    connect(m_reader, &RemoteFolderReader::finished, this, &WizardModelPage::takeRemote);
    retranslate();
    update();
}

void WizardModelPage::choose(const QString& modelRef)
{
    if (ModelRefMime::isCatalogRef(modelRef)) {
        m_catalog->setCurrentIndex(m_catalog->findData(ModelRefMime::catalogName(modelRef)));
        setSource(FromCatalog);
    } else if (const int i = m_projectModels->findData(modelRef); i >= 0) {
        m_projectModels->setCurrentIndex(i);
        setSource(FromProject);
    }
}

void WizardModelPage::setSource(Source source)
{
    m_radios[source]->setChecked(true);
    update();
}

QString WizardModelPage::info() const
{
    return m_info->text();
}

QString WizardModelPage::describeFolder(const QString& folder, QString* quant) const
{
    if (!QFileInfo(folder).isDir()) {
        if (const auto it = m_remote.constFind(folder); it != m_remote.cend()) {
            *quant = it->quant;
            return it->info;
        }
        return tr("%1 is not a folder on this computer: read it on a node (Read), or give the quantization below; "
                  "pre-flight checks the folder on every node.")
            .arg(folder);
    }
    Result<model::LoadedModel> loaded = model::ModelLoader::load(folder);
    if (!loaded)
        return tr("Cannot read the model in %1: %2").arg(folder, loaded.error().message);
    return describe(*loaded, quant);
}

QString WizardModelPage::describe(const model::LoadedModel& m, QString* quant) const
{
    *quant = model::quantSchemeKey(m.spec.quant.scheme);
    QString text = tr("config.json: %1, %2 layers, %3 B parameters, weights %4")
                       .arg(m.spec.architecture)
                       .arg(m.spec.numLayers)
                       .arg(double(m.params.total) / 1e9, 0, 'f', 1)
                       .arg(*quant);
    if (m.files.found)
        text += QLatin1Char('\n')
            + tr("safetensors: %1 GiB (%2)")
                  .arg(m.files.totalBytes / double(1ULL << 30), 0, 'f', 1)
                  .arg(m.files.source);
    return text;
}

void WizardModelPage::takeRemote(const QString& node, const QString& folder, const Result<model::LoadedModel>& read)
{
    RemoteRead r;
    if (read) {
        r.info = tr("Read on %1:").arg(node) + QLatin1Char(' ') + describe(*read, &r.quant);
        if (const auto e = model::ModelCatalog::find(QFileInfo(folder).fileName())) {
            r.catalog = e->name;
            r.info += QLatin1Char('\n') + tr("Planned with the catalog's %1, which has the same name.").arg(e->name);
        }
    } else {
        r.info = tr("Cannot read the model in %1 on %2: %3").arg(folder, node, read.error().message);
    }
    m_remote.insert(folder, r);
    m_readFolder.clear(); // the quantization just read is taken
    update();
}

void WizardModelPage::update()
{
    const project::ProjectData doc = deploymentWizard()->project()->data();
    const Source source = Source(m_sources->checkedId());
    QSet<QString> ids;
    for (const project::ModelSource& m : doc.models)
        ids.insert(m.id);
    const QString mount = doc.storage.mountPoint.isEmpty() ? QStringLiteral("/models") : doc.storage.mountPoint;
    std::optional<project::ModelSource> fresh;
    QString existing;
    QString info;
    QString display;
    m_nodePath->setEnabled(source == FromCatalog || source == FromHub);
    const QString typed = QDir::cleanPath(m_folder->text().trimmed());
    m_reader->setFolder(typed);
    m_reader->setEnabled(source == FromFolder && !m_folder->text().trimmed().isEmpty() && !QFileInfo(typed).isDir()
                         && m_reader->nodes()->count() > 0);
    m_quant->setEnabled(source != FromProject);
    if (source == FromProject) {
        existing = m_projectModels->currentData().toString();
        if (const project::ModelSource* m = doc.model(existing)) {
            display = m->name.isEmpty() ? m->id : m->name;
            info = tr("Folder on the nodes: %1")
                       .arg(m->path.isEmpty() ? tr("none (downloaded by the engine)") : m->path);
            const QSignalBlocker block(m_quant);
            m_quant->setCurrentText(m->quantization.isEmpty() ? QStringLiteral("auto") : m->quantization);
        }
    } else {
        project::ModelSource s;
        if (source == FromCatalog) {
            const std::optional<model::CatalogEntry> e = model::ModelCatalog::find(m_catalog->currentData().toString());
            for (const project::ModelSource& m : doc.models) {
                if (e && m.catalog.compare(e->name, Qt::CaseInsensitive) == 0)
                    existing = m.id; // already in the project: that one
            }
            s.name = e ? e->name : QString();
            s.catalog = s.name;
            s.hubId = e ? e->hubId : QString();
            if (e && m_readFolder != QLatin1String("catalog:") + e->name) { // a new choice: its quantization
                const QSignalBlocker block(m_quant);
                m_quant->setCurrentText(e->quant.isEmpty() ? QStringLiteral("auto") : e->quant);
                m_readFolder = QLatin1String("catalog:") + e->name;
            }
            info = tr("The catalog's config.json describes it; the weights are expected in the folder on the nodes.");
        } else if (source == FromFolder) {
            const QString folder = QDir::cleanPath(m_folder->text().trimmed());
            s.name = QFileInfo(folder).fileName();
            s.path = m_folder->text().trimmed().isEmpty() ? QString() : folder;
            s.catalog = m_remote.value(folder).catalog;
            if (!s.path.isEmpty()) {
                QString quant;
                info = describeFolder(folder, &quant);
                if (!quant.isEmpty() && m_readFolder != folder) {
                    const QSignalBlocker block(m_quant);
                    m_quant->setCurrentText(quant);
                }
                m_readFolder = folder;
            }
        } else {
            s.hubId = m_hubId->text().trimmed();
            s.name = s.hubId.section(QLatin1Char('/'), -1);
            s.catalog = model::ModelCatalog::find(s.hubId) ? model::ModelCatalog::find(s.hubId)->name : QString();
        }
        if (source != FromFolder) {
            if (!m_pathEdited || m_nodePath->text().isEmpty())
                m_nodePath->setText(s.name.isEmpty() ? QString() : mount + QLatin1Char('/') + s.name);
            s.path = m_nodePath->text().trimmed();
        }
        if (source == FromHub && !s.hubId.isEmpty()) {
            const bool hf = m_hub->currentData().toString() == QLatin1String("hf");
            const QStringList command = hf ? QStringList {QStringLiteral("huggingface-cli"), QStringLiteral("download"),
                                                          s.hubId, QStringLiteral("--local-dir"), s.path}
                                           : QStringList {QStringLiteral("modelscope"),  QStringLiteral("download"),
                                                          QStringLiteral("--model"),     s.hubId,
                                                          QStringLiteral("--local_dir"), s.path};
            info = tr("Downloaded on the node (or once onto the shared storage) with:") + QLatin1Char('\n')
                + shell::join(command);
            if (Result<model::LoadedModel> m = model::ModelLoader::load(s.hubId))
                info += QLatin1Char('\n')
                    + tr("About %1 B parameters (the catalog knows this model).")
                          .arg(double(m->params.total) / 1e9, 0, 'f', 1);
        }
        s.quantization = m_quant->currentText();
        s.id = unique(slug(s.name), ids);
        display = s.name;
        if (existing.isEmpty() && !s.name.isEmpty())
            fresh = s;
    }
    m_info->setText(info);
    if (!m_nameEdited) {
        QSet<QString> names;
        for (const project::Deployment& d : doc.deployments)
            names.insert(d.name);
        m_name->setText(display.isEmpty() ? QString() : unique(slug(display), names));
    }
    deploymentWizard()->draft().name = m_name->text().trimmed();
    deploymentWizard()->setModel(existing, fresh);
    recheck();
}

void WizardModelPage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Model Folder"), m_folder->text());
    if (folder.isEmpty())
        return;
    m_folder->setText(folder);
    setSource(FromFolder);
}

void WizardModelPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardModelPage::retranslate()
{
    setTitle(tr("Model"));
    setSubTitle(tr("Which model to serve, and the deployment's name."));
    m_radios[FromProject]->setText(tr("&A model of the project"));
    m_radios[FromCatalog]->setText(tr("From the &catalog"));
    m_radios[FromFolder]->setText(tr("A &folder (local or NFS)"));
    m_radios[FromHub]->setText(tr("A &hub id"));
    m_browse->setText(tr("&Browse…"));
    m_folder->setPlaceholderText(tr("/models/Qwen3-32B: config.json is read here when the folder is"));
    m_hubId->setPlaceholderText(tr("Qwen/Qwen3-32B"));
    m_labels[0]->setText(tr("Folder on the &nodes:"));
    m_labels[1]->setText(tr("&Quantization:"));
    m_labels[2]->setText(tr("Deployment &name:"));
}

} // namespace npufleet::ui
