#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Theme {
namespace {

// The colours, named once. Text colours pass WCAG AA contrast on white and on their banners.
constexpr auto kError = "#8a1c12";
constexpr auto kErrorBackground = "#fdecea";
constexpr auto kErrorBorder = "#e8a39b";
constexpr auto kSuccess = "#2f855a";
constexpr auto kSuccessDark = "#1f4d33";
constexpr auto kSuccessBackground = "#e8f5ec";
constexpr auto kWarning = "#7a4b00";
constexpr auto kWarningBackground = "#fff6e0";
constexpr auto kMuted = "#555555";
constexpr auto kAccent = "#0072B2";
constexpr auto kBorder = "#d5dbe3";
constexpr auto kBand = "#f3f6fa";
constexpr auto kHintText = "#3b4a5a";
constexpr auto kHintBackground = "#eef1f5";
constexpr auto kTile = "#eef4f9";
constexpr auto kPrimary = "#2b6cb0";
constexpr auto kChipOpenText = "#2b4a6b";
constexpr auto kChipOpenBackground = "#e6edf5";
constexpr auto kNoteBackground = "#fffdf3";
constexpr auto kNoteBorder = "#e2c86a";
constexpr auto kCurrentRow = "#eef5fd";
constexpr auto kNotCodable = "#7a5c00";
constexpr auto kPanel = "#f5f7fa";
constexpr auto kFocus = "#f0b429";

const char *roleName(Role role) {
    switch (role) {
    case Role::None:
        return "";
    case Role::Error:
        return "error";
    case Role::ErrorStrong:
        return "errorStrong";
    case Role::Success:
        return "success";
    case Role::Warning:
        return "warning";
    case Role::Muted:
        return "muted";
    case Role::Heading:
        return "heading";
    case Role::Title:
        return "title";
    case Role::SectionHeading:
        return "sectionHeading";
    case Role::ErrorBanner:
        return "errorBanner";
    case Role::SuccessBanner:
        return "successBanner";
    case Role::WarningBanner:
        return "warningBanner";
    case Role::KeyHint:
        return "keyHint";
    case Role::Header:
        return "header";
    case Role::Card:
        return "card";
    case Role::Tile:
        return "tile";
    case Role::PrimaryButton:
        return "primaryButton";
    case Role::ConfirmButton:
        return "confirmButton";
    case Role::ChipLocked:
        return "chipLocked";
    case Role::ChipOpen:
        return "chipOpen";
    case Role::NoteEditor:
        return "noteEditor";
    case Role::SkillRow:
        return "skillRow";
    case Role::ActiveSkill:
        return "activeSkill";
    case Role::NotCodable:
        return "notCodable";
    case Role::DataTable:
        return "dataTable";
    case Role::DetailPanel:
        return "detailPanel";
    case Role::Navigation:
        return "navigation";
    }
    return "";
}

// The scoring rows: the current one stands out; inside a row, the level buttons show the chosen
// level, and a chosen "Not codable" has a colour of its own.
QString skillRowStyleSheet() {
    const auto c = [](const char *colour) {
        return QLatin1String(colour);
    };
    const QString inRow = QStringLiteral("*[pcRole=\"skillRow\"] %1, *[pcRole=\"activeSkill\"] %1");
    return QStringLiteral("*[pcRole=\"skillRow\"] { border: 1px solid %1; border-radius: 6px; "
                          "background: #ffffff; }\n")
               .arg(c(kBorder)) +
           QStringLiteral("*[pcRole=\"activeSkill\"] { border: 2px solid %1; border-radius: "
                          "6px; background: %2; }\n")
               .arg(c(kPrimary), c(kCurrentRow)) +
           inRow.arg(QStringLiteral("QPushButton")) +
           QStringLiteral(" { border: 1px solid #b8c2cf; border-radius: 4px; background: "
                          "#f7f9fb; }\n") +
           inRow.arg(QStringLiteral("QPushButton:hover")) +
           QStringLiteral(" { background: #e3ecf7; }\n") +
           inRow.arg(QStringLiteral("QPushButton:checked")) +
           QStringLiteral(" { background: %1; color: white; border-color: %1; font-weight: bold; "
                          "}\n")
               .arg(c(kPrimary)) +
           inRow.arg(QStringLiteral("QPushButton[pcRole=\"notCodable\"]:checked")) +
           QStringLiteral(" { background: %1; border-color: %1; }\n").arg(c(kNotCodable)) +
           inRow.arg(QStringLiteral("QLineEdit")) +
           QStringLiteral(" { border: 1px solid %1; border-radius: 4px; padding: 2px 4px; "
                          "background: white; }\n")
               .arg(c(kBorder));
}

QString styleSheet() {
    const auto c = [](const char *colour) {
        return QLatin1String(colour);
    };
    return QStringLiteral("/* PracticeCoder theme */\n") +
           QStringLiteral("*[pcRole=\"error\"] { color: %1; }\n").arg(c(kError)) +
           QStringLiteral("*[pcRole=\"errorStrong\"] { color: %1; font-weight: bold; }\n")
               .arg(c(kError)) +
           QStringLiteral("*[pcRole=\"success\"] { color: %1; }\n").arg(c(kSuccess)) +
           QStringLiteral("*[pcRole=\"warning\"] { color: %1; }\n").arg(c(kWarning)) +
           QStringLiteral("*[pcRole=\"muted\"] { color: %1; }\n").arg(c(kMuted)) +
           QStringLiteral("*[pcRole=\"heading\"] { font-size: 15px; font-weight: bold; }\n") +
           QStringLiteral("*[pcRole=\"title\"] { font-size: 17px; font-weight: bold; }\n") +
           QStringLiteral("*[pcRole=\"sectionHeading\"] { color: %1; margin-top: 14px; }\n")
               .arg(c(kAccent)) +
           QStringLiteral("*[pcRole=\"errorBanner\"] { color: %1; background: %2; border: 1px "
                          "solid %3; border-radius: 4px; padding: 5px; }\n")
               .arg(c(kError), c(kErrorBackground), c(kErrorBorder)) +
           QStringLiteral("*[pcRole=\"successBanner\"] { color: %1; background: %2; "
                          "border-radius: 4px; padding: 5px; }\n")
               .arg(c(kSuccessDark), c(kSuccessBackground)) +
           QStringLiteral("*[pcRole=\"warningBanner\"] { color: %1; background: %2; "
                          "border-radius: 4px; padding: 6px; }\n")
               .arg(c(kWarning), c(kWarningBackground)) +
           QStringLiteral("*[pcRole=\"keyHint\"] { color: %1; background: %2; padding: 5px 10px; "
                          "border-top: 1px solid %3; }\n")
               .arg(c(kHintText), c(kHintBackground), c(kBorder)) +
           QStringLiteral("*[pcRole=\"header\"] { background: %1; border-bottom: 1px solid %2; }\n")
               .arg(c(kBand), c(kBorder)) +
           QStringLiteral("*[pcRole=\"card\"] { background: white; border: 1px solid %1; "
                          "border-radius: 8px; }\n")
               .arg(c(kBorder)) +
           QStringLiteral("*[pcRole=\"tile\"] { background: %1; border-radius: 6px; }\n")
               .arg(c(kTile)) +
           QStringLiteral(
               "QPushButton[pcRole=\"primaryButton\"] { background: %1; color: white; "
               "padding: 6px 16px; border-radius: 4px; font-weight: bold; }\n"
               "QPushButton[pcRole=\"primaryButton\"]:disabled { background: #9db7d3; }\n")
               .arg(c(kPrimary)) +
           QStringLiteral(
               "QPushButton[pcRole=\"confirmButton\"] { background: %1; color: white; "
               "padding: 5px 14px; border-radius: 4px; font-weight: bold; }\n"
               "QPushButton[pcRole=\"confirmButton\"]:disabled { background: #a7c7b5; }\n")
               .arg(c(kSuccess)) +
           QStringLiteral("*[pcRole=\"chipLocked\"] { background: %1; color: white; "
                          "border-radius: 9px; padding: 2px 10px; }\n")
               .arg(c(kSuccess)) +
           QStringLiteral("*[pcRole=\"chipOpen\"] { background: %1; color: %2; "
                          "border-radius: 9px; padding: 2px 10px; }\n")
               .arg(c(kChipOpenBackground), c(kChipOpenText)) +
           QStringLiteral("*[pcRole=\"noteEditor\"] { background: %1; border: 1px solid %2; "
                          "border-radius: 6px; }\n")
               .arg(c(kNoteBackground), c(kNoteBorder)) +
           skillRowStyleSheet() +
           QStringLiteral("QTableView[pcRole=\"dataTable\"] { font-size: 13px; }\n"
                          "QTableView[pcRole=\"dataTable\"]::item { padding: 4px; }\n") +
           QStringLiteral("*[pcRole=\"detailPanel\"] { background: %1; border: 1px solid %2; "
                          "border-radius: 4px; padding: 6px; }\n")
               .arg(c(kPanel), c(kBorder)) +
           // A styled button loses the platform's focus frame: the one Enter presses shows it.
           QStringLiteral("QPushButton[pcRole=\"primaryButton\"]:focus { outline: 2px solid %1; "
                          "}\n")
               .arg(c(kFocus)) +
           // Drawn from the platform palette, so the side list follows the desktop's colours.
           QStringLiteral(
               "QListWidget[pcRole=\"navigation\"] { background: palette(window); "
               "padding-top: 10px; outline: 0; border-right: 1px solid palette(mid); }\n"
               "QListWidget[pcRole=\"navigation\"]::item { padding: 9px 8px; margin: 1px 8px; "
               "border-radius: 6px; color: palette(window-text); }\n"
               "QListWidget[pcRole=\"navigation\"]::item:hover { background: palette(midlight); }\n"
               "QListWidget[pcRole=\"navigation\"]::item:selected { background: "
               "palette(highlight); color: palette(highlighted-text); }\n");
}

void ensureInstalled() {
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (app == nullptr || app->property("pcThemeInstalled").toBool())
        return;
    app->setProperty("pcThemeInstalled", true);
    app->setStyleSheet(app->styleSheet() + styleSheet());
}

} // namespace

void setRole(QWidget *widget, Role role) {
    ensureInstalled();
    widget->setProperty("pcRole", QString::fromLatin1(roleName(role)));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QColor errorColour() {
    return QColor(QLatin1String(kError));
}

QColor successColour() {
    return QColor(QLatin1String(kSuccess));
}

QColor mutedColour() {
    return QColor(QLatin1String(kMuted));
}

} // namespace Theme
