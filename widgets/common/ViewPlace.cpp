#include "ViewPlace.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>

ViewPlace::ViewPlace(QAbstractItemView *view, Key key)
    : m_view(view)
    , m_key(std::move(key)) {
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        m_current = m_key(current.siblingAtColumn(0));
    m_vertical = view->verticalScrollBar()->value();
    m_horizontal = view->horizontalScrollBar()->value();
}

QModelIndex ViewPlace::find(const QModelIndex &parent) const {
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (m_key(index) == m_current)
            return index;
        if (const QModelIndex below = find(index); below.isValid())
            return below;
    }
    return {};
}

void ViewPlace::restore() const {
    if (m_current.isValid() && m_view->model()) {
        if (const QModelIndex index = find({}); index.isValid())
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    }
    // Selecting scrolls to the row; the user expects the list where they left it.
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}
