#include "CodingPage.h"

#include "CodingCommands.h"
#include "ComparisonView.h"
#include "EvidenceNoteEditor.h"
#include "FinaliseAction.h"
#include "NotCodableDialog.h"
#include "NotesPanel.h"
#include "RecordingStartPanel.h"
#include "ScoringPanel.h"
#include "SkillRow.h"
#include "UnlockDialog.h"
#include "audio/MarkerModel.h"
#include "common/ElidedLabel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "domain/CodingSchemeLoader.h"
#include "domain/ConsentRules.h"
#include "domain/RecordingPaths.h"
#include "domain/ValueSets.h"
#include "io/AudacityLabelWriter.h"
#include "io/OutputFile.h"
#include "itemmodels/CodingSession.h"
#include "itemmodels/EvidenceNotesModel.h"
#include "player/PlayerWidget.h"
#include "recordings/RecordingsView.h"
#include "settings/Settings.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/PractitionerRepository.h"
#include "storage/RecordingRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QString clock(qint64 ms) {
    return EvidenceNotesModel::timeText(ms);
}

} // namespace

CodingPage::CodingPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database) {
    setObjectName(QStringLiteral("codingPage"));
    m_clock.start();
    m_session = new CodingSession(database, this);
    m_undo = new QUndoStack(this);
    m_markers = new MarkerModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_start = new RecordingStartPanel(m_stack);
    m_codingView = createCodingView();
    m_comparison = new ComparisonView(database, m_stack);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_codingView);
    m_stack->addWidget(m_comparison);
    layout->addWidget(m_stack);
    createActions();

    connect(m_start, &RecordingStartPanel::startRequested, this, &CodingPage::startCoding);
    connect(m_start, &RecordingStartPanel::openCodingRequested, this, &CodingPage::openCoding);
    connect(m_start, &RecordingStartPanel::compareRequested, this,
            [this] { showComparison(m_recordingId); });
    connect(m_comparison, &ComparisonView::backRequested, this,
            [this] { openRecording(m_recordingId); });
    connect(m_comparison, &ComparisonView::consensusRequested, this,
            [this] { startCoding(QStringLiteral("consensus")); });
    connect(
        m_comparison, &ComparisonView::openConsensusRequested, this, [this](qint64 recordingId) {
            try {
                for (const Coding &coding : CodingRepository(m_database).codingsOf(recordingId)) {
                    if (coding.role == QLatin1String("consensus"))
                        openCoding(coding.id);
                }
            } catch (const StorageError &error) {
                setMessage(error.message(), true);
            }
        });

    connect(m_session, &CodingSession::skillChanged, this, [this](const QString &key) {
        refreshSkill(key);
        markSaved();
    });
    connect(m_session, &CodingSession::notesChanged, this, [this] {
        refreshNotes();
        markSaved();
    });
    connect(m_session, &CodingSession::windowChanged, this, [this] {
        refreshWindow();
        markSaved();
    });
    connect(m_session, &CodingSession::statusChanged, this, [this] {
        refreshAll();
        emit codingsChanged();
    });
    connect(m_session, &CodingSession::saveFailed, this,
            [this](const QString &message) { setMessage(tr("Not saved: %1").arg(message), true); });
    connect(m_session, &CodingSession::saveStateChanged, this, &CodingPage::refreshSaveState);

    // Edits kept while the database cannot be written are tried again now and then (and with
    // every new edit), so they reach it soon after space is freed.
    m_saveRetry = new QTimer(this);
    m_saveRetry->setObjectName(QStringLiteral("saveRetryTimer"));
    m_saveRetry->setInterval(3000);
    connect(m_saveRetry, &QTimer::timeout, m_session, &CodingSession::retrySaving);

    // Active time is gathered on every action and saved now and then, and when leaving.
    m_activeTimeFlush = new QTimer(this);
    m_activeTimeFlush->setInterval(30000);
    connect(m_activeTimeFlush, &QTimer::timeout, m_session, &CodingSession::flushActiveTime);
    m_activeTimeFlush->start();
    m_stack->setCurrentWidget(m_start);
}

CodingPage::CodingPage(Database &database, RecordingsView *recordings, QWidget *parent)
    : CodingPage(database, parent) {
    if (!recordings)
        return;
    connect(recordings, &RecordingsView::codeRecordingRequested, this, &CodingPage::openRecording);
    connect(this, &CodingPage::codingsChanged, recordings, &RecordingsView::refresh);
}

