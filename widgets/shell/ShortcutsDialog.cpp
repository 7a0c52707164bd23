#include "ShortcutsDialog.h"

#include "settings/Settings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

struct Row {
    QString action;
    QString keys;
    QString place;
    bool changed = false;
};

QString keysOf(const QList<QKeySequence> &sequences) {
    QStringList keys;
    for (const QKeySequence &sequence : sequences)
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

QString plainText(QString text) {
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

// A key the user chose is kept under the action's name (its objectName without "Action").
bool isChanged(const Settings &settings, const QString &objectName) {
    QString name = objectName;
    if (name.endsWith(QLatin1String("Action")))
        name.chop(6);
    return !name.isEmpty() && !settings.shortcut(name).isEmpty();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window,
                                 const std::function<QString(const QWidget *)> &placeOf,
                                 QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutsSearch"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    const Settings settings;
    QList<Row> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        const QWidget *owner = nullptr;
        QString place;
        for (const QObject *object : action->associatedObjects()) {
            if (const auto *menu = qobject_cast<const QMenu *>(object)) {
                place = plainText(menu->title());
                break;
            }
            if (!owner)
                owner = qobject_cast<const QWidget *>(object);
        }
        if (place.isEmpty())
            place = placeOf(owner ? owner : qobject_cast<const QWidget *>(action->parent()));
        rows.append({plainText(action->text()), keysOf(action->shortcuts()), place,
                     isChanged(settings, action->objectName())});
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->keys().isEmpty())
            continue;
        const QString what =
            shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
        rows.append({plainText(what), keysOf(shortcut->keys()),
                     placeOf(qobject_cast<const QWidget *>(shortcut->parent())),
                     isChanged(settings, shortcut->objectName())});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.place, a.action) < std::tie(b.place, b.action);
    });

    m_table = new QTableWidget(static_cast<int>(rows.size()), 4, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where"), tr("Changed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        m_table->setItem(i, ActionColumn, new QTableWidgetItem(row.action));
        m_table->setItem(i, KeysColumn, new QTableWidgetItem(row.keys));
        m_table->setItem(i, PlaceColumn, new QTableWidgetItem(row.place));
        m_table->setItem(i, ChangedColumn,
                         new QTableWidgetItem(row.changed ? tr("changed by you") : QString()));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    auto *hint = new QLabel(tr("The player's keys can be changed under the player's "
                               "preferences; a key changed there is marked here."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    m_search->setFocus();
    resize(640, 520);
}

void ShortcutsDialog::filter(const QString &text) {
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = wanted.isEmpty();
        for (int column = 0; !match && column < m_table->columnCount(); ++column)
            match = m_table->item(row, column)->text().contains(wanted, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}
