#include "Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace BreachAdvisor::Ui {

std::optional<bool> Confirm::s_nextAnswer;

void Confirm::setNextAnswer(std::optional<bool> answer)
{
    s_nextAnswer = answer;
}

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(QMessageBox::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace BreachAdvisor::Ui
