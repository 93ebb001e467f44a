#include "CountryComboBox.h"

#include "PhoneAsYouType.h"
#include "UiText.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace BreachAdvisor::Ui {

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    QList<QPair<QString, QString>> countries; // name, code
    for (const QString &code : PhoneAsYouType::supportedRegions()) {
        if (code.size() == 2) {
            countries << qMakePair(UiText::countryName(code), code);
        }
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(), [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    addItem(tr("No country (numbers start with +)"), QString());
    for (const auto &[name, code] : std::as_const(countries)) {
        addItem(name, code);
    }
    setMaxVisibleItems(20);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT codeChanged(code()); });
}

QString CountryComboBox::code() const
{
    return currentData().toString();
}

void CountryComboBox::setCode(const QString &code)
{
    const int index = findData(code.toUpper());
    setCurrentIndex(index >= 0 ? index : 0);
}

QString CountryComboBox::systemCountry()
{
    const QLocale::Territory territory = QLocale::system().territory();
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
}

} // namespace BreachAdvisor::Ui
