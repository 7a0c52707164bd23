#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;

// Asks why a skill cannot be coded (e.g. the audio is inaudible, or the session gave no chance
// to show the skill). A reason is required. Goes through ask(), which tests answer with
// setNextAnswer() so that they never block on a modal dialog.
class NotCodableDialog : public QDialog {
    Q_OBJECT

public:
    NotCodableDialog(const QString &skillName, const QString &currentReason, QWidget *parent);

    QString reason() const;

    // The reason, or nullopt when the coder cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &skillName,
                                      const QString &currentReason);
    // The next ask() returns `answer` without showing the dialog (nullopt: cancelled).
    static void setNextAnswer(const std::optional<QString> &answer);

private:
    QComboBox *m_reason = nullptr;
};
