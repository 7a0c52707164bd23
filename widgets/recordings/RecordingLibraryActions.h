#pragma once

#include <QObject>
#include <QStringList>

class Database;
class QTableView;
class QVBoxLayout;
class RecordingsView;

// Adding audio to the library and relinking moved audio, attached to the recordings view: an
// "Add recordings…" button, dropping audio files onto the table, and "Locate audio…" in the
// table's context menu; "Consent…" (button, context menu, Ctrl+Shift+C) to record, correct or
// withdraw consent; and the staff and coding-history CSV imports, with the same report as
// the command line. Each refreshes the view afterwards.
class RecordingLibraryActions : public QObject {
    Q_OBJECT

public:
    // Adds the button bar at the top of `layout` and wires the table; owned by the view.
    static RecordingLibraryActions *attach(Database &database, RecordingsView *view,
                                           QTableView *table, QVBoxLayout *layout);

    void addRecordings(const QStringList &files);
    void locate(qint64 recordingId);
    // Opens the consent dialog for the recording; the view refreshes when consent changed.
    void editConsent(qint64 recordingId);
    // `staff` or `codings`: asks for the CSV and shows the all-or-nothing import report.
    void importCsv(const QString &kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RecordingLibraryActions(Database &database, RecordingsView *view, QTableView *table);

    Database &m_database;
    RecordingsView *m_view;
    QTableView *m_table;
};
