#pragma once

#include <QColor>

class QWidget;

// The application's one palette. Widgets say what a piece of text or a frame *is* (an error, a
// card, a primary button) and the theme decides how that looks, so that the same meaning
// always has the same colour and a later high-contrast or dark theme changes one file.
//
// Roles are applied through one application-wide style sheet keyed on the widget's "pcRole"
// property; setRole installs that sheet on first use, so tests and the application look alike.
namespace Theme {

enum class Role {
    None,           // back to the platform's look
    Error,          // text of a problem the user must act on
    ErrorStrong,    // the same, bold: a save that failed, a form that cannot be saved
    Success,        // text confirming that something was done ("Saved")
    Warning,        // text of a caution that does not stop the work
    Muted,          // secondary text: captions, hints, "last changed by"
    Heading,        // a page or panel title
    Title,          // the larger title of a card
    SectionHeading, // a section heading inside a long page
    ErrorBanner,    // a boxed message of a problem
    SuccessBanner,  // a boxed message of something done
    WarningBanner,  // a boxed caution, such as audio that cannot be played
    KeyHint,        // the strip of keyboard hints under a working area
    Header,         // the band across the top of a working page
    Card,           // a white card on the page
    Tile,           // a figure tile on a report page
    PrimaryButton,  // the one button the page expects next
    ConfirmButton,  // a button that commits work (Finalise)
    ChipLocked,     // a status chip: done, locked
    ChipOpen,       // a status chip: in progress
    NoteEditor,     // the evidence note editor's frame
    SkillRow,       // a skill's row on the scoring panel, with its level buttons
    ActiveSkill,    // the same row while it is the one the number keys score
    NotCodable,     // a skill row's "Not codable" button (its own colour when chosen)
    DataTable,      // a table of figures read side by side (two codings compared)
    DetailPanel,    // a boxed panel with the detail of the chosen row
    Navigation,     // the list of pages down the side of the main window
};

// Gives widget the look of role (and re-polishes it, so a role may change while shown).
void setRole(QWidget *widget, Role role);

// Colours for code that paints itself (charts, the waveform) rather than using roles.
QColor errorColour();
QColor successColour();
QColor mutedColour();

} // namespace Theme
