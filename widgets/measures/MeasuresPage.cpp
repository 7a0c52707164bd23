#include "MeasuresPage.h"

#include "FamilyTimelineView.h"
#include "FollowUpsView.h"
#include "MeasureEntryForm.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "instruments/ItemTextPack.h"
#include "settings/Settings.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

MeasuresPage::MeasuresPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_settings(std::make_unique<Settings>())
    , m_catalogue(InstrumentCatalogue::builtIn()) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("measuresTabs"));

    m_form = new MeasureEntryForm(database, m_catalogue, m_tabs);
    m_timeline = new FamilyTimelineView(database, m_catalogue, m_tabs);
    m_followUps = new FollowUpsView(database, m_catalogue, *m_settings, m_tabs);
    m_tabs->addTab(m_form, tr("Log a questionnaire"));
    m_tabs->addTab(m_timeline, tr("Family timeline"));
    m_tabs->addTab(m_followUps, tr("Follow-ups due"));

    auto *corner = new QWidget(m_tabs);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    m_wordingStatus = new QLabel(corner);
    m_wordingStatus->setObjectName(QStringLiteral("wordingStatus"));
    auto *loadWording = new QPushButton(tr("Load licensed wording…"), corner);
    loadWording->setObjectName(QStringLiteral("loadWordingButton"));
    loadWording->setToolTip(tr("Show the questionnaires' item wording from a pack your "
                               "organisation holds a licence for (JSON or CSV: instrument_id, "
                               "item, text)."));
    cornerLayout->addWidget(m_wordingStatus);
    cornerLayout->addWidget(loadWording);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    layout->addWidget(m_tabs);

    connect(loadWording, &QPushButton::clicked, this, &MeasuresPage::chooseTextPack);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_followUps)
            m_followUps->refresh();
    });
    connect(m_form, &MeasureEntryForm::administrationsChanged, this,
            [this](const QString &familyCode) {
                m_timeline->refresh();
                m_timeline->showFamily(familyCode);
                m_followUps->refresh();
            });
    connect(m_timeline, &FamilyTimelineView::editRequested, this,
            [this](const InstrumentResponse &response) {
                m_form->edit(response);
                m_tabs->setCurrentWidget(m_form);
            });
    connect(m_followUps, &FollowUpsView::logRequested, this, [this](const FollowUp &followUp) {
        m_form->startNew(followUp.familyCode, followUp.respondent, followUp.instrumentId,
                         QStringLiteral("T2"));
        m_tabs->setCurrentWidget(m_form);
    });

    const QString packPath = m_settings->itemTextPackPath();
    if (!packPath.isEmpty())
        loadTextPack(packPath, false);
    else
        m_wordingStatus->setText(tr("Item numbers only"));
}

MeasuresPage::~MeasuresPage() = default;

void MeasuresPage::chooseTextPack() {
    const QString path = FileDialog::openFileName(this, tr("Load licensed item wording"),
                                                  QFileInfo(m_settings->itemTextPackPath()).path(),
                                                  tr("Item-text packs (*.json *.csv)"));
    if (!path.isEmpty())
        loadTextPack(path, true);
}

void MeasuresPage::loadTextPack(const QString &path, bool remember) {
    ItemTextPack pack;
    QString error;
    if (!pack.loadFile(path, InstrumentCatalogue::builtIn(), &error)) {
        m_wordingStatus->setText(tr("Item numbers only"));
        // A pack remembered from last time that has gone missing is not worth a dialog.
        if (remember)
            MessageBox::warning(this, tr("Item wording not loaded"),
                                tr("The wording could not be loaded, so the forms show item "
                                   "numbers only.\n\n%1")
                                    .arg(error));
        return;
    }
    m_catalogue = InstrumentCatalogue::builtIn();
    m_catalogue.applyTextPack(pack);
    if (remember) {
        m_settings->setItemTextPackPath(path);
        m_settings->sync();
    }
    m_wordingStatus->setText(tr("Wording from %1").arg(QFileInfo(path).fileName()));
    applyCatalogue();
}

void MeasuresPage::applyCatalogue() {
    m_form->setCatalogue(m_catalogue);
    m_timeline->setCatalogue(m_catalogue);
}
