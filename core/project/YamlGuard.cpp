// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/YamlGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <sstream>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/project/YamlError.h"
#include "core/util/ReadLimited.h"
#include "core/util/Utf8.h"

namespace npufleet::project {

namespace {

struct YamlGuardText
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuardText)
};

struct Refused
{
    Error error;
};

// Counts nodes as yaml-cpp's node graph would be walked: an alias costs the whole size of the
// node it names, so the count is what a reader visits, whatever sharing the graph has.
class Counter : public YAML::EventHandler
{
public:
    Counter(QString file, const YamlLimits& limits)
        : m_file(std::move(file))
        , m_limits(limits)
    {
    }

    void OnDocumentStart(const YAML::Mark&) override { }
    void OnDocumentEnd() override { }

    void OnAnchor(const YAML::Mark&, const std::string& name) override { m_pendingName = name; }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, std::string(), 1); }

    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override
    {
        leaf(mark, anchor, value, 1);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        for (const Frame& f : m_open) {
            if (f.anchor == anchor)
                refuse(mark,
                       YamlGuardText::tr("the alias *%1 is inside the node it names: it would repeat for ever")
                           .arg(nameOf(anchor)));
        }
        const qint64 size = m_sizes.value(anchor, 1);
        leaf(mark, 0, std::nullopt, size);
    }

    void OnSequenceStart(const YAML::Mark& mark,
                         const std::string&,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }

    void
    OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        bool map = false;
        YAML::anchor_t anchor = 0;
        qint64 size = 1;
        bool expectingKey = true;
        QSet<QByteArray> keys;
    };

    [[noreturn]] void refuse(const YAML::Mark& mark, const QString& message, const QString& hint = {}) const
    {
        throw Refused {yamlError(m_file, mark, message, hint)};
    }

    QString nameOf(YAML::anchor_t anchor) const { return QString::fromStdString(m_names.value(anchor)); }

    void remember(YAML::anchor_t anchor)
    {
        if (anchor != 0)
            m_names.insert(anchor, m_pendingName);
        m_pendingName.clear();
    }

    // Adds `size` visited nodes; a key (scalar, in a mapping) is checked against its siblings.
    void count(const YAML::Mark& mark, qint64 size)
    {
        m_total += size;
        if (m_total > m_limits.nodes)
            refuse(mark,
                   YamlGuardText::tr("the document expands to more than %1 nodes (aliases counted each time they "
                                     "are used)")
                       .arg(m_limits.nodes),
                   YamlGuardText::tr("a project file needs no aliases; write the values out"));
        if (!m_open.empty())
            m_open.back().size += size;
    }

    void checkKey(const YAML::Mark& mark, const std::optional<std::string>& key)
    {
        if (m_open.empty() || !m_open.back().map || !m_open.back().expectingKey || !key)
            return;
        const QByteArray bytes = QByteArray::fromStdString(*key);
        if (m_open.back().keys.contains(bytes))
            refuse(mark, YamlGuardText::tr("the key '%1' is given twice in this mapping").arg(QString::fromUtf8(bytes)),
                   YamlGuardText::tr("keep one of them"));
        m_open.back().keys.insert(bytes);
    }

    // A node in its parent is complete: in a mapping, keys and values alternate.
    void completed()
    {
        if (!m_open.empty() && m_open.back().map)
            m_open.back().expectingKey = !m_open.back().expectingKey;
    }

    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, const std::optional<std::string>& key, qint64 size)
    {
        remember(anchor);
        checkKey(mark, key);
        count(mark, size);
        if (anchor != 0)
            m_sizes.insert(anchor, size);
        completed();
    }

    void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool map)
    {
        remember(anchor);
        checkKey(mark, std::nullopt);
        count(mark, 1);
        if (int(m_open.size()) >= m_limits.depth)
            refuse(mark, YamlGuardText::tr("the document nests more than %1 levels deep").arg(m_limits.depth));
        Frame f;
        f.map = map;
        f.anchor = anchor;
        m_open.push_back(std::move(f));
    }

    void close()
    {
        if (m_open.empty())
            return;
        const Frame f = std::move(m_open.back());
        m_open.pop_back();
        if (f.anchor != 0)
            m_sizes.insert(f.anchor, f.size);
        if (!m_open.empty())
            m_open.back().size += f.size - 1; // the 1 was added when it opened
        completed();
    }

    QString m_file;
    YamlLimits m_limits;
    std::vector<Frame> m_open;
    QHash<YAML::anchor_t, qint64> m_sizes;
    QHash<YAML::anchor_t, std::string> m_names;
    std::string m_pendingName;
    qint64 m_total = 0;
};

} // namespace

Result<void> checkYamlInput(const QByteArray& yaml, const QString& fileName, const YamlLimits& limits)
{
    Error e;
    e.file = fileName;
    if (yaml.size() > limits.bytes) {
        e.message = YamlGuardText::tr("the project file is larger than %1, more than NPU Fleet reads")
                        .arg(util::limitText(limits.bytes));
        return e;
    }
    const qsizetype bad = util::firstInvalidUtf8(yaml);
    if (bad >= 0) {
        util::lineColumnAt(yaml, bad, &e.line, &e.column);
        e.message = YamlGuardText::tr("the text is not valid UTF-8 here");
        e.hint = YamlGuardText::tr("save the file as UTF-8");
        return e;
    }
    std::istringstream in(yaml.toStdString());
    YAML::Parser parser(in);
    Counter counter(fileName, limits);
    try {
        parser.HandleNextDocument(counter); // YAML::Load reads the first document only
    } catch (const Refused& r) {
        return r.error;
    } catch (const YAML::Exception&) {
        // Syntax errors are reported by the loader that runs next, with its own position.
    }
    return {};
}

} // namespace npufleet::project