CodingPage::~CodingPage() {
    // A last try for edits kept while the disk was full, before they go with the window.
    m_session->retrySaving();
    m_session->flushActiveTime();
}

bool CodingPage::mayClose() {
    if (!m_session->isOpen() || m_session->retrySaving())
        return true;
    const int count = m_session->unsavedEditCount();
    const QString cause = m_session->unsavedCause();
    const QString text =
        count == 1 ? tr("1 change to this coding could not be saved (%1). If you quit now it "
                        "will be lost.")
                         .arg(cause)
                   : tr("%1 changes to this coding could not be saved (%2). If you quit now "
                        "they will be lost.")
                         .arg(QString::number(count), cause);
    const auto answer = MessageBox::warning(this, tr("Quit PracticeCoder"), text,
                                            {{QMessageBox::Cancel, tr("Keep PracticeCoder open")},
                                             {QMessageBox::Discard, tr("Quit and lose them")}},
                                            QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void CodingPage::setCoderUsername(const QString &username) {
    m_coderUsername = username;
}

qint64 CodingPage::currentUserId() {
    if (m_coderUsername.isEmpty())
        m_coderUsername = Settings().coderUsername();
    try {
        return UserRepository(m_database).findOrCreate(m_coderUsername);
    } catch (const StorageError &error) {
        setMessage(error.message(), true);
        return 0;
    }
}

QWidget *CodingPage::createHeader(QWidget *parent) {
    auto *header = new QWidget(parent);
    header->setObjectName(QStringLiteral("codingHeader"));
    header->setStyleSheet(QStringLiteral("#codingHeader { background: #f3f6fa; border-bottom: 1px "
                                         "solid #d5dbe3; }"));
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_title = new ElidedLabel(header);
    m_title->setObjectName(QStringLiteral("codingTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold"));
    m_statusChip = new QLabel(header);
    m_statusChip->setObjectName(QStringLiteral("codingStatus"));
    top->addWidget(m_title, 1);
    top->addSpacing(8);
    top->addWidget(m_statusChip);
    top->addStretch(1);
    m_compareButton = new QPushButton(tr("Compare codings"), header);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setFocusPolicy(Qt::NoFocus);
    m_unlockButton = new QPushButton(tr("Unlock…"), header);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setFocusPolicy(Qt::NoFocus);
    m_finaliseButton = new QPushButton(tr("Finalise (Ctrl+Enter)"), header);
    m_finaliseButton->setObjectName(QStringLiteral("finaliseButton"));
    m_finaliseButton->setFocusPolicy(Qt::NoFocus);
    m_finaliseButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #2f855a; color: white; padding: 5px 14px; border-radius: 4px; "
        "font-weight: bold; } QPushButton:disabled { background: #a7c7b5; }"));
    top->addWidget(m_compareButton);
    top->addWidget(m_unlockButton);
    top->addWidget(m_finaliseButton);
    layout->addLayout(top);

    auto *second = new QHBoxLayout;
    m_window = new QLabel(header);
    m_window->setObjectName(QStringLiteral("codedWindow"));
    auto windowButton = [header](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QPushButton(text, header);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tip);
        return button;
    };
    auto *startHere = windowButton(tr("Start here  ["), QStringLiteral("windowStart"),
                                   tr("Start the coded window at the playhead ([)"));
    auto *endHere = windowButton(tr("End here  ]"), QStringLiteral("windowEnd"),
                                 tr("End the coded window at the playhead (])"));
    auto *whole = windowButton(tr("Whole recording  W"), QStringLiteral("windowWhole"),
                               tr("Code the whole recording (W)"));
    connect(startHere, &QPushButton::clicked, this, &CodingPage::setWindowStart);
    connect(endHere, &QPushButton::clicked, this, &CodingPage::setWindowEnd);
    connect(whole, &QPushButton::clicked, this, &CodingPage::setWholeRecording);
    m_progress = new QLabel(header);
    m_progress->setObjectName(QStringLiteral("codingProgress"));
    m_saved = new QLabel(header);
    m_saved->setObjectName(QStringLiteral("savedIndicator"));
    m_saved->setStyleSheet(QStringLiteral("color: #2f855a"));
    second->addWidget(m_window);
    second->addWidget(startHere);
    second->addWidget(endHere);
    second->addWidget(whole);
    second->addSpacing(16);
    second->addWidget(m_progress);
    second->addStretch(1);
    // The default window for new codings (MITI practice: 20 minutes), kept in Settings.
    auto *defaultWindow = new QSpinBox(header);
    defaultWindow->setObjectName(QStringLiteral("defaultWindowMinutes"));
    defaultWindow->setRange(1, 600);
    defaultWindow->setSuffix(tr(" min"));
    defaultWindow->setPrefix(tr("New codings: first "));
    defaultWindow->setToolTip(tr("The coded window a new coding starts with"));
    defaultWindow->setFocusPolicy(Qt::ClickFocus);
    defaultWindow->setValue(Settings().defaultWindowMinutes());
    connect(defaultWindow, &QSpinBox::valueChanged, this,
            [](int minutes) { Settings().setDefaultWindowMinutes(minutes); });
    second->addWidget(defaultWindow);
    second->addSpacing(12);
    second->addWidget(m_saved);
    layout->addLayout(second);

    m_message = new QLabel(header);
    m_message->setObjectName(QStringLiteral("codingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // Apart from the passing messages above: it stays until every kept edit is saved.
    m_unsaved = new QLabel(header);
    m_unsaved->setObjectName(QStringLiteral("unsavedBanner"));
    m_unsaved->setWordWrap(true);
    m_unsaved->setStyleSheet(QStringLiteral("color: #8a1c12; background: #fdecea; border: 1px "
                                            "solid #e8a39b; border-radius: 4px; padding: 5px; "
                                            "font-weight: bold"));
    m_unsaved->hide();
    layout->addWidget(m_unsaved);
    return header;
}

QWidget *CodingPage::createCodingView() {
    auto *view = new QWidget(this);
    view->setObjectName(QStringLiteral("codingView"));
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader(view));

    auto *playerArea = new QWidget(view);
    playerArea->setObjectName(QStringLiteral("playerArea"));
    auto *playerLayout = new QVBoxLayout(playerArea);
    playerLayout->setContentsMargins(8, 6, 8, 0);
    m_audioMessage = new QLabel(playerArea);
    m_audioMessage->setObjectName(QStringLiteral("audioMessage"));
    m_audioMessage->setWordWrap(true);
    m_audioMessage->setStyleSheet(
        QStringLiteral("color: #7a4b00; background: #fff6e0; padding: 6px; "
                       "border-radius: 4px"));
    m_audioMessage->hide();
    playerLayout->addWidget(m_audioMessage);
    m_player = new PlayerWidget(playerArea);
    m_player->setObjectName(QStringLiteral("player"));
    m_player->setMarkerModel(m_markers);
    playerLayout->addWidget(m_player);
    layout->addWidget(playerArea);

    auto *split = new QSplitter(Qt::Horizontal, view);
    split->setObjectName(QStringLiteral("codingSplitter"));
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scoring = new ScoringPanel(scroll);
    m_scoring->setScheme(CodingSchemeLoader::builtIn());
    scroll->setWidget(m_scoring);
    m_notes = new NotesPanel(CodingSchemeLoader::builtIn(), split);
    split->addWidget(scroll);
    split->addWidget(m_notes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 420});
    auto *body = new QWidget(view);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 6, 8, 4);
    bodyLayout->addWidget(split);
    layout->addWidget(body, 1);

    auto *hint = new QLabel(view);
    hint->setObjectName(QStringLiteral("keyHint"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #3b4a5a; background: #eef1f5; padding: 5px 10px; "
                                       "border-top: 1px solid #d5dbe3"));
    hint->setText(tr("<b>Keys</b>  ↑/↓ skill · 1–5 score · 0 or X not codable · R rationale · "
                     "N note · S strength · D to develop · [ ] window start/end · W whole "
                     "recording · Ctrl+Enter finalise · Ctrl+Z undo · Ctrl+Shift+Z redo · "
                     "Space play/pause · ←/→ skip"));
    layout->addWidget(hint);

    connect(m_scoring, &ScoringPanel::scoreClicked, this, &CodingPage::score);
    connect(m_scoring, &ScoringPanel::notCodableClicked, this, &CodingPage::markNotCodable);
    connect(m_scoring, &ScoringPanel::rationaleEdited, this, &CodingPage::editRationale);
    connect(m_scoring, &ScoringPanel::rationaleLeft, this, &CodingPage::focusScoring);
    connect(m_notes, &NotesPanel::addRequested, this, [this] { newNote(QStringLiteral("note")); });
    connect(m_notes, &NotesPanel::exportRequested, this, &CodingPage::exportNotes);
    connect(m_notes, &NotesPanel::editFinished, this, &CodingPage::finishNote);
    connect(m_notes, &NotesPanel::editCancelled, this, &CodingPage::focusScoring);
    connect(m_notes, &NotesPanel::deleteRequested, this, &CodingPage::deleteNote);
    connect(m_notes, &NotesPanel::seekRequested, this, [this](qint64 atMs) {
        activity();
        if (m_player->hasFile())
            m_player->seek(atMs);
    });
    connect(m_player, &PlayerWidget::markerActivated, this, [this](qint64 noteId) {
        activity();
        m_notes->selectNote(noteId);
    });
    connect(m_player, &PlayerWidget::positionChanged, this, [this] {
        // Listening is coding too: playback keeps the active time running.
        if (m_player->isPlaying())
            activity();
    });
    connect(m_player, &PlayerWidget::durationChanged, this, [this](qint64 ms) {
        if (ms <= 0 || ms == m_durationMs || m_recordingId <= 0)
            return;
        m_durationMs = ms;
        try {
            RecordingRepository(m_database).setDuration(m_recordingId, ms);
        } catch (const StorageError &) {
            // The length is only a convenience for the window; it is measured again next time.
        }
        if (m_session->isOpen())
            refreshWindow();
    });
    connect(m_player, &PlayerWidget::fileError, this, [this](const QString &message) {
        m_audioMessage->setText(message);
        m_audioMessage->show();
    });
    return view;
}

