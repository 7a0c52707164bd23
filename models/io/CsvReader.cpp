#include "CsvReader.h"

#include "CsvFormulaGuard.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

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

    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return fail(0, QStringLiteral("the file is not UTF-8 text; save it as \"CSV UTF-8\""),
                    error);

    QList<Record> rows;
    Record current;
    QString field;
    bool inQuotes = false;
    bool closedQuote = false; // the field was quoted and its closing quote has been read
    int line = 1;
    current.line = 1;
    int quoteStartLine = 0;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        closedQuote = false;
    };
    auto endRecord = [&] {
        endField();
        // A completely empty line is not a record (e.g. a trailing newline).
        if (!(current.fields.size() == 1 && current.fields.constFirst().isEmpty()))
            rows.append(current);
        current = Record();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    closedQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        const bool endsField =
            c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (closedQuote && !endsField)
            return fail(line,
                        QStringLiteral("text after the closing quote of a field; put the "
                                       "whole field in quotes and double any quote inside it"),
                        error);
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return fail(line,
                            QStringLiteral("a quote inside a field that does not start with "
                                           "one; put the whole field in quotes and double the "
                                           "quote"),
                            error);
            inQuotes = true;
            quoteStartLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n that follows ends the record.
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return fail(quoteStartLine, QStringLiteral("a quoted field is never closed"), error);
    if (!field.isEmpty() || closedQuote || !current.fields.isEmpty())
        endRecord();

    if (rows.isEmpty())
        return fail(0, QStringLiteral("the file is empty: it needs a header line"), error);
    m_header = rows.takeFirst().fields;
    for (QString &name : m_header)
        name = name.trimmed();
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        // With two columns of one name, which one a reader takes is a guess.
        if (!m_header.at(i).isEmpty() && m_header.indexOf(m_header.at(i)) < i) {
            const QString name = m_header.at(i);
            m_header.clear();
            return fail(1, QStringLiteral("the column \"%1\" appears twice").arg(name), error);
        }
    }
    m_records = rows;
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
    bool ok = true;
    QStringList required;
    for (const CsvColumn &column : columns) {
        if (column.required)
            required.append(column.name);
    }
    for (const QString &missing : missingColumns(required)) {
        report->addError(
            1,
            QCoreApplication::translate("CsvReader", "the column \"%1\" is missing").arg(missing));
        ok = false;
    }
    const QStringList known = CsvColumn::names(columns);
    QList<qsizetype> textColumns;
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString &name = m_header.at(i);
        const qsizetype index = known.indexOf(name);
        if (index >= 0) {
            if (columns.at(index).kind == CsvColumn::Kind::Text)
                textColumns.append(i);
            continue;
        }
        // An unknown column is most often a misspelt known one (item_01 for item_1), whose
        // answers would otherwise be dropped without a word.
        report->addError(
            1, name.isEmpty()
                   ? QCoreApplication::translate("CsvReader", "column %1 has no name").arg(i + 1)
                   : QCoreApplication::translate("CsvReader", "unknown column \"%1\"; check its "
                                                              "spelling against the file format")
                         .arg(name));
        ok = false;
    }
    for (Record &record : m_records) {
        if (record.fields.size() != m_header.size()) {
            // A stray or missing comma shifts every later value into the wrong column.
            report->addError(record.line, QCoreApplication::translate(
                                              "CsvReader", "has %1 fields but the header has %2")
                                              .arg(record.fields.size())
                                              .arg(m_header.size()));
            ok = false;
            continue;
        }
        for (const qsizetype i : std::as_const(textColumns))
            record.fields[i] = CsvFormulaGuard::restore(record.fields.at(i));
    }
    return ok;
}
