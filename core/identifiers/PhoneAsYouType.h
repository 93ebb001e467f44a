#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace BreachAdvisor {

// Formats a phone number while it is typed, the way people of a country write it
// ("0100 123 4567", "+44 7400 123456"), through libphonenumber's as-you-type formatter.
class PhoneAsYouType
{
public:
    // region: the country of numbers typed without a country code ("EG"); "ZZ" or
    // empty when unknown (then only numbers starting with + are grouped).
    explicit PhoneAsYouType(const QString &region);
    ~PhoneAsYouType();
    PhoneAsYouType(const PhoneAsYouType &) = delete;
    PhoneAsYouType &operator=(const PhoneAsYouType &) = delete;

    // The whole text as typed so far, formatted. Characters other than digits (in any
    // script) and a leading + are left out; an extension or letters leave the text as
    // it was typed.
    QString format(const QString &typed);

    // Every ISO 3166 code libphonenumber knows, sorted: the choices of a country picker.
    static QStringList supportedRegions();

private:
    struct Formatter;
    std::unique_ptr<Formatter> m_formatter;
};

} // namespace BreachAdvisor