void CodingPage::createActions() {
    auto add = [this](const QString &name, const QList<QKeySequence> &keys, auto slot,
                      bool edit = true) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_codingView->addAction(action);
        if (edit)
            m_editActions.append(action);
        return action;
    };
    add(
        QStringLiteral("nextSkill"), {QKeySequence(Qt::Key_Down)},
        [this] {
            m_scoring->moveCurrent(1);
            activity();
        },
        false);
    add(
        QStringLiteral("previousSkill"), {QKeySequence(Qt::Key_Up)},
        [this] {
            m_scoring->moveCurrent(-1);
            activity();
        },
        false);
    for (int level = 1; level <= 5; ++level) {
        add(QStringLiteral("score%1").arg(level),
            {QKeySequence(Qt::Key_0 + level),
             QKeySequence(Qt::KeypadModifier | (Qt::Key_0 + level))},
            [this, level] { scoreCurrent(level); });
    }
    add(QStringLiteral("notCodable"),
        {QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_X),
         QKeySequence(Qt::KeypadModifier | Qt::Key_0)},
        [this] { markNotCodable(m_scoring->currentSkill()); });
    add(QStringLiteral("editRationale"), {QKeySequence(Qt::Key_R)}, [this] {
        if (SkillRow *row = m_scoring->row(m_scoring->currentSkill()); row && !row->editRationale())
            setMessage(tr("Score this skill (1–5) or mark it not codable before writing a "
                          "rationale."),
                       false);
    });
    add(QStringLiteral("newNote"), {QKeySequence(Qt::Key_N)},
        [this] { newNote(QStringLiteral("note")); });
    add(QStringLiteral("newStrength"), {QKeySequence(Qt::Key_S)},
        [this] { newNote(QStringLiteral("strength")); });
    add(QStringLiteral("newToDevelop"), {QKeySequence(Qt::Key_D)},
        [this] { newNote(QStringLiteral("to_develop")); });
    add(QStringLiteral("windowStart"), {QKeySequence(Qt::Key_BracketLeft)},
        [this] { setWindowStart(); });
    add(QStringLiteral("windowEnd"), {QKeySequence(Qt::Key_BracketRight)},
        [this] { setWindowEnd(); });
    add(QStringLiteral("windowWhole"), {QKeySequence(Qt::Key_W)}, [this] { setWholeRecording(); });
    add(
        QStringLiteral("focusNotes"), {QKeySequence(Qt::Key_L)},
        [this] {
            m_notes->table()->setFocus(Qt::ShortcutFocusReason);
            if (!m_notes->table()->currentIndex().isValid() && m_notes->model()->rowCount() > 0)
                m_notes->table()->setCurrentIndex(m_notes->model()->index(0, 0));
        },
        false);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_codingView->addAction(action);
    }

    m_finalise = new FinaliseAction(m_session, this);
    m_finalise->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_codingView->addAction(m_finalise);
    connect(m_finaliseButton, &QPushButton::clicked, m_finalise, &QAction::trigger);
    connect(m_finalise, &FinaliseAction::refused, this,
            [this](const QString &message, const QString &first) {
                setMessage(message, true);
                if (!first.isEmpty())
                    m_scoring->setCurrentSkill(first);
            });
    connect(m_finalise, &FinaliseAction::finalised, this, [this] {
        m_undo->clear(); // a final coding is locked: nothing left to undo into
        setMessage(tr("Coding finalised and locked. Active coding time: %1 min.")
                       .arg(qRound(double(m_session->coding().activeMs) / 60000.0)),
                   false);
    });
    connect(m_unlockButton, &QPushButton::clicked, this, &CodingPage::unlock);
    connect(m_compareButton, &QPushButton::clicked, this,
            [this] { showComparison(m_recordingId); });
}

