#include "MeasureHeaderForm.h"

#include "common/DateField.h"
#include "common/NameComboBox.h"
#include "domain/ValueSets.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStringListModel>

MeasureHeaderForm::MeasureHeaderForm(const InstrumentCatalogue &catalogue, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("measureHeaderForm"));
    auto *header = new QGridLayout(this);
    header->setContentsMargins(0, 0, 0, 0);
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("familyEdit"));
    m_family->setPlaceholderText(tr("Case code, e.g. F0123"));
    m_familyCodes = new QStringListModel(this);
    auto *completer = new QCompleter(m_familyCodes, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::InlineCompletion);
    m_family->setCompleter(completer);

    m_respondent = new QComboBox(this);
    m_respondent->setObjectName(QStringLiteral("respondentCombo"));
    m_instrument = new QComboBox(this);
    m_instrument->setObjectName(QStringLiteral("instrumentCombo"));
    for (const InstrumentDefinition &definition : catalogue.definitions())
        m_instrument->addItem(definition.name, definition.id);
    m_timepoint = new QComboBox(this);
    m_timepoint->setObjectName(QStringLiteral("timepointCombo"));
    m_timepoint->setEditable(true);
    m_timepoint->addItems(
        {QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")});
    m_timepoint->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("T[1-9][0-9]?")), m_timepoint));
    m_date = new DateField(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    for (const QString &mode : ValueSets::administrationModes())
        m_mode->addItem(ValueSets::label(mode), mode);
    m_recording = new QComboBox(this);
    m_recording->setObjectName(QStringLiteral("recordingCombo"));
    NameComboBox::keepNarrow(m_respondent, 18);
    NameComboBox::keepNarrow(m_recording, 18);

    auto addField = [this, header](int row, int column, const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        header->addWidget(text, row, column * 2);
        header->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Family"), m_family);
    addField(0, 1, tr("&Respondent"), m_respondent);
    addField(0, 2, tr("&Questionnaire"), m_instrument);
    addField(1, 0, tr("&Timepoint"), m_timepoint);
    addField(1, 1, tr("Completed &on"), m_date);
    addField(1, 2, tr("&How"), m_mode);
    addField(2, 0, tr("Recordin&g"), m_recording);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);
    header->setColumnStretch(5, 1);

    setTabOrder(m_family, m_respondent);
    setTabOrder(m_respondent, m_instrument);
    setTabOrder(m_instrument, m_timepoint);
    setTabOrder(m_timepoint, m_date);
    setTabOrder(m_date, m_mode);
    setTabOrder(m_mode, m_recording);

    connect(m_instrument, &QComboBox::currentIndexChanged, this,
            &MeasureHeaderForm::instrumentChanged);
    connect(m_family, &QLineEdit::editingFinished, this, &MeasureHeaderForm::familyEdited);
}

QString MeasureHeaderForm::familyCode() const {
    return m_family->text().trimmed();
}

void MeasureHeaderForm::setFamilyCode(const QString &code) {
    m_family->setText(code);
}

void MeasureHeaderForm::setFamilyCodes(const QStringList &codes) {
    m_familyCodes->setStringList(codes);
}

QString MeasureHeaderForm::instrumentId() const {
    return m_instrument->currentData().toString();
}

bool MeasureHeaderForm::selectInstrument(const QString &instrumentId) {
    const int index = m_instrument->findData(instrumentId);
    if (index < 0)
        return false;
    m_instrument->setCurrentIndex(index);
    return true;
}

void MeasureHeaderForm::setRespondents(const QStringList &respondents) {
    const QString previous = respondent();
    m_respondent->clear();
    for (const QString &key : respondents)
        m_respondent->addItem(ValueSets::label(key), key);
    selectRespondent(previous);
}

QString MeasureHeaderForm::respondent() const {
    return m_respondent->currentData().toString();
}

void MeasureHeaderForm::selectRespondent(const QString &respondent) {
    const int index = m_respondent->findData(respondent);
    if (index >= 0)
        m_respondent->setCurrentIndex(index);
}

QString MeasureHeaderForm::timepoint() const {
    return m_timepoint->currentText().trimmed().toUpper();
}

void MeasureHeaderForm::setTimepoint(const QString &timepoint) {
    m_timepoint->setCurrentText(timepoint);
}

QDate MeasureHeaderForm::date() const {
    return m_date->date();
}

void MeasureHeaderForm::setDate(const QDate &date) {
    m_date->setDate(date);
}

QString MeasureHeaderForm::mode() const {
    return m_mode->currentData().toString();
}

void MeasureHeaderForm::setMode(const QString &mode) {
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode)));
}

void MeasureHeaderForm::clearRecordings() {
    m_recording->clear();
    m_recording->addItem(tr("None"), 0);
}

void MeasureHeaderForm::addRecording(const QString &label, qint64 recordingId) {
    m_recording->addItem(label, recordingId);
}

void MeasureHeaderForm::selectRecording(qint64 recordingId) {
    const int index = m_recording->findData(recordingId);
    if (index >= 0)
        m_recording->setCurrentIndex(index);
}

qint64 MeasureHeaderForm::recordingId() const {
    return m_recording->currentData().toLongLong();
}

void MeasureHeaderForm::focusFamily() {
    m_family->setFocus();
}

void MeasureHeaderForm::focusRespondent() {
    m_respondent->setFocus();
}

QWidget *MeasureHeaderForm::lastField() const {
    return m_recording;
}
