#pragma once

#include <QDialog>

// Help ▸ About PracticeCoder: the version, the licence (GPL-3.0-or-later) and the licences of
// the libraries PracticeCoder is built on.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
