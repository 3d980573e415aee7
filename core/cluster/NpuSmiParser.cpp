// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/NpuSmiParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include "core/cluster/ClusterText.h"
#include "core/cluster/NpuSmiRows.h"
#include "core/cluster/SmiTable.h"

namespace npufleet::cluster {

namespace {

using namespace smitable;
using namespace npusmirows;

Error lineError(int line, const QString& message)
{
    Error e;
    e.message = message;
    e.line = line;
    return e;
}

QStringList splitLines(QByteArrayView text)
{
    QString all = QString::fromUtf8(text);
    all.replace(QLatin1Char('\t'), QLatin1Char(' '));
    QStringList lines = all.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

QList<QStringList> headerOf(const Cells& cells)
{
    QList<QStringList> header;
    for (const QString& cell : cells)
        header << headerFields(cell);
    return header;
}

bool hasField(const QList<QStringList>& header, const QString& name)
{
    for (const QStringList& cell : header) {
        if (cell.contains(name))
            return true;
    }
    return false;
}

bool isChipHeader(const QList<QStringList>& header)
{
    return (hasField(header, QStringLiteral("npu")) || hasField(header, QStringLiteral("npu id")))
        && hasField(header, QStringLiteral("health"));
}

bool isTitleRow(const QString& line)
{
    return line.contains(QLatin1String("npu-smi")) && line.contains(QLatin1String("Version"));
}

QString versionOf(const QString& line)
{
    static const QRegularExpression version(QStringLiteral("Version:\\s*(\\S+)"));
    static const QRegularExpression tool(QStringLiteral("npu-smi\\s+(\\S+)"));
    for (const QRegularExpression* re : {&version, &tool}) {
        const QRegularExpressionMatch m = re->match(line);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

struct Line
{
    QString text; // trimmed
    int number = 0; // 1-based, of the line it starts on
};

// A row that a narrow terminal or a mail client broke in two: "| 0  910B3 | OK | 98.3  43  0" then "/ 0  |".
QList<Line> joinBrokenRows(const QStringList& lines, QStringList* warnings)
{
    QList<Line> out;
    for (int i = 0; i < lines.size(); ++i) {
        Line line {lines.at(i).trimmed(), i + 1};
        if (isTableRow(line.text) && !line.text.endsWith(QLatin1Char('|')) && i + 1 < lines.size()) {
            const QString next = lines.at(i + 1).trimmed();
            const bool rest = !next.isEmpty() && !isTableRow(next) && !next.startsWith(QLatin1Char('+'))
                && next.endsWith(QLatin1Char('|'));
            if (rest) {
                line.text += QLatin1Char(' ') + next;
                *warnings << lineWarning(line.number,
                                         ClusterText::tr("a row broken over two lines (%1 and %2) was joined")
                                             .arg(line.number)
                                             .arg(line.number + 1));
                ++i;
            }
        }
        out << line;
    }
    return out;
}

enum class Section { Seeking, Chips, Processes, Done };

// Reads the table row by row. Only a missing table is an error: every damaged, cut or left-out row
// becomes a warning and the rows around it are still read.
class TableReader
{
public:
    Result<NpuSmiReport> read(const QStringList& lines);

private:
    void onRow(const Line& line);
    void onChipRow(const Line& line, const Cells& cells);
    void onProcessRow(const Line& line, const Cells& cells);
    // Text that is not part of the table: a note inside it, or what follows it.
    void onText(int index);
    void flushPending();
    void addChip(Accelerator a, int line);
    void attach(const npusmirows::ProcessRow& row, int number);
    bool complete(const Line& line, const Cells& cells, qsizetype columns) const;
    void warn(int line, const QString& message) { m_report.warnings << lineWarning(line, message); }

    QList<Line> m_lines;
    Section m_section = Section::Seeking;
    NpuSmiReport m_report;
    QList<QStringList> m_header[2];
    int m_headerRows = 0;
    int m_headerLine = 0;
    QList<QStringList> m_processHeader;
    bool m_lastWasBorder = false; // for the cut-off check at the end of the table
    int m_lastRowLine = 0;
    // Row A of a chip, waiting for its row B.
    Cells m_pending;
    int m_pendingLine = 0;
};

bool TableReader::complete(const Line& line, const Cells& cells, qsizetype columns) const
{
    return line.text.endsWith(QLatin1Char('|')) && cells.size() == columns;
}

void TableReader::addChip(Accelerator a, int line)
{
    for (const Accelerator& known : std::as_const(m_report.accelerators)) {
        if (known.index == a.index && known.chip == a.chip) {
            warn(line, ClusterText::tr("%1 is listed twice; the second row is left out").arg(a.label()));
            return;
        }
    }
    m_report.accelerators << a;
}

// A first row whose second row never came (left out, cut off): what it says is still worth having.
void TableReader::flushPending()
{
    if (m_pending.isEmpty())
        return;
    const Cells cells = m_pending;
    m_pending.clear();
    auto a = chipFromRows(assign(m_header[0], cells), m_pendingLine, 0, &m_report.warnings);
    if (!a)
        return;
    int chip = 0; // the chip rows of a card come in order
    for (const Accelerator& known : std::as_const(m_report.accelerators))
        chip += known.index == a->index ? 1 : 0;
    a->chip = chip;
    warn(m_pendingLine,
         ClusterText::tr("the row of %1 has no second line; its bus id, AI Core use and memory are unknown")
             .arg(a->label()));
    addChip(*a, m_pendingLine);
}

void TableReader::attach(const npusmirows::ProcessRow& row, int number)
{
    for (Accelerator& a : m_report.accelerators) {
        if (a.index == row.npu && a.chip == row.process.chip) {
            a.processes << row.process;
            return;
        }
    }
    warn(number,
         ClusterText::tr("process %1 runs on NPU %2 chip %3, which the table does not list")
             .arg(row.process.pid)
             .arg(row.npu)
             .arg(row.process.chip));
}

void TableReader::onChipRow(const Line& line, const Cells& cells)
{
    if (!complete(line, cells, m_header[0].size())) {
        warn(line.number, ClusterText::tr("the row is cut off or its columns are mangled; it is left out"));
        return;
    }
    // Row B has the bus id where row A has the health: a row B with no row A before it lost its first line.
    const QString second = cells.value(1);
    const bool looksLikeRowA = !second.contains(QLatin1Char(':')) && !isMissing(second);
    if (m_pending.isEmpty()) {
        if (looksLikeRowA || isMissing(second)) {
            m_pending = cells;
            m_pendingLine = line.number;
        } else {
            warn(line.number,
                 ClusterText::tr("a second row (bus id %1) without the NPU row before it; it is left out").arg(second));
        }
        return;
    }
    if (looksLikeRowA) {
        flushPending();
        m_pending = cells;
        m_pendingLine = line.number;
        return;
    }
    Fields fields = assign(m_header[0], m_pending);
    fields.insert(assign(m_header[1], cells));
    const int first = m_pendingLine;
    m_pending.clear();
    auto a = chipFromRows(fields, first, line.number, &m_report.warnings);
    if (!a)
        return;
    if (a->chip < 0) {
        a->chip = 0;
        for (const Accelerator& known : std::as_const(m_report.accelerators))
            a->chip += known.index == a->index ? 1 : 0;
    }
    addChip(*a, first);
}

void TableReader::onProcessRow(const Line& line, const Cells& cells)
{
    if (cells.size() == 1 && cells.constFirst().startsWith(QLatin1String("No running"), Qt::CaseInsensitive))
        return;
    if (!complete(line, cells, m_processHeader.size())) {
        warn(line.number, ClusterText::tr("the process row is cut off or its columns are mangled; it is left out"));
        return;
    }
    if (auto row = processFromRow(assign(m_processHeader, cells), line.number, &m_report.warnings))
        attach(*row, line.number);
}

void TableReader::onRow(const Line& line)
{
    const Cells cells = splitCells(line.text);
    const QList<QStringList> header = headerOf(cells);
    if (m_section != Section::Seeking && (isChipHeader(header) || isTitleRow(line.text))) {
        // A second table (two outputs pasted together): the first one is the answer.
        flushPending();
        m_section = Section::Done;
        return;
    }
    if (hasField(header, QStringLiteral("process id"))) {
        flushPending();
        m_processHeader = header;
        m_section = Section::Processes;
        return;
    }
    if (m_section == Section::Seeking) {
        if (m_headerRows == 0) {
            if (isChipHeader(header)) {
                m_header[0] = header;
                m_headerRows = 1;
                m_headerLine = line.number;
            } else if (m_report.version.isEmpty() && line.text.contains(QLatin1String("npu-smi"))) {
                m_report.version = versionOf(line.text);
            }
            return;
        }
        m_header[1] = header;
        m_headerRows = 2;
        m_section = Section::Chips;
        return;
    }
    if (m_section == Section::Chips)
        onChipRow(line, cells);
    else if (m_section == Section::Processes)
        onProcessRow(line, cells);
}

void TableReader::onText(int index)
{
    if (m_section == Section::Seeking)
        return;
    // Does the table go on after this text? Only when its next row belongs to it (not a new table's).
    bool goesOn = false;
    for (int j = index + 1; j < m_lines.size(); ++j) {
        const QString& next = m_lines.at(j).text;
        if (next.isEmpty())
            continue;
        if (isBorder(next))
            continue;
        goesOn = isTableRow(next) && !isTitleRow(next) && !isChipHeader(headerOf(splitCells(next)));
        break;
    }
    const Line& line = m_lines.at(index);
    if (!goesOn) {
        // Text after the table (a prompt, the next command's output) ends it.
        flushPending();
        if (isElision(line.text))
            warn(line.number,
                 ClusterText::tr("rows were left out at the end of the table ('%1')").arg(line.text.left(40)));
        else if (!m_lastWasBorder)
            warn(line.number, ClusterText::tr("the table ends without its closing border: the output may be cut off"));
        m_section = Section::Done;
        return;
    }
    flushPending();
    if (isElision(line.text))
        warn(line.number,
             ClusterText::tr("rows were left out here ('%1'): NPUs there are not listed").arg(line.text.left(40)));
    else
        warn(line.number, ClusterText::tr("text inside the table is skipped: '%1'").arg(line.text.left(80)));
}

Result<NpuSmiReport> TableReader::read(const QStringList& lines)
{
    m_lines = joinBrokenRows(lines, &m_report.warnings);
    int firstText = 0;
    for (int i = 0; i < m_lines.size() && m_section != Section::Done; ++i) {
        const Line& line = m_lines.at(i);
        if (line.text.isEmpty())
            continue;
        if (firstText == 0)
            firstText = line.number;
        if (isBorder(line.text)) {
            if (m_section == Section::Seeking && m_headerRows == 1)
                return lineError(line.number, ClusterText::tr("the npu-smi header has only one row"));
            flushPending();
            m_lastWasBorder = true;
            continue;
        }
        if (isTableRow(line.text) && !(m_section != Section::Seeking && isElision(line.text))) {
            onRow(line);
            m_lastWasBorder = false;
            m_lastRowLine = line.number;
            continue;
        }
        onText(i);
    }
    if (m_section == Section::Chips || m_section == Section::Processes) {
        flushPending();
        if (!m_lastWasBorder)
            warn(m_lastRowLine,
                 ClusterText::tr("the table ends without its closing border: the output may be cut off"));
    }
    if (m_headerRows == 0) {
        Error e = lineError(firstText, ClusterText::tr("no npu-smi info table found"));
        if (firstText > 0) {
            e.hint = ClusterText::tr("the input starts with: %1").arg(lines.at(firstText - 1).trimmed().left(80));
        } else {
            e.message = ClusterText::tr("the npu-smi output is empty");
        }
        return e;
    }
    if (m_report.accelerators.isEmpty()) {
        Error e = lineError(m_headerLine, ClusterText::tr("the npu-smi table lists no NPU"));
        if (!m_report.warnings.isEmpty())
            e.hint = m_report.warnings.constFirst();
        return e;
    }
    return m_report;
}

} // namespace

Result<NpuSmiReport> parseNpuSmiInfo(QByteArrayView text)
{
    TableReader reader;
    return reader.read(splitLines(text));
}

Result<QMap<QString, QString>> parseNpuSmiKeyValues(QByteArrayView text)
{
    QMap<QString, QString> values;
    const QStringList lines = splitLines(text);
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        const qsizetype colon = line.indexOf(QLatin1String(" :"));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        if (!values.contains(key))
            values.insert(key, line.mid(colon + 2).trimmed());
    }
    if (values.isEmpty()) {
        Error e;
        e.message = ClusterText::tr("no 'Key : value' lines found in the npu-smi output");
        return e;
    }
    return values;
}

} // namespace npufleet::cluster
