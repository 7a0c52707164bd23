#include "CsvColumn.h"

QList<CsvColumn> CsvColumn::fromNames(const QStringList &names, const QStringList &numberColumns) {
    QList<CsvColumn> columns;
    columns.reserve(names.size());
    for (const QString &name : names)
        columns.append(numberColumns.contains(name) ? number(name) : text(name));
    return columns;
}

QStringList CsvColumn::names(const QList<CsvColumn> &columns) {
    QStringList list;
    list.reserve(columns.size());
    for (const CsvColumn &column : columns)
        list.append(column.name);
    return list;
}