QString CodingPage::recordingTitle(qint64 recordingId) {
    const auto recording = RecordingRepository(m_database).find(recordingId);
    if (!recording)
        return {};
    const auto practitioner = PractitionerRepository(m_database).find(recording->practitionerId);
    const auto family = FamilyRepository(m_database).findById(recording->familyId);
    return tr("%1 · %2 %3 · family %4 · %5 · %6")
        .arg(recording->code, practitioner ? practitioner->code : QString(),
             practitioner ? practitioner->displayName : QString(),
             family ? family->caseCode : QString(),
             QLocale(QLocale::English, QLocale::UnitedKingdom)
                 .toString(recording->recordedOn, QStringLiteral("d MMM yyyy")),
             ValueSets::label(recording->sessionType));
}

void CodingPage::openRecording(qint64 recordingId) {
    if (unsavedEditsBlockLeaving())
        return;
    m_session->close();
    m_player->closeFile();
    m_undo->clear();
    m_recordingId = recordingId;
    try {
        RecordingRepository recordings(m_database);
        const auto recording = recordings.find(recordingId);
        if (!recording) {
            m_start->showMessage(tr("That recording no longer exists."));
            m_stack->setCurrentWidget(m_start);
            return;
        }
        m_durationMs = recording->durationMs;
        const qint64 user = currentUserId();
        CodingRepository codings(m_database);
        const QList<Coding> headers = codings.codingsOf(recordingId);
        // Straight into this coder's own draft: the common case should cost no extra key.
        for (const Coding &coding : headers) {
            if (coding.coderId == user && !coding.isFinal() && recording->consentAllowsCoding()) {
                openCoding(coding.id);
                return;
            }
        }
        RecordingStartPanel::State state;
        state.recording = *recording;
        // The card shows short lines: the title wraps badly in a fixed-width card.
        const QStringList parts = recordingTitle(recordingId).split(QStringLiteral(" · "));
        state.title = parts.mid(0, 2).join(QStringLiteral(" · "));
        state.subtitle = parts.mid(2).join(QStringLiteral(" · "));
        state.consentProblem = ConsentRules::consentProblem(*recording);
        state.codings = headers;
        UserRepository users(m_database);
        for (const Coding &coding : headers)
            state.coderNames.append(users.username(coding.coderId));
        state.userId = user;
        QString reason;
        state.canCompare = codings.canCompare(recordingId, &reason) &&
                           std::all_of(headers.cbegin(), headers.cend(), [&](const Coding &c) {
                               return codings.isVisibleTo(c, user);
                           });
        m_start->show(state);
    } catch (const StorageError &error) {
        m_start->showMessage(error.message());
    }
    m_stack->setCurrentWidget(m_start);
}

