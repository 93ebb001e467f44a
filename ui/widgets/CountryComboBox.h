#pragma once

#include <QComboBox>

namespace BreachAdvisor::Ui {

// Choose a country by name ("Egypt (EG)"); type its first letters to jump. The first
// entry is "No country", for numbers written with their country code.
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    QString code() const; // "EG"; empty for "No country"
    void setCode(const QString &code);
    // The country of the system's locale, when it has one.
    static QString systemCountry();

Q_SIGNALS:
    void codeChanged(const QString &code);
};

} // namespace BreachAdvisor::Ui
