#pragma once

#include <QString>

class QAbstractItemView;
class QLabel;

// What screen readers (AT-SPI on Linux, UIA, NSAccessibility) need beyond Qt's defaults.
namespace BreachAdvisor::Ui::Accessibility {

// Shows a label to screen readers as a status area (role "status bar"): named by its text, so
// each new text is a name change that readers announce, and described by what it tells
// ("Progress of the plan"). The label is used as before.
void markStatusArea(QLabel *label, const QString &description);

// A reader's "select" action (AT-SPI Toggle on an item) selects without moving the current
// item, which is what the pages follow: the selected item becomes the current one.
void currentFollowsSelection(QAbstractItemView *view);

} // namespace BreachAdvisor::Ui::Accessibility
