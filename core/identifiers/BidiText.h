#pragma once

#include <QString>

namespace BreachAdvisor::BidiText {

// A run that reads left to right whatever the sentence around it (a phone number, an
// e-mail address, a username, a web address), ready to be put into translated text.
// In a right-to-left language (the default locale's) it is wrapped in U+2066 LEFT-TO-RIGHT
// ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, so that "+20 100 123 4567" keeps its order
// inside an Arabic sentence (Qt's text engine, PDF output and bidi-aware terminals
// honour them); in a left-to-right language it is returned as it is.
QString leftToRight(const QString &text);

// True when the default locale's language is written right to left.
bool rightToLeft();

} // namespace BreachAdvisor::BidiText
