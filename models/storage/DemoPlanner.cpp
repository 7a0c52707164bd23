#include "DemoPlanner.h"

#include "DemoNames.h"

#include <QSet>
#include <QTime>

#include <algorithm>
#include <cmath>

using namespace DemoPlan;

namespace {

// How each skill sits against a practitioner's overall level: evocation is the hardest skill
// and the safeguarding skills the most practised (DOMAIN.md §2 reference points).
const double skillOffsets[] = {-0.35, 0.10, 0.0, -0.15, 0.20, 0.10, 0.20};

// Training effects on the 1-5 scale, after DOMAIN.md §2: about 2.64 untrained, 2.97 after MI,
// 3.11 and rising with MSW and coaching.
constexpr double miEffect = 0.30;
constexpr double mswEffect = 0.30;
constexpr double coachingEffect = 0.22;

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 codedWindowMs = 20 * minuteMs;

int clampScore(double value, int low, int high) {
    return std::clamp(static_cast<int>(std::lround(value)), low, high);
}

QString key(const char *text) {
    return QString::fromLatin1(text);
}

} // namespace

DemoPlanner::Parameters DemoPlanner::serviceSize() {
    return {};
}

DemoPlanner::Parameters DemoPlanner::decadeSize() {
    Parameters p;
    p.years = 10;
    // A large authority: six services of seven teams. Few joiners and leavers, so that about
    // 600 people give about 36,000 codings over the ten years (DOMAIN.md §7).
    p.services = 6;
    p.initialStaff = 620;
    p.joiners = 10;
    p.leavers = 25;
    p.movers = 40;
    p.evaluators = 12;
    p.coaches = 4;
    p.managers = 4;
    return p;
}

QStringList DemoPlanner::skills() {
    return {QStringLiteral("evocation"),      QStringLiteral("empathy"),
            QStringLiteral("collaboration"),  QStringLiteral("autonomy"),
            QStringLiteral("purposefulness"), QStringLiteral("clarity_about_concerns"),
            QStringLiteral("child_focus")};
}

DemoPlanner::DemoPlanner(const Parameters &parameters, quint32 seed, const QDate &endDate,
                         const QList<DemoAudio::Clip> &clips)
    : m_parameters(parameters)
    , m_random(seed)
    , m_start(endDate.addYears(-parameters.years).addDays(1))
    , m_end(endDate)
    , m_clips(clips) {}

Data DemoPlanner::plan() {
    makeServicesAndTeams();
    makeUsers();
    makeStaff();
    makeTraining();
    makeSessions();
    makeDemoAudioSessions();
    sortAndNumberRecordings();
    makeCodings();
    makeMeasures();
    return std::move(m_data);
}

QDateTime DemoPlanner::timeOn(const QDate &date, int earliestMinute, int latestMinute) {
    const int minute = m_random.between(earliestMinute, latestMinute);
    return QDateTime(date, QTime(minute / 60, minute % 60, m_random.between(0, 59)), Qt::UTC);
}

void DemoPlanner::makeServicesAndTeams() {
    const QStringList areas = DemoNames::areas();
    const auto templates = DemoNames::serviceTeams();
    // Team effects are spread evenly and then shuffled, so teams always differ visibly.
    const int teamCount = m_parameters.services * static_cast<int>(templates.size());
    QList<double> effects;
    for (int i = 0; i < teamCount; ++i)
        effects.append(teamCount == 1 ? 0.0 : -0.25 + 0.5 * i / (teamCount - 1));
    m_random.shuffle(effects);
    for (int s = 0; s < m_parameters.services; ++s) {
        const QString area = areas.at(s % areas.size());
        m_data.services.append({area + QStringLiteral(" Children's Services")});
        for (const auto &t : templates) {
            Team team;
            team.service = s;
            team.name = m_parameters.services == 1 ? t.name : area + QLatin1Char(' ') + t.name;
            team.kind = t.kind;
            team.effect = effects.at(m_data.teams.size());
            m_data.teams.append(team);
        }
    }
}

void DemoPlanner::makeUsers() {
    const auto templates =
        DemoNames::users(m_parameters.evaluators, m_parameters.coaches, m_parameters.managers);
    for (const auto &t : templates) {
        User user{t.username, t.displayName, t.role, 0.0};
        if (t.role == QLatin1String("evaluator")) {
            user.bias = m_random.normal(0.0, 0.12);
            m_evaluators.append(static_cast<int>(m_data.users.size()));
        }
        m_data.users.append(user);
    }
}

