#include "DemoSessionPlanner.h"

#include "DemoNames.h"
#include "DemoPlanner.h"

using namespace DemoPlan;

namespace {

// How each skill sits against a practitioner's overall level: evocation is the hardest skill
// and the safeguarding skills the most practised (DOMAIN.md §2 reference points).
const double skillOffsets[] = {-0.35, 0.10, 0.0, -0.15, 0.20, 0.10, 0.20};

constexpr qint64 codedWindowMs = 20 * minuteMs;

} // namespace

int DemoSessionPlanner::familyFor(int practitioner, int team, const QDate &date) {
    auto &caseload = m_state.caseloads[practitioner];
    caseload.removeIf([&](const QPair<int, QDate> &c) { return c.second.daysTo(date) > 150; });
    if (!caseload.isEmpty() && m_state.random.chance(0.3)) {
        auto &chosen = caseload[m_state.random.between(0, static_cast<int>(caseload.size()) - 1)];
        chosen.second = date;
        return chosen.first;
    }
    const QString kind = m_state.data.teams.at(team).kind;
    QString caseType = QStringLiteral("child_in_need");
    if (kind == QLatin1String("CIN")) {
        static const QStringList types = {key("child_in_need"), key("early_help"),
                                          key("child_protection")};
        caseType = types.at(m_state.random.weighted({0.75, 0.10, 0.15}));
    } else if (kind == QLatin1String("CP")) {
        caseType = m_state.random.chance(0.85) ? key("child_protection") : key("child_in_need");
    } else if (kind == QLatin1String("CLA") || kind == QLatin1String("Fostering")) {
        caseType = m_state.random.chance(0.9) ? key("looked_after") : key("care_leaver");
    } else if (kind == QLatin1String("CareLeavers")) {
        caseType = key("care_leaver");
    } else {
        static const QStringList types = {key("child_in_need"), key("child_protection"),
                                          key("other")};
        caseType = types.at(m_state.random.weighted({0.8, 0.1, 0.1}));
    }
    const int number = ++m_state.familyCounters[date.year()];
    Family family;
    family.caseCode = QStringLiteral("F%1-%2")
                          .arg(date.year() % 100, 2, 10, QLatin1Char('0'))
                          .arg(number, 4, 10, QLatin1Char('0'));
    family.caseType = caseType;
    family.practitioner = practitioner;
    family.firstSeen = date;
    m_state.data.families.append(family);
    const int index = static_cast<int>(m_state.data.families.size()) - 1;
    caseload.append({index, date});
    return index;
}

Recording DemoSessionPlanner::newRecording(int practitioner, int team, const QDate &date) {
    static const QStringList sessions = {key("home_visit"), key("office"), key("telephone"),
                                         key("supervision"), key("other")};
    static const QStringList reasons = {key("routine"), key("random"), key("high_risk"),
                                        key("self_selected")};
    Recording r;
    r.practitioner = practitioner;
    r.team = team;
    r.recordedOn = date;
    r.sessionType = sessions.at(m_state.random.weighted({0.68, 0.12, 0.07, 0.06, 0.07}));
    r.selectionReason = reasons.at(m_state.random.weighted({0.55, 0.20, 0.15, 0.10}));
    r.practitionerConsent = QStringLiteral("given");
    r.practitionerConsentOn = date.addDays(-m_state.random.between(0, 14));
    r.familyConsent = m_state.random.chance(0.6) ? key("written") : key("verbal");
    r.familyConsentOn = date;
    r.durationMs = m_state.random.between(25, 95) * minuteMs + m_state.random.between(0, 59) * 1000;
    r.createdAt = m_state.timeOn(std::min(date.addDays(m_state.random.between(0, 2)), m_state.end),
                                 9 * 60, 17 * 60 + 30);
    return r;
}

