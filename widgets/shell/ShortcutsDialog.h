#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QTableWidget;

// Help ▸ Keyboard shortcuts: every key the window answers, read from its QAction and QShortcut
// objects as they are now, so a key the user has changed shows as changed. A search box narrows
// the table by action, key or place.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    // `placeOf` names where a key works (a page or a menu), for the widget that owns it.
    ShortcutsDialog(QWidget *window, const std::function<QString(const QWidget *)> &placeOf,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    enum Column { ActionColumn, KeysColumn, PlaceColumn, ChangedColumn };

private:
    void filter(const QString &text);

    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
};
