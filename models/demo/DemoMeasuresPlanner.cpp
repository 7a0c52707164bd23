#include "DemoMeasuresPlanner.h"

#include <QSet>

using namespace DemoPlan;

DemoPlan::Administration DemoMeasuresPlanner::administration(int family, const QString &respondent,
                                                             const QString &instrument,
                                                             const QString &timepoint,
                                                             const QDate &on) {
    static const QStringList modes = {key("paper"), key("face_to_face"), key("telephone"),
                                      key("interpreter")};
    Administration a;
    a.family = family;
    a.respondent = respondent;
    a.instrument = instrument;
    a.timepoint = timepoint;
    a.administeredOn = on;
    a.mode = modes.at(m_state.random.weighted({0.7, 0.2, 0.05, 0.05}));
    a.createdAt = m_state.timeOn(std::min(on.addDays(m_state.random.between(0, 10)), m_state.end),
                                 9 * 60, 17 * 60);
    return a;
}

void DemoMeasuresPlanner::makeMeasures() {
    // Each family's first consented recording, and its first final primary coding.
    QList<int> firstRecording(m_state.data.families.size(), -1);
    QList<int> firstCoded(m_state.data.families.size(), -1);
    for (int i = 0; i < m_state.data.recordings.size(); ++i) {
        const Recording &r = m_state.data.recordings.at(i);
        if (r.durationMs < 0)
            continue;
        if (firstRecording.at(r.family) < 0)
            firstRecording[r.family] = i;
        if (firstCoded.at(r.family) < 0 && !r.codings.isEmpty() && r.codings.first().final)
            firstCoded[r.family] = i;
    }
    const QSet<int> scoreReversed = {2, 4, 5, 7, 8, 9, 11, 12, 13, 14};
    const QSet<int> waiReversed = {4, 10};
    auto finish = [this](Administration &a) {
        // A few forms come back with one question left blank.
        if (a.items.size() > 1 && m_state.random.chance(0.03))
            a.items.removeAt(m_state.random.between(0, static_cast<int>(a.items.size()) - 1));
        m_state.data.administrations.append(a);
    };
    for (int f = 0; f < m_state.data.families.size(); ++f) {
        if (firstRecording.at(f) < 0)
            continue;
        const Family &family = m_state.data.families.at(f);
        const Recording &first = m_state.data.recordings.at(firstRecording.at(f));
        const QDate seen = first.recordedOn;
        const double level = m_state.levelOn(first.practitioner, first.team, seen);
        // Better practice, better engagement: the link the service could not show before.
        const double engagement = 5.3 + 0.6 * (level - 2.9) + m_state.random.normal(0.0, 0.55);
        const double difficulty = std::clamp(m_state.random.normal(2.6, 0.45), 1.3, 4.3);
        static const QStringList parents = {key("mother"), key("father"), key("carer")};
        const QString parent = family.caseType == QLatin1String("looked_after")
                                   ? key("carer")
                                   : parents.at(m_state.random.weighted({0.65, 0.2, 0.15}));

        if (m_state.random.chance(0.67)) {
            const bool atSession = m_state.random.chance(0.3);
            const QDate t1 = atSession ? seen : seen.addDays(m_state.random.between(0, 21));
            if (t1 <= m_state.end) {
                Administration a = administration(f, parent, key("wai-s-client"), key("T1"), t1);
                if (atSession)
                    a.recording = firstRecording.at(f);
                for (int item = 1; item <= 12; ++item) {
                    const int v = clampScore(engagement + m_state.random.normal(0.0, 0.7), 1, 7);
                    a.items.append({item, waiReversed.contains(item) ? 8 - v : v});
                }
                finish(a);
                const QDate t2 = t1.addDays(m_state.random.between(100, 130));
                if (t2 <= m_state.end && m_state.random.chance(0.35)) {
                    Administration b =
                        administration(f, parent, key("wai-s-client"), key("T2"), t2);
                    const double later = engagement + m_state.random.normal(0.3, 0.3);
                    for (int item = 1; item <= 12; ++item) {
                        const int v = clampScore(later + m_state.random.normal(0.0, 0.7), 1, 7);
                        b.items.append({item, waiReversed.contains(item) ? 8 - v : v});
                    }
                    finish(b);
                }
            }
        }

        if (m_state.random.chance(0.46)) {
            const QDate t1 = seen.addDays(m_state.random.between(0, 28));
            if (t1 <= m_state.end) {
                QStringList respondents = {parent};
                if (m_state.random.chance(0.2))
                    respondents.append(key("young_person"));
                const QDate t2 = t1.addDays(m_state.random.between(100, 130));
                const bool followedUp = t2 <= m_state.end && m_state.random.chance(0.62);
                const double change = m_state.random.normal(0.3, 0.25) + 0.25 * (level - 2.9);
                for (const QString &respondent : respondents) {
                    const double own = difficulty + m_state.random.normal(0.0, 0.25);
                    // Items answered 1 = "describes us very well"; the difficulty items are
                    // stored as answered, so the scorer's reverse key turns them round.
                    auto answers = [&](double scored) {
                        QList<QPair<int, int>> items;
                        for (int item = 1; item <= 15; ++item) {
                            const int s =
                                clampScore(scored + m_state.random.normal(0.0, 0.6), 1, 5);
                            items.append({item, scoreReversed.contains(item) ? 6 - s : s});
                        }
                        return items;
                    };
                    Administration a =
                        administration(f, respondent, key("score-15"), key("T1"), t1);
                    a.items = answers(own);
                    finish(a);
                    if (followedUp) {
                        Administration b =
                            administration(f, respondent, key("score-15"), key("T2"), t2);
                        b.items = answers(std::clamp(own - change, 1.0, 5.0));
                        finish(b);
                    }
                }
            }
        }

        if (firstCoded.at(f) >= 0 && m_state.random.chance(0.5)) {
            const Recording &coded = m_state.data.recordings.at(firstCoded.at(f));
            Administration a = administration(f, key("observer"), key("observer-engagement"),
                                              key("T1"), coded.recordedOn);
            a.mode = key("face_to_face");
            a.recording = firstCoded.at(f);
            a.items.append(
                {1, clampScore(engagement - 0.35 + m_state.random.normal(0.0, 0.6), 1, 7)});
            m_state.data.administrations.append(a);
        }
    }
}
