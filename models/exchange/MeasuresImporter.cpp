#include "MeasuresImporter.h"

#include "domain/ValueSets.h"
#include "io/CsvReader.h"
#include "io/FieldRules.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/MeasuresRepository.h"
#include "storage/ScopedSavepoint.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"

#include <QHash>

namespace {

struct Row {
    int line = 0;
    InstrumentResponse response;
};

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
    return ImportReport::fromFile(path, [&database](const QByteArray &data) {
        return importData(database, data, InstrumentCatalogue::builtIn());
    });
}

ImportReport MeasuresImporter::importData(Database &database, const QByteArray &data,
                                          const InstrumentCatalogue &catalogue) {
    ImportReport report;
    CsvReader reader;
    if (!reader.parseForImport(data, columns(catalogue), &report))
        return report;

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
            report.addError(1, tr("the column \"item_%1\" is missing (the file has item_%2)")
                                   .arg(item)
                                   .arg(widest));
    }
    if (!report.ok())
        return report;

    const int familyColumn = reader.column(QStringLiteral("family_code"));
    const int respondentColumn = reader.column(QStringLiteral("respondent"));
    const int instrumentColumn = reader.column(QStringLiteral("instrument"));
    const int timepointColumn = reader.column(QStringLiteral("timepoint"));
    const int dateColumn = reader.column(QStringLiteral("administered_on"));
    const int modeColumn = reader.column(QStringLiteral("mode"));

    QList<Row> rows;
    QHash<QString, int> seen; // row key -> first line
    for (const CsvReader::Record &record : reader.records()) {
        const auto cell = [&record](int column) {
            return record.fields.value(column).trimmed();
        };
        const int errorsBefore = int(report.errors.size());
        Row row;
        row.line = record.line;
        InstrumentResponse &response = row.response;

        response.familyCode = cell(familyColumn);
        const QString familyProblem = FamilyRepository::problemWithCaseCode(response.familyCode);
        if (!familyProblem.isEmpty())
            report.addError(record.line, tr("family_code: %1").arg(familyProblem));

        response.respondent = cell(respondentColumn);
        if (!ValueSets::respondents().contains(response.respondent))
            report.addError(
                record.line,
                tr("respondent: \"%1\" is not one of %2")
                    .arg(response.respondent, ValueSets::respondents().join(QStringLiteral(", "))));

        response.instrumentId = cell(instrumentColumn);
        const InstrumentDefinition *definition = catalogue.find(response.instrumentId);
        if (!definition)
            report.addError(record.line, tr("instrument: unknown instrument \"%1\" (known: %2)")
                                             .arg(response.instrumentId,
                                                  catalogue.ids().join(QStringLiteral(", "))));
        else if (ValueSets::respondents().contains(response.respondent) &&
                 !definition->respondents.contains(response.respondent))
            report.addError(record.line,
                            tr("respondent: %1 is not answered by %2 (only %3)")
                                .arg(response.instrumentId, response.respondent,
                                     definition->respondents.join(QStringLiteral(", "))));

        response.timepoint = cell(timepointColumn);
        if (!MeasuresRepository::isValidTimepoint(response.timepoint))
            report.addError(record.line,
                            tr("timepoint: \"%1\" is not T1, T2, T3 ...").arg(response.timepoint));

        QString dateProblem;
        response.administeredOn = FieldRules::recordingDate(QStringLiteral("administered_on:"),
                                                            cell(dateColumn), &dateProblem);
        if (!dateProblem.isEmpty())
            report.addError(record.line, dateProblem);

        response.mode = cell(modeColumn);
        if (!ValueSets::administrationModes().contains(response.mode))
            report.addError(record.line,
                            tr("mode: \"%1\" is not one of %2")
                                .arg(response.mode,
                                     ValueSets::administrationModes().join(QStringLiteral(", "))));

        for (auto it = itemColumns.constBegin(); it != itemColumns.constEnd(); ++it) {
            const QString text = cell(it.value());
            if (text.isEmpty())
                continue; // a blank cell is a missing item
            const QString column = QStringLiteral("item_%1").arg(it.key());
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok) {
                report.addError(record.line,
                                tr("%1: \"%2\" is not a whole number").arg(column, text));
                continue;
            }
            if (!definition)
                continue;
            if (it.key() > definition->itemCount()) {
                report.addError(record.line, tr("%1: %2 has only %3 items, so this cell must be "
                                                "blank")
                                                 .arg(column, response.instrumentId)
                                                 .arg(definition->itemCount()));
                continue;
            }
            if (!definition->isInRange(value)) {
                report.addError(record.line, tr("%1: %2 is outside %3 to %4 for %5")
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
            report.addError(record.line, tr("%1 has %2 items but the file has no item_%3 column")
                                             .arg(response.instrumentId)
                                             .arg(definition->itemCount())
                                             .arg(widest + 1));

        if (int(report.errors.size()) != errorsBefore)
            continue;
        const QString key = rowKey(response);
        if (seen.contains(key)) {
            report.addError(record.line, tr("the same family, respondent, instrument and "
                                            "timepoint as line %1")
                                             .arg(seen.value(key)));
            continue;
        }
        seen.insert(key, record.line);
        rows.append(row);
    }
    if (reader.records().isEmpty())
        report.addError(0, tr("the file holds no rows"));
    if (!report.ok())
        return report;

    MeasuresRepository repository(database, catalogue);
    FamilyRepository families(database);
    try {
        ScopedTransaction transaction(database.connection());
        int added = 0;
        int unchanged = 0;
        for (const Row &row : std::as_const(rows)) {
            const auto family = families.findByCaseCode(row.response.familyCode);
            if (family) {
                const auto existing =
                    repository.findByKey(family->id, row.response.respondent,
                                         row.response.instrumentId, row.response.timepoint);
                if (existing) {
                    if (existing->administeredOn == row.response.administeredOn &&
                        existing->mode == row.response.mode &&
                        existing->items == row.response.items) {
                        ++unchanged;
                    } else {
                        report.addError(row.line,
                                        tr("%1 already has %2 from the %3 at %4 with different "
                                           "answers or date; change it in the application")
                                            .arg(row.response.familyCode, row.response.instrumentId,
                                                 row.response.respondent, row.response.timepoint));
                    }
                    continue;
                }
            }
            try {
                // A refused row is undone alone, so the rows after it are still checked.
                const ScopedSavepoint step(database.connection());
                repository.addWithinTransaction(row.response);
                ++added;
            } catch (const StorageError &error) {
                if (error.concernsTheDatabase())
                    throw;
                report.addError(row.line, error.message());
            }
        }
        if (!report.ok())
            return report; // the transaction rolls back
        transaction.commit();
        report.added = added;
        report.unchanged = unchanged;
    } catch (const StorageError &error) {
        if (error.concernsTheDatabase())
            throw;
        report.addError(0, error.message());
        report.added = 0;
        report.unchanged = 0;
    }
    return report;
}
