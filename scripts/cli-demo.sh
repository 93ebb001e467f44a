#!/usr/bin/env bash
# The command-line demo: builds Breach Advisor and runs its main job on a throw-away vault,
# the bundled breach catalog and fictional people. Works on a fresh Debian 12 machine
# as root: it installs what it needs first. Nothing is kept after it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh >/dev/null
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)" >/dev/null

cli="$PWD/build/app/cli/breach-advisor-cli"
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
printf 'demo passphrase, not a real one\n' > "$demo/passphrase"
vault=(--vault "$demo/vault" --passphrase-file "$demo/passphrase")

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Create an encrypted vault (a fast key setting for the demo)"
"$cli" "${vault[@]}" init --kdf-strength interactive

step "What the vault holds"
"$cli" "${vault[@]}" vault info

step "Fictional people's phone numbers and e-mail, as they might type them"
"$cli" normalize --region GB --phone "07400 123456"
"$cli" normalize --region EG --phone "٠١٠٠ ١٢٣ ٤٥٦٧"
"$cli" normalize --region AU --phone "0491 570 006"
"$cli" normalize --region US --phone "(415) 555-2671 ext. 12"
"$cli" normalize --phone "+49 151 23456789" --email "Maria.Beispiel@Example.COM"

step "Numbers that cannot be right are reported, never guessed"
# The UK's drama range (07700 900xxx) is reserved for fiction: no real phone has it.
"$cli" normalize --region GB --phone "07700 900123" || true
"$cli" normalize --phone "0151 23456789" || true

step "The 2021 Facebook scrape in the bundled catalog"
"$cli" "${vault[@]}" catalog show Facebook

step "The 2022 '487M WhatsApp numbers' list"
"$cli" "${vault[@]}" catalog show WhatsAppNumberList2022

step "A breach the catalog does not know yet, added by hand"
"$cli" "${vault[@]}" catalog add --name DemoSportsClub2025 --title "Demo sports club" \
    --date 2025-09-14 --domain sportsclub.example --classes "Phone numbers;Names;Dates of birth" --count 1200
"$cli" "${vault[@]}" catalog show DemoSportsClub2025

step "Import a small fictional leak file into the encrypted index"
# resources/demo/fictional-leak.csv: made-up people, numbers from example and fiction ranges.
"$cli" "${vault[@]}" import resources/demo/fictional-leak.csv --breach DemoSportsClub2025

step "Is Amira in it? She types her number the way she knows it"
"$cli" "${vault[@]}" check --region EG --phone "0100 123 4567"

step "Max checks his number and e-mail"
"$cli" "${vault[@]}" check --region DE --phone "0151 23456789" --email "max.beispiel@example.com"

step "Save Amira, who uses WhatsApp on an Android phone, and build her plan"
"$cli" "${vault[@]}" person add Amira --phone "0100 123 4567" --country EG --uses WhatsApp --platform android
"$cli" "${vault[@]}" step done whatsapp-two-step-pin --person Amira --note "PIN written on the card in her wallet"
"$cli" "${vault[@]}" plan --person Amira

step "What the index holds (never the numbers themselves)"
"$cli" "${vault[@]}" index stats

printf '\nThe demo vault is deleted now.\n'