int DemoPlanner::addPractitioner(int team, const QString &role, const QString &employment,
                                 const QDate &joinedOn) {
    static const QStringList first = DemoNames::firstNames();
    static const QStringList last = DemoNames::surnames();
    QSet<QString> taken;
    for (const auto &p : std::as_const(m_data.practitioners))
        taken.insert(p.displayName);
    Practitioner p;
    p.code = QStringLiteral("P%1").arg(m_data.practitioners.size() + 1, 4, 10, QLatin1Char('0'));
    for (int attempt = 0; attempt < 50; ++attempt) {
        p.displayName = m_random.pick(first) + QLatin1Char(' ') + m_random.pick(last);
        if (!taken.contains(p.displayName))
            break;
    }
    p.role = role;
    p.employment = employment;
    p.joinedOn = joinedOn;
    p.memberships.append({team, joinedOn, QDate()});
    p.baseline = std::clamp(m_random.normal(2.64, 0.22) -
                                (employment == QLatin1String("agency") ? 0.1 : 0.0),
                            1.9, 3.4);
    // Team managers hold no cases of their own, and a few workers never facilitate a
    // recording: the coverage gap the service needs to see (DOMAIN.md §4).
    p.observed = role != QLatin1String("team_manager") && m_random.chance(0.96);
    m_data.practitioners.append(p);
    m_caseloads.append(QList<QPair<int, QDate>>());
    return static_cast<int>(m_data.practitioners.size()) - 1;
}

void DemoPlanner::makeStaff() {
    const int teamCount = static_cast<int>(m_data.teams.size());
    for (int n = 0; n < m_parameters.initialStaff; ++n) {
        const int team = n % teamCount;
        const int slot = n / teamCount;
        const QString kind = m_data.teams.at(team).kind;
        QString role = QStringLiteral("social_worker");
        if (slot == 0)
            role = QStringLiteral("team_manager");
        else if (slot == 1 || slot == 7)
            role = QStringLiteral("deputy_team_manager");
        else if (slot == 2 || slot == 3)
            role = QStringLiteral("senior_social_worker");
        else if (kind == QLatin1String("CLA") && slot == 4)
            role = QStringLiteral("supervising_social_worker");
        else if (kind == QLatin1String("CLA") && slot == 5)
            role = QStringLiteral("young_persons_adviser");
        const bool canBeAgency = role == QLatin1String("social_worker");
        const QString employment = canBeAgency && m_random.chance(0.22)
                                       ? QStringLiteral("agency")
                                       : QStringLiteral("permanent");
        const int daysBefore = employment == QLatin1String("agency") ? m_random.between(20, 300)
                                                                     : m_random.between(60, 3000);
        addPractitioner(team, role, employment, m_start.addDays(-daysBefore));
    }

    // Leavers and movers come from the initial social workers; agency staff leave more often.
    QList<int> candidates;
    for (int i = 0; i < m_data.practitioners.size(); ++i) {
        const QString role = m_data.practitioners.at(i).role;
        if (role == QLatin1String("social_worker") || role == QLatin1String("senior_social_worker"))
            candidates.append(i);
    }
    m_random.shuffle(candidates);
    // Drawn in a plain loop rather than inside std::stable_partition, whose order of calls to
    // the predicate the standard leaves open: the seed must give the same people everywhere.
    QList<int> first, rest;
    for (int i : std::as_const(candidates)) {
        const bool agency = m_data.practitioners.at(i).employment == QLatin1String("agency");
        (agency && m_random.chance(0.5) ? first : rest).append(i);
    }
    candidates = first + rest;
    const int span = static_cast<int>(m_start.daysTo(m_end));
    int next = 0;
    for (int n = 0; n < m_parameters.leavers && next < candidates.size(); ++n, ++next) {
        Practitioner &p = m_data.practitioners[candidates.at(next)];
        p.leftOn = m_start.addDays(m_random.between(60, span - 30));
        p.memberships.last().to = p.leftOn;
    }
    QList<int> movers = candidates.mid(next);
    // Movers are permanent staff: agency workers leave rather than move.
    movers.removeIf(
        [this](int i) { return m_data.practitioners.at(i).employment == QLatin1String("agency"); });
    for (int n = 0; n < m_parameters.movers && n < movers.size(); ++n) {
        Practitioner &p = m_data.practitioners[movers.at(n)];
        const QDate moveOn = m_start.addDays(m_random.between(90, span - 90));
        int newTeam = m_random.between(0, teamCount - 2);
        if (newTeam >= p.memberships.last().team)
            ++newTeam;
        p.memberships.last().to = moveOn.addDays(-1);
        p.memberships.append({newTeam, moveOn, QDate()});
    }

    for (int n = 0; n < m_parameters.joiners; ++n) {
        const int team = m_random.between(0, teamCount - 1);
        const QString employment =
            m_random.chance(0.3) ? QStringLiteral("agency") : QStringLiteral("permanent");
        const QString role = employment == QLatin1String("permanent") && m_random.chance(0.2)
                                 ? QStringLiteral("senior_social_worker")
                                 : QStringLiteral("social_worker");
        addPractitioner(team, role, employment, m_start.addDays(m_random.between(30, span - 120)));
    }
}