void DemoSessionPlanner::makeSessions() {
    for (int i = 0; i < m_state.data.practitioners.size(); ++i) {
        const Practitioner p = m_state.data.practitioners.at(i);
        const bool agency = p.employment == QLatin1String("agency");
        const double perYear = agency ? 4.6 : 5.5;
        const double interval = 365.0 / perYear;
        const QDate from = std::max(p.joinedOn, m_state.start);
        const QDate until = p.leftOn.isValid() ? std::min(p.leftOn, m_state.end) : m_state.end;
        QDate date = from.addDays(m_state.random.between(7, static_cast<int>(interval)));
        while (date <= until) {
            const int team = DemoPlanState::teamOn(p, date);
            const QDate nextDate = date.addDays(
                static_cast<int>(std::lround(interval * m_state.random.between(0.8, 1.2))));
            if (team < 0) {
                date = nextDate;
                continue;
            }
            if (!p.observed) {
                // Someone who never facilitates a recording still leaves a trail of refusals.
                if (m_state.random.chance(0.3)) {
                    Recording r = newRecording(i, team, date);
                    r.practitionerConsent = QStringLiteral("refused");
                    r.practitionerConsentOn = date;
                    r.familyConsent = QStringLiteral("not_recorded");
                    r.familyConsentOn = QDate();
                    r.durationMs = -1;
                    r.family = familyFor(i, team, date);
                    m_state.data.recordings.append(r);
                }
                date = nextDate;
                continue;
            }
            Recording r = newRecording(i, team, date);
            r.family = familyFor(i, team, date);
            if (m_state.random.chance(0.06)) {
                // Consent refused: nothing is recorded, and the evaluator tries again soon.
                if (m_state.random.chance(0.2)) {
                    r.practitionerConsent = QStringLiteral("refused");
                    r.practitionerConsentOn = date;
                    r.familyConsent = QStringLiteral("not_recorded");
                    r.familyConsentOn = QDate();
                } else {
                    r.familyConsent = QStringLiteral("refused");
                }
                r.durationMs = -1;
                m_state.data.recordings.append(r);
                date = date.addDays(m_state.random.between(10, 25));
                continue;
            }
            m_state.data.recordings.append(r);
            date = nextDate;
        }
    }
}

void DemoSessionPlanner::makeDemoAudioSessions() {
    // The real recordings belong to coached workers in a children-in-need team today, so the
    // coding view opens on the kind of session the coding scheme was written for.
    QList<int> candidates;
    for (int i = 0; i < m_state.data.practitioners.size(); ++i) {
        const Practitioner &p = m_state.data.practitioners.at(i);
        const int team = DemoPlanState::teamOn(p, m_state.end);
        if (team >= 0 && p.observed && p.coachingStarted.isValid() &&
            p.employment == QLatin1String("permanent") &&
            m_state.data.teams.at(team).kind == QLatin1String("CIN"))
            candidates.append(i);
    }
    if (candidates.size() < m_state.clips.size()) {
        for (int i = 0; i < m_state.data.practitioners.size(); ++i) {
            const Practitioner &p = m_state.data.practitioners.at(i);
            if (DemoPlanState::teamOn(p, m_state.end) >= 0 && p.observed && !candidates.contains(i))
                candidates.append(i);
        }
    }
    m_state.random.shuffle(candidates);
    for (int c = 0; c < m_state.clips.size() && c < candidates.size(); ++c) {
        const int practitioner = candidates.at(c);
        // The first clip was coded and fed back last week; the last one is still being coded.
        const QDate date = m_state.end.addDays(c == 0 ? -9 : -2);
        const int team = DemoPlanState::teamOn(m_state.data.practitioners.at(practitioner), date);
        if (team < 0)
            continue;
        m_state.caseloads[practitioner].clear(); // a new family, so its measures are its own
        Recording r = newRecording(practitioner, team, date);
        r.family = familyFor(practitioner, team, date);
        r.sessionType = m_state.clips.at(c).sessionType;
        r.selectionReason = QStringLiteral("routine");
        r.familyConsent = QStringLiteral("written");
        r.durationMs = m_state.clips.at(c).durationMs;
        r.createdAt = m_state.timeOn(date, 16 * 60, 17 * 60);
        r.clip = c;
        m_state.data.recordings.append(r);
    }
}

