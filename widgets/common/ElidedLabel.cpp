#include "ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace {

// Enough to show a few letters and the ellipsis; the layout gives it more when there is room.
constexpr int MinimumCharacters = 8;
// A long name asks for no more than this, so it never pushes the buttons beside it away.
constexpr int PreferredCharacters = 60;

} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QFrame(parent) {
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    updateToolTip();
    update();
}

QString ElidedLabel::shownText() const {
    return fontMetrics().elidedText(m_text, Qt::ElideRight, contentsRect().width());
}

QSize ElidedLabel::sizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    const int width =
        qMin(metrics.horizontalAdvance(m_text), metrics.averageCharWidth() * PreferredCharacters);
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(),
            metrics.height() + margins.top() + margins.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return {metrics.averageCharWidth() * MinimumCharacters + margins.left() + margins.right(),
            metrics.height() + margins.top() + margins.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent *event) {
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, shownText());
}

void ElidedLabel::resizeEvent(QResizeEvent *event) {
    QFrame::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip() {
    setToolTip(shownText() == m_text ? QString() : m_text);
}
