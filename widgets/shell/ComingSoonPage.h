#pragma once

#include <QWidget>

class QIcon;

// Stands in for a part of the application that is not built yet: a plain message saying so,
// with nothing to click, so nobody mistakes it for a feature that works.
class ComingSoonPage : public QWidget {
    Q_OBJECT

public:
    ComingSoonPage(const QIcon &icon, const QString &title, const QString &description,
                   QWidget *parent = nullptr);
};
