#include "InlineMessage.h"

#include "UiText.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace BreachAdvisor::Ui {

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Message"));
    QWidget::hide();
}

void InlineMessage::show(Kind kind, const QString &text)
{
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    QString word;
    switch (kind) {
    case Kind::Information:
        m_icon->setPixmap(UiText::icon("info").pixmap(size));
        word = tr("Note:");
        break;
    case Kind::Success:
        m_icon->setPixmap(UiText::icon("success").pixmap(size));
        word = tr("Done:");
        break;
    case Kind::Warning:
        m_icon->setPixmap(UiText::icon("warning").pixmap(size));
        word = tr("Careful:");
        break;
    case Kind::Error:
        m_icon->setPixmap(UiText::icon("error").pixmap(size));
        word = tr("Problem:");
        break;
    }
    m_text->setText(QStringLiteral("%1 %2").arg(word, text));
    setAccessibleName(m_text->text());
    QWidget::show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::clear()
{
    m_text->clear();
    QWidget::hide();
}

QString InlineMessage::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace BreachAdvisor::Ui
