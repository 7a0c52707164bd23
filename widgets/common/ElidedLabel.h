#pragma once

#include <QFrame>
#include <QString>

// One line of text that is cut with "…" when it does not fit, instead of widening the window:
// for names people type (practitioner, family, team, recording code), which can be very long.
// The full text is in the tooltip whenever it is cut. Its width never depends on the text.
class ElidedLabel : public QFrame {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The text as shown now, "…" and all.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
};
