#include "ComingSoonPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

ComingSoonPage::ComingSoonPage(const QIcon &icon, const QString &title,
                               const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *picture = new QLabel(this);
    picture->setPixmap(icon.pixmap(64, 64, QIcon::Disabled));
    picture->setAlignment(Qt::AlignCenter);
    layout->addWidget(picture);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("comingSoonTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);

    auto *text = new QLabel(description + QStringLiteral("\n\n") +
                                tr("This part of PracticeCoder is coming in a later version."),
                            this);
    text->setObjectName(QStringLiteral("comingSoonText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setMaximumWidth(520);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text, 0, Qt::AlignHCenter);

    layout->addStretch(3);
}
