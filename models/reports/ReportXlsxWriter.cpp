#include "ReportXlsxWriter.h"

#include "ReportCsvWriter.h"
#include "io/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <map>
#include <memory>

namespace {

// The CSV columns every row of a sheet would repeat: they go on the About sheet and in the
// sheet's name instead.
const QStringList sharedColumns = {QStringLiteral("scope"), QStringLiteral("period"),
                                   QStringLiteral("section")};
const QStringList numberColumns = {QStringLiteral("n"), QStringLiteral("value"),
                                   QStringLiteral("ci_lower"), QStringLiteral("ci_upper")};

QByteArray utf8(const QString &text) {
    return text.toUtf8();
}

QString ukDate(const QDate &date) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

// The formats a sheet needs, made once per workbook.
struct Formats {
    explicit Formats(lxw_workbook *book) {
        heading = workbook_add_format(book);
        format_set_bold(heading);
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        count = workbook_add_format(book);
        format_set_num_format(count, "0");
        mean = workbook_add_format(book);
        format_set_num_format(mean, "0.00");
        probability = workbook_add_format(book);
        format_set_num_format(probability, "0.000");
        percentage = workbook_add_format(book);
        format_set_num_format(percentage, "0.0%");
        withheld = workbook_add_format(book);
        format_set_italic(withheld);
        format_set_align(withheld, LXW_ALIGN_RIGHT);
        wrapped = workbook_add_format(book);
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    }

    // How a row's value and interval read best: a count as a whole number, a share as a
    // percentage, a p value to three places, anything else (means, coefficients) to two.
    lxw_format *forRow(const QString &figure, const QString &value) const {
        if (!value.contains(QLatin1Char('.')))
            return count;
        if (figure.contains(QLatin1String("share")) || figure.endsWith(QLatin1String("agreement")))
            return percentage;
        if (figure.endsWith(QLatin1String("_p")))
            return probability;
        return mean;
    }

    lxw_format *heading = nullptr;
    lxw_format *title = nullptr;
    lxw_format *count = nullptr;
    lxw_format *mean = nullptr;
    lxw_format *probability = nullptr;
    lxw_format *percentage = nullptr;
    lxw_format *withheld = nullptr;
    lxw_format *wrapped = nullptr;
};

class Workbook {
    Q_DECLARE_TR_FUNCTIONS(ReportXlsxWriter)

public:
    Workbook(const ReportData &data, const QString &scratchPath, const QString &folder)
        : m_data(data)
        , m_folder(utf8(folder)) {
        lxw_workbook_options options{};
        // libxlsxwriter's own working files stay beside the target too, not in a shared /tmp.
        options.tmpdir = m_folder.data();
        m_book = workbook_new_opt(utf8(scratchPath).constData(), &options);
        if (m_book)
            m_formats = std::make_unique<Formats>(m_book);
    }
    ~Workbook() {
        if (m_book)
            workbook_close(m_book);
    }

    // Writes every sheet and closes the file; the error is libxlsxwriter's, or empty.
    // systemError() then says why, when the system gave a reason.
    QString write() {
        if (!m_book)
            return tr("the workbook could not be started");
        setProperties();
        writeAbout();
        writeSections();
        errno = 0;
        const lxw_error result = workbook_close(m_book);
        // libxlsxwriter keeps the system's reason (EFBIG, ENOSPC) in errno.
        m_errno = errno;
        m_book = nullptr;
        return result == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(result));
    }

    int systemError() const { return m_errno; }

private:
    void setProperties() {
        lxw_doc_properties properties{};
        QByteArray title = utf8(m_data.title());
        QByteArray author = QByteArrayLiteral("PracticeCoder");
        properties.title = title.data();
        properties.author = author.data();
        workbook_set_properties(m_book, &properties);
    }

