#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

// Ctrl+G: type a time (1:02:03, 62:03 or 75) and jump there. Modal, behind a seam so GUI tests
// never block: setNextAnswer() makes the next ask() return at once without showing anything.
class GoToTimeDialog : public QDialog {
    Q_OBJECT

public:
    GoToTimeDialog(qint64 currentMs, qint64 durationMs, QWidget *parent = nullptr);

    // The chosen time in ms, or nothing when cancelled.
    static std::optional<qint64> ask(QWidget *parent, qint64 currentMs, qint64 durationMs);
    static void setNextAnswer(std::optional<qint64> answer);

    qint64 chosenMs() const { return m_chosen; }
    void accept() override;

private:
    QLineEdit *m_edit;
    QLabel *m_problem;
    qint64 m_duration;
    qint64 m_chosen = -1;
};