void DemoPlanner::makeTraining() {
    // MSW rolls out in six-monthly cohorts; in the decade the first years are the baseline.
    QDate cohort = m_start.addDays(m_parameters.years >= 5 ? 3 * 365 : 100);
    while (cohort <= m_end.addDays(-120)) {
        m_cohorts.append(cohort);
        cohort = cohort.addDays(182);
    }
    for (Practitioner &p : m_data.practitioners) {
        const bool agency = p.employment == QLatin1String("agency");
        if (m_random.chance(agency ? 0.1 : 0.35)) {
            const QDate earliest = std::max(p.joinedOn, m_start.addYears(-3));
            const QDate started = m_random.dateBetween(earliest, m_start.addDays(120));
            p.miCompleted = started.addDays(m_random.between(1, 4));
            p.training.append({QStringLiteral("mi"), QStringLiteral("MI %1").arg(started.year()),
                               started, p.miCompleted});
        }
        if (!m_random.chance(agency ? 0.15 : 0.72))
            continue;
        int index = 0;
        while (index < m_cohorts.size() && m_cohorts.at(index) < p.joinedOn.addDays(30))
            ++index;
        index += m_random.between(0, 2);
        if (index >= m_cohorts.size())
            continue;
        const QDate started = m_cohorts.at(index);
        if (p.leftOn.isValid() && started >= p.leftOn.addDays(-60))
            continue;
        const QDate completed = started.addDays(70);
        p.mswStarted = started;
        p.training.append({QStringLiteral("msw"), QStringLiteral("MSW cohort %1").arg(index + 1),
                           started, completed <= m_end ? completed : QDate()});
        if (!m_random.chance(0.85))
            continue;
        const QDate coachingFrom = completed.addDays(7);
        if (coachingFrom > m_end || (p.leftOn.isValid() && coachingFrom >= p.leftOn))
            continue;
        QDate coachingTo = coachingFrom.addDays(182);
        if (p.leftOn.isValid() && coachingTo > p.leftOn)
            coachingTo = p.leftOn;
        p.coachingStarted = coachingFrom;
        p.training.append({QStringLiteral("coaching"),
                           QStringLiteral("Coaching cohort %1").arg(index + 1), coachingFrom,
                           coachingTo <= m_end ? coachingTo : QDate()});
    }
}

int DemoPlanner::teamOn(const Practitioner &practitioner, const QDate &date) const {
    for (const Membership &m : practitioner.memberships) {
        if (m.from <= date && (!m.to.isValid() || date <= m.to))
            return m.team;
    }
    return -1;
}

double DemoPlanner::levelOn(int practitioner, int team, const QDate &date) const {
    const Practitioner &p = m_data.practitioners.at(practitioner);
    double mi = p.miCompleted.isValid() && p.miCompleted <= date ? miEffect : 0.0;
    double msw = 0.0;
    if (p.mswStarted.isValid() && p.mswStarted <= date)
        msw = mswEffect * std::min(1.0, p.mswStarted.daysTo(date) / 70.0);
    // Coaching keeps improving practice for about a year, then levels off.
    if (p.coachingStarted.isValid() && p.coachingStarted <= date)
        msw += coachingEffect * std::min(1.0, p.coachingStarted.daysTo(date) / 300.0);
    return p.baseline + m_data.teams.at(team).effect + std::max(mi, msw);
}

