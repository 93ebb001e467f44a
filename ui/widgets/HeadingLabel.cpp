#include "HeadingLabel.h"

#include <QApplication>
#include <QEvent>

namespace BreachAdvisor::Ui {

HeadingLabel::HeadingLabel(const QString &text, int extraPoints, QWidget *parent, bool bold)
    : QLabel(text, parent)
    , m_extraPoints(extraPoints)
    , m_bold(bold)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    updateFont();
}

bool HeadingLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange) {
        updateFont();
    }
    return QLabel::event(event);
}

void HeadingLabel::updateFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() + m_extraPoints);
    font.setBold(m_bold);
    setFont(font);
}

} // namespace BreachAdvisor::Ui
