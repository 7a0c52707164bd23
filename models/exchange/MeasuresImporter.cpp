#include "MeasuresImporter.h"

#include "domain/ValueSets.h"
#include "io/CsvStream.h"
#include "io/FieldRules.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/MeasuresRepository.h"
#include "storage/ScopedSavepoint.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"

#include <QBuffer>
#include <QHash>

#include <optional>

namespace {

QString rowKey(const InstrumentResponse &response) {
    return response.familyCode + QChar(0x1f) + response.respondent + QChar(0x1f) +
           response.instrumentId + QChar(0x1f) + response.timepoint;
}

} // namespace

QStringList MeasuresImporter::headerColumns() {
    return {QStringLiteral("family_code"),     QStringLiteral("respondent"),
            QStringLiteral("instrument"),      QStringLiteral("timepoint"),
            QStringLiteral("administered_on"), QStringLiteral("mode")};
}

CsvColumns MeasuresImporter::columns(const InstrumentCatalogue &catalogue) {
    CsvColumns list;
    for (const QString &name : headerColumns())
        list.append(CsvColumn::text(name));
    // A file needs item columns only as wide as its widest instrument, so none is required
    // here; each row's instrument is checked against the columns the file has.
    for (int item = 1; item <= catalogue.maxItemCount(); ++item)
        list.append(CsvColumn::number(QStringLiteral("item_%1").arg(item)).optional());
    return list;
}

ImportReport MeasuresImporter::importFile(Database &database, const QString &path) {
    return ImportReport::streamFile(path, [&database](QIODevice *file) {
        return importDevice(database, file, InstrumentCatalogue::builtIn());
    });
}

ImportReport MeasuresImporter::importData(Database &database, const QByteArray &data,
                                          const InstrumentCatalogue &catalogue) {
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(database, &buffer, catalogue);
}

namespace {

// The problems found so far, kept apart by kind because a file is judged as if it were read in
// stages: first whether it is CSV at all, then its shape (columns and field counts), then each
// row's values, and only then what the database already holds. The report names the problems
// of the first stage that has any, as reading the whole file first would.
struct Findings {
    QList<ImportReport::RowError> shape;
    QList<ImportReport::RowError> columnGaps;
    QList<ImportReport::RowError> rows;
    QList<ImportReport::RowError> database;

    bool anyBeforeDatabase() const {
        return !shape.isEmpty() || !columnGaps.isEmpty() || !rows.isEmpty();
    }
    const QList<ImportReport::RowError> &reported() const {
        if (!shape.isEmpty())
            return shape;
        if (!columnGaps.isEmpty())
            return columnGaps;
        if (!rows.isEmpty())
            return rows;
        return database;
    }
};

} // namespace

