#include "CsvReader.h"

#include "CsvFormulaGuard.h"
#include "ImportReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

bool CsvReader::fail(int line, const QString &reason, QString *error) {
    m_errorLine = line;
    m_errorReason = reason;
    if (error)
        *error = line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(reason) : reason;
    return false;
}

bool CsvReader::parse(const QByteArray &data, QString *error) {
    m_header.clear();
    m_records.clear();
    m_errorLine = 0;
    m_errorReason.clear();
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(&buffer);
    if (stream.readHeader()) {
        CsvStream::Record record;
        while (stream.next(&record))
            m_records.append(record);
    }
    if (stream.failed()) {
        m_records.clear();
        return fail(stream.errorLine(), stream.errorReason(), error);
    }
    m_header = stream.header();
    return true;
}

bool CsvReader::parseFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()),
                    error);
    return parse(file.readAll(), error);
}

QString CsvReader::value(const Record &record, const QString &name) const {
    return record.fields.value(column(name));
}

QStringList CsvReader::missingColumns(const QStringList &required) const {
    QStringList missing;
    for (const QString &name : required) {
        if (!m_header.contains(name))
            missing.append(name);
    }
    return missing;
}

bool CsvReader::parseForImport(const QByteArray &data, const CsvColumns &columns,
                               ImportReport *report) {
    if (!parse(data, nullptr)) {
        report->addError(m_errorLine, m_errorReason);
        return false;
    }
    QBuffer none;
    CsvStream shape(&none);
    shape.setHeader(m_header);
    const CsvStream::HeaderCheck check = shape.checkHeader(columns);
    for (const auto &[line, reason] : check.problems)
        report->addError(line, reason);
    bool ok = check.problems.isEmpty();
    for (Record &record : m_records) {
        const QString problem = shape.checkRecord(&record, check.textColumns);
        if (!problem.isEmpty()) {
            report->addError(record.line, problem);
            ok = false;
        }
    }
    return ok;
}
