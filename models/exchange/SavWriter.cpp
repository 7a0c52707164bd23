#include "SavWriter.h"

#include "domain/ValueSets.h"

#include <readstat.h>

#include <memory>

namespace {

constexpr qsizetype MaxValueLabelBytes = 120;

// Where ReadStat's bytes go. ReadStat does not stop at every failed write, so the first
// failure is kept here and checked at the end.
struct Output {
    QIODevice *device = nullptr;
    bool failed = false;
};

ssize_t writeToDevice(const void *data, size_t length, void *context) {
    auto *output = static_cast<Output *>(context);
    if (output->failed)
        return -1;
    const qint64 written = output->device->write(static_cast<const char *>(data), qint64(length));
    output->failed = written != qint64(length);
    return output->failed ? -1 : ssize_t(written);
}

struct WriterDeleter {
    void operator()(readstat_writer_t *writer) const { readstat_writer_free(writer); }
};

// What the first reading learns: how many rows, and the widest text of each column in bytes.
struct Shape {
    long rows = 0;
    QList<int> widths;
};

} // namespace

SavWriter::Variable SavWriter::Variable::text(const QString &name, const QString &label) {
    Variable variable;
    variable.name = name;
    variable.label = label;
    return variable;
}

SavWriter::Variable SavWriter::Variable::number(const QString &name, const QString &label,
                                                int decimals) {
    Variable variable = text(name, label);
    variable.type = Type::Number;
    variable.decimals = decimals;
    return variable;
}

SavWriter::Variable SavWriter::Variable::coded(const QString &name, const QString &label,
                                               const QStringList &codes) {
    Variable variable = text(name, label);
    variable.type = Type::Coded;
    variable.codes = codes;
    for (const QString &code : codes)
        variable.codeLabels.append(ValueSets::label(code));
    return variable;
}

QString SavWriter::fitValueLabel(const QString &label) {
    if (label.toUtf8().size() <= MaxValueLabelBytes)
        return label;
    const QString ellipsis = QStringLiteral("…");
    QString cut = label;
    while (!cut.isEmpty() && (cut + ellipsis).toUtf8().size() > MaxValueLabelBytes) {
        const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        cut = space > 0 ? cut.left(space) : cut.chopped(1);
    }
    return cut + ellipsis;
}

bool SavWriter::write(QIODevice *device, const QList<Variable> &variables, const Rows &rows,
                      QString *error) {
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Shape shape;
    shape.widths = QList<int>(variables.size(), 1);
    const bool counted = rows(
        [&](const QStringList &row) {
            ++shape.rows;
            for (qsizetype i = 0; i < variables.size() && i < row.size(); ++i) {
                if (variables.at(i).type == Variable::Type::Text)
                    shape.widths[i] = std::max(shape.widths.at(i), int(row.at(i).toUtf8().size()));
            }
        },
        error);
    if (!counted)
        return false;

    std::unique_ptr<readstat_writer_t, WriterDeleter> writer(readstat_writer_init());
    readstat_set_data_writer(writer.get(), &writeToDevice);
    readstat_writer_set_compression(writer.get(), READSTAT_COMPRESS_ROWS);
    QList<readstat_variable_t *> columns;
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const Variable &variable = variables.at(i);
        const QByteArray name = variable.name.toUtf8();
        readstat_label_set_t *labels = nullptr;
        if (!variable.valueLabels.isEmpty() || !variable.codes.isEmpty()) {
            labels = readstat_add_label_set(writer.get(), READSTAT_TYPE_DOUBLE,
                                            QByteArray("labels_" + name).constData());
            for (const auto &[value, label] : variable.valueLabels)
                readstat_label_double_value(labels, value,
                                            fitValueLabel(label).toUtf8().constData());
            for (qsizetype c = 0; c < variable.codes.size(); ++c)
                readstat_label_double_value(
                    labels, variable.firstCode + int(c),
                    fitValueLabel(variable.codeLabels.value(c)).toUtf8().constData());
        }
        const bool isText = variable.type == Variable::Type::Text;
        readstat_variable_t *column = readstat_add_variable(
            writer.get(), name.constData(), isText ? READSTAT_TYPE_STRING : READSTAT_TYPE_DOUBLE,
            isText ? size_t(shape.widths.at(i)) : 0);
        readstat_variable_set_label(column, variable.label.toUtf8().constData());
        if (!isText) {
            readstat_variable_set_format(
                column, QByteArray("F8." + QByteArray::number(variable.decimals)).constData());
        }
        readstat_variable_set_measure(column, variable.type == Variable::Type::Coded
                                                  ? READSTAT_MEASURE_NOMINAL
                                              : variable.ordinal ? READSTAT_MEASURE_ORDINAL
                                              : isText           ? READSTAT_MEASURE_NOMINAL
                                                                 : READSTAT_MEASURE_SCALE);
        if (labels)
            readstat_variable_set_label_set(column, labels);
        columns.append(column);
    }

    Output output{device};
    readstat_error_t status = readstat_begin_writing_sav(writer.get(), &output, shape.rows);
    long written = 0;
    QString problem;
    const auto insert = [&](const QStringList &row) {
        if (status != READSTAT_OK || !problem.isEmpty() || output.failed)
            return;
        if (++written > shape.rows || row.size() != variables.size()) {
            problem = tr("the data changed while it was being exported; try again");
            return;
        }
        status = readstat_begin_row(writer.get());
        for (qsizetype i = 0; i < variables.size() && status == READSTAT_OK; ++i) {
            const Variable &variable = variables.at(i);
            const QString &cell = row.at(i);
            if (variable.type == Variable::Type::Text) {
                status = readstat_insert_string_value(writer.get(), columns.at(i),
                                                      cell.toUtf8().constData());
            } else if (cell.isEmpty()) {
                status = readstat_insert_missing_value(writer.get(), columns.at(i));
            } else if (variable.type == Variable::Type::Coded) {
                const qsizetype code = variable.codes.indexOf(cell);
                if (code < 0) {
                    problem =
                        tr("%1 \"%2\" is not one of %3")
                            .arg(variable.name, cell, variable.codes.join(QStringLiteral(", ")));
                    return;
                }
                status = readstat_insert_double_value(writer.get(), columns.at(i),
                                                      variable.firstCode + double(code));
            } else {
                bool ok = false;
                const double value = cell.toDouble(&ok);
                if (!ok) {
                    problem = tr("%1 \"%2\" is not a number").arg(variable.name, cell);
                    return;
                }
                status = readstat_insert_double_value(writer.get(), columns.at(i), value);
            }
        }
        if (status == READSTAT_OK)
            status = readstat_end_row(writer.get());
    };
    if (status == READSTAT_OK && !rows(insert, error))
        return false;
    const QString writeFailed = tr("the file could not be written to the end (is the disk full?)");
    if (output.failed || status == READSTAT_ERROR_WRITE)
        return failed(writeFailed);
    if (!problem.isEmpty())
        return failed(problem);
    // Fewer rows, or a text longer than the first reading found: the data changed meanwhile.
    if ((status == READSTAT_OK && written != shape.rows) ||
        status == READSTAT_ERROR_STRING_VALUE_IS_TOO_LONG)
        return failed(tr("the data changed while it was being exported; try again"));
    if (status == READSTAT_OK)
        status = readstat_end_writing(writer.get());
    if (status == READSTAT_ERROR_WRITE || output.failed)
        return failed(writeFailed);
    if (status != READSTAT_OK)
        return failed(tr("the SPSS file could not be made: %1")
                          .arg(QString::fromUtf8(readstat_error_message(status))));
    return true;
}
