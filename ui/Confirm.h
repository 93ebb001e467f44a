#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace BreachAdvisor::Ui {

// A yes/no question before something that cannot be undone (deleting a person,
// removing an import). Tests answer it in advance with setNextAnswer, as KeePassXC's
// tests do, instead of chasing a modal dialog.
class Confirm
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText);
    static void setNextAnswer(std::optional<bool> answer);

private:
    static std::optional<bool> s_nextAnswer;
};

} // namespace BreachAdvisor::Ui