    void writeAbout() {
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, utf8(tr("About")).constData());
        worksheet_set_column(sheet, 0, 0, 26, nullptr);
        worksheet_set_column(sheet, 1, 1, 90, m_formats->wrapped);
        text(sheet, 0, 0, m_data.title(), m_formats->title);
        lxw_row_t row = 2;
        const auto line = [&](const QString &label, const QString &value) {
            text(sheet, row, 0, label, m_formats->heading);
            text(sheet, row, 1, value, m_formats->wrapped);
            ++row;
        };
        line(tr("Report for"), m_data.spec.scopeLabel());
        line(tr("Period"), m_data.spec.period.label());
        line(
            tr("Dates"),
            tr("%1 to %2").arg(ukDate(m_data.spec.period.from()), ukDate(m_data.spec.period.to())));
        text(sheet, row, 0, tr("Coded sessions"), m_formats->heading);
        worksheet_write_number(sheet, row++, 1, m_data.codings, m_formats->count);
        if (m_data.isIncomplete())
            line(tr("Status"), m_data.incompleteText());
        QString rules =
            tr("Figures about fewer than %1 coded sessions, practitioners or families, and "
               "reliability figures from fewer than %1 double-coded pairs, are withheld so that "
               "no family or practitioner can be picked out.")
                .arg(m_data.suppressionThreshold);
        if (m_data.spec.scope != ReportSpec::Scope::Practitioner) {
            rules += QLatin1Char(' ') +
                     tr("In a service or team report a figure is also withheld when any team's "
                        "quarter inside it is that small, or has not ended yet, so that one "
                        "figure cannot be worked out from others.");
        }
        rules += QLatin1Char(' ') +
                 tr("A withheld figure shows \"%1\" (or \"withheld\" for an incomplete period) "
                    "instead of a number, with a note on the cell saying why. Figures for a "
                    "period that has not ended, or that still has draft codings, are provisional.")
                     .arg(m_data.suppressedText());
        line(tr("Rules"), rules);
        text(sheet, row, 0, tr("Suppression threshold"), m_formats->heading);
        worksheet_write_number(sheet, row++, 1, m_data.suppressionThreshold, m_formats->count);
        line(tr("Made on"), ukDate(m_data.generatedOn));
        line(tr("Made by"), tr("PracticeCoder %1").arg(QStringLiteral(PRACTICECODER_VERSION)));
        line(tr("The other sheets"),
             tr("One sheet for each section of the report, with the same rows and numbers as "
                "the report's CSV file. Means are shown to two decimal places and shares as "
                "percentages; the cells hold the full numbers. ci_lower and ci_upper are the "
                "95% confidence interval."));
    }

    void writeSections() {
        const QStringList header = ReportCsvWriter::header();
        QList<int> shown;
        for (int column = 0; column < header.size(); ++column) {
            if (!sharedColumns.contains(header.at(column)))
                shown.append(column);
        }
        const int sectionColumn = int(header.indexOf(QStringLiteral("section")));
        const int figureColumn = int(header.indexOf(QStringLiteral("figure")));
        const int valueColumn = int(header.indexOf(QStringLiteral("value")));
        const int suppressedColumn = int(header.indexOf(QStringLiteral("suppressed")));

        lxw_worksheet *sheet = nullptr;
        QString section;
        lxw_row_t row = 0;
        bool anyWithheld = false;
        const auto finishSheet = [&] {
            if (sheet && anyWithheld) {
                text(sheet, row + 1, 0,
                     tr("\"%1\" or \"withheld\": the figure is withheld so that no family or "
                        "practitioner can be picked out, or because its period is incomplete; "
                        "the note on each cell and the suppressed column say why.")
                         .arg(m_data.suppressedText()),
                     nullptr);
            }
        };
        for (const QStringList &csvRow : ReportCsvWriter::rows(m_data)) {
            if (!sheet || csvRow.at(sectionColumn) != section) {
                finishSheet();
                section = csvRow.at(sectionColumn);
                sheet = workbook_add_worksheet(
                    m_book, utf8(ReportXlsxWriter::sheetName(section)).constData());
                for (int c = 0; c < shown.size(); ++c) {
                    text(sheet, 0, lxw_col_t(c), header.at(shown.at(c)), m_formats->heading);
                    worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                         numberColumns.contains(header.at(shown.at(c))) ? 12 : 28,
                                         nullptr);
                }
                worksheet_freeze_panes(sheet, 1, 0);
                row = 0;
                anyWithheld = false;
            }
            ++row;
            const QString reason = suppressedColumn >= 0 ? csvRow.at(suppressedColumn) : QString();
            const bool withheld = !reason.isEmpty() && reason != QLatin1String("false");
            lxw_format *numberFormat =
                m_formats->forRow(csvRow.at(figureColumn), csvRow.at(valueColumn));
            for (int c = 0; c < shown.size(); ++c) {
                const int column = shown.at(c);
                const QString &cell = csvRow.at(column);
                if (column == valueColumn && withheld) {
                    writeWithheld(sheet, row, lxw_col_t(c), reason);
                    anyWithheld = true;
                } else if (numberColumns.contains(header.at(column)) && !cell.isEmpty()) {
                    worksheet_write_number(
                        sheet, row, lxw_col_t(c), cell.toDouble(),
                        header.at(column) == QLatin1String("n") ? m_formats->count : numberFormat);
                } else if (!cell.isEmpty()) {
                    text(sheet, row, lxw_col_t(c), cell, nullptr);
                }
            }
        }
        finishSheet();
    }

    void writeWithheld(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column,
                       const QString &reason) {
        // The cell says what the PDF says ("fewer than 3"), or "withheld" for a figure held back
        // because its period is incomplete; the note gives the CSV's full reason ("a team's
        // quarter in this report has fewer than 3 families"). A bare flag has no reason.
        const bool flagOnly = reason == QLatin1String("true");
        const QString shown = flagOnly || reason.contains(m_data.suppressedText())
                                  ? m_data.suppressedText()
                                  : tr("withheld");
        text(sheet, row, column, shown, m_formats->withheld);
        const QString why =
            flagOnly ? tr("Withheld: %1. The number is not shown so that no family or "
                          "practitioner can be picked out.")
                           .arg(shown)
                     : tr("Withheld: %1. The number is not shown so that no family or "
                          "practitioner can be picked out, or because its period is not yet "
                          "complete.")
                           .arg(reason);
        worksheet_write_comment(sheet, row, column, utf8(why).constData());
    }

    void text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &value,
              lxw_format *format) {
        worksheet_write_string(sheet, row, column, utf8(value).constData(), format);
    }

    const ReportData &m_data;
    QByteArray m_folder;
    int m_errno = 0;
    lxw_workbook *m_book = nullptr;
    std::unique_ptr<Formats> m_formats;
};

} // namespace

