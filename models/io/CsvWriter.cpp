#include "CsvWriter.h"

#include "CsvFormulaGuard.h"
#include "FieldRules.h"

namespace {

// NUL breaks many readers and other C0 controls are never meant in a spreadsheet cell; tab and
// line breaks are kept because free text uses them.
QString withoutControls(const QString &value) {
    QString clean;
    clean.reserve(value.size());
    for (const QChar c : value) {
        if (!FieldRules::isControlCharacter(c, true))
            clean.append(c);
    }
    return clean;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvColumns columns)
    : m_device(device)
    , m_columns(std::move(columns)) {}

QString CsvWriter::escape(const QString &field) {
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::cell(const QString &value, CsvColumn::Kind kind) {
    const QString clean = withoutControls(value);
    // A number column holds numbers; anything else that turns up in one (a label such as
    // "fewer than 3") is still guarded, so a column's kind can never let a formula through.
    if (kind == CsvColumn::Kind::Number && CsvFormulaGuard::isNumber(clean))
        return clean;
    if (!CsvFormulaGuard::needsGuard(clean))
        return escape(clean);
    // OWASP: the quote and the enclosing double quotes together keep every spreadsheet from
    // reading the cell as a formula.
    QString quoted = CsvFormulaGuard::neutralise(clean);
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeHeader() {
    QStringList cells;
    cells.reserve(m_columns.size());
    for (const CsvColumn &column : std::as_const(m_columns))
        cells.append(cell(column.name, CsvColumn::Kind::Text));
    writeLine(cells);
}

void CsvWriter::writeRow(const QStringList &fields) {
    Q_ASSERT(fields.size() == m_columns.size());
    QStringList cells;
    cells.reserve(fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        // A cell beyond the declared columns is treated as text, the safe choice.
        const CsvColumn::Kind kind =
            i < m_columns.size() ? m_columns.at(i).kind : CsvColumn::Kind::Text;
        cells.append(cell(fields.at(i), kind));
    }
    writeLine(cells);
}

void CsvWriter::writeLine(const QStringList &cells) {
    const QByteArray line = (cells.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8();
    if (m_device->write(line) != line.size())
        m_ok = false;
}
