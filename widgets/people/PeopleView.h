#pragma once

#include <QWidget>

class Database;
class PeopleModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// Teams and their practitioners: role, employment (agency staff marked), current team,
// training and the date of the last coded session, with a search box. Read-only for now.
class PeopleView : public QWidget {
    Q_OBJECT

public:
    explicit PeopleView(Database &database, QWidget *parent = nullptr);
    ~PeopleView() override;

    PeopleModel *model() const { return m_model; }

public slots:
    void refresh();

private:
    void updateSummary();

    Database &m_database;
    PeopleModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTreeView *m_tree = nullptr;
    QString m_loadError;
    bool m_sized = false;
};
