#!/usr/bin/env bash
# Writes docs/examples/: twelve fictional people's plans, each as the JSON of
# `plan --person NAME --json --mask` and as the first page of their printed handout (PNG,
# when pdftoppm is installed; the PDF otherwise), plus an index with what each plan asks
# first. The people, their leak files and the demo breaches are made up; the catalog's
# breaches (Facebook, the 2022 "WhatsApp" list, stealer logs) are the bundled ones.
# Run after a build: bash scripts/make-examples.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
cli="$PWD/$build/app/cli/breach-advisor-cli"
[ -x "$cli" ] || { echo "make-examples.sh: build first ($cli is missing)" >&2; exit 1; }
out="$PWD/docs/examples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'examples passphrase, not a real one\n' > "$work/passphrase"
export LANG=C.UTF-8 LC_ALL=
ba() { "$cli" --vault "$work/vault" --passphrase-file "$work/passphrase" "$@"; }

ba init --kdf-strength interactive >/dev/null
ba catalog add --name DemoTaxPrep2025 --title "Demo tax preparer" --date 2025-02-01 --count 50000 \
    --classes "Names;Email addresses;Social security numbers;Dates of birth;Passwords" >/dev/null
ba catalog add --name DemoShop2025 --title "Demo shop" --date 2025-03-01 --count 80000 \
    --classes "Names;Email addresses;Dates of birth;Physical addresses;Phone numbers" >/dev/null
ba catalog add --name DemoForum2025 --title "Demo forum" --date 2025-04-01 --count 20000 \
    --classes "Email addresses;Passwords;Usernames" >/dev/null

cat > "$work/tax.csv" <<'EOF'
email,name,ssn,dob,password
sam.doe@yahoo.com,Sam Doe,123-45-6789,1980-01-01,hunter2
EOF
ba import "$work/tax.csv" --breach DemoTaxPrep2025 --email email --field Names=name \
    --field "Social security numbers=ssn" --field "Dates of birth=dob" --field Passwords=password >/dev/null 2>&1
cat > "$work/shop.csv" <<'EOF'
email,name,dob,address,phone
kim.lee@outlook.com,Kim Lee,1970-02-02,1 High Street,+447400123457
lea@yahoo.fr,Léa Martin,1985-05-05,3 rue de la Paix,+33612345678
EOF
ba import "$work/shop.csv" --breach DemoShop2025 --email email --phone phone --field Names=name \
    --field "Dates of birth=dob" --field "Physical addresses=address" >/dev/null 2>&1
cat > "$work/forum.csv" <<'EOF'
email,password
dana@smalloffice.example,Spring2025!
eli@gmail.com,qwerty12
EOF
ba import "$work/forum.csv" --breach DemoForum2025 --email email --field Passwords=password >/dev/null 2>&1
printf 'phone\n+201001234567\n+393331234567\n' > "$work/list.csv"
ba import "$work/list.csv" --breach WhatsAppNumberList2022 --phone phone >/dev/null 2>&1
printf 'email,password\nomar.k@hotmail.co.uk,letmein1\n' > "$work/logs.csv"
ba import "$work/logs.csv" --breach AlienStealerLogs --email email --field Passwords=password >/dev/null 2>&1