ImportReport MeasuresImporter::importDevice(Database &database, QIODevice *device,
                                            const InstrumentCatalogue &catalogue) {
    ImportReport report;
    CsvStream reader(device);
    if (!reader.readHeader()) {
        report.addError(reader.errorLine(), reader.errorReason());
        return report;
    }
    Findings findings;
    const CsvStream::HeaderCheck header = reader.checkHeader(columns(catalogue));
    for (const auto &[line, reason] : header.problems)
        findings.shape.append({line, reason});

    // item_K columns, by item number; which of them a row needs depends on its instrument, so
    // they are checked row by row below rather than required of the header.
    QMap<int, int> itemColumns;
    for (int item = 1; item <= catalogue.maxItemCount(); ++item) {
        const int column = reader.column(QStringLiteral("item_%1").arg(item));
        if (column >= 0)
            itemColumns.insert(item, column);
    }
    const int widest = itemColumns.isEmpty() ? 0 : itemColumns.lastKey();
    // A gap (item_1, item_2, item_4) would read the answers after it against the wrong items.
    for (int item = 1; item < widest; ++item) {
        if (!itemColumns.contains(item))
            findings.columnGaps.append(
                {1, tr("the column \"item_%1\" is missing (the file has item_%2)")
                        .arg(item)
                        .arg(widest)});
    }

    const int familyColumn = reader.column(QStringLiteral("family_code"));
    const int respondentColumn = reader.column(QStringLiteral("respondent"));
    const int instrumentColumn = reader.column(QStringLiteral("instrument"));
    const int timepointColumn = reader.column(QStringLiteral("timepoint"));
    const int dateColumn = reader.column(QStringLiteral("administered_on"));
    const int modeColumn = reader.column(QStringLiteral("mode"));

    MeasuresRepository repository(database, catalogue);
    FamilyRepository families(database);
    // Opened at the first good row and rolled back at the first bad one: rows are written as
    // they are read, and nothing is kept unless every row is good.
    std::optional<ScopedTransaction> transaction;
    int added = 0;
    int unchanged = 0;
    int records = 0;
    bool databaseFailed = false;
    // Only what the duplicate check needs: each row's key (as UTF-8) and its line.
    QHash<QByteArray, int> seen;
    CsvStream::Record record;
    while (reader.next(&record)) {
        ++records;
        const QString shapeProblem = reader.checkRecord(&record, header.textColumns);
        if (!shapeProblem.isEmpty()) {
            findings.shape.append({record.line, shapeProblem});
            transaction.reset();
            continue;
        }
        ImportReport rowReport;
        const auto response = readRow(record, catalogue, itemColumns, widest,
                                      {familyColumn, respondentColumn, instrumentColumn,
                                       timepointColumn, dateColumn, modeColumn},
                                      &rowReport);
        if (response) {
            const QByteArray key = rowKey(*response).toUtf8();
            const auto first = seen.constFind(key);
            if (first != seen.constEnd())
                rowReport.addError(record.line, tr("the same family, respondent, instrument and "
                                                   "timepoint as line %1")
                                                    .arg(first.value()));
            else
                seen.insert(key, record.line);
        }
        if (!rowReport.ok()) {
            findings.rows.append(rowReport.errors);
            transaction.reset();
            continue;
        }
        if (findings.anyBeforeDatabase() || databaseFailed)
            continue; // nothing will be written: the rows are only checked
        try {
            if (!transaction)
                transaction.emplace(database.connection());
            writeRow(database, repository, families, *response, record.line, &findings.database,
                     &added, &unchanged);
        } catch (const StorageError &error) {
            if (error.concernsTheDatabase())
                throw;
            findings.database.append({0, error.message()});
            transaction.reset();
            databaseFailed = true;
        }
    }
    if (reader.failed()) {
        report.addError(reader.errorLine(), reader.errorReason());
        return report;
    }
    if (records == 0 && findings.shape.isEmpty() && findings.columnGaps.isEmpty())
        findings.rows.append({0, tr("the file holds no rows")});
    report.errors = findings.reported();
    if (!report.ok())
        return report; // the transaction, if any, rolls back
    try {
        if (transaction)
            transaction->commit();
    } catch (const StorageError &error) {
        if (error.concernsTheDatabase())
            throw;
        report.addError(0, error.message());
        return report;
    }
    report.added = added;
    report.unchanged = unchanged;
    return report;
}