QString ReportXlsxWriter::sheetName(const QString &section) {
    static const std::map<QString, const char *> names = {
        {QStringLiteral("headline"), QT_TR_NOOP("Headline")},
        {QStringLiteral("skills"), QT_TR_NOOP("Skills")},
        {QStringLiteral("distribution"), QT_TR_NOOP("Score distribution")},
        {QStringLiteral("trend"), QT_TR_NOOP("Trend")},
        {QStringLiteral("engagement"), QT_TR_NOOP("Engagement and change")},
        {QStringLiteral("reliability"), QT_TR_NOOP("Reliability")},
        {QStringLiteral("coverage"), QT_TR_NOOP("Coverage")},
    };
    const auto found = names.find(section);
    if (found != names.end())
        return tr(found->second);
    // A section added to the CSV later still gets a sheet of its own; Excel allows 31
    // characters and none of []:*?/\ in a name.
    QString name = section;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char(' ');
    }
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.left(31);
}

bool ReportXlsxWriter::write(const ReportData &data, const QString &path, QString *error) {
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Opened first, so a missing folder or a folder without permission is reported in the same
    // words as for every other output.
    const bool existed = QFileInfo::exists(path);
    OutputFile output(path);
    if (!output.open(QIODevice::WriteOnly))
        return failed(output.message());

    // libxlsxwriter writes only to a named file, so the workbook is made in a private scratch
    // file beside the target (removed when this returns), then copied through OutputFile, which
    // puts it in place whole, or leaves the previous file untouched.
    const QString folder = QFileInfo(path).absolutePath();
    QTemporaryFile scratch(folder + QStringLiteral("/.practicecoder-XXXXXX.xlsx.part"));
    if (!scratch.open())
        return failed(tr("%1 could not be written: there is no room for a working file "
                         "beside it.")
                          .arg(QDir::toNativeSeparators(path)));
    scratch.close();

    Workbook workbook(data, scratch.fileName(), folder);
    const QString problem = workbook.write();
    if (!problem.isEmpty()) {
        // The file system's reason is the user's (a full disk), so say it in the same words
        // as every other output; libxlsxwriter's own words only when there is none.
        if (workbook.systemError() != 0) {
            output.failWith(workbook.systemError());
            return failed(output.message());
        }
        const QString name = QDir::toNativeSeparators(path);
        return failed(
            existed ? tr("%1 could not be written (%2): it was not changed.").arg(name, problem)
                    : tr("%1 could not be written (%2).").arg(name, problem));
    }
    QFile made(scratch.fileName());
    if (!made.open(QIODevice::ReadOnly))
        return failed(tr("%1 could not be written: the working file could not be read back.")
                          .arg(QDir::toNativeSeparators(path)));
    while (!made.atEnd()) {
        const QByteArray chunk = made.read(64 * 1024);
        if (chunk.isEmpty() || output.write(chunk) != chunk.size())
            break;
    }
    if (!made.atEnd() || !output.commit())
        return failed(output.message().isEmpty()
                          ? tr("%1 could not be written.").arg(QDir::toNativeSeparators(path))
                          : output.message());
    return true;
}