void DemoSessionPlanner::sortAndNumberRecordings() {
    std::stable_sort(
        m_state.data.recordings.begin(), m_state.data.recordings.end(),
        [](const Recording &a, const Recording &b) { return a.recordedOn < b.recordedOn; });
    QHash<int, int> counters;
    for (Recording &r : m_state.data.recordings) {
        const int year = r.recordedOn.year();
        r.code = QStringLiteral("R%1-%2").arg(year).arg(++counters[year], 4, 10, QLatin1Char('0'));
    }
}

int DemoSessionPlanner::otherEvaluator(int besides) {
    int other = besides;
    while (other == besides && m_state.evaluators.size() > 1)
        other = m_state.random.pick(m_state.evaluators);
    return other;
}

Coding DemoSessionPlanner::codeSession(const Recording &recording, int coder,
                                       const QList<double> &truth, const QString &role, bool final,
                                       const QDate &codedOn) {
    static const QStringList skillKeys = DemoPlanner::skills();
    static const QStringList reasons = DemoNames::notCodableReasons();
    Coding c;
    c.coder = coder;
    c.role = role;
    c.final = final;
    if (m_state.random.chance(0.75) && recording.durationMs > codedWindowMs) {
        // The MITI convention: a 20-minute segment, on whole seconds.
        const int latestStartS = static_cast<int>((recording.durationMs - codedWindowMs) / 1000);
        c.windowStartMs = m_state.random.between(0, latestStartS) * qint64(1000);
        c.windowEndMs = c.windowStartMs + codedWindowMs;
    } else {
        c.windowStartMs = 0;
        c.windowEndMs = recording.durationMs;
    }
    const double bias = m_state.data.users.at(coder).bias;
    double sum = 0;
    int scored = 0;
    for (int k = 0; k < skillKeys.size(); ++k) {
        Score s;
        s.skill = skillKeys.at(k);
        if (m_state.random.chance(0.012)) {
            s.notCodableReason = m_state.random.pick(reasons);
        } else {
            s.score = clampScore(truth.at(k) + bias + m_state.random.normal(0.0, 0.35), 1, 5);
            sum += s.score;
            ++scored;
        }
        c.scores.append(s);
    }
    c.createdAt = m_state.timeOn(codedOn, 9 * 60, 15 * 60);
    const qint64 window = c.windowEndMs - c.windowStartMs;
    c.activeMs = static_cast<qint64>(window * m_state.random.between(1.3, 2.2));
    c.updatedAt = c.createdAt.addMSecs(c.activeMs + m_state.random.between(0, 3600) * qint64(1000));
    if (final)
        c.finalisedAt = c.updatedAt;
    const double mean = scored > 0 ? sum / scored : 3.0;
    if (role == QLatin1String("primary"))
        c.comment = m_state.random.pick(DemoNames::overallComments(mean));
    else if (m_state.random.chance(0.5))
        c.comment = QStringLiteral("Reliability coding.");
    return c;
}

void DemoSessionPlanner::addNotes(Coding &coding, int count) {
    static const QStringList kinds = {key("strength"), key("to_develop"), key("note")};
    for (int n = 0; n < count; ++n) {
        Note note;
        note.atMs = m_state.random.between(static_cast<int>(coding.windowStartMs / 1000),
                                           static_cast<int>(coding.windowEndMs / 1000) - 1) *
                    qint64(1000);
        note.kind = kinds.at(m_state.random.weighted({0.5, 0.35, 0.15}));
        if (note.kind == QLatin1String("note")) {
            note.text = m_state.random.pick(DemoNames::generalNotes());
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
                                  ? m_state.random.between(0, half - 1)
                                  : m_state.random.between(static_cast<int>(scored.size()) - half,
                                                           static_cast<int>(scored.size()) - 1);
            const QString skill = scored.at(index).skill;
            note.skills.append(skill);
            note.text = m_state.random.pick(DemoNames::noteTexts(skill, note.kind));
        }
        note.createdAt =
            coding.createdAt.addMSecs(std::min(coding.activeMs, note.atMs - coding.windowStartMs));
        coding.notes.append(note);
    }
    std::stable_sort(coding.notes.begin(), coding.notes.end(),
                     [](const Note &a, const Note &b) { return a.atMs < b.atMs; });
}

