#include "reports/FeedbackSheetDocument.h"

#include <QTest>

// The coaching feedback sheet in words: what the screen shows as HTML and the PDF as tables.
// A note's text is the practitioner's own words and is shown as text, never as markup.
class tst_FeedbackSheetDocument : public QObject {
    Q_OBJECT

private slots:
    void timestamps_data();
    void timestamps();
    void htmlShowsScoresNotesAndComment();
    void htmlEscapesWhatPeopleTyped();
    void tablesGroupNotesBySkillThenGeneral();
    void aSheetWithNothingSaysSo();
};

namespace {

FeedbackSheet sheet() {
    FeedbackSheet s;
    s.codingId = 7;
    s.practitionerCode = QStringLiteral("H1");
    s.practitionerName = QStringLiteral("Hana Smith");
    s.teamName = QStringLiteral("Harbour Team");
    s.recordedOn = QDate(2025, 2, 10);
    s.coderName = QStringLiteral("Eve");
    s.windowStartMs = 60000;
    s.windowEndMs = 1260000;
    s.comment = QStringLiteral("A warm visit.");
    s.scores = {
        {QStringLiteral("empathy"), 4, QString(), QStringLiteral("Named the worry")},
        {QStringLiteral("evocation"), std::nullopt, QStringLiteral("Inaudible"), QString()}};
    s.notes = {{1,
                65000,
                QStringLiteral("strength"),
                QStringLiteral("Reflected the worry."),
                {QStringLiteral("empathy")}},
               {2, 3725000, QStringLiteral("note"), QStringLiteral("Door bell."), {}},
               {3,
                125000,
                QStringLiteral("to_develop"),
                QStringLiteral("Ask about hopes."),
                {QStringLiteral("evocation")}}};
    return s;
}

} // namespace

void tst_FeedbackSheetDocument::timestamps_data() {
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("start") << qint64(0) << QStringLiteral("0:00:00");
    QTest::newRow("minute") << qint64(65999) << QStringLiteral("0:01:05");
    QTest::newRow("hours") << qint64(3725000) << QStringLiteral("1:02:05");
}

void tst_FeedbackSheetDocument::timestamps() {
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(FeedbackSheetDocument::timestamp(ms), expected);
}

void tst_FeedbackSheetDocument::htmlShowsScoresNotesAndComment() {
    const QString html = FeedbackSheetDocument(sheet()).html();
    QVERIFY(html.contains(QStringLiteral("Coaching feedback: Hana Smith (H1)")));
    QVERIFY(html.contains(QStringLiteral("Coded window: 0:01:00 to 0:21:00.")));
    // Each moment of evidence links to playing it.
    QVERIFY(html.contains(QStringLiteral("<a href='play:65000'>▶ 0:01:05</a> Reflected")));
    QVERIFY(html.contains(QStringLiteral("not codable")));
    QVERIFY(html.contains(QStringLiteral("Inaudible")));
    // The rationale follows the level descriptor on screen.
    QVERIFY(html.contains(QStringLiteral(" — Named the worry")));
    QVERIFY(html.contains(QStringLiteral("A warm visit.")));
}

void tst_FeedbackSheetDocument::htmlEscapesWhatPeopleTyped() {
    FeedbackSheet s = sheet();
    s.comment = QStringLiteral("<b>bold</b> & <script>x</script>");
    s.notes.first().body = QStringLiteral("<a href='http://example.org'>link</a>");
    const QString html = FeedbackSheetDocument(s).html();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp;")));
    QVERIFY(!html.contains(QStringLiteral("<a href='http://example.org'>")));
    QVERIFY(html.contains(QStringLiteral("&lt;a href=")));
}

void tst_FeedbackSheetDocument::tablesGroupNotesBySkillThenGeneral() {
    const FeedbackSheetDocument document(sheet());
    const ReportTable notes = document.notes();
    QCOMPARE(notes.rows.size(), 3);
    // Scheme order (evocation before empathy), then notes tied to no skill.
    QCOMPARE(notes.rows.at(0).at(1), QStringLiteral("To develop"));
    QCOMPARE(notes.rows.at(0).at(2), QStringLiteral("0:02:05"));
    QCOMPARE(notes.rows.at(1).at(1), QStringLiteral("Strengths"));
    QCOMPARE(notes.rows.at(2).at(0), QStringLiteral("General"));
    QCOMPARE(notes.rows.at(2).at(3), QStringLiteral("Door bell."));

    const ReportTable scores = document.scores();
    QCOMPARE(scores.rows.size(), 7);
    int scored = 0;
    for (const QStringList &row : scores.rows) {
        if (row.at(1) == QLatin1String("4"))
            ++scored;
        if (row.at(1) == QLatin1String("not codable"))
            QCOMPARE(row.at(2), QStringLiteral("Inaudible"));
    }
    QCOMPARE(scored, 1);
}

void tst_FeedbackSheetDocument::aSheetWithNothingSaysSo() {
    FeedbackSheet s = sheet();
    s.notes.clear();
    s.comment.clear();
    s.windowStartMs = -1;
    const FeedbackSheetDocument document(s);
    QVERIFY(document.notes().rows.isEmpty());
    QCOMPARE(document.windowText(), QStringLiteral("The whole recording"));
    const QString html = document.html();
    QVERIFY(html.contains(QStringLiteral("No evidence notes.")));
    QVERIFY(html.contains(QStringLiteral("No comment.")));
}

QTEST_GUILESS_MAIN(tst_FeedbackSheetDocument)
#include "tst_FeedbackSheetDocument.moc"
