#include "RecordingLibraryActions.h"

#include "ConsentDialog.h"
#include "LocateRecordingDialog.h"
#include "RecordingImportDialog.h"
#include "RecordingsView.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "exchange/CodingsImporter.h"
#include "exchange/StaffImporter.h"
#include "io/ImportReport.h"
#include "storage/StorageError.h"

#include <QFileInfo>

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

RecordingLibraryActions::RecordingLibraryActions(Database &database, RecordingsView *view,
                                                 QTableView *table)
    : QObject(view)
    , m_database(database)
    , m_view(view)
    , m_table(table) {}

RecordingLibraryActions *RecordingLibraryActions::attach(Database &database, RecordingsView *view,
                                                         QTableView *table, QVBoxLayout *layout) {
    auto *actions = new RecordingLibraryActions(database, view, table);
    auto *bar = new QWidget(view);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(QObject::tr("Add recordings…"), bar);
    add->setObjectName(QStringLiteral("addRecordings"));
    add->setToolTip(QObject::tr("Add audio files to the library, with the practitioner, family "
                                "and consent details"));
    auto *hint = new QLabel(QObject::tr("or drop audio files onto the list"), bar);
    Theme::setRole(hint, Theme::Role::Muted);
    auto *consent = new QPushButton(QObject::tr("Consent…"), bar);
    consent->setObjectName(QStringLiteral("consentButton"));
    consent->setToolTip(QObject::tr("Record, correct or withdraw the consent of the selected "
                                    "recording (Ctrl+Shift+C)"));
    row->addWidget(add);
    row->addWidget(hint);
    row->addSpacing(12);
    row->addWidget(consent);
    row->addStretch(1);
    // The same CSV imports as `practicecoder import staff|codings`, with the same report.
    auto *import = new QPushButton(QObject::tr("Import from a spreadsheet"), bar);
    import->setObjectName(QStringLiteral("importCsv"));
    auto *importMenu = new QMenu(import);
    QAction *staff = importMenu->addAction(QObject::tr("Staff (teams and practitioners)…"));
    staff->setObjectName(QStringLiteral("importStaff"));
    QAction *codings = importMenu->addAction(QObject::tr("Coding history…"));
    codings->setObjectName(QStringLiteral("importCodings"));
    import->setMenu(importMenu);
    row->addWidget(import);
    QObject::connect(staff, &QAction::triggered, actions,
                     [actions] { actions->importCsv(QStringLiteral("staff")); });
    QObject::connect(codings, &QAction::triggered, actions,
                     [actions] { actions->importCsv(QStringLiteral("codings")); });
    layout->insertWidget(0, bar);
    QObject::connect(add, &QPushButton::clicked, actions, [actions, view] {
        const QStringList files = FileDialog::openFileNames(
            view, QObject::tr("Add recordings"), QString(),
            QObject::tr("Audio (%1)")
                .arg(RecordingImportDialog::audioPatterns().join(QLatin1Char(' '))));
        if (!files.isEmpty())
            actions->addRecordings(files);
    });

    // On the view, so the key works from the filters too, but not on other pages.
    auto *consentAction = new QAction(QObject::tr("Consent…"), view);
    consentAction->setObjectName(QStringLiteral("consentAction"));
    consentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    consentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(consentAction);
    auto openConsent = [actions, view] {
        if (const qint64 id = view->currentRecordingId(); id > 0)
            actions->editConsent(id);
    };
    QObject::connect(consentAction, &QAction::triggered, actions, openConsent);
    QObject::connect(consent, &QPushButton::clicked, actions, openConsent);
    auto enableConsent = [consent, view] {
        consent->setEnabled(view->currentRecordingId() > 0);
    };
    QObject::connect(table->selectionModel(), &QItemSelectionModel::currentChanged, consent,
                     enableConsent);
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, consent, enableConsent);
    QObject::connect(table->model(), &QAbstractItemModel::layoutChanged, consent, enableConsent);
    enableConsent();

    table->setAcceptDrops(true);
    table->viewport()->setAcceptDrops(true);
    table->viewport()->installEventFilter(actions);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, actions,
                     [actions, view, table](const QPoint &at) {
                         const qint64 id = view->currentRecordingId();
                         if (id <= 0)
                             return;
                         QMenu menu(table);
                         QAction *code = menu.addAction(QObject::tr("Code this recording"));
                         QAction *locate = menu.addAction(QObject::tr("Locate audio…"));
                         locate->setObjectName(QStringLiteral("locateAudio"));
                         QAction *editConsent = menu.addAction(QObject::tr("Consent…"));
                         editConsent->setObjectName(QStringLiteral("consentMenuAction"));
                         editConsent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
                         QAction *chosen = menu.exec(table->viewport()->mapToGlobal(at));
                         if (chosen == code)
                             emit view->codeRecordingRequested(id);
                         else if (chosen == locate)
                             actions->locate(id);
                         else if (chosen == editConsent)
                             actions->editConsent(id);
                     });
    return actions;
}

void RecordingLibraryActions::addRecordings(const QStringList &files) {
    RecordingImportDialog dialog(m_database, files, m_view);
    dialog.exec();
    if (!dialog.importedIds().isEmpty())
        m_view->refresh();
}

void RecordingLibraryActions::importCsv(const QString &kind) {
    const QString path = FileDialog::openFileName(
        m_view, kind == QLatin1String("staff") ? tr("Import staff") : tr("Import coding history"),
        QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ImportReport report;
    try {
        report = kind == QLatin1String("staff") ? StaffImporter::importFile(m_database, path)
                                                : CodingsImporter::importFile(m_database, path);
    } catch (const StorageError &error) {
        report.addError(0, error.message());
    }
    if (!report.ok()) {
        MessageBox::warning(
            m_view, tr("Nothing was imported"),
            tr("Nothing was imported from %1, because of these problems:\n\n%2")
                .arg(QFileInfo(path).fileName(), report.errorLines().join(QLatin1Char('\n'))));
        return;
    }
    m_view->refresh();
    MessageBox::information(m_view, tr("Import finished"), report.summary());
}

void RecordingLibraryActions::editConsent(qint64 recordingId) {
    ConsentDialog dialog(m_database, recordingId, m_view);
    // At once, so the row behind the dialog already shows the withdrawal it reports.
    connect(&dialog, &ConsentDialog::consentChanged, m_view, &RecordingsView::refresh);
    dialog.exec();
}

void RecordingLibraryActions::locate(qint64 recordingId) {
    LocateRecordingDialog dialog(m_database, recordingId, m_view);
    if (dialog.exec() == QDialog::Accepted)
        m_view->refresh();
}

bool RecordingLibraryActions::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!RecordingImportDialog::audioFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList files = RecordingImportDialog::audioFiles(drop->mimeData());
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                addRecordings(files);
                return true;
            }
            MessageBox::information(
                m_view, tr("Add recordings"),
                tr("Only audio files can be added (%1).")
                    .arg(RecordingImportDialog::audioPatterns().join(QStringLiteral(", "))));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