int DemoPlanner::familyFor(int practitioner, int team, const QDate &date) {
    auto &caseload = m_caseloads[practitioner];
    caseload.removeIf([&](const QPair<int, QDate> &c) { return c.second.daysTo(date) > 150; });
    if (!caseload.isEmpty() && m_random.chance(0.3)) {
        auto &chosen = caseload[m_random.between(0, static_cast<int>(caseload.size()) - 1)];
        chosen.second = date;
        return chosen.first;
    }
    const QString kind = m_data.teams.at(team).kind;
    QString caseType = QStringLiteral("child_in_need");
    if (kind == QLatin1String("CIN")) {
        static const QStringList types = {key("child_in_need"), key("early_help"),
                                          key("child_protection")};
        caseType = types.at(m_random.weighted({0.75, 0.10, 0.15}));
    } else if (kind == QLatin1String("CP")) {
        caseType = m_random.chance(0.85) ? key("child_protection") : key("child_in_need");
    } else if (kind == QLatin1String("CLA") || kind == QLatin1String("Fostering")) {
        caseType = m_random.chance(0.9) ? key("looked_after") : key("care_leaver");
    } else if (kind == QLatin1String("CareLeavers")) {
        caseType = key("care_leaver");
    } else {
        static const QStringList types = {key("child_in_need"), key("child_protection"),
                                          key("other")};
        caseType = types.at(m_random.weighted({0.8, 0.1, 0.1}));
    }
    const int number = ++m_familyCounters[date.year()];
    Family family;
    family.caseCode = QStringLiteral("F%1-%2")
                          .arg(date.year() % 100, 2, 10, QLatin1Char('0'))
                          .arg(number, 4, 10, QLatin1Char('0'));
    family.caseType = caseType;
    family.practitioner = practitioner;
    family.firstSeen = date;
    m_data.families.append(family);
    const int index = static_cast<int>(m_data.families.size()) - 1;
    caseload.append({index, date});
    return index;
}

Recording DemoPlanner::newRecording(int practitioner, int team, const QDate &date) {
    static const QStringList sessions = {key("home_visit"), key("office"), key("telephone"),
                                         key("supervision"), key("other")};
    static const QStringList reasons = {key("routine"), key("random"), key("high_risk"),
                                        key("self_selected")};
    Recording r;
    r.practitioner = practitioner;
    r.team = team;
    r.recordedOn = date;
    r.sessionType = sessions.at(m_random.weighted({0.68, 0.12, 0.07, 0.06, 0.07}));
    r.selectionReason = reasons.at(m_random.weighted({0.55, 0.20, 0.15, 0.10}));
    r.practitionerConsent = QStringLiteral("given");
    r.practitionerConsentOn = date.addDays(-m_random.between(0, 14));
    r.familyConsent = m_random.chance(0.6) ? key("written") : key("verbal");
    r.familyConsentOn = date;
    r.durationMs = m_random.between(25, 95) * minuteMs + m_random.between(0, 59) * 1000;
    r.createdAt =
        timeOn(std::min(date.addDays(m_random.between(0, 2)), m_end), 9 * 60, 17 * 60 + 30);
    return r;
}

void DemoPlanner::makeSessions() {
    for (int i = 0; i < m_data.practitioners.size(); ++i) {
        const Practitioner p = m_data.practitioners.at(i);
        const bool agency = p.employment == QLatin1String("agency");
        const double perYear = agency ? 4.6 : 5.5;
        const double interval = 365.0 / perYear;
        const QDate from = std::max(p.joinedOn, m_start);
        const QDate until = p.leftOn.isValid() ? std::min(p.leftOn, m_end) : m_end;
        QDate date = from.addDays(m_random.between(7, static_cast<int>(interval)));
        while (date <= until) {
            const int team = teamOn(p, date);
            const QDate nextDate =
                date.addDays(static_cast<int>(std::lround(interval * m_random.between(0.8, 1.2))));
            if (team < 0) {
                date = nextDate;
                continue;
            }
            if (!p.observed) {
                // Someone who never facilitates a recording still leaves a trail of refusals.
                if (m_random.chance(0.3)) {
                    Recording r = newRecording(i, team, date);
                    r.practitionerConsent = QStringLiteral("refused");
                    r.practitionerConsentOn = date;
                    r.familyConsent = QStringLiteral("not_recorded");
                    r.familyConsentOn = QDate();
                    r.durationMs = -1;
                    r.family = familyFor(i, team, date);
                    m_data.recordings.append(r);
                }
                date = nextDate;
                continue;
            }
            Recording r = newRecording(i, team, date);
            r.family = familyFor(i, team, date);
            if (m_random.chance(0.06)) {
                // Consent refused: nothing is recorded, and the evaluator tries again soon.
                if (m_random.chance(0.2)) {
                    r.practitionerConsent = QStringLiteral("refused");
                    r.practitionerConsentOn = date;
                    r.familyConsent = QStringLiteral("not_recorded");
                    r.familyConsentOn = QDate();
                } else {
                    r.familyConsent = QStringLiteral("refused");
                }
                r.durationMs = -1;
                m_data.recordings.append(r);
                date = date.addDays(m_random.between(10, 25));
                continue;
            }
            m_data.recordings.append(r);
            date = nextDate;
        }
    }
}

