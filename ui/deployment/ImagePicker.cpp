// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/ImagePicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "core/recipes/EngineCapabilities.h"

namespace npufleet::ui {

namespace {

// "quay.io/ascend/vllm-ascend:v0.9.2rc1" -> {"quay.io/ascend/vllm-ascend", "v0.9.2rc1"}
QPair<QString, QString> split(const QString& image)
{
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash)
        return {image, {}};
    return {image.left(colon), image.mid(colon + 1)};
}

} // namespace

ImagePicker::ImagePicker(QWidget* parent)
    : QWidget(parent)
    , m_repository(new QLineEdit)
    , m_version(new QComboBox)
    , m_note(new QLabel)
{
    m_repository->setObjectName(QStringLiteral("imageRepository"));
    m_version->setObjectName(QStringLiteral("imageVersion"));
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_note->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_repository, 3);
    row->addWidget(new QLabel(QStringLiteral(":")));
    row->addWidget(m_version, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    // A version picked from the list, or typed and confirmed; not every keystroke.
    connect(m_repository, &QLineEdit::editingFinished, this, &ImagePicker::changed);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ImagePicker::changed);
    connect(m_version->lineEdit(), &QLineEdit::editingFinished, this, &ImagePicker::changed);
    connect(m_version, &QComboBox::currentTextChanged, this, &ImagePicker::updateNote);
}

QString ImagePicker::defaultImage(project::Engine engine)
{
    const char* image = project::traits(engine).defaultImage;
    return image ? QLatin1String(image) : QString();
}

void ImagePicker::setImage(project::Engine engine, const QString& reference)
{
    m_loading = true;
    m_engine = engine;
    const auto [repository, tag] = split(reference.isEmpty() ? defaultImage(engine) : reference);
    m_repository->setText(repository);
    m_repository->setModified(false);
    QStringList tags;
    if (const char* table = project::traits(engine).capabilities) {
        if (auto caps = recipes::EngineCapabilities::load(QLatin1String(table))) {
            for (const recipes::EngineCapabilities::Series& s : caps->series())
                tags.prepend(QString(QLatin1Char('v') + s.from.toString()));
        }
    }
    const QString fallback = split(defaultImage(engine)).second;
    for (const QString& t : {fallback, tag}) {
        if (!t.isEmpty() && !tags.contains(t))
            tags.prepend(t);
    }
    m_version->clear();
    m_version->addItems(tags);
    m_version->setCurrentIndex(m_version->findText(tag));
    m_version->setCurrentText(tag);
    m_shown = image();
    m_loading = false;
    updateNote();
}

void ImagePicker::changed()
{
    if (m_loading || image() == m_shown)
        return;
    m_shown = image();
    emit edited();
}

QString ImagePicker::image() const
{
    const QString repository = m_repository->text().trimmed();
    const QString tag = m_version->currentText().trimmed();
    if (repository.isEmpty())
        return {};
    return tag.isEmpty() ? repository : repository + QLatin1Char(':') + tag;
}

QString ImagePicker::note() const
{
    return m_note->text();
}

void ImagePicker::updateNote()
{
    const char* table = project::traits(m_engine).capabilities;
    const std::optional<recipes::EngineVersion> version = recipes::EngineVersion::parse(m_version->currentText());
    QString text;
    if (!table)
        text = tr("no version table for this engine: flags are not checked against a release");
    else if (!version)
        text = tr("the tag names no version: flags are not checked against a release");
    else if (auto caps = recipes::EngineCapabilities::load(QLatin1String(table))) {
        const QString series = caps->seriesName(*version);
        QString basedOn;
        for (const recipes::EngineCapabilities::Series& s : caps->series()) {
            if (s.name == series)
                basedOn = s.basedOn;
        }
        text = series.isEmpty()
            ? tr("older than every release line the version table knows")
            : tr("release line %1 (vLLM %2): the flags that line takes are checked").arg(series, basedOn);
    }
    m_note->setText(text);
}

} // namespace npufleet::ui
