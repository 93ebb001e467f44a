#include "Confirm.h"
#include "CountryComboBox.h"
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonDialog.h"
#include "PersonView.h"
#include "PhoneNumberEdit.h"
#include "TestSupport.h"
#include "VaultSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// Adding, editing and deleting people; phone numbers typed key by key.
class TestGuiPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addPersonTypingThePhoneKeyByKey();
    void editAndDelete();
    void stepsLeftOutForWantOfACountryOfferToSetIt();
    void tabGoesThroughTheFormInOrder();
    void phoneFieldSaysWhatItReadsAsTyped();
};

void TestGuiPeople::addPersonTypingThePhoneKeyByKey()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("pass"));
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("pass")));
    PeoplePage *people = window.peoplePage();
    QVERIFY(waitFor([&] { return people->isVisible(); }));

    QStringList formattedAsTyped;
    QString refusal;
    bool stayedOpen = false;
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<PersonDialog *>(widget);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Amira"));
        dialog->findChild<CountryComboBox *>(QStringLiteral("countryCombo"))->setCode(QStringLiteral("EG"));
        PhoneNumberEdit *phone = dialog->phoneEdits().first();
        phone->lineEdit()->setFocus();
        // A number that cannot be right is refused, with the reason, and nothing is saved.
        QTest::keyClicks(phone->lineEdit(), QStringLiteral("0100123"));
        dialog->findChild<QPushButton *>(QStringLiteral("savePersonButton"))->click();
        refusal = dialog->findChild<InlineMessage *>(QStringLiteral("personMessage"))->text();
        stayedOpen = dialog->isVisible();
        phone->lineEdit()->clear();
        for (const QChar key : QStringLiteral("01001234567")) {
            QTest::keyClick(phone->lineEdit(), key.toLatin1());
            formattedAsTyped << phone->text();
        }
        dialog->findChild<QCheckBox *>(QStringLiteral("service_whatsapp"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("platform_android"))->setChecked(true);
        dialog->findChild<QPushButton *>(QStringLiteral("savePersonButton"))->click();
    });
    people->findChild<QPushButton *>(QStringLiteral("addPersonButton"))->click();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 1 && people->personView()->report().person.has_value(); }));
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(QLatin1String("0100 123")) && refusal.contains(QLatin1String("too short")), qPrintable(refusal));
    QCOMPARE(formattedAsTyped.last(), QStringLiteral("0100 123 4567"));
    QVERIFY(formattedAsTyped.contains(QStringLiteral("0100 123"))); // grouped while typing, not only at the end
    const Person saved = *people->personView()->report().person;
    QCOMPARE(saved.name, QStringLiteral("Amira"));
    QCOMPARE(saved.country, QStringLiteral("EG"));
    QCOMPARE(saved.identifiers.first().text, QStringLiteral("0100 123 4567"));
    QCOMPARE(saved.uses, QStringList{QStringLiteral("whatsapp")});
    QCOMPARE(saved.platforms, QStringList{QStringLiteral("android")});
    QCOMPARE(people->selectedPersonId(), saved.id);
}

void TestGuiPeople::tabGoesThroughTheFormInOrder()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("pass"));
    QVERIFY(fixture.unlock(QStringLiteral("pass")));
    PeoplePage *people = fixture.window->peoplePage();
    QVERIFY(waitFor([&] { return people->isVisible(); }));

    // The name of the field that has the focus, after each Tab (a phone field by its row).
    const auto tabThrough = [](int presses) {
        QStringList reached;
        for (int i = 0; i < presses; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            reached << (focus->objectName().isEmpty() ? focus->parentWidget()->objectName() : focus->objectName());
        }
        return reached;
    };
    QStringList first;
    QStringList afterAdding;
    QString focusAfterAdding;
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<PersonDialog *>(widget);
        // Activation is asynchronous: Tab goes to whichever window is active (under load, still
        // the main window when the dialog has only just opened).
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        first = tabThrough(8);
        dialog->findChild<QPushButton *>(QStringLiteral("addPhoneButton"))->click();
        focusAfterAdding = QApplication::focusWidget()->parentWidget()->objectName();
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setFocus();
        afterAdding = tabThrough(5);
        dialog->reject();
    });
    people->findChild<QPushButton *>(QStringLiteral("addPersonButton"))->click();
    QVERIFY(waitFor([&] { return !afterAdding.isEmpty(); }));
    QCOMPARE(first, (QStringList{QStringLiteral("countryCombo"), QStringLiteral("personLanguageCombo"), QStringLiteral("phoneEdit0"),
                                 QStringLiteral("addPhoneButton"), QStringLiteral("emailEdit0"), QStringLiteral("addEmailButton"),
                                 QStringLiteral("usernameEdit0"), QStringLiteral("addUsernameButton")}));
    QCOMPARE(afterAdding, (QStringList{QStringLiteral("countryCombo"), QStringLiteral("personLanguageCombo"), QStringLiteral("phoneEdit0"),
                                       QStringLiteral("phoneEdit1"), QStringLiteral("addPhoneButton")}));
    QCOMPARE(focusAfterAdding, QStringLiteral("phoneEdit1")); // ready to type in
}

