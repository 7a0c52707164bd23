#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PracticeCoder"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/org.practicecoder.PracticeCoder.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("aboutIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(
        QStringLiteral("<h2>PracticeCoder</h2><p>%1</p><p>%2</p><p>%3</p>")
            .arg(tr("Version %1").arg(QStringLiteral(PRACTICECODER_VERSION)),
                 tr("Coding of recorded practice sessions in children's social work, with "
                    "feedback for practitioners and Practice Reports for managers."),
                 tr("Free software under the GNU General Public License, version 3 or (at your "
                    "option) any later version (GPL-3.0-or-later). It comes with no warranty.")));
    top->addWidget(intro, 1);
    layout->addLayout(top);

    auto *libraries = new QTextBrowser(this);
    libraries->setObjectName(QStringLiteral("aboutLibraries"));
    libraries->setOpenExternalLinks(false);
    struct Library {
        QString name;
        QString licence;
        QString use;
    };
    const QList<Library> list = {
        {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())), QStringLiteral("LGPL-3.0"),
         tr("windows, database access, audio output")},
        {QStringLiteral("QCustomPlot"), QStringLiteral("GPL-3.0"), tr("charts in reports")},
        {QStringLiteral("FFmpeg"), QStringLiteral("LGPL-2.1-or-later"), tr("reading audio files")},
        {QStringLiteral("Rubber Band"), QStringLiteral("GPL-2.0-or-later"),
         tr("slower and faster playback without changing pitch")},
        {QStringLiteral("Boost.Math"), QStringLiteral("BSL-1.0"), tr("statistical distributions")},
        {QStringLiteral("SQLite"), tr("public domain"), tr("the practice database")},
    };
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='3'>")
                       .arg(tr("Built with"));
    for (const Library &library : list)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(library.name.toHtmlEscaped(), library.licence.toHtmlEscaped(),
                         library.use.toHtmlEscaped());
    html += QStringLiteral("</table>");
    libraries->setHtml(html);
    libraries->setMinimumHeight(170);
    layout->addWidget(libraries, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 400);
}