std::optional<InstrumentResponse> MeasuresImporter::readRow(const CsvStream::Record &record,
                                                            const InstrumentCatalogue &catalogue,
                                                            const QMap<int, int> &itemColumns,
                                                            int widest, const FixedColumns &at,
                                                            ImportReport *report) {
    const auto cell = [&record](int column) {
        return record.fields.value(column).trimmed();
    };
    InstrumentResponse response;

    response.familyCode = cell(at.family);
    const QString familyProblem = FamilyRepository::problemWithCaseCode(response.familyCode);
    if (!familyProblem.isEmpty())
        report->addError(record.line, tr("family_code: %1").arg(familyProblem));

    response.respondent = cell(at.respondent);
    if (!ValueSets::respondents().contains(response.respondent))
        report->addError(record.line, tr("respondent: \"%1\" is not one of %2")
                                          .arg(response.respondent, ValueSets::respondents().join(
                                                                        QStringLiteral(", "))));

    response.instrumentId = cell(at.instrument);
    const InstrumentDefinition *definition = catalogue.find(response.instrumentId);
    if (!definition)
        report->addError(record.line, tr("instrument: unknown instrument \"%1\" (known: %2)")
                                          .arg(response.instrumentId,
                                               catalogue.ids().join(QStringLiteral(", "))));
    else if (ValueSets::respondents().contains(response.respondent) &&
             !definition->respondents.contains(response.respondent))
        report->addError(record.line, tr("respondent: %1 is not answered by %2 (only %3)")
                                          .arg(response.instrumentId, response.respondent,
                                               definition->respondents.join(QStringLiteral(", "))));

    response.timepoint = cell(at.timepoint);
    if (!MeasuresRepository::isValidTimepoint(response.timepoint))
        report->addError(record.line,
                         tr("timepoint: \"%1\" is not T1, T2, T3 ...").arg(response.timepoint));

    QString dateProblem;
    response.administeredOn =
        FieldRules::recordingDate(QStringLiteral("administered_on:"), cell(at.date), &dateProblem);
    if (!dateProblem.isEmpty())
        report->addError(record.line, dateProblem);

    response.mode = cell(at.mode);
    if (!ValueSets::administrationModes().contains(response.mode))
        report->addError(record.line, tr("mode: \"%1\" is not one of %2")
                                          .arg(response.mode, ValueSets::administrationModes().join(
                                                                  QStringLiteral(", "))));

    for (auto it = itemColumns.constBegin(); it != itemColumns.constEnd(); ++it) {
        const QString text = cell(it.value());
        if (text.isEmpty())
            continue; // a blank cell is a missing item
        const QString column = QStringLiteral("item_%1").arg(it.key());
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok) {
            report->addError(record.line, tr("%1: \"%2\" is not a whole number").arg(column, text));
            continue;
        }
        if (!definition)
            continue;
        if (it.key() > definition->itemCount()) {
            report->addError(record.line, tr("%1: %2 has only %3 items, so this cell must be "
                                             "blank")
                                              .arg(column, response.instrumentId)
                                              .arg(definition->itemCount()));
            continue;
        }
        if (!definition->isInRange(value)) {
            report->addError(record.line, tr("%1: %2 is outside %3 to %4 for %5")
                                              .arg(column)
                                              .arg(value)
                                              .arg(definition->scaleMin)
                                              .arg(definition->scaleMax)
                                              .arg(response.instrumentId));
            continue;
        }
        response.items.insert(it.key(), value);
    }
    if (definition && definition->itemCount() > widest)
        report->addError(record.line, tr("%1 has %2 items but the file has no item_%3 column")
                                          .arg(response.instrumentId)
                                          .arg(definition->itemCount())
                                          .arg(widest + 1));
    if (!report->ok())
        return std::nullopt;
    return response;
}

void MeasuresImporter::writeRow(Database &database, MeasuresRepository &repository,
                                FamilyRepository &families, const InstrumentResponse &response,
                                int line, QList<ImportReport::RowError> *problems, int *added,
                                int *unchanged) {
    if (const auto family = families.findByCaseCode(response.familyCode)) {
        const auto existing = repository.findByKey(family->id, response.respondent,
                                                   response.instrumentId, response.timepoint);
        if (existing) {
            if (existing->administeredOn == response.administeredOn &&
                existing->mode == response.mode && existing->items == response.items) {
                ++*unchanged;
            } else {
                problems->append({line, tr("%1 already has %2 from the %3 at %4 with different "
                                           "answers or date; change it in the application")
                                            .arg(response.familyCode, response.instrumentId,
                                                 response.respondent, response.timepoint)});
            }
            return;
        }
    }
    try {
        // A refused row is undone alone, so the rows after it are still checked (on
        // PostgreSQL a failed statement would otherwise spoil the rest of the transaction).
        const ScopedSavepoint step(database.connection());
        repository.addWithinTransaction(response);
        ++*added;
    } catch (const StorageError &error) {
        if (error.concernsTheDatabase())
            throw;
        problems->append({line, error.message()});
    }
}