void CodingPage::startCoding(const QString &role) {
    const qint64 user = currentUserId();
    try {
        const CodingScheme scheme = CodingSchemeLoader::builtIn();
        CodingRepository codings(m_database);
        qint64 id = 0;
        if (role == QLatin1String("consensus")) {
            id = codings.createConsensus(m_recordingId, user, scheme);
        } else {
            // The default coded window: the first N minutes, or all of a shorter recording.
            const qint64 window = qint64(Settings().defaultWindowMinutes()) * 60000;
            const bool whole = m_durationMs > 0 && m_durationMs <= window;
            id = codings.create(m_recordingId, user, role, scheme, whole ? -1 : 0,
                                whole ? -1 : window);
        }
        emit codingsChanged();
        openCoding(id);
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Cannot start coding"), error.message());
        openRecording(m_recordingId);
    }
}

void CodingPage::openCoding(qint64 codingId) {
    if (unsavedEditsBlockLeaving())
        return;
    QString error;
    if (!m_session->open(codingId, currentUserId(), &error)) {
        m_start->showMessage(error);
        m_stack->setCurrentWidget(m_start);
        return;
    }
    m_undo->clear();
    m_recordingId = m_session->coding().recordingId;
    if (const auto recording = RecordingRepository(m_database).find(m_recordingId))
        m_durationMs = recording->durationMs;
    m_title->setText(recordingTitle(m_recordingId));
    m_message->hide();
    m_saved->clear();
    loadAudio();
    refreshAll();
    m_scoring->setCurrentIndex(0);
    const QStringList missing = m_session->missingSkills();
    if (!missing.isEmpty())
        m_scoring->setCurrentSkill(missing.first());
    m_stack->setCurrentWidget(m_codingView);
    focusScoring();
}

