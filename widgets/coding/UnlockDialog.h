#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QPlainTextEdit;

// Asks why a final coding is being unlocked; the reason is required and is written to the
// audit log. Goes through ask(), which tests answer with setNextAnswer().
class UnlockDialog : public QDialog {
    Q_OBJECT

public:
    explicit UnlockDialog(QWidget *parent);
    QString reason() const;

    static std::optional<QString> ask(QWidget *parent);
    static void setNextAnswer(const std::optional<QString> &answer);

private:
    QPlainTextEdit *m_reason = nullptr;
};