void DemoPlanner::makeDemoAudioSessions() {
    // The real recordings belong to coached workers in a children-in-need team today, so the
    // coding view opens on the kind of session the coding scheme was written for.
    QList<int> candidates;
    for (int i = 0; i < m_data.practitioners.size(); ++i) {
        const Practitioner &p = m_data.practitioners.at(i);
        const int team = teamOn(p, m_end);
        if (team >= 0 && p.observed && p.coachingStarted.isValid() &&
            p.employment == QLatin1String("permanent") &&
            m_data.teams.at(team).kind == QLatin1String("CIN"))
            candidates.append(i);
    }
    if (candidates.size() < m_clips.size()) {
        for (int i = 0; i < m_data.practitioners.size(); ++i) {
            const Practitioner &p = m_data.practitioners.at(i);
            if (teamOn(p, m_end) >= 0 && p.observed && !candidates.contains(i))
                candidates.append(i);
        }
    }
    m_random.shuffle(candidates);
    for (int c = 0; c < m_clips.size() && c < candidates.size(); ++c) {
        const int practitioner = candidates.at(c);
        // The first clip was coded and fed back last week; the last one is still being coded.
        const QDate date = m_end.addDays(c == 0 ? -9 : -2);
        const int team = teamOn(m_data.practitioners.at(practitioner), date);
        if (team < 0)
            continue;
        m_caseloads[practitioner].clear(); // a new family, so its measures are its own
        Recording r = newRecording(practitioner, team, date);
        r.family = familyFor(practitioner, team, date);
        r.sessionType = m_clips.at(c).sessionType;
        r.selectionReason = QStringLiteral("routine");
        r.familyConsent = QStringLiteral("written");
        r.durationMs = m_clips.at(c).durationMs;
        r.createdAt = timeOn(date, 16 * 60, 17 * 60);
        r.clip = c;
        m_data.recordings.append(r);
    }
}

void DemoPlanner::sortAndNumberRecordings() {
    std::stable_sort(
        m_data.recordings.begin(), m_data.recordings.end(),
        [](const Recording &a, const Recording &b) { return a.recordedOn < b.recordedOn; });
    QHash<int, int> counters;
    for (Recording &r : m_data.recordings) {
        const int year = r.recordedOn.year();
        r.code = QStringLiteral("R%1-%2").arg(year).arg(++counters[year], 4, 10, QLatin1Char('0'));
    }
}

int DemoPlanner::otherEvaluator(int besides) {
    int other = besides;
    while (other == besides && m_evaluators.size() > 1)
        other = m_random.pick(m_evaluators);
    return other;
}

Coding DemoPlanner::codeSession(const Recording &recording, int coder, const QList<double> &truth,
                                const QString &role, bool final, const QDate &codedOn) {
    static const QStringList skillKeys = skills();
    static const QStringList reasons = DemoNames::notCodableReasons();
    Coding c;
    c.coder = coder;
    c.role = role;
    c.final = final;
    if (m_random.chance(0.75) && recording.durationMs > codedWindowMs) {
        // The MITI convention: a 20-minute segment, on whole seconds.
        const int latestStartS = static_cast<int>((recording.durationMs - codedWindowMs) / 1000);
        c.windowStartMs = m_random.between(0, latestStartS) * qint64(1000);
        c.windowEndMs = c.windowStartMs + codedWindowMs;
    } else {
        c.windowStartMs = 0;
        c.windowEndMs = recording.durationMs;
    }
    const double bias = m_data.users.at(coder).bias;
    double sum = 0;
    int scored = 0;
    for (int k = 0; k < skillKeys.size(); ++k) {
        Score s;
        s.skill = skillKeys.at(k);
        if (m_random.chance(0.012)) {
            s.notCodableReason = m_random.pick(reasons);
        } else {
            s.score = clampScore(truth.at(k) + bias + m_random.normal(0.0, 0.35), 1, 5);
            sum += s.score;
            ++scored;
        }
        c.scores.append(s);
    }
    c.createdAt = timeOn(codedOn, 9 * 60, 15 * 60);
    const qint64 window = c.windowEndMs - c.windowStartMs;
    c.activeMs = static_cast<qint64>(window * m_random.between(1.3, 2.2));
    c.updatedAt = c.createdAt.addMSecs(c.activeMs + m_random.between(0, 3600) * qint64(1000));
    if (final)
        c.finalisedAt = c.updatedAt;
    const double mean = scored > 0 ? sum / scored : 3.0;
    if (role == QLatin1String("primary"))
        c.comment = m_random.pick(DemoNames::overallComments(mean));
    else if (m_random.chance(0.5))
        c.comment = QStringLiteral("Reliability coding.");
    return c;
}

