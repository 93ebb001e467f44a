#pragma once

#include "IdentifierHasher.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

class Vault;

// "Am I in a leak?": normalizes what a person typed, looks the keyed hashes up in
// the leak index, and names each breach with what leaked of this person (the
// fields of their record) next to what leaked in the breach as a whole.
class IdentityCheck
{
public:
    struct Input
    {
        IdentifierKind kind;
        QString text;
    };
    struct BreachMatch
    {
        QString breach; // the catalog's Name
        QString title;
        QStringList fields;        // non-empty in this person's record(s)
        QStringList breachClasses; // the catalog's data classes for the whole breach
    };
    struct Result
    {
        IdentifierKind kind = IdentifierKind::Phone;
        QString input;
        QString normalized;
        bool valid = false;
        QString region; // phones: where the number is from
        QString error;
        QString errorCode;
        QList<BreachMatch> matches;
    };

    explicit IdentityCheck(Vault &vault);
    // region: default country for phone numbers written without a country code.
    QList<Result> check(const QList<Input> &inputs, const QString &region);

private:
    Vault &m_vault;
};

} // namespace BreachAdvisor
