#include "CsvReader.h"

#include "ImportReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

bool CsvReader::parse(const QByteArray &data, QString *error) {
    m_header.clear();
    m_records.clear();

    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = QStringLiteral("the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        return false;
    }

    QList<Record> rows;
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    int quoteStartLine = 0;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
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
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
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
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        if (error)
            *error = QStringLiteral("line %1: a quoted field is never closed").arg(quoteStartLine);
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();

    if (rows.isEmpty()) {
        if (error)
            *error = QStringLiteral("the file is empty: it needs a header line");
        return false;
    }
    m_header = rows.takeFirst().fields;
    for (QString &name : m_header)
        name = name.trimmed();
    m_records = rows;
    return true;
}

bool CsvReader::parseFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), error);
}

QStringList CsvReader::missingColumns(const QStringList &required) const {
    QStringList missing;
    for (const QString &name : required) {
        if (!m_header.contains(name))
            missing.append(name);
    }
    return missing;
}

bool CsvReader::parseForImport(const QByteArray &data, const QStringList &required,
                               ImportReport *report) {
    QString parseError;
    if (!parse(data, &parseError)) {
        report->addError(0, parseError);
        return false;
    }
    bool complete = true;
    for (const QString &missing : missingColumns(required)) {
        report->addError(
            1,
            QCoreApplication::translate("CsvReader", "the column \"%1\" is missing").arg(missing));
        complete = false;
    }
    return complete;
}
