#pragma once

class QWidget;

// Where the keyboard goes when a page comes into view, so that the next key always lands
// somewhere: a page that names a focus proxy (the recordings list) gets it; otherwise the control
// the user last used on that page, if it is still showing (the scoring panel of an open coding);
// otherwise the page's first control in Tab order (the "Start coding" button of a recording not
// yet coded). Kept apart from the main window so that pages built late can call it too.
class PageFocus {
public:
    static void focus(QWidget *page);
    // True when `widget` is showing, enabled and can be reached with Tab.
    static bool takesKeys(const QWidget *widget);
};