void DemoPlanner::addNotes(Coding &coding, int count) {
    static const QStringList kinds = {key("strength"), key("to_develop"), key("note")};
    for (int n = 0; n < count; ++n) {
        Note note;
        note.atMs = m_random.between(static_cast<int>(coding.windowStartMs / 1000),
                                     static_cast<int>(coding.windowEndMs / 1000) - 1) *
                    qint64(1000);
        note.kind = kinds.at(m_random.weighted({0.5, 0.35, 0.15}));
        if (note.kind == QLatin1String("note")) {
            note.text = m_random.pick(DemoNames::generalNotes());
        } else {
            // A strength points at one of the better-scored skills, a point to develop at one
            // of the weaker ones, as a coder's notes do.
            QList<Score> scored;
            for (const Score &s : std::as_const(coding.scores))
                if (s.score > 0)
                    scored.append(s);
            if (scored.isEmpty())
                continue;
            std::stable_sort(scored.begin(), scored.end(),
                             [](const Score &a, const Score &b) { return a.score > b.score; });
            const int half = std::max(1, static_cast<int>(scored.size()) / 2);
            const int index = note.kind == QLatin1String("strength")
                                  ? m_random.between(0, half - 1)
                                  : m_random.between(static_cast<int>(scored.size()) - half,
                                                     static_cast<int>(scored.size()) - 1);
            const QString skill = scored.at(index).skill;
            note.skills.append(skill);
            note.text = m_random.pick(DemoNames::noteTexts(skill, note.kind));
        }
        note.createdAt =
            coding.createdAt.addMSecs(std::min(coding.activeMs, note.atMs - coding.windowStartMs));
        coding.notes.append(note);
    }
    std::stable_sort(coding.notes.begin(), coding.notes.end(),
                     [](const Note &a, const Note &b) { return a.atMs < b.atMs; });
}

void DemoPlanner::addClipNotes(Coding &coding, const DemoAudio::Clip &clip, qint64 untilMs) {
    for (const DemoAudio::Turn &turn : clip.turns) {
        if (turn.noteKind.isEmpty() || turn.startMs >= untilMs)
            continue;
        Note note;
        // Pinned just after the words start, where a coder pauses to write.
        note.atMs = std::min(turn.startMs + 1500, turn.endMs);
        note.kind = turn.noteKind;
        note.skills = turn.noteSkills;
        note.text = turn.noteText;
        note.createdAt = coding.createdAt.addMSecs(note.atMs * 2);
        coding.notes.append(note);
    }
}

