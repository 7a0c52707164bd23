#pragma once

#include <QWidget>

class Database;
class MyWorkModel;
class QLabel;
class QTableView;

// "My work": the person's drafts, the recordings waiting for a second coding and the feedback
// they owe, in one list. Enter or a double-click opens the row: a draft in the coding page, a
// recording at its start panel (where its second coding can be started), a feedback sheet on
// the Reports page. The counts go to the navigation bar.
class MyWorkPage : public QWidget {
    Q_OBJECT

public:
    explicit MyWorkPage(Database &database, QWidget *parent = nullptr);

    MyWorkModel *model() const { return m_model; }
    int total() const { return m_total; }

public slots:
    void refresh();

signals:
    void openCodingRequested(qint64 codingId);
    void openRecordingRequested(qint64 recordingId);
    void feedbackRequested(qint64 codingId);
    // The number of things waiting, after each read.
    void totalChanged(int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openRow(int row);

    Database &m_database;
    MyWorkModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QString m_loadedStamp;
    int m_total = 0;
};