void CodingPage::showComparison(qint64 recordingId) {
    if (unsavedEditsBlockLeaving())
        return;
    m_session->close();
    m_player->closeFile();
    m_recordingId = recordingId;
    const auto recording = RecordingRepository(m_database).find(recordingId);
    m_comparison->showRecording(recordingId, currentUserId(),
                                recording ? recording->code : QString());
    m_stack->setCurrentWidget(m_comparison);
}

void CodingPage::refreshAll() {
    const bool locked = m_session->isLocked();
    for (const SchemeSkill &skill : m_session->scheme().skills)
        m_scoring->setScore(m_session->skill(skill.key));
    m_scoring->setLocked(locked);
    m_notes->setLocked(locked);
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(!locked);
    refreshNotes();
    refreshWindow();
    refreshStatus();
}

void CodingPage::refreshSkill(const QString &key) {
    m_scoring->setScore(m_session->skill(key));
    refreshStatus();
}

void CodingPage::refreshNotes() {
    const QList<EvidenceNote> &notes = m_session->coding().notes;
    m_notes->setNotes(notes);
    QList<Marker> markers;
    for (const EvidenceNote &note : notes)
        markers.append({note.id, note.atMs, note.kind, note.text.left(60)});
    m_markers->setMarkers(markers);
}

void CodingPage::refreshWindow() {
    const Coding &coding = m_session->coding();
    m_player->setCodedWindow(coding.windowStartMs, coding.windowEndMs);
    if (coding.windowStartMs < 0) {
        m_window->setText(tr("<b>Coded window:</b> whole recording%1")
                              .arg(m_durationMs > 0
                                       ? QStringLiteral(" (%1)").arg(clock(m_durationMs))
                                       : QString()));
    } else {
        const qint64 minutes = qRound(double(coding.windowEndMs - coding.windowStartMs) / 60000.0);
        m_window->setText(tr("<b>Coded window:</b> %1 – %2 (%3 min)")
                              .arg(clock(coding.windowStartMs), clock(coding.windowEndMs))
                              .arg(minutes));
    }
}

void CodingPage::refreshStatus() {
    const Coding &coding = m_session->coding();
    const bool locked = coding.isFinal();
    const int total = int(m_session->scheme().skills.size());
    const int done = total - int(m_session->missingSkills().size());
    const int notes = int(coding.notes.size());
    m_progress->setText(tr("%1 of %2 skills done · %3")
                            .arg(done)
                            .arg(total)
                            .arg(notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes)));
    m_statusChip->setText(QStringLiteral("%1 · %2").arg(ValueSets::label(coding.role),
                                                        ValueSets::label(coding.status)));
    m_statusChip->setStyleSheet(locked ? QStringLiteral("background: #2f855a; color: white; "
                                                        "border-radius: 9px; padding: 2px 10px")
                                       : QStringLiteral("background: #e6edf5; color: #2b4a6b; "
                                                        "border-radius: 9px; padding: 2px 10px"));
    m_finaliseButton->setVisible(!locked);
    m_finaliseButton->setEnabled(done == total);
    m_finalise->setEnabled(!locked);
    m_unlockButton->setVisible(locked);
    QString reason;
    bool compare = false;
    try {
        compare = CodingRepository(m_database).canCompare(coding.recordingId, &reason) && locked;
    } catch (const StorageError &) {
        compare = false;
    }
    m_compareButton->setVisible(compare);
}

void CodingPage::setMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #8a1c12; background: #fdecea; "
                                                    "border-radius: 4px; padding: 5px")
                                   : QStringLiteral("color: #1f4d33; background: #e8f5ec; "
                                                    "border-radius: 4px; padding: 5px"));
    m_message->setVisible(!text.isEmpty());
    if (m_stack && m_stack->currentWidget() == m_start && error)
        MessageBox::warning(this, tr("Coding"), text);
}

