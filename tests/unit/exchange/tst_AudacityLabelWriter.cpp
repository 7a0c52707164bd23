#include "domain/CodingSchemeLoader.h"
#include "exchange/AudacityLabelWriter.h"

#include <QBuffer>
#include <QTest>

class tst_AudacityLabelWriter : public QObject {
    Q_OBJECT

private slots:
    void writesPointLabelsInSecondsSortedByTime();
    void labelsHaveNoTabsOrLineBreaks();
};

void tst_AudacityLabelWriter::writesPointLabelsInSecondsSortedByTime() {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    EvidenceNote late{1,
                      1,
                      754123,
                      {QStringLiteral("empathy"), QStringLiteral("child_focus")},
                      QStringLiteral("strength"),
                      QStringLiteral("Reflects the mother's worry"),
                      1};
    EvidenceNote early{2, 1, 5000, {}, QStringLiteral("note"), QString(), 1};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(AudacityLabelWriter::write({late, early}, scheme, &buffer, &error));
    const QStringList lines =
        QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("5.000000\t5.000000\tNote"));
    QCOMPARE(lines.at(1), QStringLiteral("754.123000\t754.123000\tStrength (Empathy, Child focus): "
                                         "Reflects the mother's worry"));
}

void tst_AudacityLabelWriter::labelsHaveNoTabsOrLineBreaks() {
    EvidenceNote note{
        1, 1, 0, {}, QStringLiteral("to_develop"), QStringLiteral("first\tline\nsecond"), 1};
    const QString label = AudacityLabelWriter::labelText(note, CodingSchemeLoader::builtIn());
    QCOMPARE(label, QStringLiteral("To develop: first line second"));
}

QTEST_GUILESS_MAIN(tst_AudacityLabelWriter)
#include "tst_AudacityLabelWriter.moc"