void TestGuiPeople::phoneFieldSaysWhatItReadsAsTyped()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("pass"));
    QVERIFY(fixture.unlock(QStringLiteral("pass")));
    PeoplePage *people = fixture.window->peoplePage();
    QVERIFY(waitFor([&] { return people->isVisible(); }));

    QString britishExample, noCountryExample, readAsBritish, readAsItalian, question, described;
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<PersonDialog *>(widget);
        auto *country = dialog->findChild<CountryComboBox *>(QStringLiteral("countryCombo"));
        PhoneNumberEdit *phone = dialog->phoneEdits().first();
        // The example is a number of the chosen country.
        country->setCode(QStringLiteral("GB"));
        britishExample = phone->lineEdit()->placeholderText();
        country->setCode(QString());
        noCountryExample = phone->lineEdit()->placeholderText();
        // No country and no prefix: it asks, instead of guessing.
        QTest::keyClicks(phone->lineEdit(), QStringLiteral("07400 123456"));
        question = phone->reading();
        // The computer's country left in the picker: the reading shows which country it took.
        country->setCode(QStringLiteral("IT"));
        phone->lineEdit()->clear();
        QTest::keyClicks(phone->lineEdit(), QStringLiteral("0212345678"));
        readAsItalian = phone->reading();
        country->setCode(QStringLiteral("GB"));
        phone->lineEdit()->clear();
        QTest::keyClicks(phone->lineEdit(), QStringLiteral("07400 123456"));
        readAsBritish = phone->reading();
        described = phone->lineEdit()->accessibleDescription();
        dialog->reject();
    });
    people->findChild<QPushButton *>(QStringLiteral("addPersonButton"))->click();
    QVERIFY(waitFor([&] { return !described.isEmpty(); }));
    QVERIFY2(britishExample.contains(QLatin1String("07400 123456")) && britishExample.contains(QLatin1String("+44 7400 123456")),
             qPrintable(britishExample));
    QVERIFY2(!noCountryExample.contains(QLatin1String("0100")) && noCountryExample.contains(QLatin1String("country code")),
             qPrintable(noCountryExample));
    QVERIFY2(question.contains(QLatin1String("Which country")), qPrintable(question));
    QCOMPARE(readAsItalian, QStringLiteral("Italy · landline"));
    QCOMPARE(readAsBritish, QStringLiteral("United Kingdom · mobile"));
    QCOMPARE(described, readAsBritish); // a screen reader hears it too
}

void TestGuiPeople::editAndDelete()
{
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    PeoplePage *people = window.peoplePage();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
    const qint64 amira = people->model()->index(0).data(PeopleModel::PersonIdRole).toLongLong();
    people->selectPerson(amira);
    QVERIFY(waitFor([&] { return people->personView()->report().person.has_value(); }));

    onNextModal([&](QWidget *widget) {
        auto *name = widget->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("Amira"));
        name->setText(QStringLiteral("Amira H."));
        widget->findChild<QPushButton *>(QStringLiteral("savePersonButton"))->click();
    });
    people->personView()->findChild<QPushButton *>(QStringLiteral("editPersonButton"))->click();
    QVERIFY(waitFor([&] { return people->model()->index(0).data(PeopleModel::NameRole).toString() == QLatin1String("Amira H."); }));
    QCOMPARE(people->selectedPersonId(), amira);

    // Deleting asks first; "no" keeps everything.
    Confirm::setNextAnswer(false);
    people->personView()->findChild<QPushButton *>(QStringLiteral("deletePersonButton"))->click();
    QTest::qWait(100);
    QCOMPARE(people->model()->rowCount(), 3);
    Confirm::setNextAnswer(true);
    people->personView()->findChild<QPushButton *>(QStringLiteral("deletePersonButton"))->click();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 2; }));
    QVERIFY(!people->model()->indexOf(amira).isValid());
}

// A person with no country whose name, birth date and address a notice said leaked: the
// credit freeze exists only country by country, so the plan says it was left out and one
// click opens the dialog where their country is set; with it set, the step is there.
void TestGuiPeople::stepsLeftOutForWantOfACountryOfferToSetIt()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("pass"));
    {
        std::unique_ptr<VaultSession> session = VaultSession::open(fixture.vaultDirectory(), TestSupport::secret("pass"));
        Person person;
        person.name = QStringLiteral("Kim");
        person.identifiers << IdentifierInput{IdentifierKind::Email, QStringLiteral("kim@example.org")};
        person = session->addPerson(person);
        session->reportBreach(person, QStringLiteral("Adobe"),
                              {QStringLiteral("Names"), QStringLiteral("Dates of birth"), QStringLiteral("Physical addresses")});
    }
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("pass")));
    PeoplePage *people = window.peoplePage();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 1; }));
    people->selectPerson(people->model()->index(0).data(PeopleModel::PersonIdRole).toLongLong());
    PersonView *view = people->personView();
    QVERIFY(waitFor([&] { return view->report().person.has_value(); }));
    auto *setCountry = view->findChild<QPushButton *>(QStringLiteral("setCountryButton"));
    QVERIFY(setCountry->isVisible());
    const QString summary = view->summaryText();
    QVERIFY2(summary.contains(QLatin1String("Left out because no country is known: Freeze your credit or add a fraud alert")), qPrintable(summary));
    QVERIFY(!view->report().plan.item(QStringLiteral("credit-freeze")));

    onNextModal([&](QWidget *widget) {
        widget->findChild<CountryComboBox *>(QStringLiteral("countryCombo"))->setCode(QStringLiteral("GB"));
        widget->findChild<QPushButton *>(QStringLiteral("savePersonButton"))->click();
    });
    setCountry->click();
    QVERIFY(waitFor([&] { return view->report().plan.item(QStringLiteral("credit-freeze")) != nullptr; }));
    QVERIFY(!setCountry->isVisible());
    QVERIFY(!view->summaryText().contains(QLatin1String("Left out because")));
}

QTEST_MAIN(TestGuiPeople)
#include "TestGuiPeople.moc"
