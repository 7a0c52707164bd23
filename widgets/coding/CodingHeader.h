#pragma once

#include "domain/Coding.h"

#include <QList>
#include <QWidget>

class ElidedLabel;
class QLabel;
class QPushButton;

// The band across the top of the coding view: which recording, the coding's role and status,
// the coded window with its buttons, how far the coding is, whether the last change is saved,
// and the messages of the last action. A coder who cannot save (a full disk) sees a banner
// that stays until every kept change is saved.
class CodingHeader : public QWidget {
    Q_OBJECT

public:
    explicit CodingHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // -1, -1 is the whole recording; durationMs is shown with it when known (> 0).
    void showWindow(qint64 startMs, qint64 endMs, qint64 durationMs);
    void showStatus(const Coding &coding, int skillsDone, int skillsTotal, bool canCompare);

    void setMessage(const QString &text, bool error);
    void hideMessage();

    // "✓ Saved" with the time, after a change reached the database.
    void markSaved();
    void clearSaved();
    // Unsaved: "✗ Not saved" and the banner saying why; saved again: the banner goes.
    void showSaveState(bool unsaved, const QString &cause);
    // The quiet note that someone else saved the open coding since it was read.
    void showChangedElsewhere(bool changed);
    bool isChangedElsewhereShown() const;

    QPushButton *finaliseButton() const { return m_finaliseButton; }
    QPushButton *unlockButton() const { return m_unlockButton; }
    QPushButton *compareButton() const { return m_compareButton; }

signals:
    void windowStartRequested();
    void windowEndRequested();
    void wholeRecordingRequested();

private:
    ElidedLabel *m_title = nullptr;
    QLabel *m_statusChip = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_unsaved = nullptr;
    QLabel *m_changedElsewhere = nullptr;
    QPushButton *m_finaliseButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QList<QPushButton *> m_windowButtons;
};
