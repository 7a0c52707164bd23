#pragma once

#include <QList>
#include <QWidget>

class BackgroundRead;
class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class RecordingsFilterModel;
class RecordingsModel;
struct RecordingListRow;

// The list of recordings: a compact filter bar (search, team, practitioner, coding status and
// recorded dates) above a sortable table that shows coding status, consent and missing audio at
// a glance. Double-click or Enter on a recording asks for it to be coded.
class RecordingsView : public QWidget {
    Q_OBJECT

public:
    explicit RecordingsView(Database &database, QWidget *parent = nullptr);
    ~RecordingsView() override;

    RecordingsModel *model() const { return m_model; }
    RecordingsFilterModel *filterModel() const { return m_filter; }
    // The recording on the current row, or 0.
    qint64 currentRecordingId() const;

public slots:
    // Reads the recordings again, keeping the filters, the selected recording and the scroll
    // position.
    void refresh();
    // refresh(), but only when the database may have changed since the last read (another
    // page, another program): coming back to the page is free otherwise. True when it read.
    bool refreshIfChanged();
    void clearFilters();
    // Waits for a read in progress and shows its rows (the list is read on a worker thread).
    void finishLoading();

signals:
    void codeRecordingRequested(qint64 recordingId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilterBar();
    void fillTeamAndPractitionerChoices();
    void fillPractitionerChoices();
    void applyFilters();
    void updateSummary();
    void showRows(const QList<RecordingListRow> &rows);
    void requestCoding(const QModelIndex &proxyIndex);
    void goToFirstMatch();
    void selectCurrentRow();

    Database &m_database;
    RecordingsModel *m_model = nullptr;
    RecordingsFilterModel *m_filter = nullptr;
    BackgroundRead *m_read = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QString m_loadError;
    QString m_loadedStamp; // the database change stamp at the last read; empty: unknown
    bool m_updatingChoices = false;
    bool m_sized = false;
};
