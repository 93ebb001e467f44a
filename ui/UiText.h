#pragma once

// Words and icons the screens share, so the same thing is always said and shown the
// same way (severity and status are a word plus an icon, never a colour alone).

#include "Plan.h"

#include <QIcon>
#include <QString>

class QAbstractItemView;
class QComboBox;
class QWidget;

namespace BreachAdvisor::Ui::UiText {

QString statusWord(StepStatus status);
QIcon statusIcon(StepStatus status);
QString evidenceHeading(Evidence evidence);
QString evidenceWord(Evidence evidence);
QIcon evidenceIcon(Evidence evidence);
QString platformName(const QString &platform);
QString kindName(IdentifierKind kind);
// "mobile", "landline", ... for libphonenumber's type names ("fixed_line"); empty when
// the type is unknown.
QString lineTypeWord(const QString &type);
// "Egypt (EG)" for a picker; the code alone when Qt does not know the country.
QString countryName(const QString &code);
// The language choices: a first choice with an empty code ("The computer's language"
// unless told otherwise), then every offered language named in its own script; the
// current one selected.
void fillLanguages(QComboBox *combo, const QString &current, const QString &firstChoice = {});
// Makes a table or tree as wide as its place and no wider: the columns share the width and
// long text wraps inside its cell, so it never scrolls sideways, whatever the text size.
void shareWidth(QAbstractItemView *view);
// Gives owner a scroll area that scrolls up and down (never sideways) over the widget it
// returns: lay the page out on that one. With large text a page grows taller than the
// window; it then scrolls instead of squeezing its lines out of sight.
QWidget *scrollingContent(QWidget *owner);
// "about 3 minutes left" for work that reports its progress; empty for a negative estimate
// (none yet).
QString timeLeft(double seconds);
// An icon from resources/icons (SVG), by name.
QIcon icon(const char *name);

} // namespace BreachAdvisor::Ui::UiText
