#pragma once

#include "IdentityCheck.h"
#include "Plan.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

struct Person;
class VaultSession;

// A printable plan: what was checked, what leaked where, and the steps to take, as
// HTML that Qt's rich-text engine lays out (the desktop app prints it or saves it as
// PDF; the command line writes it as HTML or PDF). The one place the handout's content
// and wording live.
//
// Every step is one table (class "step") so a printer can keep it on one page.
// Identifiers are masked unless asked otherwise. Black-and-white safe: status is a
// box (☐), a tick (✓) or a dash, never a colour.
class Handout
{
public:
    struct Options
    {
        bool maskIdentifiers = true;
        bool largePrint = false;
        QStringList platforms; // instructions for these; all the step has when empty
        QString helper;        // who helped, when a help desk prints it
    };
    struct Content
    {
        QString personName; // empty for a quick check of identifiers nobody saved
        Plan plan;
        QStringList summary; // CheckSummary::sentences()
        QString catalogVersion;
        QDate date;
    };

    // A handout as of today, from a check's plan and summary (personName empty for a
    // quick check); contentFor gets them from the session for a saved person.
    static Content content(const QString &personName, const Plan &plan, const CheckSummary &summary, const QString &catalogVersion);
    static Content contentFor(VaultSession &session, const Person &person);
    // Options for a person: instructions for their platforms, identifiers masked.
    static Options optionsFor(const Person &person);

    static QString html(const Content &content, const Options &options);
    // The document's title ("Breach Advisor: what to do, for Amira").
    static QString title(const Content &content);
};

} // namespace BreachAdvisor
