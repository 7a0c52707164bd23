#pragma once

// Every text a person could read in a widget tree: labels, buttons, text views, choosers, table
// cells, item views' cells and every tooltip. Blind-coding tests search it for a distinctive
// note or comment that must not be shown.

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace ShownText {

inline void addModel(const QAbstractItemModel *model, const QModelIndex &parent,
                     QStringList *shown) {
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            *shown << model->data(index, Qt::DisplayRole).toString()
                   << model->data(index, Qt::ToolTipRole).toString();
            if (c == 0 && model->hasChildren(index))
                addModel(model, index, shown);
        }
    }
}

inline QString of(const QWidget *root) {
    QStringList shown;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        shown << widget->toolTip();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            shown << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            shown << button->text();
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            shown << line->text();
        if (const auto *text = qobject_cast<const QTextEdit *>(widget))
            shown << text->toPlainText();
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            shown << plain->toPlainText();
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                shown << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (view->model())
                addModel(view->model(), QModelIndex(), &shown);
        }
    }
    return shown.join(QLatin1Char('\n'));
}

} // namespace ShownText
