#include "FeedbackSheetDocument.h"

#include "domain/CodingSchemeLoader.h"

#include <utility>

namespace {

const CodingScheme &scheme() {
    static const CodingScheme s = CodingSchemeLoader::builtIn();
    return s;
}

QString skillName(const QString &key) {
    const SchemeSkill *skill = scheme().skill(key);
    return skill ? skill->name : key;
}

QString kindName(const QString &kind) {
    if (kind == QLatin1String("strength"))
        return FeedbackSheetDocument::tr("Strengths");
    if (kind == QLatin1String("to_develop"))
        return FeedbackSheetDocument::tr("To develop");
    return FeedbackSheetDocument::tr("Notes");
}

QString groupName(const QString &group) {
    return group.isEmpty() ? FeedbackSheetDocument::tr("General") : skillName(group);
}

// Notes grouped by skill (scheme order, then notes tied to no skill) and kind.
QList<std::pair<QString, QList<std::pair<QString, QList<FeedbackSheet::Note>>>>>
groupedNotes(const FeedbackSheet &sheet) {
    QStringList groups = scheme().skillKeys();
    groups.append(QString());
    const QStringList kinds = {QStringLiteral("strength"), QStringLiteral("to_develop"),
                               QStringLiteral("note")};
    QList<std::pair<QString, QList<std::pair<QString, QList<FeedbackSheet::Note>>>>> result;
    for (const QString &group : groups) {
        QList<std::pair<QString, QList<FeedbackSheet::Note>>> byKind;
        for (const QString &kind : kinds) {
            QList<FeedbackSheet::Note> notes;
            for (const auto &note : sheet.notes) {
                const bool inGroup =
                    group.isEmpty() ? note.skillKeys.isEmpty() : note.skillKeys.contains(group);
                if (inGroup && note.kind == kind)
                    notes.append(note);
            }
            if (!notes.isEmpty())
                byKind.append({kind, notes});
        }
        if (!byKind.isEmpty())
            result.append({group, byKind});
    }
    return result;
}

} // namespace

FeedbackSheetDocument::FeedbackSheetDocument(const FeedbackSheet &sheet)
    : m_sheet(sheet) {}

QString FeedbackSheetDocument::timestamp(qint64 ms) {
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString FeedbackSheetDocument::windowText() const {
    if (m_sheet.windowStartMs < 0 || m_sheet.windowEndMs < 0)
        return tr("The whole recording");
    return tr("%1 to %2").arg(timestamp(m_sheet.windowStartMs), timestamp(m_sheet.windowEndMs));
}

QString FeedbackSheetDocument::html() const {
    auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const FeedbackSheet &sheet = m_sheet;
    QString html;
    html +=
        QStringLiteral("<h2>") +
        esc(tr("Coaching feedback: %1 (%2)").arg(sheet.practitionerName, sheet.practitionerCode)) +
        QStringLiteral("</h2><p>");
    html += esc(tr("Session of %1, %2. Coded by %3. Coded window: %4.")
                    .arg(sheet.recordedOn.toString(QStringLiteral("d MMMM yyyy")), sheet.teamName,
                         sheet.coderName, windowText()));
    html += QStringLiteral("</p><h3>") + esc(tr("Scores")) +
            QStringLiteral("</h3><table cellpadding='4' border='0' width='100%'>");
    for (const SchemeSkill &skill : scheme().skills) {
        QString score = tr("not scored");
        QString descriptor;
        for (const auto &s : sheet.scores) {
            if (s.skillKey != skill.key)
                continue;
            if (s.score) {
                score = QString::number(*s.score);
                descriptor = scheme().levelDescriptor(skill.key, *s.score);
            } else {
                score = tr("not codable");
                descriptor = s.notCodableReason;
            }
            if (!s.rationale.isEmpty())
                descriptor += QStringLiteral(" — ") + s.rationale;
        }
        html += QStringLiteral("<tr><td><b>") + esc(skill.name) +
                QStringLiteral("</b></td><td align='center'><b>") + esc(score) +
                QStringLiteral("</b></td><td>") + esc(descriptor) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table><h3>") + esc(tr("Evidence")) + QStringLiteral("</h3>");
    const auto groups = groupedNotes(sheet);
    if (groups.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("No evidence notes.")) + QStringLiteral("</p>");
    for (const auto &[group, byKind] : groups) {
        html += QStringLiteral("<h4>") + esc(groupName(group)) + QStringLiteral("</h4>");
        for (const auto &[kind, notes] : byKind) {
            html += QStringLiteral("<p><i>") + esc(kindName(kind)) + QStringLiteral("</i></p><ul>");
            for (const auto &note : notes) {
                html += QStringLiteral("<li><a href='play:%1'>▶ %2</a> ")
                            .arg(note.atMs)
                            .arg(timestamp(note.atMs)) +
                        esc(note.body) + QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("<h3>") + esc(tr("Overall comment")) + QStringLiteral("</h3><p>") +
            esc(sheet.comment.isEmpty() ? tr("No comment.") : sheet.comment) +
            QStringLiteral("</p>");
    return html;
}

ReportTable FeedbackSheetDocument::scores() const {
    ReportTable table;
    table.header = {tr("Skill"), tr("Score"), tr("What this level looks like")};
    table.widths = {1.6, 0.7, 5.0};
    table.alignRight = {false, true, false};
    for (const SchemeSkill &skill : scheme().skills) {
        QString score = tr("not scored");
        QString descriptor;
        for (const auto &s : m_sheet.scores) {
            if (s.skillKey != skill.key)
                continue;
            score = s.score ? QString::number(*s.score) : tr("not codable");
            descriptor =
                s.score ? scheme().levelDescriptor(skill.key, *s.score) : s.notCodableReason;
        }
        table.rows.append({skill.name, score, descriptor});
    }
    return table;
}

ReportTable FeedbackSheetDocument::notes() const {
    ReportTable table;
    table.header = {tr("Skill"), tr("Kind"), tr("Time"), tr("Note")};
    table.widths = {1.6, 1.0, 0.8, 4.0};
    table.alignRight = {false, false, true, false};
    for (const auto &[group, byKind] : groupedNotes(m_sheet)) {
        for (const auto &[kind, list] : byKind) {
            for (const auto &note : list)
                table.rows.append(
                    {groupName(group), kindName(kind), timestamp(note.atMs), note.body});
        }
    }
    return table;
}