void CodingPage::markSaved() {
    if (m_session->hasUnsavedEdits()) {
        refreshSaveState();
        return;
    }
    m_saved->setStyleSheet(QStringLiteral("color: #2f855a"));
    m_saved->setText(
        tr("✓ Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void CodingPage::refreshSaveState() {
    if (!m_session->hasUnsavedEdits()) {
        m_saveRetry->stop();
        m_unsaved->hide();
        if (!m_saved->text().isEmpty())
            markSaved();
        return;
    }
    m_saveRetry->start();
    m_saved->setStyleSheet(QStringLiteral("color: #8a1c12; font-weight: bold"));
    m_saved->setText(tr("✗ Not saved"));
    m_unsaved->setText(tr("Not saved: %1. Your last change is kept on screen and will be saved "
                          "as soon as the database can be written again (for a full disk, when "
                          "space is freed). PracticeCoder keeps trying; this message goes once "
                          "it is saved.")
                           .arg(m_session->unsavedCause()));
    m_unsaved->show();
}

bool CodingPage::unsavedEditsBlockLeaving() {
    if (!m_session->isOpen() || m_session->retrySaving())
        return false;
    setMessage(tr("This coding has changes that are not saved yet, so it stays open until they "
                  "are. Free some disk space; PracticeCoder keeps trying to save them."),
               true);
    return true;
}

void CodingPage::activity() {
    m_session->recordActivity(m_clock.elapsed());
}

void CodingPage::focusScoring() {
    m_scoring->setFocus(Qt::OtherFocusReason);
}

void CodingPage::scoreCurrent(int level) {
    score(m_scoring->currentSkill(), level);
    // Scoring moves on to the next skill, so seven keys score seven skills.
    m_scoring->moveCurrent(1);
}

void CodingPage::score(const QString &key, int level) {
    activity();
    if (!m_session->isOpen() || m_session->isLocked() || key.isEmpty())
        return;
    const SkillScore before = m_session->skill(key);
    if (before.score == level)
        return;
    SkillScore after = before;
    after.score = level;
    after.notCodableReason.clear();
    const SchemeSkill *skill = m_session->scheme().skill(key);
    // Hidden before the edit, so that a refusal it reports stays on screen.
    m_message->hide();
    m_undo->push(new SetSkillCommand(m_session, before, after,
                                     tr("Score %1 %2").arg(skill ? skill->name : key).arg(level)));
}

void CodingPage::markNotCodable(const QString &key) {
    activity();
    if (!m_session->isOpen() || m_session->isLocked() || key.isEmpty())
        return;
    const SchemeSkill *skill = m_session->scheme().skill(key);
    const SkillScore before = m_session->skill(key);
    const auto reason =
        NotCodableDialog::ask(this, skill ? skill->name : key, before.notCodableReason);
    focusScoring();
    if (!reason)
        return;
    SkillScore after = before;
    after.score = 0;
    after.notCodableReason = *reason;
    m_undo->push(new SetSkillCommand(m_session, before, after,
                                     tr("%1 not codable").arg(skill ? skill->name : key)));
    m_scoring->moveCurrent(1);
}

void CodingPage::editRationale(const QString &key, const QString &text) {
    activity();
    if (!m_session->isOpen() || m_session->isLocked())
        return;
    const SkillScore before = m_session->skill(key);
    if (!before.isComplete() || before.rationale == text)
        return;
    SkillScore after = before;
    after.rationale = text;
    const SchemeSkill *skill = m_session->scheme().skill(key);
    m_undo->push(new SetSkillCommand(m_session, before, after,
                                     tr("Rationale for %1").arg(skill ? skill->name : key)));
}

void CodingPage::newNote(const QString &kind) {
    activity();
    if (!m_session->isOpen() || m_session->isLocked())
        return;
    EvidenceNote note;
    note.codingId = m_session->coding().id;
    // The moment worth noting has just passed: go back by the auto-rewind.
    note.atMs = qMax<qint64>(0, playerPosition() - m_player->autoRewindMs());
    note.kind = kind;
    note.skills = {m_scoring->currentSkill()};
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(false);
    m_notes->startEditing(note);
}

void CodingPage::finishNote(const EvidenceNote &note) {
    activity();
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(!m_session->isLocked());
    if (note.id == 0) {
        auto *command = new AddNoteCommand(m_session, note);
        m_undo->push(command);
        m_notes->selectNote(command->noteId());
    } else if (m_session->hasNote(note.id)) {
        const EvidenceNote before = m_session->note(note.id);
        if (before.text != note.text || before.kind != note.kind || before.skills != note.skills ||
            before.atMs != note.atMs)
            m_undo->push(new EditNoteCommand(m_session, before, note));
    }
    focusScoring();
}

void CodingPage::deleteNote(qint64 noteId) {
    activity();
    if (!m_session->hasNote(noteId) || m_session->isLocked())
        return;
    m_undo->push(new DeleteNoteCommand(m_session, m_session->note(noteId)));
}

void CodingPage::setWindowStart() {
    activity();
    if (!m_session->isOpen() || m_session->isLocked())
        return;
    const qint64 start = playerPosition();
    qint64 end = m_session->coding().windowEndMs;
    if (end <= start) {
        end = start + qint64(Settings().defaultWindowMinutes()) * 60000;
        if (m_durationMs > 0)
            end = qMin(end, m_durationMs);
    }
    if (end <= start) {
        setMessage(tr("The coded window cannot start at the very end of the recording."), true);
        return;
    }
    m_undo->push(
        new SetWindowCommand(m_session, start, end, tr("Coded window from %1").arg(clock(start))));
}

void CodingPage::setWindowEnd() {
    activity();
    if (!m_session->isOpen() || m_session->isLocked())
        return;
    const qint64 end = playerPosition();
    const qint64 start = qMax<qint64>(0, m_session->coding().windowStartMs);
    if (end <= start) {
        setMessage(tr("The coded window must end after it starts (%1). Move the playhead past "
                      "the start, then press ].")
                       .arg(clock(start)),
                   true);
        return;
    }
    m_undo->push(
        new SetWindowCommand(m_session, start, end, tr("Coded window to %1").arg(clock(end))));
}

void CodingPage::setWholeRecording() {
    activity();
    if (!m_session->isOpen() || m_session->isLocked() || m_session->coding().windowStartMs < 0)
        return;
    m_undo->push(new SetWindowCommand(m_session, -1, -1, tr("Code the whole recording")));
}

void CodingPage::unlock() {
    if (!m_session->isOpen() || !m_session->isLocked())
        return;
    const auto reason = UnlockDialog::ask(this);
    if (!reason)
        return;
    QString error;
    if (!m_session->unlock(*reason, &error)) {
        setMessage(error, true);
        return;
    }
    setMessage(tr("Coding unlocked; the reason is in the audit log."), false);
    focusScoring();
}

void CodingPage::exportNotes() {
    if (!m_session->isOpen())
        return;
    const auto recording = RecordingRepository(m_database).find(m_recordingId);
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1-%2-notes.txt")
                                  .arg(recording ? recording->code : QStringLiteral("recording"),
                                       m_session->coding().role));
    const QString path = FileDialog::saveFileName(this, tr("Export notes as Audacity labels"),
                                                  suggested, tr("Audacity labels (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!OutputFile::write(
            path,
            [this](QIODevice *device, QString *writerError) {
                return AudacityLabelWriter::write(m_session->coding().notes, m_session->scheme(),
                                                  device, writerError);
            },
            &error)) {
        setMessage(tr("The notes were not saved. %1").arg(error), true);
        return;
    }
    setMessage(tr("Saved the notes to %1. In Audacity: File ▸ Import ▸ Labels.")
                   .arg(QDir::toNativeSeparators(path)),
               false);
}

void CodingPage::loadAudio() {
    m_player->closeFile();
    const auto recording = RecordingRepository(m_database).find(m_recordingId);
    if (!recording || recording->audioPath.isEmpty()) {
        m_audioMessage->setText(tr("This recording has no audio in the library (imported history). "
                                   "You can still score it."));
        m_audioMessage->show();
        return;
    }
    const QString path = RecordingPaths::resolve(recording->audioPath, Settings().recordingsRoot(),
                                                 QFileInfo(m_database.path()).absolutePath());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_audioMessage->setText(tr("The audio file is missing (%1). Use “Locate…” on the "
                                   "Recordings page to find it; you can still score meanwhile.")
                                    .arg(QDir::toNativeSeparators(recording->audioPath)));
        m_audioMessage->show();
        return;
    }
    QString error;
    if (!m_player->openFile(path, &error)) {
        m_audioMessage->setText(error);
        m_audioMessage->show();
        return;
    }
    m_audioMessage->hide();
}

qint64 CodingPage::playerPosition() const {
    return m_player->hasFile() ? m_player->positionMs() : 0;
}

void CodingPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stack->currentWidget() == m_codingView)
        focusScoring();
}

void CodingPage::hideEvent(QHideEvent *event) {
    if (m_player->isPlaying())
        m_player->pause();
    m_session->flushActiveTime();
    QWidget::hideEvent(event);
}
