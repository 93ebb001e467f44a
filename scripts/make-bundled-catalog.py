#!/usr/bin/env python3
"""Builds resources/catalog/breaches.json, the catalog every new vault starts with.

Input: a Have I Been Pwned /api/v3/breaches file (default ../shared/data/hibp-breaches-2026-02.json).
Output keeps facts only (names, dates, counts, data classes, flags, domains): HIBP's
Description prose and logo addresses are dropped. Our own wording and provenance notes
for a few breaches, and entries HIBP does not carry, come from OUR_NOTES / OUR_ENTRIES.
Breach facts: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0.
"""
import argparse, json, pathlib

FACT_KEYS = ["Name", "Title", "Domain", "BreachDate", "AddedDate", "ModifiedDate", "PwnCount",
             "DataClasses", "IsVerified", "IsFabricated", "IsSensitive", "IsRetired", "IsSpamList",
             "IsMalware", "IsStealerLog", "IsSubscriptionFree", "Attribution", "DisclosureUrl"]

OUR_NOTES = {
    "Facebook": {
        "OurDescription":
            "In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted "
            "for free on a forum. It links phone numbers to names, and often to gender, location, "
            "employer, relationship status and date of birth; few records hold an e-mail address. "
            "Facebook said the data was collected before September 2019 by abusing its contact "
            "importer, not by breaking into its systems.",
        "ProvenanceNotes":
            "Scraped, not hacked: Facebook says the data was gathered through its contact importer "
            "before September 2019 and that the flaw was fixed in August 2019. Ireland's Data "
            "Protection Commission fined Meta EUR 265 million over it in November 2022. The same "
            "phone numbers were offered for sale again in 2022 as '487 million WhatsApp numbers'.",
        "ProvenanceSources": [
            "https://www.vice.com/en/article/88awzp/facebook-says-its-your-fault-that-hackers-got-half-a-billion-user-phone-numbers",
            "https://irishlegal.com/index.php/articles/data-protection-commission-announces-decision-in-facebook-data-scraping-inquiry",
            "https://surfshark.com/blog/a-deep-dive-into-the-facebook-leak-data",
        ],
    },
}

OUR_ENTRIES = [
    {
        "Name": "WhatsAppNumberList2022",
        "Title": "\u201cWhatsApp\u201d phone number list (2022)",
        "Domain": "whatsapp.com",
        "BreachDate": "2022-11-16",
        "AddedDate": None,
        "ModifiedDate": None,
        "PwnCount": 487000000,
        "DataClasses": ["Phone numbers"],
        "IsVerified": False, "IsFabricated": False, "IsSensitive": False, "IsRetired": False,
        "IsSpamList": False, "IsMalware": False, "IsStealerLog": False, "IsSubscriptionFree": False,
        "Attribution": None, "DisclosureUrl": None,
        "OurDescription":
            "In November 2022 a seller advertised 487 million mobile numbers from 84 countries as "
            "\u201cWhatsApp users\u201d. The list holds phone numbers only: no names, messages or "
            "device details. The count is the seller's claim.",
        "ProvenanceNotes":
            "Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from "
            "WhatsApp. Poland's CSIRT KNF and the German law firm WBS.LEGAL found the samples "
            "identical to the 2021 Facebook scrape, and the per-country counts match it. Have I "
            "Been Pwned has no entry for it. Claims that it exposed battery level, signal strength "
            "or other device data have no reliable source.",
        "ProvenanceSources": [
            "https://infosecurity-magazine.com/news/dark-web-show-millions-of-whatsapp",
            "https://wbs.legal/it-und-internet-recht/datenschutzrecht/daten-gau-bei-whatsapp-mehr-als-6-millionen-deutsche-whatsapp-nummern-geklaut-63103",
            "https://www.ndtvprofit.com/business/pfx-whatsapp-data-breach-data-of-nearly-500-million-users-allegedly-leaked-whatsapp-denies-breach",
        ],
        "Source": "breach-advisor",
    },
]


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("hibp", nargs="?", default=str(root.parent / "shared/data/hibp-breaches-2026-02.json"))
    args = parser.parse_args()
    hibp = json.load(open(args.hibp, encoding="utf-8"))
    breaches = []
    for b in hibp:
        entry = {k: b.get(k) for k in FACT_KEYS}
        entry.update(OUR_NOTES.get(b["Name"], {}))
        breaches.append(entry)
    breaches.extend(OUR_ENTRIES)
    breaches.sort(key=lambda b: b["Name"].casefold())
    newest = max(b["AddedDate"] for b in hibp if b.get("AddedDate"))
    doc = {
        "format": "breach-advisor-catalog",
        "version": newest[:10],
        "credit": "Breach facts from Have I Been Pwned (https://haveibeenpwned.com), licensed CC BY 4.0. "
                  "Descriptions and notes are Breach Advisor's own.",
        "breaches": breaches,
    }
    out = root / "resources" / "catalog" / "breaches.json"
    out.write_text(json.dumps(doc, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(breaches)} breaches (catalog version {doc['version']}) to {out}")


if __name__ == "__main__":
    main()
