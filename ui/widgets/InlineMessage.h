#pragma once

#include <QWidget>

class QLabel;

namespace BreachAdvisor::Ui {

// A message in the page itself, not a pop-up that steals focus: an icon and a word
// ("Problem:", "Done:") before the text, so its kind never rests on colour alone.
// Screen readers get it as an alert.
class InlineMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    void clear(); // hides it
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Information;
};

} // namespace BreachAdvisor::Ui
