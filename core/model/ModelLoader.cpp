// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ModelLoader.h"

#include <QDir>
#include <QFileInfo>

#include "core/model/ConfigReader.h"
#include "core/model/ModelCatalog.h"

namespace npufleet::model {

LoadedModel ModelLoader::fromSpec(const ModelSpec& spec)
{
    LoadedModel m;
    m.spec = spec;
    m.params = ParameterCount::count(spec);
    return m;
}

Result<LoadedModel> ModelLoader::load(const QString& argument)
{
    const QFileInfo info(argument);
    if (info.exists()) {
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        const QString configPath
            = info.isDir() ? QDir(folder).filePath(QStringLiteral("config.json")) : info.absoluteFilePath();
        if (!QFileInfo::exists(configPath)) {
            Error e;
            e.file = folder;
            e.message = tr("the model folder has no config.json");
            return e;
        }
        Result<ModelSpec> spec = ConfigReader::readFile(configPath);
        if (!spec)
            return spec.error();
        spec->name = info.isDir() ? QDir(folder).dirName() : QFileInfo(folder).fileName();
        if (!info.isDir() && info.fileName() != QLatin1String("config.json"))
            spec->name = info.completeBaseName().remove(QLatin1String(".config"));
        Result<void> described = WeightFiles::readQuantDescription(folder, *spec);
        if (!described)
            return described.error();
        LoadedModel m = fromSpec(*spec);
        m.origin = info.isDir() ? folder : configPath;
        Result<WeightFileInfo> files = WeightFiles::read(folder, m.spec);
        if (!files)
            return files.error();
        m.files = *files;
        return m;
    }
    const std::optional<CatalogEntry> entry = ModelCatalog::find(argument);
    if (!entry) {
        Error e;
        e.message = tr("'%1' is neither a model folder, a config.json nor a catalog model").arg(argument);
        e.hint = tr("catalog models: %1").arg(ModelCatalog::names().join(QStringLiteral(", ")));
        return e;
    }
    Result<ModelSpec> spec = ModelCatalog::load(*entry);
    if (!spec)
        return spec.error();
    LoadedModel m = fromSpec(*spec);
    m.origin = QStringLiteral("catalog:") + entry->name;
    m.hubId = entry->hubId;
    return m;
}

} // namespace npufleet::model
