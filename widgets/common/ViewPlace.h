#pragma once

#include <QModelIndex>
#include <QVariant>

#include <functional>

class QAbstractItemView;

// The user's place in a list or tree (the current row, known by a key the row keeps across
// reads, and how far the view is scrolled), taken before a read that resets the model and put
// back after it, so a list that reads again while someone is looking at it does not jump.
class ViewPlace {
public:
    using Key = std::function<QVariant(const QModelIndex &)>;

    // Takes the place now. `key` names a row (column 0 of it) as the model gives it.
    ViewPlace(QAbstractItemView *view, Key key);

    // Selects the same row again, if it is still there, and scrolls back to where the view was.
    void restore() const;

private:
    QModelIndex find(const QModelIndex &parent) const;

    QAbstractItemView *m_view;
    Key m_key;
    QVariant m_current;
    int m_vertical = 0;
    int m_horizontal = 0;
};