void DemoSessionPlanner::addClipNotes(Coding &coding, const DemoAudio::Clip &clip, qint64 untilMs) {
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

void DemoSessionPlanner::makeCodings() {
    static const QStringList skillKeys = DemoPlanner::skills();
    const QDate draftsFrom = m_state.end.addDays(-14);
    for (Recording &r : m_state.data.recordings) {
        if (r.practitionerConsent != QLatin1String("given") ||
            r.familyConsent == QLatin1String("refused") ||
            r.familyConsent == QLatin1String("not_recorded"))
            continue;
        const double level = m_state.levelOn(r.practitioner, r.team, r.recordedOn);
        const double session = m_state.random.normal(0.0, 0.3);
        QList<double> truth;
        for (int k = 0; k < skillKeys.size(); ++k)
            truth.append(level + skillOffsets[k] + session + m_state.random.normal(0.0, 0.3));

        if (r.clip >= 0) {
            const DemoAudio::Clip &clip = m_state.clips.at(r.clip);
            const bool final = r.clip == 0;
            Coding c = codeSession(r, m_state.evaluators.first(), truth, QStringLiteral("primary"),
                                   final, r.recordedOn.addDays(final ? 1 : 2));
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
                c.feedbackGivenOn = std::min(r.recordedOn.addDays(4), m_state.end);
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
        if (recent && m_state.random.chance(0.5))
            continue; // waiting to be coded
        const int coder = m_state.random.pick(m_state.evaluators);
        const QDate codedOn = recent ? m_state.random.dateBetween(r.recordedOn, m_state.end)
                                     : r.recordedOn.addDays(m_state.random.between(1, 10));
        Coding primary = codeSession(r, coder, truth, QStringLiteral("primary"), !recent,
                                     std::min(codedOn, m_state.end));
        addNotes(primary, m_state.random.between(1, 4));
        if (primary.final) {
            const QDate done = primary.finalisedAt.date();
            const double when = m_state.random.uniform();
            QDate feedback;
            if (when < 0.72)
                feedback = done.addDays(m_state.random.between(0, 7));
            else if (when < 0.87)
                feedback = done.addDays(m_state.random.between(8, 40));
            if (feedback.isValid() && feedback <= m_state.end)
                primary.feedbackGivenOn = feedback;
        }
        r.codings.append(primary);
        if (!primary.final || !m_state.random.chance(0.2))
            continue;

        const QDate secondOn =
            std::min(codedOn.addDays(m_state.random.between(1, 20)), m_state.end);
        Coding second =
            codeSession(r, otherEvaluator(coder), truth, QStringLiteral("second"), true, secondOn);
        second.windowStartMs = primary.windowStartMs;
        second.windowEndMs = primary.windowEndMs;
        addNotes(second, m_state.random.between(0, 2));
        r.codings.append(second);

        // Wide disagreements go to a consensus meeting, as reliability practice expects.
        int wide = 0;
        for (int k = 0; k < primary.scores.size(); ++k) {
            if (primary.scores.at(k).score > 0 && second.scores.at(k).score > 0 &&
                std::abs(primary.scores.at(k).score - second.scores.at(k).score) >= 2)
                ++wide;
        }
        if (wide == 0 && !m_state.random.chance(0.08))
            continue;
        const QDate agreedOn =
            std::min(secondOn.addDays(m_state.random.between(1, 14)), m_state.end);
        Coding consensus = primary;
        consensus.role = QStringLiteral("consensus");
        consensus.notes.clear();
        consensus.feedbackGivenOn = QDate();
        consensus.comment = QStringLiteral("Agreed at the reliability meeting.");
        consensus.createdAt = m_state.timeOn(agreedOn, 10 * 60, 15 * 60);
        consensus.activeMs = m_state.random.between(10, 40) * minuteMs;
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