void DemoPlanner::makeCodings() {
    static const QStringList skillKeys = skills();
    const QDate draftsFrom = m_end.addDays(-14);
    for (Recording &r : m_data.recordings) {
        if (r.practitionerConsent != QLatin1String("given") ||
            r.familyConsent == QLatin1String("refused") ||
            r.familyConsent == QLatin1String("not_recorded"))
            continue;
        const double level = levelOn(r.practitioner, r.team, r.recordedOn);
        const double session = m_random.normal(0.0, 0.3);
        QList<double> truth;
        for (int k = 0; k < skillKeys.size(); ++k)
            truth.append(level + skillOffsets[k] + session + m_random.normal(0.0, 0.3));

        if (r.clip >= 0) {
            const DemoAudio::Clip &clip = m_clips.at(r.clip);
            const bool final = r.clip == 0;
            Coding c = codeSession(r, m_evaluators.first(), truth, QStringLiteral("primary"), final,
                                   r.recordedOn.addDays(final ? 1 : 2));
            c.windowStartMs = 0;
            c.windowEndMs = clip.durationMs;
            c.activeMs = clip.durationMs * 3;
            // The scores match what is heard: warm and clear, with one slip into advice.
            const QList<int> heard =
                final ? QList<int>{3, 4, 4, 3, 4, 4, 4} : QList<int>{4, 4, 3, 4, 4, 4, 4};
            for (int k = 0; k < c.scores.size(); ++k) {
                c.scores[k].score = heard.at(k);
                c.scores[k].notCodableReason.clear();
            }
            if (final) {
                c.comment = QStringLiteral(
                    "A warm, well-paced visit. Clear about the school attendance concern and "
                    "kept Jayden in mind throughout. One slip into advice-giving, recovered "
                    "well. For coaching: ask for the parent's ideas before offering your own.");
                c.updatedAt = c.createdAt.addMSecs(c.activeMs);
                c.finalisedAt = c.updatedAt;
                c.feedbackGivenOn = std::min(r.recordedOn.addDays(4), m_end);
                addClipNotes(c, clip, clip.durationMs);
            } else {
                // Half-way through: the later skills are not scored yet.
                c.comment.clear();
                c.scores = c.scores.mid(0, 4);
                c.activeMs = clip.durationMs;
                c.updatedAt = c.createdAt.addMSecs(c.activeMs);
                c.finalisedAt = QDateTime();
                addClipNotes(c, clip, clip.durationMs * 6 / 10);
            }
            r.codings.append(c);
            continue;
        }

        const bool recent = r.recordedOn >= draftsFrom;
        if (recent && m_random.chance(0.5))
            continue; // waiting to be coded
        const int coder = m_random.pick(m_evaluators);
        const QDate codedOn = recent ? m_random.dateBetween(r.recordedOn, m_end)
                                     : r.recordedOn.addDays(m_random.between(1, 10));
        Coding primary = codeSession(r, coder, truth, QStringLiteral("primary"), !recent,
                                     std::min(codedOn, m_end));
        addNotes(primary, m_random.between(1, 4));
        if (primary.final) {
            const QDate done = primary.finalisedAt.date();
            const double when = m_random.uniform();
            QDate feedback;
            if (when < 0.72)
                feedback = done.addDays(m_random.between(0, 7));
            else if (when < 0.87)
                feedback = done.addDays(m_random.between(8, 40));
            if (feedback.isValid() && feedback <= m_end)
                primary.feedbackGivenOn = feedback;
        }
        r.codings.append(primary);
        if (!primary.final || !m_random.chance(0.2))
            continue;

        const QDate secondOn = std::min(codedOn.addDays(m_random.between(1, 20)), m_end);
        Coding second =
            codeSession(r, otherEvaluator(coder), truth, QStringLiteral("second"), true, secondOn);
        second.windowStartMs = primary.windowStartMs;
        second.windowEndMs = primary.windowEndMs;
        addNotes(second, m_random.between(0, 2));
        r.codings.append(second);

        // Wide disagreements go to a consensus meeting, as reliability practice expects.
        int wide = 0;
        for (int k = 0; k < primary.scores.size(); ++k) {
            if (primary.scores.at(k).score > 0 && second.scores.at(k).score > 0 &&
                std::abs(primary.scores.at(k).score - second.scores.at(k).score) >= 2)
                ++wide;
        }
        if (wide == 0 && !m_random.chance(0.08))
            continue;
        const QDate agreedOn = std::min(secondOn.addDays(m_random.between(1, 14)), m_end);
        Coding consensus = primary;
        consensus.role = QStringLiteral("consensus");
        consensus.notes.clear();
        consensus.feedbackGivenOn = QDate();
        consensus.comment = QStringLiteral("Agreed at the reliability meeting.");
        consensus.createdAt = timeOn(agreedOn, 10 * 60, 15 * 60);
        consensus.activeMs = m_random.between(10, 40) * minuteMs;
        consensus.updatedAt = consensus.createdAt.addMSecs(consensus.activeMs);
        consensus.finalisedAt = consensus.updatedAt;
        for (int k = 0; k < consensus.scores.size(); ++k) {
            const Score &a = primary.scores.at(k);
            const Score &b = second.scores.at(k);
            Score &agreed = consensus.scores[k];
            if (a.score > 0 && b.score > 0) {
                // Meet in the middle; a half point goes the primary coder's way.
                const int low = std::min(a.score, b.score);
                const int high = std::max(a.score, b.score);
                const int middle = (low + high) / 2;
                agreed.score = (low + high) % 2 == 0 || a.score < b.score ? middle : middle + 1;
                agreed.notCodableReason.clear();
            } else if (b.score > 0) {
                agreed = b;
            }
        }
        r.codings.append(consensus);
    }
}

