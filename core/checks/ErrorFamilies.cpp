// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/ErrorFamilies.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/checks/DiagnosisText.h"

namespace npufleet::checks {

namespace {

LocalizedText localized(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("en")).toString(), o.value(QLatin1String("zh")).toString()};
}

struct Group
{
    QString id;
    LocalizedText explanation;
    LocalizedText fix;
};

struct Module
{
    QString group;
    LocalizedText component;
};

// families.json, read once.
struct Families
{
    QHash<QString, Group> groups;
    QHash<QString, Module> cannModules; // "Z" -> operators
    QHash<QString, LocalizedText> aclClasses; // "5" -> internal error
    QStringList hcclResults; // index = HcclResult
    QHash<QString, QString> plogModules; // "HCCL" -> group

    static const Families& get()
    {
        static const Families families = [] {
            Families f;
            QFile file(QStringLiteral(":/diagnosis/families.json"));
            if (!file.open(QIODevice::ReadOnly))
                return f;
            const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
            const QJsonObject groups = doc.value(QLatin1String("groups")).toObject();
            for (auto it = groups.begin(); it != groups.end(); ++it) {
                const QJsonObject g = it.value().toObject();
                f.groups.insert(it.key(),
                                Group {g.value(QLatin1String("id")).toString(),
                                       localized(g.value(QLatin1String("explanation"))),
                                       localized(g.value(QLatin1String("fix")))});
            }
            const QJsonObject modules = doc.value(QLatin1String("cann_modules")).toObject();
            for (auto it = modules.begin(); it != modules.end(); ++it) {
                const QJsonObject m = it.value().toObject();
                f.cannModules.insert(it.key(),
                                     Module {m.value(QLatin1String("group")).toString(),
                                             localized(m.value(QLatin1String("component")))});
            }
            const QJsonObject classes = doc.value(QLatin1String("acl_classes")).toObject();
            for (auto it = classes.begin(); it != classes.end(); ++it)
                f.aclClasses.insert(it.key(), localized(it.value()));
            for (const QJsonValue& v : doc.value(QLatin1String("hccl_results")).toArray())
                f.hcclResults << v.toString();
            const QJsonObject plog = doc.value(QLatin1String("plog_modules")).toObject();
            for (auto it = plog.begin(); it != plog.end(); ++it)
                f.plogModules.insert(it.key(), it.value().toString());
            return f;
        }();
        return families;
    }

    Group group(const QString& key) const { return groups.value(key, groups.value(QStringLiteral("other"))); }
};

Finding fromGroup(const Group& group, Language language)
{
    Finding f;
    f.id = group.id;
    f.explanation = group.explanation.text(language);
    f.fix = group.fix.text(language);
    return f;
}

Finding cannFinding(const CodeHit& hit, const Families& families, Language language)
{
    const auto module = families.cannModules.constFind(hit.module);
    const bool known = module != families.cannModules.constEnd();
    Finding f = fromGroup(families.group(known ? module->group : QStringLiteral("other")), language);
    const QString component = known ? module->component.text(language)
                                    : DiagnosisText::tr("CANN module %1 (not in Huawei's list)").arg(hit.module);
    f.title = DiagnosisText::tr("%1 error %2").arg(component, hit.code);
    if (isInternalCannCode(hit.code))
        f.explanation += QLatin1Char(' ')
            + DiagnosisText::tr("Codes 9000 to 9999 are the component's internal errors: the text printed after the "
                                "code and the plog (~/ascend/log/debug/plog) say more; keep both for Huawei support.");
    return f;
}

} // namespace

Finding familyFinding(const CodeHit& hit, Language language)
{
    const Families& families = Families::get();
    Finding f;
    switch (hit.kind) {
    case CodeKind::Cann:
        f = cannFinding(hit, families, language);
        break;
    case CodeKind::TorchNpu:
        f = fromGroup(families.group(QStringLiteral("torch-npu")), language);
        f.title = DiagnosisText::tr("torch_npu error %1").arg(hit.code);
        break;
    case CodeKind::AclReturn:
        f = fromGroup(families.group(QStringLiteral("acl-return")), language);
        f.title = DiagnosisText::tr("AscendCL call failed with %1").arg(hit.code);
        f.explanation = DiagnosisText::tr("An AscendCL (ACL) call returned %1. The first digit says what kind of error "
                                          "it is:")
                            .arg(hit.code)
            + QLatin1Char(' ') + families.aclClasses.value(hit.code.left(1)).text(language);
        break;
    case CodeKind::HcclReturn: {
        f = fromGroup(families.group(QStringLiteral("hccl-return")), language);
        const QString name = families.hcclResults.value(hit.code.toInt(), QStringLiteral("?"));
        f.title = DiagnosisText::tr("HCCL call returned %1 (%2)").arg(hit.code, name);
        f.explanation
            = DiagnosisText::tr("An HCCL call made by torch_npu returned %1, which HCCL names %2.").arg(hit.code, name)
            + QLatin1Char(' ') + f.explanation;
        f.code = name;
        return f;
    }
    case CodeKind::Plog: {
        const QString group = families.plogModules.value(hit.module, QStringLiteral("other"));
        f = fromGroup(families.group(QStringLiteral("plog")), language);
        f.title = DiagnosisText::tr("%1 logged an error").arg(hit.module);
        // The component's own checks say more than the generic plog ones when it is a known one.
        if (group != QLatin1String("other"))
            f.fix = families.group(group).fix.text(language);
        break;
    }
    }
    f.code = hit.code;
    return f;
}

} // namespace npufleet::checks
