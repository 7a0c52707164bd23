#pragma once

#include "domain/Coding.h"
#include "domain/Recording.h"

#include <QList>
#include <QWidget>

class ElidedLabel;
class QLabel;
class QPushButton;

// What the coding page shows for a recording before a coding is open: who, when and which
// family; whether it may be coded (the consent gate, with the reason when not); the codings it
// already has (who and how far, never their scores); and the next step for this user: start
// the coding, start a second coding for reliability, open their coding, or compare.
class RecordingStartPanel : public QWidget {
    Q_OBJECT

public:
    explicit RecordingStartPanel(QWidget *parent = nullptr);

    struct State {
        Recording recording;
        QString title;
        QString subtitle;
        QString consentProblem;
        QList<Coding> codings;  // headers only
        QStringList coderNames; // parallel to codings
        qint64 userId = 0;
        bool canCompare = false;
    };
    void show(const State &state);
    void showMessage(const QString &message);

signals:
    void startRequested(const QString &role);
    void openCodingRequested(qint64 codingId);
    void compareRequested();

private:
    void fitCard();

    QWidget *m_card = nullptr;
    ElidedLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QString m_startRole;
    qint64 m_openId = 0;
};
