// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/NpuSmiParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include "core/cluster/ClusterText.h"
#include "core/cluster/SmiTable.h"

namespace npufleet::cluster {

namespace {

using namespace smitable;
using Fields = QHash<QString, QString>;

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

// The first value of the first of these fields that the row has.
QString field(const Fields& fields, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const auto it = fields.constFind(QLatin1String(name));
        if (it != fields.constEnd())
            return it.value();
    }
    return {};
}

QString npuIdOf(const Fields& fields)
{
    return field(fields, {"npu", "npu id"});
}

// Builds one accelerator from the two rows printed for a chip.
Result<Accelerator> makeAccelerator(const Fields& fields, int line)
{
    Accelerator a;
    a.vendor = Vendor::Ascend;
    bool ok = false;
    const QString npu = npuIdOf(fields);
    a.index = npu.toInt(&ok);
    if (!ok || a.index < 0)
        return lineError(line, ClusterText::tr("expected an NPU id, found '%1'").arg(npu));
    const QString chip = field(fields, {"chip", "chip id"});
    if (!isMissing(chip)) {
        a.chip = chip.toInt(&ok);
        if (!ok || a.chip < 0)
            return lineError(line + 1, ClusterText::tr("expected a chip id, found '%1'").arg(chip));
    }
    a.name = field(fields, {"name"});
    a.health = valueTokens(field(fields, {"health"})).value(0);
    const QString bus = field(fields, {"bus-id"});
    a.busId = isMissing(bus) ? QString() : bus;

    struct Number
    {
        const char* column;
        std::optional<double>* target;
        int line;
    };
    const Number numbers[]
        = {{"power(w)", &a.powerW, line}, {"temp(c)", &a.tempC, line}, {"aicore(%)", &a.aicorePct, line + 1}};
    for (const Number& n : numbers) {
        const QString value = field(fields, {n.column});
        *n.target = toNumber(value, &ok);
        if (!ok)
            return lineError(n.line, ClusterText::tr("'%1' is not a number (%2)").arg(value, QLatin1String(n.column)));
    }

    // Models use HBM when the chip has it, else the DDR that Memory-Usage shows (310P, 310).
    bool hbmOk = true;
    bool ddrOk = true;
    const bool hasHbm = fields.contains(QStringLiteral("hbm-usage(mb)"));
    const UsedTotal hbm = toUsedTotal(field(fields, {"hbm-usage(mb)"}), &hbmOk);
    const UsedTotal ddr = toUsedTotal(field(fields, {"memory-usage(mb)"}), &ddrOk);
    if (!hbmOk || !ddrOk)
        return lineError(line + 1, ClusterText::tr("memory usage is not 'used / total'"));
    const UsedTotal& memory = (hasHbm && (hbm.total.value_or(0) > 0 || ddr.total.value_or(0) <= 0)) ? hbm : ddr;
    a.hbmUsedMib = memory.used;
    a.hbmTotalMib = memory.total;
    return a;
}

struct ProcessRow
{
    int npu = 0;
    AcceleratorProcess process;
};

// A process row, or an empty optional for "No running processes found in NPU N".
Result<std::optional<ProcessRow>> makeProcess(const Fields& fields, const Cells& cells, int line)
{
    if (cells.size() == 1 && cells.constFirst().startsWith(QLatin1String("No running"), Qt::CaseInsensitive))
        return std::optional<ProcessRow>();
    ProcessRow row;
    bool ok = false;
    const QString npu = npuIdOf(fields);
    row.npu = npu.toInt(&ok);
    if (!ok)
        return lineError(line, ClusterText::tr("expected an NPU id in the process table, found '%1'").arg(npu));
    const QString chip = field(fields, {"chip", "chip id"});
    if (!isMissing(chip)) {
        row.process.chip = chip.toInt(&ok);
        if (!ok)
            return lineError(line, ClusterText::tr("expected a chip id in the process table, found '%1'").arg(chip));
    }
    const QString pid = field(fields, {"process id"});
    row.process.pid = pid.toLongLong(&ok);
    if (!ok)
        return lineError(line, ClusterText::tr("expected a process id, found '%1'").arg(pid));
    row.process.name = field(fields, {"process name"});
    const QString memory = field(fields, {"process memory(mb)"});
    row.process.memoryMib = toInteger(memory, &ok);
    if (!ok)
        return lineError(line, ClusterText::tr("'%1' is not a process memory size").arg(memory));
    return std::optional<ProcessRow>(row);
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

enum class Section { Seeking, Chips, Processes, Done };

class TableReader
{
public:
    Result<NpuSmiReport> read(const QStringList& lines);

private:
    Result<void> onRow(const QString& line, int number);
    Result<void> flushPending(int number);
    void attach(const ProcessRow& row, int number);

    Section m_section = Section::Seeking;
    NpuSmiReport m_report;
    QList<QStringList> m_header[2];
    int m_headerRows = 0;
    int m_headerLine = 0;
    QList<QStringList> m_processHeader;
    // Row A of a chip, waiting for its row B.
    Cells m_pending;
    int m_pendingLine = 0;
};

Result<void> TableReader::flushPending(int number)
{
    if (m_pending.isEmpty())
        return {};
    const QString npu = valueTokens(m_pending.constFirst()).value(0);
    m_pending.clear();
    return lineError(m_pendingLine,
                     ClusterText::tr("the row of NPU %1 has no second line (line %2 ends it)").arg(npu).arg(number));
}

void TableReader::attach(const ProcessRow& row, int number)
{
    for (Accelerator& a : m_report.accelerators) {
        if (a.index == row.npu && a.chip == row.process.chip) {
            a.processes << row.process;
            return;
        }
    }
    m_report.warnings << ClusterText::tr("line %1: process %2 runs on NPU %3 chip %4, which the table does not list")
                             .arg(number)
                             .arg(row.process.pid)
                             .arg(row.npu)
                             .arg(row.process.chip);
}

Result<void> TableReader::onRow(const QString& line, int number)
{
    const Cells cells = splitCells(line);
    const QList<QStringList> header = headerOf(cells);
    const bool isChipHeader = (hasField(header, QStringLiteral("npu")) || hasField(header, QStringLiteral("npu id")))
        && hasField(header, QStringLiteral("health"));
    if (isChipHeader && m_section != Section::Seeking) {
        // A second table (two outputs pasted together): the first one is the answer.
        m_section = Section::Done;
        return flushPending(number);
    }
    if (hasField(header, QStringLiteral("process id"))) {
        if (auto r = flushPending(number); !r)
            return r;
        m_processHeader = header;
        m_section = Section::Processes;
        return {};
    }
    if (m_section == Section::Seeking) {
        if (m_headerRows == 0) {
            if (isChipHeader) {
                m_header[0] = header;
                m_headerRows = 1;
                m_headerLine = number;
            } else if (m_report.version.isEmpty() && line.contains(QLatin1String("npu-smi"))) {
                m_report.version = versionOf(line);
            }
            return {};
        }
        m_header[1] = header;
        m_headerRows = 2;
        m_section = Section::Chips;
        return {};
    }
    if (m_section == Section::Chips) {
        if (m_pending.isEmpty()) {
            m_pending = cells;
            m_pendingLine = number;
            return {};
        }
        Fields fields = assign(m_header[0], m_pending);
        fields.insert(assign(m_header[1], cells));
        m_pending.clear();
        auto accelerator = makeAccelerator(fields, m_pendingLine);
        if (!accelerator)
            return accelerator.error();
        m_report.accelerators << accelerator.value();
        return {};
    }
    if (m_section == Section::Processes) {
        auto row = makeProcess(assign(m_processHeader, cells), cells, number);
        if (!row)
            return row.error();
        if (row.value())
            attach(*row.value(), number);
    }
    return {};
}

Result<NpuSmiReport> TableReader::read(const QStringList& lines)
{
    int firstText = 0;
    for (int i = 0; i < lines.size() && m_section != Section::Done; ++i) {
        const int number = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (firstText == 0)
            firstText = number;
        if (isBorder(line)) {
            if (m_section == Section::Seeking && m_headerRows == 1)
                return lineError(number, ClusterText::tr("the npu-smi header has only one row"));
            if (auto r = flushPending(number); !r)
                return r.error();
            continue;
        }
        if (!isTableRow(line)) {
            // Text after the table (a prompt, the next command's output) ends it.
            if (m_section != Section::Seeking) {
                if (auto r = flushPending(number); !r)
                    return r.error();
                m_section = Section::Done;
            }
            continue;
        }
        if (auto r = onRow(line, number); !r)
            return r.error();
    }
    if (auto r = flushPending(lines.size()); !r)
        return r.error();
    if (m_headerRows == 0) {
        Error e = lineError(firstText, ClusterText::tr("no npu-smi info table found"));
        if (firstText > 0) {
            e.hint = ClusterText::tr("the input starts with: %1").arg(lines.at(firstText - 1).trimmed().left(80));
        } else {
            e.message = ClusterText::tr("the npu-smi output is empty");
        }
        return e;
    }
    if (m_report.accelerators.isEmpty())
        return lineError(m_headerLine, ClusterText::tr("the npu-smi table lists no NPU"));
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
