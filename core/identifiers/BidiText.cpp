#include "BidiText.h"

#include <QLocale>

namespace BreachAdvisor::BidiText {

bool rightToLeft()
{
    return QLocale().textDirection() == Qt::RightToLeft;
}

QString leftToRight(const QString &text)
{
    if (text.isEmpty() || !rightToLeft()) {
        return text;
    }
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace BreachAdvisor::BidiText