# slug | name | what happened | person add arguments | handout language
people=(
  "01-seed-amira|Amira|Egypt; her number is in the 2022 list sold as WhatsApp users (a resale of the 2021 Facebook scrape); WhatsApp on Android; reads Arabic|--phone +201001234567 --uses WhatsApp --platform android --language ar|ar"
  "02-us-taxpayer|Sam|US; a tax preparer leaked his SSN, birth date and password; he never said his country|--email sam.doe@yahoo.com|en"
  "03-two-countries|Kim|a UK mobile number and a US e-mail in a shop's leak; lives in the US|--phone +447400123457 --email kim.lee@outlook.com --country US|en"
  "04-help-desk-client|Client 1|one line of a help desk's batch (check --from FILE --each-line); the whole batch is in 04-help-desk-batch.jsonl|--phone +393331234567 --email eli@gmail.com|en"
  "05-stealer-log|Omar|his e-mail and a password are in stealer logs: malware on one of his devices|--email omar.k@hotmail.co.uk --country GB --platform computer|en"
  "06-small-office|Dana|a small office on Microsoft 365; a forum leaked her work address and password|--email dana@smalloffice.example --country GB --platform computer|en"
  "07-italian-every-service|Giulia|Italy; nothing imported holds her, but she uses WhatsApp, Facebook, Instagram, Google, Microsoft and Apple|--phone +393123456789 --uses WhatsApp --uses Facebook --uses Instagram --uses Google --uses Microsoft --uses Apple|en"
  "08-egypt-whatsapp-possible|Youssef|Egypt; WhatsApp and Facebook on Android; not in any imported file, but the 2021 scrape held 44.8 million Egyptian numbers|--phone +201009876543 --uses WhatsApp --uses Facebook --platform android|en"
  "09-sellers-claim|Carlos|Spain; WhatsApp on an iPhone; the 2022 list's seller claimed 10.8 million Spanish numbers, which nobody verified; reads Spanish|--phone +34612345678 --uses WhatsApp --platform iphone --language es|es"
  "10-gmail-password|Eli|a forum leaked his Gmail address and password; iPhone|--email eli@gmail.com --country GB --platform iphone|en"
  "11-france-shop|Léa|France; a shop leaked her name, birth date, home address, phone and yahoo.fr address; reads French|--phone +33612345678 --email lea@yahoo.fr --language fr|fr"
  "12-found-nowhere|Noor|in no imported file and no service named|--email noor.a@gmail.com --country GB|en"
)

rm -rf "$out"
mkdir -p "$out"
{
  echo "# Example plans"
  echo
  echo "Twelve fictional people's plans, made by \`scripts/make-examples.sh\` from the bundled catalog and"
  echo "small made-up leak files. Each has the JSON of \`plan --person NAME --json --mask\` and the first"
  echo "page of the handout printed for them. Regenerate after changing the rules or the engine, and"
  echo "look at the pages."
  echo
  echo "| person | what happened | steps (this week / all) | do first |"
  echo "|---|---|---|---|"
} > "$out/README.md"

for entry in "${people[@]}"; do
  IFS='|' read -r slug name story arguments language <<< "$entry"
  # shellcheck disable=SC2086 # the arguments are words on purpose
  ba person add "$name" $arguments >/dev/null 2>&1
  ba plan --person "$name" --json --mask > "$out/$slug.json"
  ba handout --person "$name" --out "$work/$slug.pdf" --language "$language" >/dev/null 2>&1
  if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/$slug.pdf" "$out/$slug"
    page="[page]($slug.png)"
  else
    cp "$work/$slug.pdf" "$out/$slug.pdf"
    page="[handout]($slug.pdf)"
  fi
  python3 - "$out/$slug.json" "$name" "$story" "$slug" "$page" >> "$out/README.md" <<'EOF'
import json, sys
plan, name, story, slug, page = json.load(open(sys.argv[1], encoding="utf-8")), *sys.argv[2:]
items = plan["plan"]
week = sum(1 for item in items if item["section"] != "later")
first = "; ".join(item["title"] for item in items if item["section"] == "do_first") or "—"
print(f"| **{name}** ([json]({slug}.json), {page}) | {story} | {week} / {len(items)} | {first} |")
EOF
done

ba check --from - --each-line --json --mask > "$out/04-help-desk-batch.jsonl" <<'EOF' || true
+39 333 123 4567, eli@gmail.com
sam.doe@yahoo.com
+44 7400 123457	kim.lee@outlook.com
not a number
EOF
echo "Wrote $(ls "$out" | wc -l) files to docs/examples."