DemoPlan::Administration DemoPlanner::administration(int family, const QString &respondent,
                                                     const QString &instrument,
                                                     const QString &timepoint, const QDate &on) {
    static const QStringList modes = {key("paper"), key("face_to_face"), key("telephone"),
                                      key("interpreter")};
    Administration a;
    a.family = family;
    a.respondent = respondent;
    a.instrument = instrument;
    a.timepoint = timepoint;
    a.administeredOn = on;
    a.mode = modes.at(m_random.weighted({0.7, 0.2, 0.05, 0.05}));
    a.createdAt = timeOn(std::min(on.addDays(m_random.between(0, 10)), m_end), 9 * 60, 17 * 60);
    return a;
}

void DemoPlanner::makeMeasures() {
    // Each family's first consented recording, and its first final primary coding.
    QList<int> firstRecording(m_data.families.size(), -1);
    QList<int> firstCoded(m_data.families.size(), -1);
    for (int i = 0; i < m_data.recordings.size(); ++i) {
        const Recording &r = m_data.recordings.at(i);
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
        if (a.items.size() > 1 && m_random.chance(0.03))
            a.items.removeAt(m_random.between(0, static_cast<int>(a.items.size()) - 1));
        m_data.administrations.append(a);
    };
    for (int f = 0; f < m_data.families.size(); ++f) {
        if (firstRecording.at(f) < 0)
            continue;
        const Family &family = m_data.families.at(f);
        const Recording &first = m_data.recordings.at(firstRecording.at(f));
        const QDate seen = first.recordedOn;
        const double level = levelOn(first.practitioner, first.team, seen);
        // Better practice, better engagement: the link the service could not show before.
        const double engagement = 5.3 + 0.6 * (level - 2.9) + m_random.normal(0.0, 0.55);
        const double difficulty = std::clamp(m_random.normal(2.6, 0.45), 1.3, 4.3);
        static const QStringList parents = {key("mother"), key("father"), key("carer")};
        const QString parent = family.caseType == QLatin1String("looked_after")
                                   ? key("carer")
                                   : parents.at(m_random.weighted({0.65, 0.2, 0.15}));

        if (m_random.chance(0.67)) {
            const bool atSession = m_random.chance(0.3);
            const QDate t1 = atSession ? seen : seen.addDays(m_random.between(0, 21));
            if (t1 <= m_end) {
                Administration a = administration(f, parent, key("wai-s-client"), key("T1"), t1);
                if (atSession)
                    a.recording = firstRecording.at(f);
                for (int item = 1; item <= 12; ++item) {
                    const int v = clampScore(engagement + m_random.normal(0.0, 0.7), 1, 7);
                    a.items.append({item, waiReversed.contains(item) ? 8 - v : v});
                }
                finish(a);
                const QDate t2 = t1.addDays(m_random.between(100, 130));
                if (t2 <= m_end && m_random.chance(0.35)) {
                    Administration b =
                        administration(f, parent, key("wai-s-client"), key("T2"), t2);
                    const double later = engagement + m_random.normal(0.3, 0.3);
                    for (int item = 1; item <= 12; ++item) {
                        const int v = clampScore(later + m_random.normal(0.0, 0.7), 1, 7);
                        b.items.append({item, waiReversed.contains(item) ? 8 - v : v});
                    }
                    finish(b);
                }
            }
        }

        if (m_random.chance(0.46)) {
            const QDate t1 = seen.addDays(m_random.between(0, 28));
            if (t1 <= m_end) {
                QStringList respondents = {parent};
                if (m_random.chance(0.2))
                    respondents.append(key("young_person"));
                const QDate t2 = t1.addDays(m_random.between(100, 130));
                const bool followedUp = t2 <= m_end && m_random.chance(0.62);
                const double change = m_random.normal(0.3, 0.25) + 0.25 * (level - 2.9);
                for (const QString &respondent : respondents) {
                    const double own = difficulty + m_random.normal(0.0, 0.25);
                    // Items answered 1 = "describes us very well"; the difficulty items are
                    // stored as answered, so the scorer's reverse key turns them round.
                    auto answers = [&](double scored) {
                        QList<QPair<int, int>> items;
                        for (int item = 1; item <= 15; ++item) {
                            const int s = clampScore(scored + m_random.normal(0.0, 0.6), 1, 5);
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

        if (firstCoded.at(f) >= 0 && m_random.chance(0.5)) {
            const Recording &coded = m_data.recordings.at(firstCoded.at(f));
            Administration a = administration(f, key("observer"), key("observer-engagement"),
                                              key("T1"), coded.recordedOn);
            a.mode = key("face_to_face");
            a.recording = firstCoded.at(f);
            a.items.append({1, clampScore(engagement - 0.35 + m_random.normal(0.0, 0.6), 1, 7)});
            m_data.administrations.append(a);
        }
    }
}
