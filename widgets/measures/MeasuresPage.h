#pragma once

#include "instruments/InstrumentCatalogue.h"

#include <QWidget>

#include <memory>

class Database;
class FamilyTimelineView;
class FollowUpsView;
class MeasureEntryForm;
class QLabel;
class QTabWidget;
class Settings;

// The "Family measures" page: logging paper questionnaires quickly, each family's timeline
// with T1 -> T2 reliable change, and the follow-ups that are due or overdue. An organisation
// with a licence can load the questionnaires' item wording here.
class MeasuresPage : public QWidget {
    Q_OBJECT

public:
    explicit MeasuresPage(Database &database, QWidget *parent = nullptr);
    ~MeasuresPage() override;

    MeasureEntryForm *entryForm() const { return m_form; }
    FamilyTimelineView *timeline() const { return m_timeline; }
    FollowUpsView *followUps() const { return m_followUps; }

private:
    void loadTextPack(const QString &path, bool remember);
    void chooseTextPack();
    void applyCatalogue();

    std::unique_ptr<Settings> m_settings;
    InstrumentCatalogue m_catalogue;
    QTabWidget *m_tabs = nullptr;
    MeasureEntryForm *m_form = nullptr;
    FamilyTimelineView *m_timeline = nullptr;
    FollowUpsView *m_followUps = nullptr;
    QLabel *m_wordingStatus = nullptr;
};
